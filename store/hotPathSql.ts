import { Pool, type PoolClient } from 'pg';
import { parseDatabaseUrl } from './databaseUrl';
import type { DirectLineConversationRecord, StoredActivity, TokenGrant } from './directLineRepository';
import type { FunnelEventRecord } from './funnelRepository';
import { advisoryLockKey } from './postgresStore';
import type { RateLimitWindow } from './rateLimitRepository';
import { lockOrder } from './serializeWrites';
import { OPEN_STATUSES, RELAYED_AUTHORS, RELAYED_KINDS } from './handoffTicketRepository';
import { PENDING_STATUSES } from './notificationQueueRepository';
import { openNonBlockingSqlite, retryWhileBusy, SQLITE_LOCK_WAIT_MS } from './sqliteBusyRetry';

/**
 * The few statements that run on every message or several times a second, on prepared statements of a connection of
 * their own instead of the generic Prisma client, which compiles each query in WebAssembly and cost more than the rest
 * of a menu turn (and kept an idle process busy):
 * - yes/no questions whose answer is usually "no": on every message, "does a person have this conversation?"; twice a
 *   second per process, "is there a help-desk line to relay?" and "is there a message to send?"; every second per
 *   open web-chat stream, "has anything new arrived in this conversation?". Each is a superset of
 *   what the repository's own query finds (no time conditions), so "no" is exact and "yes" sends the caller on to the
 *   repository. Nothing is cached: another process's writes are seen at once.
 * - the funnel's batched inserts (a few events per turn; one generic createMany of thousands of rows stalled turns).
 * - the built-in Direct Line endpoint's reads of a token and of its conversation (every request of a web chat) and its
 *   append to a conversation's history (every message, either way: a generic interactive transaction of three queries);
 * - the rate limits' count-and-record (every web-chat message, every token, every code sent).
 *
 * SQLite: a better-sqlite3 connection on the same file (WAL: reads never wait for writers). PostgreSQL: named queries
 * on a small `pg` pool.
 */
export class HotPathSql {
    private constructor(private readonly driver: Driver) {}

    static open(databaseUrl: string): HotPathSql {
        const location = parseDatabaseUrl(databaseUrl);
        return new HotPathSql(location.provider === 'sqlite' ? sqlite(location.file) : postgres(location.url, location.schema));
    }

    close(): Promise<void> {
        return this.driver.close();
    }

    /** Whether the conversation has a ticket a person is still dealing with (waiting or active). */
    hasOpenTicket(conversationKey: string): Promise<boolean> {
        return this.driver.ask('openTicket', conversationKey);
    }

    /** Whether any agent or system line of a ticket has not been delivered to its user yet. */
    hasUndeliveredLines(): Promise<boolean> {
        return this.driver.ask('undeliveredLine');
    }

    /** Whether any notification is queued or being sent (due or not). */
    hasPendingNotifications(): Promise<boolean> {
        return this.driver.ask('pendingNotification');
    }

    /** Whether a web-chat conversation has an activity at or after `fromSequence` (each open stream asks every second). */
    hasActivitiesFrom(conversationId: string, fromSequence: number): Promise<boolean> {
        return this.driver.ask('activitiesFrom', conversationId, fromSequence);
    }

    /** The grant of a Direct Line token hash (expired or not), or null when there is none. */
    findDirectLineToken(tokenHash: string): Promise<TokenGrant | null> {
        return this.driver.findToken(tokenHash);
    }

    findDirectLineConversation(id: string): Promise<DirectLineConversationRecord | null> {
        return this.driver.findConversation(id);
    }

    /**
     * Takes the conversation's next sequence number and writes the activity `stamp` returns under it, in one
     * transaction (see DirectLineRepository.appendActivity); null, and nothing written, when there is no such conversation.
     */
    appendDirectLineActivity(conversationId: string, stamp: ActivityStamp, now: Date): Promise<StoredActivity | null> {
        return this.driver.append(conversationId, stamp, now);
    }

