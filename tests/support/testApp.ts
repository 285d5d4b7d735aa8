import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startSendero, type RunningSendero } from '../../bot/app';
import { loadConfig, type Config } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { freePort } from './childServer';
import { applyMigrations } from './testStore';

export interface TestApp extends RunningSendero {
    config: Config;
    databaseFile: string;
    /** Log lines the app wrote, parsed. */
    logs: Array<Record<string, unknown>>;
    dispose(): Promise<void>;
}

/** A migrated SQLite file in a fresh temporary folder. */
export function createMigratedDatabase(): { file: string; url: string; dir: string } {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-app-'));
    const file = path.join(dir, 'sendero.db');
    applyMigrations(file);
    return { file, url: `file:${file}`, dir };
}

/** The whole bot, as `npm start` wires it, on 127.0.0.1 and a free port, with its own database file. */
export async function startTestApp(env: Record<string, string> = {}, databaseFile?: string): Promise<TestApp> {
    const database = databaseFile ? { file: databaseFile, url: `file:${databaseFile}`, dir: undefined } : createMigratedDatabase();
    // A known port, so PUBLIC_BASE_URL (used in links the bot sends) points at this server.
    const port = await freePort();
    const config = loadConfig({
        NODE_ENV: 'test',
        HOST: '127.0.0.1',
        PORT: String(port),
        PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
        DATABASE_URL: database.url,
        LOG_LEVEL: 'info',
        ORG_NAME: 'Ayuda Legal Test',
        HELPDESK_PHONE: '555-0100',
        ...env,
    });
    const logs: Array<Record<string, unknown>> = [];
    const logger = createLogger('info', { write: (line: string) => logs.push(JSON.parse(line) as Record<string, unknown>) });
    const app = await startSendero(config, logger);
    return {
        ...app,
        config,
        databaseFile: database.file,
        logs,
        async dispose() {
            await app.stop();
            if (database.dir) fs.rmSync(database.dir, { recursive: true, force: true });
        },
    };
}
