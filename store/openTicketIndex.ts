import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { parseDatabaseUrl } from './databaseUrl';
import { OPEN_STATUSES } from './handoffTicketRepository';

/** Whether a conversation has a help-desk ticket a person is still dealing with. */
export interface OpenTicketLookup {
    hasOpen(conversationKey: string): Promise<boolean>;
}

/**
 * The handoff gate asks on every message whether a person has the conversation; almost always nobody has. This answers
 * that one question on a prepared statement over the `(conversationKey, createdAt)` index, off the generic Prisma
 * client (whose query compiler cost more than the rest of the turn's store work), and the full ticket is read through
 * HandoffTicketRepository only when there is one. It reads the table directly, so it is never stale, in any process.
 *
 * SQLite: a better-sqlite3 connection of its own on the same file (WAL: reads never wait for writers). PostgreSQL: a
 * named query on a small `pg` pool.
 */
export class OpenTicketIndex implements OpenTicketLookup {
    private constructor(
        readonly hasOpen: (conversationKey: string) => Promise<boolean>,
        readonly close: () => Promise<void>,
    ) {}

    static open(databaseUrl: string): OpenTicketIndex {
        const location = parseDatabaseUrl(databaseUrl);
        const statuses = OPEN_STATUSES.map((status) => `'${status}'`).join(', ');
        if (location.provider === 'sqlite') {
            // Reads only: the file's WAL mode (set by the store's own connection) lets them run beside any writer.
            const db = new Database(location.file, { fileMustExist: true });
            const find = db.prepare<[string]>(`SELECT 1 FROM "HandoffTicket" WHERE "conversationKey" = ? AND "status" IN (${statuses}) LIMIT 1`).pluck();
            return new OpenTicketIndex(
                async (conversationKey) => find.get(conversationKey) !== undefined,
                async () => void db.close(),
            );
        }
        const pool = new Pool({ connectionString: location.url, max: 4, allowExitOnIdle: true });
        // An idle connection the server dropped is replaced on next use; without a listener its error would crash us.
        pool.on('error', () => undefined);
        const table = location.schema ? `"${location.schema}"."HandoffTicket"` : '"HandoffTicket"';
        const query = { name: `open-ticket:${table}`, text: `SELECT 1 FROM ${table} WHERE "conversationKey" = $1 AND "status" IN (${statuses}) LIMIT 1` };
        return new OpenTicketIndex(
            async (conversationKey) => ((await pool.query({ ...query, values: [conversationKey] })).rowCount ?? 0) > 0,
            () => pool.end(),
        );
    }
}