    /**
     * RateLimitRepository.recordUnlessRefused, in one transaction of prepared statements (see there); `lockNames` are
     * the names its buckets are locked by on PostgreSQL.
     */
    recordRateLimitEvents<Refusal>(lockNames: readonly string[], windows: readonly RateLimitWindow[], at: Date, refuse: RateLimitRefusal<Refusal>): Promise<Refusal | undefined> {
        return this.driver.recordEvents(lockNames, windows, at, refuse);
    }

    /** Writes funnel events, all or none. */
    insertFunnelEvents(events: readonly FunnelEventRecord[]): Promise<void> {
        return events.length === 0 ? Promise.resolve() : this.driver.insertEvents(events);
    }
}

/** Gives the activity to store under the id and sequence number it was given. */
export type ActivityStamp = (activityId: string, sequence: number) => StoredActivity['activity'];

/** Given a window's index and its event times (oldest first), a refusal, or undefined to let the event count. */
export type RateLimitRefusal<Refusal> = (index: number, times: Date[]) => Refusal | undefined;

/** What each database does for HotPathSql. */
interface Driver {
    ask(query: ProbeQuery, ...values: Array<string | number>): Promise<boolean>;
    insertEvents(events: readonly FunnelEventRecord[]): Promise<void>;
    findToken(tokenHash: string): Promise<TokenGrant | null>;
    findConversation(id: string): Promise<DirectLineConversationRecord | null>;
    append(conversationId: string, stamp: ActivityStamp, now: Date): Promise<StoredActivity | null>;
    recordEvents<Refusal>(lockNames: readonly string[], windows: readonly RateLimitWindow[], at: Date, refuse: RateLimitRefusal<Refusal>): Promise<Refusal | undefined>;
    close(): Promise<void>;
}

type ProbeQuery = 'openTicket' | 'undeliveredLine' | 'pendingNotification' | 'activitiesFrom';
const PROBE_QUERIES: readonly ProbeQuery[] = ['openTicket', 'undeliveredLine', 'pendingNotification', 'activitiesFrom'];

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/**
 * Whether a conversation has a ticket a person is still dealing with (waiting or active), as SQL: `tickets` is the
 * HandoffTicket table's quoted name, `conversationKey` its placeholder. The handoff gate's probe and a turn's read
 * (store/conversationStateStore.ts) both ask it.
 */
export function openTicketSql(tickets: string, conversationKey: string): string {
    return `SELECT 1 FROM ${tickets} WHERE "conversationKey" = ${conversationKey} AND "status" IN (${list(OPEN_STATUSES)})`;
}

/** A probe's SQL: `table(name)` is the table's quoted name, `parameter(1)` the first placeholder. */
function probeSql(query: ProbeQuery, table: (name: string) => string, parameter: (n: number) => string): string {
    switch (query) {
        case 'openTicket':
            return `${openTicketSql(table('HandoffTicket'), parameter(1))} LIMIT 1`;
        case 'undeliveredLine':
            return `SELECT 1 FROM ${table('HandoffMessage')} WHERE "deliveredAt" IS NULL AND "kind" IN (${list(RELAYED_KINDS)}) AND "author" IN (${list(RELAYED_AUTHORS)}) LIMIT 1`;
        case 'pendingNotification':
            return `SELECT 1 FROM ${table('QueuedNotification')} WHERE "status" IN (${list(PENDING_STATUSES)}) LIMIT 1`;
        case 'activitiesFrom':
            return `SELECT 1 FROM ${table('DirectLineActivity')} WHERE "conversationId" = ${parameter(1)} AND "sequence" >= ${parameter(2)} LIMIT 1`;
    }
}

const FUNNEL_COLUMNS = '"conversation", "instance", "flow", "kind", "step", "language", "at"';
const ACTIVITY_COLUMNS = '"conversationId", "sequence", "activityId", "document", "createdAt"';

/** The Direct Line activity id for a history position: `conversationId|0000007`, as the real service shapes it. */
export function directLineActivityId(conversationId: string, sequence: number): string {
    return `${conversationId}|${String(sequence).padStart(7, '0')}`;
}

