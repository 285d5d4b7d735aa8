import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

// The schema engine runs as WebAssembly through the driver adapter, so the CLI never downloads a native engine.
const DEFAULT_DATABASE_URL = 'file:./data/sendero.db';
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;

export default defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    schema: path.join('prisma', 'schema.prisma'),
    migrations: { path: path.join('prisma', 'migrations') },
    async adapter() {
        const url = process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
        const file = url.replace(/^file:/, '');
        if (file !== ':memory:') fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
        return new PrismaBetterSQLite3({ url });
    },
});
