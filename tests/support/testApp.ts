import fs from 'node:fs';
import Database from 'better-sqlite3';
import os from 'node:os';
import path from 'node:path';
import { startSendero, type RunningSendero } from '../../bot/app';
import { loadConfig, type Config } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { freePort } from './childServer';
import { testHasher } from './testHasher';
import { createMigratedTestDatabase, type TestDatabase, type TestStoreProvider } from './testPostgres';
import { migratedSqliteFile } from './testStore';

export interface TestApp extends RunningSendero {
    config: Config;
    provider: TestStoreProvider;
    /** The SQLite file ('' on PostgreSQL: use rows()). */
    databaseFile: string;
    /** Every row of a table, read straight from the database (not through the app), on either store. */
    rows(table: string): Promise<Array<Record<string, unknown>>>;
    /** Log lines the app wrote, parsed. */
    logs: Array<Record<string, unknown>>;
    dispose(): Promise<void>;
}

/** A migrated SQLite file in a fresh temporary folder. */
export function createMigratedDatabase(): { file: string; url: string; dir: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-app-'));
    const file = path.join(dir, 'sendero.db');
    migratedSqliteFile(file);
    return { file, url: `file:${file}`, dir };
}

/** The whole bot, as `npm start` wires it, on 127.0.0.1 and a free port, with its own database file. */
export async function startTestApp(env: Record<string, string> = {}, databaseFile?: string): Promise<TestApp> {
    const database = databaseFile ? { file: databaseFile, url: `file:${databaseFile}`, dir: undefined } : createMigratedDatabase();
    // The development key file beside the test's database, not in the project's ./data.
    const secretsKeyFile = path.join(path.dirname(database.file), 'secrets.key');
    const sqliteRows = async (table: string) => {
        const db = new Database(database.file, { readonly: true });
        try {
            return db.prepare(`SELECT * FROM "${table.replace(/"/g, '""')}"`).all() as Array<Record<string, unknown>>;
        } finally {
            db.close();
        }
    };
    return startOn(
        { provider: 'sqlite', url: database.url, file: database.file, secretsKeyFile, rows: sqliteRows, dispose: async () => database.dir && fs.rmSync(database.dir, { recursive: true, force: true }) },
        env,
    );
}

/**
 * The whole bot on either store: on 'postgresql' with a fresh migrated database of its own on the TEST_POSTGRES_URL
 * server (dropped by dispose), otherwise as startTestApp.
 */
export async function startTestAppOn(provider: TestStoreProvider, env: Record<string, string> = {}): Promise<TestApp> {
    if (provider === 'sqlite') return startTestApp(env);
    const database: TestDatabase = await createMigratedTestDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-app-'));
    return startOn(
        {
            provider,
            url: database.url,
            file: '',
            secretsKeyFile: path.join(dir, 'secrets.key'),
            rows: (table) => database.query(`SELECT * FROM "${table.replace(/"/g, '""')}"`),
            dispose: async () => {
                await database.dispose();
                fs.rmSync(dir, { recursive: true, force: true });
            },
        },
        env,
    );
}

interface AppDatabase {
    provider: TestStoreProvider;
    url: string;
    file: string;
    secretsKeyFile: string;
    rows(table: string): Promise<Array<Record<string, unknown>>>;
    dispose(): Promise<unknown>;
}

async function startOn(database: AppDatabase, env: Record<string, string>): Promise<TestApp> {
    // A known port, so PUBLIC_BASE_URL (used in links the bot sends) points at this server.
    const port = await freePort();
    const config = loadConfig({
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        DATABASE_URL: database.url,
        SECRETS_KEY_FILE: database.secretsKeyFile,
        LOG_LEVEL: 'info',
        ORG_NAME: 'Ayuda Legal Test',
        HELPDESK_PHONE: '555-0100',
        ...env,
    });
    const logs: Array<Record<string, unknown>> = [];
    const logger = createLogger('info', { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) });
    const app = await startSendero(config, logger, { hasher: testHasher() });
    return {
        ...app,
        config,
        provider: database.provider,
        databaseFile: database.file,
        rows: (table) => database.rows(table),
        logs,
        async dispose() {
            await app.stop();
            await database.dispose();
        },
    };
}
