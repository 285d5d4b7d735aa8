import fs from 'node:fs';
import path from 'node:path';
import { POSTGRESQL_SCHEMA, SOURCE_SCHEMA, renderPostgresqlSchema } from '../../scripts/generateProviderSchemas';

const ROOT = path.resolve(__dirname, '..', '..');
const SQLITE_MIGRATIONS = path.join(ROOT, 'prisma', 'migrations');
const POSTGRESQL_MIGRATIONS = path.join(ROOT, 'prisma', 'postgresql', 'migrations');

function migrationNames(dir: string): string[] {
    return fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort();
}

describe('one schema source, one generated schema per provider', () => {
    test('prisma/postgresql/schema.prisma is what `npm run schemas` writes from prisma/schema.prisma now', () => {
        const expected = renderPostgresqlSchema(fs.readFileSync(SOURCE_SCHEMA, 'utf8'));
        const committed = fs.readFileSync(POSTGRESQL_SCHEMA, 'utf8');
        // On failure: run `npm run schemas` (and `npm run migrations:new -- <name>` if the models changed).
        expect(committed).toBe(expected);
    });

    test('the PostgreSQL schema differs from the source only in its header, datasource provider and client folder', () => {
        const lines = (text: string) => text.split('\n').filter((line) => !line.startsWith('//') && !/^\s*(output|provider)\s*=/.test(line));
        const source = fs.readFileSync(SOURCE_SCHEMA, 'utf8');
        const postgresql = fs.readFileSync(POSTGRESQL_SCHEMA, 'utf8');
        expect(lines(postgresql).filter(Boolean)).toEqual(lines(source).filter(Boolean));
        expect(postgresql).toMatch(/datasource db \{\n\s*provider = "postgresql"/);
        expect(postgresql).toMatch(/output\s*=\s*"\.\.\/\.\.\/store\/generated\/postgresql"/);
    });

    test('a source that does not look like Sendero\'s schema stops the generator instead of writing a wrong file', () => {
        const source = fs.readFileSync(SOURCE_SCHEMA, 'utf8');
        expect(() => renderPostgresqlSchema(source.replace('provider = "sqlite"', 'provider = "mysql"'))).toThrow(/sqlite datasource provider/);
        expect(() => renderPostgresqlSchema(source.replace(/generator client \{[^}]*\}/, ''))).toThrow(/generator client/);
    });
});

describe('PostgreSQL migrations follow the SQLite ones', () => {
    // No PostgreSQL deployment predates 20261130000000_baseline, which builds the whole schema of that day; every
    // SQLite migration after it has a PostgreSQL twin of the same name (npm run migrations:new writes both).
    const names = migrationNames(POSTGRESQL_MIGRATIONS);
    const baseline = names[0] ?? '';
    const timestampOf = (name: string) => name.slice(0, 14);

    test('the first PostgreSQL migration is the baseline', () => {
        expect(baseline).toBe('20261130000000_baseline');
    });

    test('every SQLite migration after the baseline has a PostgreSQL twin, and PostgreSQL has no other migration', () => {
        const later = migrationNames(SQLITE_MIGRATIONS).filter((name) => timestampOf(name) > timestampOf(baseline));
        expect(names.slice(1)).toEqual(later);
    });

    test('every migration folder holds a migration.sql', () => {
        for (const name of names) expect(fs.existsSync(path.join(POSTGRESQL_MIGRATIONS, name, 'migration.sql'))).toBe(true);
    });
});
