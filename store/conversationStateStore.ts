import { randomUUID } from 'node:crypto';
import type Database from 'better-sqlite3';
import { Pool } from 'pg';
import type { Storage, StoreItems } from 'botbuilder';
import { parseDatabaseUrl } from './databaseUrl';
import { openTicketSql } from './hotPathSql';
import { openNonBlockingSqlite, retryWhileBusy, SQLITE_LOCK_WAIT_MS } from './sqliteBusyRetry';

/** The eTag of an item that was read and not found: the write creates it, and fails if someone else created it first. */
export const CREATE_ONLY_ETAG = 'create-only';

/** A write carried an eTag that no longer matches the stored item: someone else saved in between. */
export class StaleStateError extends Error {
    constructor(readonly key: string) {
        super(`state for "${key}" was changed by another turn (stale eTag)`);
        this.name = 'StaleStateError';
    }
}

/** A stored state document as the table holds it: the JSON text (without the eTag) and its eTag. */
export interface StateDocument {
    document: string;
    eTag: string;
}

/**
 * Storage that also hands out and takes the JSON text itself, so bot state need not be serialized again to learn
 * whether it changed, nor a second time to be written (bot/versionedState.ts uses this when it is there).
 */
export interface DocumentStorage extends Storage {
    readDocuments(keys: readonly string[]): Promise<Map<string, StateDocument>>;
    /**
     * Writes `document` under `key` if the stored eTag is still `expected` (CREATE_ONLY_ETAG: only if absent; `*`:
     * always). Returns the new eTag; throws StaleStateError when someone else saved in between.
     */
    writeDocument(key: string, document: string, expected: string): Promise<string>;
    /** Several writeDocument in one transaction: all land, or none (StaleStateError names the first that could not). */
    writeDocuments(writes: readonly DocumentWrite[]): Promise<string[]>;
    /**
     * readDocuments, and in the same query whether `conversationKey` has a ticket a person is still dealing with
     * (waiting or active): the two things every message needs before any dialog runs, in one read.
     */
    readTurn?(keys: readonly string[], conversationKey: string): Promise<TurnRead>;
}

/** What a turn reads first (DocumentStorage.readTurn). */
export interface TurnRead {
    documents: Map<string, StateDocument>;
    /** Whether the conversation has a waiting or active handoff ticket (the handoff gate's question). */
    openTicket: boolean;
}

export interface DocumentWrite {
    key: string;
    document: string;
    /** The eTag read, CREATE_ONLY_ETAG, or `*`. */
    expected: string;
}

/** Whether a storage takes and hands out JSON text (DocumentStorage). */
export function isDocumentStorage(storage: Storage): storage is DocumentStorage {
    return typeof (storage as Partial<DocumentStorage>).writeDocuments === 'function';
}

/** What each database does for the store. */
interface StateSql {
    read(keys: readonly string[]): Promise<Array<{ key: string; document: string; eTag: string }>>;
    /** read(), plus one row with a null key when the conversation has an open ticket (see ticketMarkerSql). */
    readWithTicket(keys: readonly string[], conversationKey: string): Promise<Array<{ key: string | null; document: string; eTag: string }>>;
    /** Applies every write (a new eTag each) in one transaction; StaleStateError and nothing written if one cannot. */
    write(writes: ReadonlyArray<DocumentWrite & { eTag: string }>): Promise<void>;
    delete(keys: readonly string[]): Promise<void>;
    close(): Promise<void>;
}

/**
 * Bot Framework `Storage` for bot state (the `BotStateItem` table Prisma's migrations create), on prepared
 * statements instead of the generic Prisma client: every turn reads and writes state, and the generic client's query
 * compiler was a quarter of a turn's CPU. Same optimistic concurrency as before: every read returns an eTag, a write
 * that carries an eTag succeeds only if the item still has it, CREATE_ONLY_ETAG creates an item only if it is still
 * absent, and a write with `*` or no eTag always wins.
 *
 * SQLite: a better-sqlite3 connection of its own on the same file (WAL; the same pragmas as the Prisma connection).
 * Statements run synchronously and each is its own transaction, so the busy timeout is 0 and a write that meets
 * another connection's lock waits asynchronously and tries again, never blocking the event loop on a lock that a
 * Prisma transaction of this very process holds. PostgreSQL: parameterised queries on a small `pg` pool.
 */
export class ConversationStateStore implements DocumentStorage {
    private constructor(private readonly sql: StateSql) {}

    /** Opens the state store for DATABASE_URL (the tables must exist: `npm run migrate`). */
    static open(databaseUrl: string, options: { maxConnections?: number } = {}): ConversationStateStore {
        const location = parseDatabaseUrl(databaseUrl);
        return new ConversationStateStore(
            location.provider === 'sqlite' ? sqliteSql(location.file) : postgresSql(location.url, location.schema, options.maxConnections ?? 10),
        );
    }

