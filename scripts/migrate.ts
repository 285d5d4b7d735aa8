/**
 * `tsx scripts/migrate.ts`: brings the database DATABASE_URL names up to date (DATABASE_URL is read from the
 * environment, then .env, as `npm start` does; default file:./data/sendero.db).
 * - SQLite (file:...): `prisma migrate deploy` with prisma/migrations, as `npm run migrate` does;
 * - PostgreSQL (postgresql://... or postgres://...): store/postgresMigrator.ts with prisma/postgresql/migrations.
 * Exits 1 with the reason (never the URL, which may hold a password) when it cannot.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DatabaseUrlError, parseDatabaseUrl, type DatabaseLocation } from '../store/databaseUrl';
import { migratePostgres } from '../store/postgresMigrator';

const ROOT = path.resolve(__dirname, '..');
const DEFAULT_DATABASE_URL = 'file:./data/sendero.db';

async function migrate(databaseUrl: string, location: DatabaseLocation): Promise<void> {
    if (location.provider === 'sqlite') {
        const prisma = require.resolve('prisma/build/index.js', { paths: [ROOT] });
        const run = spawnSync(process.execPath, [prisma, 'migrate', 'deploy'], {
            cwd: ROOT,
            env: { ...process.env, DATABASE_URL: databaseUrl },
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

async function main(): Promise<void> {
    try {
        process.loadEnvFile?.(path.join(ROOT, '.env'));
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
    await migrate(databaseUrl, parseDatabaseUrl(databaseUrl));
}

main().catch((error: unknown) => {
    console.error(error instanceof DatabaseUrlError || error instanceof Error ? error.message : error);
    process.exit(1);
});
