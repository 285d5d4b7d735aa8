/**
 * `npm run migrations:new -- <name>`: after editing prisma/schema.prisma, writes the migration for both stores,
 * prisma/migrations/<timestamp>_<name>/ (SQLite) and prisma/postgresql/migrations/<timestamp>_<name>/ (PostgreSQL),
 * and regenerates prisma/postgresql/schema.prisma.
 *
 * The "before" state is the schema as last committed (git HEAD's prisma/postgresql/schema.prisma, which the tests
 * keep equal to what both migration folders build); the "after" state is the edited source. Prisma 6.19's
 * WebAssembly engine cannot diff from a migrations folder or a live database, so both sides are schema files.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { POSTGRESQL_SCHEMA, SOURCE_SCHEMA, renderPostgresqlSchema } from './generateProviderSchemas';

const ROOT = path.resolve(__dirname, '..');

/**
 * `prisma migrate diff --script` between two schema files (from: null = an empty database). The provider comes from
 * the files. The SQLite CLI config is used for both providers: `migrate diff` dials the config's adapter even when
 * comparing two files, and the SQLite one needs no server (a throwaway file).
 */
export function migrationSql(from: string | null, to: string): string {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-diff-'));
    try {
        return execFileSync(
            process.execPath,
            [
                require.resolve('prisma/build/index.js', { paths: [ROOT] }),
                'migrate', 'diff', '--config', path.join(ROOT, 'prisma.config.ts'),
                ...(from ? ['--from-schema-datamodel', from] : ['--from-empty']),
                '--to-schema-datamodel', to, '--script',
            ],
            { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${path.join(scratch, 'unused.db')}` }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
        );
    } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
    }
}

function timestamp(now: Date): string {
    return now.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function main(): void {
    const name = process.argv[2] ?? '';
    if (!/^[a-z0-9]+(_[a-z0-9]+)*$/.test(name)) {
        console.error('usage: npm run migrations:new -- <name in snake_case>');
        process.exit(1);
    }
    const committed = execFileSync('git', ['show', `HEAD:${path.relative(ROOT, POSTGRESQL_SCHEMA)}`], { cwd: ROOT, encoding: 'utf8' });
    const source = fs.readFileSync(SOURCE_SCHEMA, 'utf8');
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-migration-'));
    try {
        const files = {
            sqliteBefore: [committed.replace(/provider = "postgresql"/, 'provider = "sqlite"'), 'sqlite-before.prisma'],
            postgresBefore: [committed, 'postgresql-before.prisma'],
            postgresAfter: [renderPostgresqlSchema(source), 'postgresql-after.prisma'],
        } as const;
        for (const [text, file] of Object.values(files)) fs.writeFileSync(path.join(scratch, file), text);
        const at = (key: keyof typeof files) => path.join(scratch, files[key][1]);
        const sqlite = migrationSql(at('sqliteBefore'), SOURCE_SCHEMA);
        const postgresql = migrationSql(at('postgresBefore'), at('postgresAfter'));
        if (/^-- This is an empty migration\.\s*$/.test(sqlite.trim()) || sqlite.trim() === '') {
            console.error('prisma/schema.prisma has no change since the last commit: nothing to migrate');
            process.exit(1);
        }
        const folder = `${timestamp(new Date())}_${name}`;
        for (const [dir, sql] of [
            [path.join(ROOT, 'prisma', 'migrations', folder), sqlite],
            [path.join(ROOT, 'prisma', 'postgresql', 'migrations', folder), postgresql],
        ] as const) {
            fs.mkdirSync(dir, { recursive: true });
            fs.writeFileSync(path.join(dir, 'migration.sql'), sql);
            console.log(`wrote ${path.relative(ROOT, dir)}/migration.sql`);
        }
        fs.writeFileSync(POSTGRESQL_SCHEMA, renderPostgresqlSchema(source));
        console.log(`wrote ${path.relative(ROOT, POSTGRESQL_SCHEMA)}; run \`npm run postinstall\` to regenerate both clients`);
    } finally {
        fs.rmSync(scratch, { recursive: true, force: true });
    }
}

if (require.main === module) main();