    async readDocuments(keys: readonly string[]): Promise<Map<string, StateDocument>> {
        const found = new Map<string, StateDocument>();
        if (keys.length === 0) return found;
        for (const row of await this.sql.read(keys)) found.set(row.key, { document: row.document, eTag: row.eTag });
        return found;
    }

    async readTurn(keys: readonly string[], conversationKey: string): Promise<TurnRead> {
        const documents = new Map<string, StateDocument>();
        let openTicket = false;
        for (const row of await this.sql.readWithTicket(keys, conversationKey)) {
            if (row.key === null) openTicket = true;
            else documents.set(row.key, { document: row.document, eTag: row.eTag });
        }
        return { documents, openTicket };
    }

    async writeDocument(key: string, document: string, expected: string): Promise<string> {
        return (await this.writeDocuments([{ key, document, expected }]))[0];
    }

    async writeDocuments(writes: readonly DocumentWrite[]): Promise<string[]> {
        const withETags = writes.map((write) => ({ ...write, eTag: randomUUID() }));
        if (withETags.length > 0) await this.sql.write(withETags);
        return withETags.map((write) => write.eTag);
    }

    async read(keys: string[]): Promise<StoreItems> {
        const items: StoreItems = {};
        for (const [key, { document, eTag }] of await this.readDocuments(keys)) items[key] = { ...(JSON.parse(document) as object), eTag };
        return items;
    }

    async write(changes: StoreItems): Promise<void> {
        for (const [key, item] of Object.entries(changes)) {
            const { eTag: expected, ...rest } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
            (item as { eTag?: string }).eTag = await this.writeDocument(key, JSON.stringify(rest), expected ?? '*');
        }
    }

    async delete(keys: string[]): Promise<void> {
        if (keys.length > 0) await this.sql.delete(keys);
    }

    /** Closes the connection (SQLite) or pool (PostgreSQL). */
    async close(): Promise<void> {
        await this.sql.close();
    }
}

/**
 * The row a turn's read adds when the conversation has an open ticket: a null key (no state row has one), from the
 * same question HotPathSql.hasOpenTicket asks. `parameter` is the conversation key's placeholder.
 */
function ticketMarkerSql(tickets: string, parameter: string): string {
    return `SELECT NULL, NULL, NULL WHERE EXISTS (${openTicketSql(tickets, parameter)})`;
}

function sqliteSql(file: string): StateSql {
    const db = openNonBlockingSqlite(file);
    type Row = { key: string; document: string; eTag: string };
    const readOne = db.prepare<[string], Row>('SELECT "key", "document", "eTag" FROM "BotStateItem" WHERE "key" = ?');
    const update = db.prepare<[string, string, string, string, string]>('UPDATE "BotStateItem" SET "document" = ?, "eTag" = ?, "updatedAt" = ? WHERE "key" = ? AND "eTag" = ?');
    const insert = db.prepare<[string, string, string, string]>('INSERT INTO "BotStateItem" ("key", "document", "eTag", "updatedAt") VALUES (?, ?, ?, ?) ON CONFLICT ("key") DO NOTHING');
    const upsert = db.prepare<[string, string, string, string]>(
        'INSERT INTO "BotStateItem" ("key", "document", "eTag", "updatedAt") VALUES (?, ?, ?, ?) ON CONFLICT ("key") DO UPDATE SET "document" = excluded."document", "eTag" = excluded."eTag", "updatedAt" = excluded."updatedAt"',
    );
    const placeholders = (count: number) => Array.from({ length: count }, () => '?').join(', ');
    /** A statement over `count` keys, prepared once per count (up to 8: a turn reads two or three). */
    const byKeyCount = <R>(sqlFor: (count: number) => string) => {
        const prepared = new Map<number, Database.Statement<string[], R>>();
        return (count: number) => {
            let statement = prepared.get(count);
            if (!statement) {
                statement = db.prepare<string[], R>(sqlFor(count));
                if (count <= 8) prepared.set(count, statement);
            }
            return statement;
        };
    };
    const select = (count: number) => `SELECT "key", "document", "eTag" FROM "BotStateItem" WHERE "key" IN (${placeholders(count)})`;
    const many = byKeyCount<Row>(select);
    const turnRead = byKeyCount<{ key: string | null; document: string; eTag: string }>(
        (count) => `${select(count)} UNION ALL ${ticketMarkerSql('"HandoffTicket"', '?')}`,
    );
    const writeOne = (write: DocumentWrite & { eTag: string }, now: string) => {
        const { key, document, eTag, expected } = write;
        if (!expected || expected === '*') upsert.run(key, document, eTag, now);
        else if (expected === CREATE_ONLY_ETAG) {
            if (insert.run(key, document, eTag, now).changes === 0) throw new StaleStateError(key);
        } else if (update.run(document, eTag, now, key, expected).changes === 0) throw new StaleStateError(key);
    };
    // BEGIN IMMEDIATE: the write lock first, so a busy database fails before anything is written, and is retried.
    const writeAll = db.transaction((writes: ReadonlyArray<DocumentWrite & { eTag: string }>, now: string) => {
        for (const write of writes) writeOne(write, now);
    });
    const run = <T>(work: () => T): Promise<T> => retryWhileBusy(work, SQLITE_LOCK_WAIT_MS);
    // How Prisma's SQLite adapter writes a DateTime; made once per millisecond (turns under load share one).
    let nowMs = -1;
    let nowText = '';
    const now = () => {
        const ms = Date.now();
        if (ms !== nowMs) {
            nowMs = ms;
            nowText = new Date(ms).toISOString().replace('Z', '+00:00');
        }
        return nowText;
    };
    return {
        read: (keys) => run(() => (keys.length === 1 ? readOne.all(keys[0]) : many(keys.length).all(...keys))),
        readWithTicket: (keys, conversationKey) => run(() => turnRead(keys.length).all(...keys, conversationKey)),
        write: (writes) => run(() => (writes.length === 1 ? writeOne(writes[0], now()) : writeAll.immediate(writes, now()))),
        delete: async (keys) => void (await run(() => db.prepare(`DELETE FROM "BotStateItem" WHERE "key" IN (${placeholders(keys.length)})`).run(...keys))),
        close: async () => void db.close(),
    };
}