/** A token row as read (SQLite: times as text; PostgreSQL: as epoch milliseconds), its times as dates. */
function tokenGrant(row: { conversationId: string; expiresAt: string | number; chainStartedAt: string | number; createdAt: string | number }): TokenGrant {
    return { conversationId: row.conversationId, expiresAt: new Date(row.expiresAt), chainStartedAt: new Date(row.chainStartedAt), createdAt: new Date(row.createdAt) };
}

/** Stamps and serializes the activity at `sequence` (the counter's new value less one). */
function stamped(conversationId: string, stamp: ActivityStamp, nextSequence: number) {
    const sequence = nextSequence - 1;
    const activityId = directLineActivityId(conversationId, sequence);
    const activity = stamp(activityId, sequence);
    return { sequence, activityId, activity, document: JSON.stringify(activity) };
}

function sqlite(file: string): Driver {
    const db = openNonBlockingSqlite(file, { fileMustExist: true });
    const probes = new Map(PROBE_QUERIES.map((query) => [query, db.prepare(probeSql(query, (name) => `"${name}"`, () => '?')).pluck()]));
    const insert = db.prepare(`INSERT INTO "FunnelEvent" (${FUNNEL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    // How Prisma's SQLite adapter writes a DateTime, so the report's range queries compare like with like.
    const prismaDateTime = (at: Date) => at.toISOString().replace('Z', '+00:00');
    const insertAll = db.transaction((events: readonly FunnelEventRecord[]) => {
        for (const event of events) insert.run(event.conversation, event.instance, event.flow, event.kind, event.step, event.language, prismaDateTime(event.at));
    });
    const tokenRead = db.prepare<[string], { conversationId: string; expiresAt: string; chainStartedAt: string; createdAt: string }>(
        'SELECT "conversationId", "expiresAt", "chainStartedAt", "createdAt" FROM "DirectLineToken" WHERE "tokenHash" = ?',
    );
    const conversationRead = db.prepare<[string], { id: string; userId: string; locale: string | null; started: number; lastActivityAt: string }>(
        'SELECT "id", "userId", "locale", "started", "lastActivityAt" FROM "DirectLineConversation" WHERE "id" = ?',
    );
    const nextSequence = db
        .prepare<[string, string], number>('UPDATE "DirectLineConversation" SET "nextSequence" = "nextSequence" + 1, "lastActivityAt" = ? WHERE "id" = ? RETURNING "nextSequence"')
        .pluck();
    const insertActivity = db.prepare(`INSERT INTO "DirectLineActivity" (${ACTIVITY_COLUMNS}) VALUES (?, ?, ?, ?, ?)`);
    const append = db.transaction((conversationId: string, stamp: ActivityStamp, at: string): StoredActivity | null => {
        const next = nextSequence.get(at, conversationId);
        if (next === undefined) return null;
        const { sequence, activityId, activity, document } = stamped(conversationId, stamp, next);
        insertActivity.run(conversationId, sequence, activityId, document, at);
        return { sequence, activity };
    });
    const insertEvent = db.prepare<[string, string], number>('INSERT INTO "RateLimitEvent" ("bucket", "at") VALUES (?, ?) RETURNING "id"').pluck();
    const eventTimes = db.prepare<[string, string], string>('SELECT "at" FROM "RateLimitEvent" WHERE "bucket" = ? AND "at" > ? ORDER BY "at" ASC').pluck();
    const deleteEvent = db.prepare('DELETE FROM "RateLimitEvent" WHERE "id" = ?');
    // Written before counted, as in RateLimitRepository; SQLite lets one writer in at a time, so nothing can pass between.
    const recordEvents = db.transaction((windows: readonly RateLimitWindow[], at: string, refuse: RateLimitRefusal<unknown>) => {
        const written = windows.map(({ bucket }) => insertEvent.get(bucket, at)!);
        for (const [index, { bucket, since }] of windows.entries()) {
            const refusal = refuse(index, eventTimes.all(bucket, prismaDateTime(since)).map((time) => new Date(time)));
            if (refusal !== undefined) {
                for (const id of written) deleteEvent.run(id);
                return refusal;
            }
        }
        return undefined;
    });
    return {
        ask: (query, ...values) => retryWhileBusy(() => probes.get(query)!.get(...values) !== undefined, SQLITE_LOCK_WAIT_MS),
        // SQLite locks nothing by name: it lets one writer in at a time.
        recordEvents: <Refusal>(_lockNames: readonly string[], windows: readonly RateLimitWindow[], at: Date, refuse: RateLimitRefusal<Refusal>) =>
            retryWhileBusy(() => recordEvents.immediate(windows, prismaDateTime(at), refuse) as Refusal | undefined, SQLITE_LOCK_WAIT_MS),
        insertEvents: (events) => retryWhileBusy(() => insertAll.immediate(events), SQLITE_LOCK_WAIT_MS),
        findToken: (tokenHash) =>
            retryWhileBusy(() => {
                const row = tokenRead.get(tokenHash);
                return row ? tokenGrant(row) : null;
            }, SQLITE_LOCK_WAIT_MS),
        findConversation: (id) =>
            retryWhileBusy(() => {
                const row = conversationRead.get(id);
                return row ? { id: row.id, userId: row.userId, locale: row.locale, started: row.started === 1, lastActivityAt: new Date(row.lastActivityAt) } : null;
            }, SQLITE_LOCK_WAIT_MS),
        append: (conversationId, stamp, now) => retryWhileBusy(() => append.immediate(conversationId, stamp, prismaDateTime(now)), SQLITE_LOCK_WAIT_MS),
        close: async () => void db.close(),
    };
}

function postgres(url: string, schema: string | undefined): Driver {
    // Eight: every web-chat message appends at least twice (the user's line, the replies) on a connection of this pool.
    const pool = new Pool({ connectionString: url, max: 8, allowExitOnIdle: true });
    // An idle connection the server dropped is replaced on next use; without a listener its error would crash us.
    pool.on('error', () => undefined);
    // The schema name was checked by parseDatabaseUrl (letters, digits, underscore), so quoting it is enough.
    const table = (name: string) => (schema ? `"${schema}"."${name}"` : `"${name}"`);
    const insert = {
        name: `funnel-insert:${table('FunnelEvent')}`,
        // One statement for the whole batch: a row per position of the parallel arrays.
        text: `INSERT INTO ${table('FunnelEvent')} (${FUNNEL_COLUMNS}) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamp(3)[])`,
    };
    // Prisma keeps DateTime as UTC wall time in timestamp(3): read back as epoch milliseconds (a plain timestamp would be
    // read in the process's time zone), written as an ISO text without the zone.
    const millis = (column: string) => `(EXTRACT(EPOCH FROM "${column}") * 1000)::float8 AS "${column}"`;
    const wallTime = (at: Date) => at.toISOString().replace('Z', '');
    const tokenRead = {
        name: `directline-token:${schema ?? ''}`,
        text: `SELECT "conversationId", ${millis('expiresAt')}, ${millis('chainStartedAt')}, ${millis('createdAt')} FROM ${table('DirectLineToken')} WHERE "tokenHash" = $1`,
    };
    const conversationRead = {
        name: `directline-conversation:${schema ?? ''}`,
        text: `SELECT "id", "userId", "locale", "started", ${millis('lastActivityAt')} FROM ${table('DirectLineConversation')} WHERE "id" = $1`,
    };
    const nextSequence = {
        name: `directline-next:${schema ?? ''}`,
        text: `UPDATE ${table('DirectLineConversation')} SET "nextSequence" = "nextSequence" + 1, "lastActivityAt" = $2::timestamp(3) WHERE "id" = $1 RETURNING "nextSequence"`,
    };
    const insertActivity = {
        name: `directline-append:${schema ?? ''}`,
        text: `INSERT INTO ${table('DirectLineActivity')} (${ACTIVITY_COLUMNS}) VALUES ($1, $2, $3, $4, $5::timestamp(3))`,
    };
    const insertEvent = { name: `rate-insert:${schema ?? ''}`, text: `INSERT INTO ${table('RateLimitEvent')} ("bucket", "at") VALUES ($1, $2::timestamp(3)) RETURNING "id"` };
    const eventTimes = {
        name: `rate-times:${schema ?? ''}`,
        text: `SELECT ${millis('at')} FROM ${table('RateLimitEvent')} WHERE "bucket" = $1 AND "at" > $2::timestamp(3) ORDER BY "at" ASC`,
    };
    const deleteEvents = { name: `rate-delete:${schema ?? ''}`, text: `DELETE FROM ${table('RateLimitEvent')} WHERE "id" = ANY($1::int[])` };
    const lock = { name: 'advisory-lock', text: 'SELECT pg_advisory_xact_lock($1::bigint)' };
    return {
        ask: async (query, ...values) => ((await pool.query({ name: `probe-${query}:${schema ?? ''}`, text: probeSql(query, table, (n) => `$${n}`), values })).rowCount ?? 0) > 0,
        // As RateLimitRepository does through serializeOn: each bucket's advisory lock, in sorted order, then write, then count.
        recordEvents: (lockNames, windows, at, refuse) =>
            inTransaction(pool, async (client) => {
                for (const name of lockOrder(lockNames)) await client.query({ ...lock, values: [advisoryLockKey(name).toString()] });
                const written: number[] = [];
                for (const { bucket } of windows) written.push((await client.query<{ id: number }>({ ...insertEvent, values: [bucket, wallTime(at)] })).rows[0].id);
                for (const [index, { bucket, since }] of windows.entries()) {
                    const rows = (await client.query<{ at: number }>({ ...eventTimes, values: [bucket, wallTime(since)] })).rows;
                    const refusal = refuse(index, rows.map((row) => new Date(row.at)));
                    if (refusal !== undefined) {
                        await client.query({ ...deleteEvents, values: [written] });
                        return refusal;
                    }
                }
                return undefined;
            }),
        findToken: async (tokenHash) => {
            const [row] = (await pool.query<{ conversationId: string; expiresAt: number; chainStartedAt: number; createdAt: number }>({ ...tokenRead, values: [tokenHash] })).rows;
            return row ? tokenGrant(row) : null;
        },
        findConversation: async (id) => {
            const [row] = (await pool.query<Omit<DirectLineConversationRecord, 'lastActivityAt'> & { lastActivityAt: number }>({ ...conversationRead, values: [id] })).rows;
            return row ? { ...row, lastActivityAt: new Date(row.lastActivityAt) } : null;
        },
        // The counter's row lock, taken by the UPDATE, holds every other append to the conversation until COMMIT.
        append: (conversationId, stamp, now) =>
            inTransaction(pool, async (client) => {
                const at = wallTime(now);
                const [counter] = (await client.query<{ nextSequence: number }>({ ...nextSequence, values: [conversationId, at] })).rows;
                if (!counter) return null;
                const { sequence, activityId, activity, document } = stamped(conversationId, stamp, counter.nextSequence);
                await client.query({ ...insertActivity, values: [conversationId, sequence, activityId, document, at] });
                return { sequence, activity };
            }),
        insertEvents: async (events) => {
            const column = <T>(pick: (event: FunnelEventRecord) => T) => events.map(pick);
            const at = column((event) => wallTime(event.at));
            await pool.query({ ...insert, values: [column((e) => e.conversation), column((e) => e.instance), column((e) => e.flow), column((e) => e.kind), column((e) => e.step), column((e) => e.language), at] });
        },
        close: () => pool.end(),
    };
}

/** Runs `work` in a transaction on a connection of its own; a connection whose rollback failed is not reused. */
async function inTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
        await client.query('BEGIN');
        const result = await work(client);
        await client.query('COMMIT');
        return result;
    } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => (broken = rollbackError));
        throw error;
    } finally {
        client.release(broken);
    }
}
