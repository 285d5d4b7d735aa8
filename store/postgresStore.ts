import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/postgresql/client';

/**
 * The store on PostgreSQL: the client generated from prisma/postgresql/schema.prisma over the `pg` driver adapter.
 * (Not wired yet: store/storeClient.ts opens SQLite. The schema is applied by store/postgresMigrator.ts.)
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
    return new PrismaClient({ adapter });
}

/** The 64-bit advisory lock key for a name: the first 8 bytes of its SHA-256, as PostgreSQL's signed bigint. */
export function advisoryLockKey(name: string): bigint {
    return createHash('sha256').update(name).digest().readBigInt64BE(0);
}

export interface AdvisoryLockOptions {
    /** Longest wait for a pooled connection, in ms (Prisma's default: 2000). */
    maxWaitMs?: number;
    /** Longest the whole transaction, lock wait included, may take, in ms (Prisma's default: 5000). */
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
