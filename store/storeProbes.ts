import Database from 'better-sqlite3';
import { Pool } from 'pg';
import { parseDatabaseUrl } from './databaseUrl';
import { OPEN_STATUSES, RELAYED_AUTHORS, RELAYED_KINDS } from './handoffTicketRepository';
import { PENDING_STATUSES } from './notificationQueueRepository';

/**
 * Yes/no questions asked far more often than their answer is yes: on every message, "does a person have this
 * conversation?"; twice a second per process, "is there a help-desk line to relay?" and "is there a message to send?".
 * The generic Prisma client compiles each query in WebAssembly, which cost more than the rest of a menu turn's work
 * and kept an idle process busy; these are prepared statements on a connection of their own. Each answer is a
 * superset of what the repository's full query finds (no time conditions), so "no" is exact and "yes" sends the
 * caller on to the repository. Nothing is cached: another process's writes are seen at once.
 *
 * SQLite: a better-sqlite3 connection on the same file (WAL: reads never wait for writers). PostgreSQL: named queries
 * on a small `pg` pool.
 */
export class StoreProbes {
    private constructor(
        private readonly ask: (query: ProbeQuery, value?: string) => Promise<boolean>,
        readonly close: () => Promise<void>,
    ) {}

    static open(databaseUrl: string): StoreProbes {
        const location = parseDatabaseUrl(databaseUrl);
        if (location.provider === 'sqlite') {
            const db = new Database(location.file, { fileMustExist: true });
            const statements = new Map(PROBE_QUERIES.map((query) => [query, db.prepare(sql(query, '', () => '?')).pluck()]));
            return new StoreProbes(
                async (query, value) => (value === undefined ? statements.get(query)!.get() : statements.get(query)!.get(value)) !== undefined,
                async () => void db.close(),
            );
        }
        const pool = new Pool({ connectionString: location.url, max: 4, allowExitOnIdle: true });
        // An idle connection the server dropped is replaced on next use; without a listener its error would crash us.
        pool.on('error', () => undefined);
        // The schema name was checked by parseDatabaseUrl (letters, digits, underscore), so quoting it is enough.
        const prefix = location.schema ? `"${location.schema}".` : '';
        return new StoreProbes(
            async (query, value) =>
                ((await pool.query({ name: `probe-${query}:${prefix}`, text: sql(query, prefix, (n) => `$${n}`), values: value === undefined ? [] : [value] })).rowCount ?? 0) > 0,
            () => pool.end(),
        );
    }

    /** Whether the conversation has a ticket a person is still dealing with (waiting or active). */
    hasOpenTicket(conversationKey: string): Promise<boolean> {
        return this.ask('openTicket', conversationKey);
    }

    /** Whether any agent or system line of a ticket has not been delivered to its user yet. */
    hasUndeliveredLines(): Promise<boolean> {
        return this.ask('undeliveredLine');
    }

    /** Whether any notification is queued or being sent (due or not). */
    hasPendingNotifications(): Promise<boolean> {
        return this.ask('pendingNotification');
    }
}

type ProbeQuery = 'openTicket' | 'undeliveredLine' | 'pendingNotification';
const PROBE_QUERIES: readonly ProbeQuery[] = ['openTicket', 'undeliveredLine', 'pendingNotification'];

const list = (values: readonly string[]) => values.map((value) => `'${value}'`).join(', ');

/** The probe's SQL: `prefix` is the schema ("" or `"name".`), `parameter(1)` the first placeholder. */
function sql(query: ProbeQuery, prefix: string, parameter: (n: number) => string): string {
    switch (query) {
        case 'openTicket':
            return `SELECT 1 FROM ${prefix}"HandoffTicket" WHERE "conversationKey" = ${parameter(1)} AND "status" IN (${list(OPEN_STATUSES)}) LIMIT 1`;
        case 'undeliveredLine':
            return `SELECT 1 FROM ${prefix}"HandoffMessage" WHERE "deliveredAt" IS NULL AND "kind" IN (${list(RELAYED_KINDS)}) AND "author" IN (${list(RELAYED_AUTHORS)}) LIMIT 1`;
        case 'pendingNotification':
            return `SELECT 1 FROM ${prefix}"QueuedNotification" WHERE "status" IN (${list(PENDING_STATUSES)}) LIMIT 1`;
    }
}
