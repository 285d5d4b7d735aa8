import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { Pool } from 'pg';
import { PrismaClient } from './generated/postgresql/client';
import { STORE_TRANSACTION_LIMITS } from './transactionLimits';

/**
 * The store on PostgreSQL: the client generated from prisma/postgresql/schema.prisma over the `pg` driver adapter.
 * store/storeClient.ts opens it for a postgresql:// DATABASE_URL; the schema is applied by store/postgresMigrator.ts.
 */
export type PostgresStoreClient = PrismaClient;

/** An interactive transaction of the PostgreSQL store. */
export type PostgresTransaction = Parameters<Parameters<PostgresStoreClient['$transaction']>[0]>[0];

export interface PostgresStoreOptions {
    /** A `pg` connection string (postgresql://...), as store/databaseUrl.ts returns it. */
    url: string;
    /** The PostgreSQL schema holding the tables; default `public`. */
    schema?: string;
    /** Most connections in this process's pool (default: pg's 10). */
    maxConnections?: number;
}

/** Opens a client; connections are made on first use. Call `$disconnect()` to close the pool. */
export function openPostgresStore(options: PostgresStoreOptions): PostgresStoreClient {
    const adapter = new PrismaPg(
        { connectionString: options.url, ...(options.maxConnections ? { max: options.maxConnections } : {}) },
        options.schema ? { schema: options.schema } : undefined,
    );
    return new PrismaClient({ adapter, transactionOptions: STORE_TRANSACTION_LIMITS });
}

/** The 64-bit advisory lock key for a name: the first 8 bytes of its SHA-256, as PostgreSQL's signed bigint. */
export function advisoryLockKey(name: string): bigint {
    return createHash('sha256').update(name).digest().readBigInt64BE(0);
}

export interface AdvisoryLockOptions {
    /** Longest wait for a pooled connection, in ms (default: STORE_TRANSACTION_LIMITS.maxWait). */
    maxWaitMs?: number;
    /** Longest the whole transaction, lock wait included, may take, in ms (default: STORE_TRANSACTION_LIMITS.timeout). */
    timeoutMs?: number;
}

/**
 * Runs `work` in an interactive transaction that first takes the advisory lock for `name`: everyone else asking for
 * the same name, in any process on the same database, waits until this transaction commits or rolls back. The lock
 * is transaction-scoped (pg_advisory_xact_lock), so it can never outlive the work, even if the process dies.
 *
 * @example
 * await withAdvisoryLock(db, `conversation:${conversationId}`, async (tx) => {
 *     const item = await tx.botStateItem.findUnique({ where: { key } });
 *     await tx.botStateItem.update({ where: { key }, data: next(item) });
 * });
 */
export async function withAdvisoryLock<T>(
    client: PostgresStoreClient,
    name: string,
    work: (tx: PostgresTransaction) => Promise<T>,
    options: AdvisoryLockOptions = {},
): Promise<T> {
    const key = advisoryLockKey(name);
    return client.$transaction(
        async (tx) => {
            // $executeRaw: the function returns void, which Prisma could not read back as a column.
            await tx.$executeRaw`SELECT pg_advisory_xact_lock(${key})`;
            return work(tx);
        },
        { maxWait: options.maxWaitMs, timeout: options.timeoutMs },
    );
}

export interface AdvisoryLockPoolOptions {
    /** A `pg` connection string (postgresql://...), as store/databaseUrl.ts returns it. */
    url: string;
    /**
     * Most locks this process holds at once, one connection each (default 20). Kept apart from the store's own pool,
     * so turns holding locks never starve the queries those turns make; beyond it, further lockers wait for a slot.
     */
    maxConnections?: number;
}

/**
 * Named cross-process locks on PostgreSQL, for work that is not itself one database transaction (a whole bot turn).
 * `run(name, work)` opens a transaction on a connection of its own small pool, takes pg_advisory_xact_lock(name),
 * runs `work`, and ends the transaction: the lock lasts exactly as long as the work, and a process that dies
 * mid-work loses its connection and with it the lock. The transaction only holds the lock; `work` makes its writes
 * through the store as usual. (Advisory locks are per database: every schema on it shares the keys.)
 */
export class PostgresAdvisoryLocks {
    private readonly pool: Pool;

    constructor(options: AdvisoryLockPoolOptions) {
        // allowExitOnIdle: an idle lock connection does not keep a finished process alive.
        this.pool = new Pool({ connectionString: options.url, max: options.maxConnections ?? 20, allowExitOnIdle: true });
        // An idle connection the server dropped is replaced on next use; without a listener its error would crash us.
        this.pool.on('error', () => undefined);
    }

    async run<T>(name: string, work: () => Promise<T>): Promise<T> {
        const connection = await this.pool.connect();
        // A checked-out connection has no pool listener: a dropped connection must fail our next query, not the process.
        const ignore = () => undefined;
        connection.on('error', ignore);
        let healthy = true;
        try {
            // One round trip: two statements in one simple query. The key is a number we computed, never user text.
            await connection.query(`BEGIN; SELECT pg_advisory_xact_lock(${advisoryLockKey(name).toString()})`);
        } catch (error) {
            connection.off('error', ignore);
            connection.release(error as Error);
            throw error;
        }
        try {
            return await work();
        } finally {
            // The transaction wrote nothing: ending it only releases the lock. If that fails the connection is gone,
            // and the server released the lock with it; the work's own outcome stands.
            await connection.query('COMMIT').catch(() => (healthy = false));
            connection.off('error', ignore);
            connection.release(healthy ? undefined : true);
        }
    }

    /** Closes the pool (after the lock holders are done). */
    async close(): Promise<void> {
        await this.pool.end();
    }
}
