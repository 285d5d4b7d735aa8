/**
 * `npm run migrate` (node dist/scripts/migrate.js, built by `npm run build`; `tsx scripts/migrate.ts` in development):
 * brings the database DATABASE_URL names up to date (DATABASE_URL is read from the environment, then .env, as
 * `npm start` does; default file:./data/sendero.db).
 * - SQLite (file:...): `prisma migrate deploy` with prisma/migrations, as `npm run migrate` does;
 * - PostgreSQL (postgresql://... or postgres://...): store/postgresMigrator.ts with prisma/postgresql/migrations.
 * Exits 1 with the reason (never the URL, which may hold a password) when it cannot.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DatabaseUrlError, parseDatabaseUrl, type DatabaseLocation } from '../store/databaseUrl';
import { migratePostgres } from '../store/postgresMigrator';
import { SQLITE_PAGE_SIZE, useSqlitePageSize } from '../store/sqlitePageSize';

/** The project folder (holding prisma/), whether this runs from scripts/ (tsx) or dist/scripts/ (npm run migrate). */
function projectRoot(): string {
    for (let dir = __dirname; ; dir = path.dirname(dir)) {
        if (fs.existsSync(path.join(dir, 'prisma', 'schema.prisma'))) return dir;
        if (path.dirname(dir) === dir) throw new Error(`prisma/schema.prisma not found above ${__dirname}`);
    }
}
const ROOT = projectRoot();
const DEFAULT_DATABASE_URL = 'file:./data/sendero.db';

async function migrate(location: DatabaseLocation): Promise<void> {
    if (location.provider === 'sqlite') {
        const prisma = require.resolve('prisma/build/index.js', { paths: [ROOT] });
        // The CLI runs in the project folder; a relative file is the one the bot opens from the current folder.
        const file = location.file === ':memory:' ? location.file : path.resolve(location.file);
        if (file !== ':memory:') pageSize(file);
        const run = spawnSync(process.execPath, [prisma, 'migrate', 'deploy'], {
            cwd: ROOT,
            env: { ...process.env, DATABASE_URL: `file:${file}` },
            stdio: 'inherit',
        });
        if (run.status !== 0) throw new Error(`prisma migrate deploy exited with ${run.status ?? run.signal}`);
        return;
    }
    const result = await migratePostgres({
        connectionString: location.url,
        schema: location.schema,
        log: (line) => console.log(line),
    });
    console.log(
        result.applied.length === 0
            ? `PostgreSQL schema is up to date (${result.alreadyApplied.length} migrations applied earlier)`
            : `applied ${result.applied.length} migration(s): ${result.applied.join(', ')}`,
    );
    if (result.unknownApplied.length > 0) {
        console.warn(`warning: the database has migrations this version does not know (a newer Sendero?): ${result.unknownApplied.join(', ')}`);
    }
}

/** Before the tables: a new file gets Sendero's page size, an existing one is rewritten with it once (store/sqlitePageSize.ts). */
function pageSize(file: string): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const kib = SQLITE_PAGE_SIZE / 1024;
    switch (useSqlitePageSize(file)) {
        case 'converted':
            console.log(`SQLite: rewrote the database with ${kib} KB pages (once)`);
            break;
        case 'busy':
            console.warn(`notice: the database is open in another process, so it keeps its page size; stop Sendero and run npm run migrate to give it ${kib} KB pages`);
            break;
        case 'failed':
            console.warn(`notice: the database could not be rewritten with ${kib} KB pages (is the disk full?); it keeps its page size and works as before`);
            break;
    }
}

async function main(): Promise<void> {
    try {
        process.loadEnvFile?.(path.join(ROOT, '.env'));
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
    await migrate(parseDatabaseUrl(databaseUrl));
}

main().catch((error: unknown) => {
    console.error(error instanceof DatabaseUrlError || error instanceof Error ? error.message : error);
    process.exit(1);
});
