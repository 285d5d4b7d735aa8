import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createTestDatabase, describeWithPostgres } from '../support/testPostgres';

/** `npm run migrate` (scripts/migrate.ts, here run from source) on whichever store DATABASE_URL names. */
const ROOT = path.resolve(__dirname, '..', '..');

function migrate(databaseUrl: string): { status: number | null; output: string } {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/migrate.ts'], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: databaseUrl },
        encoding: 'utf8',
    });
    return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

describe('npm run migrate', () => {
    test('creates and migrates a SQLite file, and a second run has nothing to do', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-migrate-'));
        try {
            const file = path.join(dir, 'nested', 'sendero.db');
            expect(migrate(`file:${file}`).status).toBe(0);
            const db = new Database(file, { readonly: true });
            const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((row) => row.name);
            db.close();
            expect(tables).toEqual(expect.arrayContaining(['Account', 'BotStateItem', '_prisma_migrations']));
            expect(migrate(`file:${file}`)).toEqual({ status: 0, output: expect.stringMatching(/No pending migrations/) });
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    test('a DATABASE_URL naming no supported store exits 1 with the reason, never the URL', () => {
        const { status, output } = migrate('mysql://root:hunter2@db/sendero');
        expect(status).toBe(1);
        expect(output).toMatch(/"mysql:" is not a supported store/);
        expect(output).not.toContain('hunter2');
    });
});

describeWithPostgres('npm run migrate on PostgreSQL', () => {
    test('migrates the named schema of a fresh database, and a second run has nothing to do', async () => {
        const database = await createTestDatabase();
        try {
            const url = `${database.url}?schema=bot`;
            expect(migrate(url)).toEqual({ status: 0, output: expect.stringMatching(/applied \d+ migration/) });
            const tables = await database.query<{ table_name: string }>("SELECT table_name FROM information_schema.tables WHERE table_schema = 'bot'");
            expect(tables.map((row) => row.table_name)).toEqual(expect.arrayContaining(['Account', 'BotStateItem', '_sendero_migrations']));
            expect(migrate(url)).toEqual({ status: 0, output: expect.stringMatching(/PostgreSQL schema is up to date/) });
        } finally {
            await database.dispose();
        }
    });
});
