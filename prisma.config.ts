import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { databaseUrlProblem, parseDatabaseUrl } from './store/databaseUrl';
import { SecureSQLiteAdapter } from './store/secureSqliteAdapter';

// The schema engine runs as WebAssembly through the driver adapter, so the CLI never downloads a native engine.
const DEFAULT_DATABASE_URL = 'file:./data/sendero.db';
// This config is the SQLite schema's: with a PostgreSQL DATABASE_URL (migrated by scripts/migrate.ts instead), the
// CLI still needs a SQLite URL for `prisma generate`, or it rejects the URL and tries to download an engine.
const given = process.env.DATABASE_URL ?? '';
if (databaseUrlProblem(given) !== undefined || parseDatabaseUrl(given).provider !== 'sqlite') process.env.DATABASE_URL = DEFAULT_DATABASE_URL;

export default defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    schema: path.join('prisma', 'schema.prisma'),
    migrations: { path: path.join('prisma', 'migrations') },
    async adapter() {
        const location = parseDatabaseUrl(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL);
        if (location.provider !== 'sqlite') throw new Error('prisma.config.ts is the SQLite schema\'s configuration');
        if (location.file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(location.file)), { recursive: true });
        // secure_delete on the CLI's connection too, like every connection the bot opens.
        return new SecureSQLiteAdapter({ url: `file:${location.file}` });
    },
});
