import path from 'node:path';
import { defineConfig } from 'prisma/config';
import { PrismaPg } from '@prisma/adapter-pg';

// The Prisma CLI for the generated PostgreSQL schema (`prisma ... --config prisma/postgresql/prisma.config.ts`):
// `prisma generate` and `prisma migrate diff` run offline through the WebAssembly engine. Migrations are applied
// by store/postgresMigrator.ts (`npm run migrate`), not by `prisma migrate deploy`, which Prisma 6.19's
// WebAssembly engine cannot run against PostgreSQL.
// The schema's datasource reads DATABASE_URL and Prisma checks it names PostgreSQL even where nothing connects
// (`generate`, `migrate diff`): outside a PostgreSQL deployment, a placeholder that is never dialled.
if (!/^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')) process.env.DATABASE_URL = 'postgresql://localhost/sendero';

export default defineConfig({
    experimental: { adapter: true },
    engine: 'js',
    schema: path.join(__dirname, 'schema.prisma'),
    migrations: { path: path.join(__dirname, 'migrations') },
    async adapter() {
        return new PrismaPg({ connectionString: process.env.DATABASE_URL });
    },
});
