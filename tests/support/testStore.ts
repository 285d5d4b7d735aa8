import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_PAGE_SIZE } from '../../store/sqlitePageSize';
import { openStore, storeClientFor, type StoreClient } from '../../store/storeClient';
import { createMigratedTestDatabase, type TestStoreProvider } from './testPostgres';

export interface TestStore {
    client: StoreClient;
    databaseUrl: string;
    provider: TestStoreProvider;
    /** The SQLite file ('' on PostgreSQL). */
    file: string;
    /** Disconnects and deletes the database file (on PostgreSQL: drops the database). */
    dispose(): Promise<void>;
}

const MIGRATIONS = path.resolve(__dirname, '..', '..', 'prisma', 'migrations');

/**
 * Applies the committed migration SQL, in order, to a SQLite file (the same SQL `prisma migrate deploy` runs). Without
 * syncing to disk: each statement is its own transaction, and the fsyncs made a fresh database about 150 ms instead of
 * 10, many times per test file. Both pragmas last only as long as this connection.
 */
export function applyMigrations(file: string): void {
    const db = new Database(file);
    try {
        // As `npm run migrate` creates a file (store/sqlitePageSize.ts): before the first table.
        db.pragma(`page_size = ${SQLITE_PAGE_SIZE}`);
        db.pragma('synchronous = OFF');
        db.pragma('journal_mode = MEMORY');
        const names = fs
            .readdirSync(MIGRATIONS, { withFileTypes: true })
            .filter((entry) => entry.isDirectory())
            .map((entry) => entry.name)
            .sort();
        for (const name of names) db.exec(fs.readFileSync(path.join(MIGRATIONS, name, 'migration.sql'), 'utf8'));
    } finally {
        db.close();
    }
}

/** The environment variable naming the migrated template database jest's globalSetup made for this run. */
export const SQLITE_TEMPLATE_ENV = 'SENDERO_TEST_SQLITE_TEMPLATE';

/**
 * Makes `file` a migrated SQLite database: a copy of this run's template when there is one (tests/support/globalSetup.ts),
 * else the migrations applied to it (a test run without that setup).
 */
export function migratedSqliteFile(file: string): void {
    const template = process.env[SQLITE_TEMPLATE_ENV];
    if (template && fs.existsSync(template)) fs.copyFileSync(template, file);
    else applyMigrations(file);
}

/**
 * A fresh SQLite database file in a temporary folder, migrated, with a client that connects at its first query; or,
 * for 'postgresql', a fresh migrated database on the TEST_POSTGRES_URL server, with a connected client.
 */
export async function createTestStore(provider: TestStoreProvider = 'sqlite'): Promise<TestStore> {
    if (provider === 'postgresql') {
        const database = await createMigratedTestDatabase();
        const store: TestStore = {
            client: await openStore(database.url),
            databaseUrl: database.url,
            provider,
            file: '',
            async dispose() {
                // The client a test reopened, if it did.
                await store.client.$disconnect();
                await database.dispose();
            },
        };
        return store;
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-test-'));
    const file = path.join(dir, 'test.db');
    migratedSqliteFile(file);
    const databaseUrl = `file:${file}`;
    // Connected at its first query: many tests (a message read at the menu) never make one.
    const client = storeClientFor(databaseUrl);
    return {
        client,
        databaseUrl,
        provider,
        file,
        async dispose() {
            await client.$disconnect();
            fs.rmSync(dir, { recursive: true, force: true });
        },
    };
}
