import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { SQLITE_PAGE_SIZE } from '../../store/sqlitePageSize';
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

/**
 * A Sendero database as earlier versions made it (`prisma migrate deploy` on SQLite's default 4 KB pages), in WAL mode,
 * holding 500 conversations' state; left open, as a running Sendero would.
 */
function earlierDatabase(file: string): Database.Database {
    const created = new Database(file);
    created.pragma('page_size = 4096');
    created.pragma('journal_mode = WAL');
    created.close();
    const prisma = spawnSync(process.execPath, [require.resolve('prisma/build/index.js'), 'migrate', 'deploy'], { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: 'utf8' });
    if (prisma.status !== 0) throw new Error(prisma.stderr);
    const db = new Database(file);
    const insert = db.prepare('INSERT INTO "BotStateItem" ("key", "document", "eTag", "updatedAt") VALUES (?, ?, ?, ?)');
    for (let i = 0; i < 500; i++) insert.run(`conversation ${i}`, JSON.stringify({ said: 'hello '.repeat(600) }), `e${i}`, new Date().toISOString());
    return db;
}

function statesIn(file: string): number {
    const db = new Database(file, { readonly: true });
    try {
        return (db.prepare('SELECT count(*) AS n FROM "BotStateItem"').get() as { n: number }).n;
    } finally {
        db.close();
    }
}

function pagesOf(file: string): { pageSize: number; journalMode: string } {
    const db = new Database(file);
    try {
        return { pageSize: db.pragma('page_size', { simple: true }) as number, journalMode: db.pragma('journal_mode', { simple: true }) as string };
    } finally {
        db.close();
    }
}

describe('npm run migrate', () => {
    let dir: string;
    beforeEach(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-migrate-'))));
    afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

    test('creates and migrates a SQLite file, and a second run has nothing to do', () => {
        const file = path.join(dir, 'nested', 'sendero.db');
        expect(migrate(`file:${file}`).status).toBe(0);
        const db = new Database(file, { readonly: true });
        const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as Array<{ name: string }>).map((row) => row.name);
        db.close();
        expect(tables).toEqual(expect.arrayContaining(['Account', 'BotStateItem', '_prisma_migrations']));
        expect(pagesOf(file)).toEqual({ pageSize: SQLITE_PAGE_SIZE, journalMode: 'wal' });
        expect(migrate(`file:${file}`)).toEqual({ status: 0, output: expect.stringMatching(/No pending migrations/) });
    });

    test('an existing file with 4 KB pages is rewritten with 8 KB pages once, keeping what it holds', () => {
        const file = path.join(dir, 'sendero.db');
        earlierDatabase(file).close();
        expect(pagesOf(file).pageSize).toBe(4096);
        const first = migrate(`file:${file}`);
        expect(first).toEqual({ status: 0, output: expect.stringContaining('rewrote the database with 8 KB pages') });
        expect(pagesOf(file)).toEqual({ pageSize: SQLITE_PAGE_SIZE, journalMode: 'wal' });
        expect(statesIn(file)).toBe(500);
        expect(migrate(`file:${file}`).output).not.toContain('rewrote');
    });

    test('while another process has the file open, it keeps its pages and nothing is lost', () => {
        const file = path.join(dir, 'sendero.db');
        const running = earlierDatabase(file);
        try {
            const run = migrate(`file:${file}`);
            expect(run).toEqual({ status: 0, output: expect.stringContaining('open in another process, so it keeps its page size') });
        } finally {
            running.close();
        }
        expect(pagesOf(file)).toEqual({ pageSize: 4096, journalMode: 'wal' });
        expect(statesIn(file)).toBe(500);
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
