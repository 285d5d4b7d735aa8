import fs from 'node:fs';
import path from 'node:path';
import { PrismaClient } from './generated/sqlite/client';
import { SecureSQLiteAdapter } from './secureSqliteAdapter';

export type StoreClient = PrismaClient;
/**
 * Opens the store named by DATABASE_URL: SQLite in WAL mode with secure_delete on (see CONNECTION_PRAGMAS), and a
 * busy timeout so a second connection waits for a lock instead of failing.
 */
export async function openStore(databaseUrl: string): Promise<StoreClient> {
    const file = databaseUrl.replace(/^file:/, '');
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const client = new PrismaClient({ adapter: new SecureSQLiteAdapter({ url: databaseUrl, timeout: 5000 }) });
    await client.$connect();
    return client;
}

/** True when the store answers a trivial query. */
export async function isStoreReachable(client: StoreClient): Promise<boolean> {
    try {
        await client.$queryRawUnsafe('SELECT 1');
        return true;
    } catch {
        return false;
    }
}
