import { advisoryLockKey } from './postgresStore';
import { storeProvider, type StoreClient } from './storeClient';

type Transaction = Parameters<Parameters<StoreClient['$transaction']>[0]>[0];

/**
 * Inside an interactive transaction, makes every other transaction that names one of the same keys wait until this
 * one ends. SQLite needs nothing: it lets one writer in at a time, and our transactions write first. PostgreSQL lets
 * writers run side by side (READ COMMITTED), so a count-then-insert could pass twice: a transaction-scoped advisory
 * lock per key closes that. Keys are taken in sorted order so two callers can never wait on each other.
 */
export async function serializeOn(db: StoreClient, tx: Transaction, keys: readonly string[]): Promise<void> {
    if (storeProvider(db) !== 'postgresql') return;
    for (const key of lockOrder(keys)) {
        // $executeRaw: the function returns void, which Prisma could not read back as a column.
        await tx.$executeRaw`SELECT pg_advisory_xact_lock(${advisoryLockKey(key)})`;
    }
}

/** Each key once, in the order every locker takes them (sorted), so two lockers can never wait on each other. */
export function lockOrder(keys: readonly string[]): string[] {
    return [...new Set(keys)].sort();
}
