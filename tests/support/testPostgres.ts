import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';
import { migratePostgres } from '../../store/postgresMigrator';

/**
 * PostgreSQL for tests: TEST_POSTGRES_URL names a server we may create databases on (.ci/run starts a throwaway
 * one with scripts/ci/startPostgres.sh). Each test file creates its own database and drops it afterwards.
 */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL?.trim() || undefined;

/** `describe` when TEST_POSTGRES_URL is set; otherwise the block is skipped, with a note saying why. */
export function describeWithPostgres(name: string, body: () => void): void {
    if (TEST_POSTGRES_URL) {
        describe(name, body);
        return;
    }
    console.warn(`skipped "${name}": TEST_POSTGRES_URL is not set (source scripts/ci/startPostgres.sh to start a throwaway PostgreSQL)`);
    describe.skip(name, body);
}

export interface TestDatabase {
    /** Connection string of the new database. */
    url: string;
    name: string;
    /** A plain `pg` client on the database, connected; closed by dispose(). */
    query<R extends object = Record<string, unknown>>(sql: string, values?: unknown[]): Promise<R[]>;
    /** Drops the database (closing whatever is still connected to it). */
    dispose(): Promise<void>;
}

/** Read when a database is made, so a caller (the bench's --postgres) may set it after this module loaded. */
function serverUrl(): string {
    const url = process.env.TEST_POSTGRES_URL?.trim() || TEST_POSTGRES_URL;
    if (!url) throw new Error('TEST_POSTGRES_URL is not set');
    return url;
}

/** CREATE DATABASE sendero_test_<random> on the TEST_POSTGRES_URL server. */
export async function createTestDatabase(): Promise<TestDatabase> {
    const name = `sendero_test_${randomBytes(6).toString('hex')}`;
    const admin = new Client({ connectionString: serverUrl() });
    await admin.connect();
    try {
        await admin.query(`CREATE DATABASE "${name}"`);
    } finally {
        await admin.end();
    }
    const url = new URL(serverUrl());
    url.pathname = `/${name}`;
    // A pool, not one client: tests query from many lanes at once (the two-instance test reads codes while it drives
    // load), and one pg client must not be given a query while another is running (deprecated, refused by pg 9).
    const pool = new Pool({ connectionString: url.toString(), max: 4 });
    // pool.end() resolves once its clients are told to end, before their sockets close: the DROP DATABASE ... WITH (FORCE)
    // in dispose() may then terminate one (57P01), and its pool re-emits that as 'error'. Unheard, it failed a CI run.
    pool.on('error', () => undefined);
    return {
        url: url.toString(),
        name,
        async query<R extends object>(sql: string, values?: unknown[]) {
            return (await pool.query<R>(sql, values)).rows;
        },
        async dispose() {
            await pool.end();
            const dropper = new Client({ connectionString: serverUrl() });
            await dropper.connect();
            try {
                await dropper.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
            } finally {
                await dropper.end();
            }
        },
    };
}

export type TestStoreProvider = 'sqlite' | 'postgresql';

/**
 * One `describe` per store: `<name> (sqlite)` always, `<name> (postgresql)` when TEST_POSTGRES_URL is set (skipped
 * with a printed note otherwise). The body gets the provider, e.g. for createTestStore(provider) or
 * startTestAppOn(provider).
 */
export function describeEachStore(name: string, body: (provider: TestStoreProvider) => void): void {
    describe(`${name} (sqlite)`, () => body('sqlite'));
    describeWithPostgres(`${name} (postgresql)`, () => body('postgresql'));
}

/** A fresh database on the TEST_POSTGRES_URL server with every PostgreSQL migration applied. */
export async function createMigratedTestDatabase(): Promise<TestDatabase> {
    const database = await createTestDatabase();
    try {
        await migratePostgres({ connectionString: database.url });
    } catch (error) {
        await database.dispose();
        throw error;
    }
    return database;
}
