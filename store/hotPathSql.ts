import { Pool } from 'pg';
import { parseDatabaseUrl } from './databaseUrl';
import type { FunnelEventRecord } from './funnelRepository';
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

    /** Writes funnel events, all or none. */
    insertFunnelEvents(events: readonly FunnelEventRecord[]): Promise<void> {
        return events.length === 0 ? Promise.resolve() : this.driver.insertEvents(events);
    }
}

/** What each database does for HotPathSql. */
interface Driver {
    ask(query: ProbeQuery, ...values: Array<string | number>): Promise<boolean>;
    insertEvents(events: readonly FunnelEventRecord[]): Promise<void>;
    close(): Promise<void>;
}

type ProbeQuery = 'openTicket' | 'undeliveredLine' | 'pendingNotification' | 'activitiesFrom';
const PROBE_QUERIES: readonly ProbeQuery[] = ['openTicket', 'undeliveredLine', 'pendingNotification', 'activitiesFrom'];

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** A probe's SQL: `table(name)` is the table's quoted name, `parameter(1)` the first placeholder. */
function probeSql(query: ProbeQuery, table: (name: string) => string, parameter: (n: number) => string): string {
    switch (query) {
        case 'openTicket':
            return `SELECT 1 FROM ${table('HandoffTicket')} WHERE "conversationKey" = ${parameter(1)} AND "status" IN (${list(OPEN_STATUSES)}) LIMIT 1`;
        case 'undeliveredLine':
            return `SELECT 1 FROM ${table('HandoffMessage')} WHERE "deliveredAt" IS NULL AND "kind" IN (${list(RELAYED_KINDS)}) AND "author" IN (${list(RELAYED_AUTHORS)}) LIMIT 1`;
        case 'pendingNotification':
            return `SELECT 1 FROM ${table('QueuedNotification')} WHERE "status" IN (${list(PENDING_STATUSES)}) LIMIT 1`;
        case 'activitiesFrom':
            return `SELECT 1 FROM ${table('DirectLineActivity')} WHERE "conversationId" = ${parameter(1)} AND "sequence" >= ${parameter(2)} LIMIT 1`;
    }
}

const FUNNEL_COLUMNS = '"conversation", "instance", "flow", "kind", "step", "language", "at"';

function sqlite(file: string): Driver {
    const db = openNonBlockingSqlite(file, { fileMustExist: true });
    const probes = new Map(PROBE_QUERIES.map((query) => [query, db.prepare(probeSql(query, (name) => `"${name}"`, () => '?')).pluck()]));
    const insert = db.prepare(`INSERT INTO "FunnelEvent" (${FUNNEL_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    // How Prisma's SQLite adapter writes a DateTime, so the report's range queries compare like with like.
    const prismaDateTime = (at: Date) => at.toISOString().replace('Z', '+00:00');
    const insertAll = db.transaction((events: readonly FunnelEventRecord[]) => {
        for (const event of events) insert.run(event.conversation, event.instance, event.flow, event.kind, event.step, event.language, prismaDateTime(event.at));
    });
    return {
        ask: (query, ...values) => retryWhileBusy(() => probes.get(query)!.get(...values) !== undefined, SQLITE_LOCK_WAIT_MS),
        insertEvents: (events) => retryWhileBusy(() => insertAll.immediate(events), SQLITE_LOCK_WAIT_MS),
        close: async () => void db.close(),
    };
}

function postgres(url: string, schema: string | undefined): Driver {
    const pool = new Pool({ connectionString: url, max: 4, allowExitOnIdle: true });
    // An idle connection the server dropped is replaced on next use; without a listener its error would crash us.
    pool.on('error', () => undefined);
    // The schema name was checked by parseDatabaseUrl (letters, digits, underscore), so quoting it is enough.
    const table = (name: string) => (schema ? `"${schema}"."${name}"` : `"${name}"`);
    const insert = {
        name: `funnel-insert:${table('FunnelEvent')}`,
        // One statement for the whole batch: a row per position of the parallel arrays.
        text: `INSERT INTO ${table('FunnelEvent')} (${FUNNEL_COLUMNS}) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::timestamp(3)[])`,
    };
    return {
        ask: async (query, ...values) => ((await pool.query({ name: `probe-${query}:${schema ?? ''}`, text: probeSql(query, table, (n) => `$${n}`), values })).rowCount ?? 0) > 0,
        insertEvents: async (events) => {
            const column = <T>(pick: (event: FunnelEventRecord) => T) => events.map(pick);
            // Prisma keeps DateTime as UTC wall time in timestamp(3); an ISO text without the zone is read as that.
            const at = column((event) => event.at.toISOString().replace('Z', ''));
            await pool.query({ ...insert, values: [column((e) => e.conversation), column((e) => e.instance), column((e) => e.flow), column((e) => e.kind), column((e) => e.step), column((e) => e.language), at] });
        },
        close: () => pool.end(),
    };
}
