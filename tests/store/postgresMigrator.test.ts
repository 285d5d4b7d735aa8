import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import {
    MIGRATION_LOCK_KEY,
    MigrationChecksumError,
    MigrationFailedError,
    migratePostgres,
    readMigrationFiles,
} from '../../store/postgresMigrator';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/testPostgres';

const REAL_MIGRATIONS = path.resolve(__dirname, '..', '..', 'prisma', 'postgresql', 'migrations');

/** A migrations folder in a temporary directory: { folder name: SQL }. */
function migrationsFolder(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-pg-migrations-'));
    for (const [name, sql] of Object.entries(files)) writeMigration(dir, name, sql);
    return dir;
}

function writeMigration(dir: string, name: string, sql: string): void {
    fs.mkdirSync(path.join(dir, name), { recursive: true });
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
}

function copyOfRealMigrations(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-pg-migrations-'));
    fs.cpSync(REAL_MIGRATIONS, dir, { recursive: true });
    return dir;
}

/** Polls (bounded) until `condition` holds: for waiting on the database, never for timing. */
async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
    for (let attempt = 0; attempt < 400; attempt += 1) {
        if (await condition()) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`never happened: ${what}`);
}

describeWithPostgres('PostgreSQL migration runner (store/postgresMigrator.ts)', () => {
    let database: TestDatabase;
    const folders: string[] = [];

    beforeEach(async () => {
        database = await createTestDatabase();
    });
    afterEach(async () => {
        await database.dispose();
        for (const dir of folders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
    });

    const appliedRows = async () =>
        (await database.query<{ name: string; checksum: string }>('SELECT name, checksum FROM _sendero_migrations ORDER BY name')).map((row) => ({ ...row }));
    const tableExists = async (table: string) =>
        (await database.query<{ exists: boolean }>('SELECT to_regclass($1) IS NOT NULL AS exists', [`public."${table}"`]))[0]?.exists;

    test('applies every committed migration to a fresh database, and a second run applies nothing', async () => {
        const names = readMigrationFiles(REAL_MIGRATIONS).map((file) => file.name);
        expect(names.length).toBeGreaterThan(0);

        const first = await migratePostgres({ connectionString: database.url });
        expect(first).toEqual({ applied: names, alreadyApplied: [], unknownApplied: [] });
        expect((await appliedRows()).map((row) => row.name)).toEqual(names);
        expect(await tableExists('Account')).toBe(true);

        const second = await migratePostgres({ connectionString: database.url });
        expect(second).toEqual({ applied: [], alreadyApplied: names, unknownApplied: [] });
        expect(await appliedRows()).toHaveLength(names.length);
    });

    test('applies files in name order, each once, and records its sha256', async () => {
        const dir = migrationsFolder({
            '20990102000000_add_column': 'ALTER TABLE "Thing" ADD COLUMN "size" INTEGER;',
            '20990101000000_create': 'CREATE TABLE "Thing" ("id" TEXT PRIMARY KEY);',
        });
        folders.push(dir);
        const result = await migratePostgres({ connectionString: database.url, migrationsDir: dir });
        expect(result.applied).toEqual(['20990101000000_create', '20990102000000_add_column']);
        const rows = await appliedRows();
        expect(rows.map((row) => row.checksum)).toEqual(readMigrationFiles(dir).map((file) => file.checksum));
        expect(rows[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);

        writeMigration(dir, '20990103000000_index', 'CREATE INDEX "Thing_size_idx" ON "Thing"("size");');
        expect((await migratePostgres({ connectionString: database.url, migrationsDir: dir })).applied).toEqual(['20990103000000_index']);
    });

    test('two runners started together apply each file exactly once (the advisory lock)', async () => {
        // Hold the runners' lock so both are started and waiting before either may begin: they truly race.
        const holder = new Client({ connectionString: database.url });
        await holder.connect();
        await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
        const runs = [migratePostgres({ connectionString: database.url }), migratePostgres({ connectionString: database.url })];
        await eventually(
            async () =>
                Number((await database.query<{ waiting: string }>("SELECT count(*) AS waiting FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted"))[0]?.waiting) === 2,
            'both runners wait for the migration lock',
        );
        await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
        await holder.end();

        const results = await Promise.all(runs);
        const names = readMigrationFiles(REAL_MIGRATIONS).map((file) => file.name);
        expect([...results[0].applied, ...results[1].applied].sort()).toEqual(names);
        expect(results.map((result) => result.applied.length).sort()).toEqual([0, names.length]);
        expect((await appliedRows()).map((row) => row.name)).toEqual(names);
    });

    test('a migration edited after it was applied is refused, and nothing after it is applied', async () => {
        const dir = copyOfRealMigrations();
        folders.push(dir);
        await migratePostgres({ connectionString: database.url, migrationsDir: dir });
        const [first] = readMigrationFiles(dir);
        fs.appendFileSync(path.join(dir, first!.name, 'migration.sql'), '\nCREATE TABLE "Sneaky" ("id" TEXT);\n');
        writeMigration(dir, '20991231000000_later', 'CREATE TABLE "Later" ("id" TEXT);');

        await expect(migratePostgres({ connectionString: database.url, migrationsDir: dir })).rejects.toThrow(MigrationChecksumError);
        await expect(migratePostgres({ connectionString: database.url, migrationsDir: dir })).rejects.toThrow(first!.name);
        expect(await tableExists('Later')).toBe(false);
        expect(await tableExists('Sneaky')).toBe(false);
    });

    test('a line-ending-only change (a CRLF checkout) is not an edit', async () => {
        const dir = migrationsFolder({ '20990101000000_create': 'CREATE TABLE "Thing" ("id" TEXT);\nCREATE INDEX "Thing_id" ON "Thing"("id");\n' });
        folders.push(dir);
        await migratePostgres({ connectionString: database.url, migrationsDir: dir });
        writeMigration(dir, '20990101000000_create', 'CREATE TABLE "Thing" ("id" TEXT);\r\nCREATE INDEX "Thing_id" ON "Thing"("id");\r\n');
        expect((await migratePostgres({ connectionString: database.url, migrationsDir: dir })).applied).toEqual([]);
    });

    test('a failing migration is rolled back whole and not recorded; once fixed, it is applied', async () => {
        const dir = migrationsFolder({
            '20990101000000_good': 'CREATE TABLE "Good" ("id" TEXT);',
            '20990102000000_bad': 'CREATE TABLE "Half" ("id" TEXT);\nSELECT * FROM "NoSuchTable";',
        });
        folders.push(dir);
        const failure = migratePostgres({ connectionString: database.url, migrationsDir: dir });
        await expect(failure).rejects.toThrow(MigrationFailedError);
        await expect(failure).rejects.toThrow(/20990102000000_bad.*NoSuchTable/);
        expect((await appliedRows()).map((row) => row.name)).toEqual(['20990101000000_good']);
        expect(await tableExists('Good')).toBe(true);
        expect(await tableExists('Half')).toBe(false);

        writeMigration(dir, '20990102000000_bad', 'CREATE TABLE "Half" ("id" TEXT);');
        expect((await migratePostgres({ connectionString: database.url, migrationsDir: dir })).applied).toEqual(['20990102000000_bad']);
    });

    test('reports applied migrations it has no file for (a newer version migrated this database) without failing', async () => {
        const dir = migrationsFolder({ '20990101000000_one': 'CREATE TABLE "One" ("id" TEXT);', '20990102000000_two': 'CREATE TABLE "Two" ("id" TEXT);' });
        folders.push(dir);
        await migratePostgres({ connectionString: database.url, migrationsDir: dir });
        fs.rmSync(path.join(dir, '20990102000000_two'), { recursive: true });
        expect(await migratePostgres({ connectionString: database.url, migrationsDir: dir })).toEqual({
            applied: [],
            alreadyApplied: ['20990101000000_one'],
            unknownApplied: ['20990102000000_two'],
        });
    });

    test('with a schema, creates it and migrates inside it, leaving public alone', async () => {
        const result = await migratePostgres({ connectionString: database.url, schema: 'sendero_bot' });
        expect(result.applied.length).toBeGreaterThan(0);
        expect(await tableExists('Account')).toBe(false);
        const inSchema = await database.query<{ table_name: string }>(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'sendero_bot' AND table_name IN ('Account', '_sendero_migrations')",
        );
        expect(inSchema.map((row) => row.table_name).sort()).toEqual(['Account', '_sendero_migrations']);
    });
});
