import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaClient } from './generated/sqlite/client';

export type StoreClient = PrismaClient;

/**
 * Opens the store named by DATABASE_URL. SQLite runs in WAL mode, so readers never wait for the writer, with a
 * busy timeout so a second connection waits for a lock instead of failing.
 */
export async function openStore(databaseUrl: string): Promise<StoreClient> {
    const file = databaseUrl.replace(/^file:/, '');
    if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const client = new PrismaClient({ adapter: new PrismaBetterSQLite3({ url: databaseUrl, timeout: 5000 }) });
    await client.$queryRawUnsafe('PRAGMA journal_mode = WAL');
    await client.$queryRawUnsafe('PRAGMA synchronous = NORMAL');
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