function postgresSql(url: string, schema: string | undefined, max: number): StateSql {
    // allowExitOnIdle: idle connections do not keep a finished process alive.
    const pool = new Pool({ connectionString: url, max, allowExitOnIdle: true });
    // An idle connection the server dropped is replaced on next use; without a listener its error would crash us.
    pool.on('error', () => undefined);
    // The schema name was checked by parseDatabaseUrl (letters, digits, underscore), so quoting it is enough.
    const table = schema ? `"${schema}"."BotStateItem"` : '"BotStateItem"';
    const tickets = schema ? `"${schema}"."HandoffTicket"` : '"HandoffTicket"';
    const statements = {
        read: { name: `state-read:${table}`, text: `SELECT "key", "document", "eTag" FROM ${table} WHERE "key" = ANY($1)` },
        readWithTicket: {
            name: `state-read-ticket:${table}`,
            text: `SELECT "key", "document", "eTag" FROM ${table} WHERE "key" = ANY($1) UNION ALL ${ticketMarkerSql(tickets, '$2')}`,
        },
        update: { name: `state-update:${table}`, text: `UPDATE ${table} SET "document" = $2, "eTag" = $3, "updatedAt" = $4 WHERE "key" = $1 AND "eTag" = $5` },
        insert: { name: `state-insert:${table}`, text: `INSERT INTO ${table} ("key", "document", "eTag", "updatedAt") VALUES ($1, $2, $3, $4) ON CONFLICT ("key") DO NOTHING` },
        upsert: {
            name: `state-upsert:${table}`,
            text: `INSERT INTO ${table} ("key", "document", "eTag", "updatedAt") VALUES ($1, $2, $3, $4) ON CONFLICT ("key") DO UPDATE SET "document" = EXCLUDED."document", "eTag" = EXCLUDED."eTag", "updatedAt" = EXCLUDED."updatedAt"`,
        },
    };
    type Queryable = Pick<Pool, 'query'>;
    const writeOne = async (client: Queryable, write: DocumentWrite & { eTag: string }, now: string) => {
        const { key, document, eTag, expected } = write;
        if (!expected || expected === '*') {
            await client.query({ ...statements.upsert, values: [key, document, eTag, now] });
        } else if (expected === CREATE_ONLY_ETAG) {
            if (((await client.query({ ...statements.insert, values: [key, document, eTag, now] })).rowCount ?? 0) === 0) throw new StaleStateError(key);
        } else if (((await client.query({ ...statements.update, values: [key, document, eTag, now, expected] })).rowCount ?? 0) === 0) {
            throw new StaleStateError(key);
        }
    };
    // Prisma stores DateTime as UTC in a timestamp(3) column; an ISO text is read as that UTC wall time.
    const now = () => new Date().toISOString();
    return {
        read: async (keys) => (await pool.query<{ key: string; document: string; eTag: string }>({ ...statements.read, values: [keys] })).rows,
        readWithTicket: async (keys, conversationKey) =>
            (await pool.query<{ key: string | null; document: string; eTag: string }>({ ...statements.readWithTicket, values: [keys, conversationKey] })).rows,
        write: async (writes) => {
            if (writes.length === 1) return writeOne(pool, writes[0], now());
            const client = await pool.connect();
            let broken = false;
            try {
                await client.query('BEGIN');
                for (const write of writes) await writeOne(client, write, now());
                await client.query('COMMIT');
            } catch (error) {
                await client.query('ROLLBACK').catch(() => (broken = true));
                throw error;
            } finally {
                client.release(broken || undefined);
            }
        },
        delete: async (keys) => void (await pool.query(`DELETE FROM ${table} WHERE "key" = ANY($1)`, [keys])),
        close: () => pool.end(),
    };
}
