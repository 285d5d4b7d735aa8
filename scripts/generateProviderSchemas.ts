/**
 * `npm run schemas`: writes prisma/postgresql/schema.prisma from prisma/schema.prisma, the one schema source.
 *
 * The models are copied unchanged; only what must differ per provider changes: the datasource provider and where
 * the generated client goes. tests/store/providerSchemas.test.ts fails when the committed file has drifted.
 */
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..');
export const SOURCE_SCHEMA = path.join(ROOT, 'prisma', 'schema.prisma');
export const POSTGRESQL_SCHEMA = path.join(ROOT, 'prisma', 'postgresql', 'schema.prisma');

const HEADER = [
    '// GENERATED from prisma/schema.prisma by scripts/generateProviderSchemas.ts (`npm run schemas`). Do not edit:',
    '// change prisma/schema.prisma, run `npm run schemas`, and add the migration for both providers.',
    '',
    '',
].join('\n');

/** Replaces exactly one match of `pattern` in `text`; a schema that does not look as expected stops the script. */
function replaceOnce(text: string, pattern: RegExp, replacement: string, what: string): string {
    const matches = text.match(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`));
    if (matches?.length !== 1) {
        throw new Error(`prisma/schema.prisma: expected exactly one ${what}, found ${matches?.length ?? 0}`);
    }
    return text.replace(pattern, replacement);
}

/** The body of the one `<kind> <name> { ... }` block (blocks in a Prisma schema do not nest). */
function block(kind: string, name: string): RegExp {
    return new RegExp(`^${kind}\\s+${name}\\s*\\{[^}]*\\}`, 'm');
}

/** The PostgreSQL schema for a SQLite schema source: same models, PostgreSQL datasource, its own client folder. */
export function renderPostgresqlSchema(sqliteSchema: string): string {
    const generator = sqliteSchema.match(block('generator', 'client'))?.[0];
    const datasource = sqliteSchema.match(block('datasource', 'db'))?.[0];
    if (!generator || !datasource) throw new Error('prisma/schema.prisma: expected `generator client` and `datasource db` blocks');

    const postgresGenerator = replaceOnce(generator, /^(\s*output\s*=\s*)"[^"]*"/m, '$1"../../store/generated/postgresql"', 'generator output');
    const postgresDatasource = replaceOnce(datasource, /^(\s*provider\s*=\s*)"sqlite"/m, '$1"postgresql"', 'sqlite datasource provider');

    const body = sqliteSchema
        .replace(generator, postgresGenerator)
        .replace(datasource, postgresDatasource)
        // The source's own first-line comment speaks for the source; the header below speaks for this copy.
        .replace(/^(\/\/[^\n]*\n)+\n?/, '');
    return HEADER + body;
}

function main(): void {
    const rendered = renderPostgresqlSchema(fs.readFileSync(SOURCE_SCHEMA, 'utf8'));
    fs.mkdirSync(path.dirname(POSTGRESQL_SCHEMA), { recursive: true });
    const previous = fs.existsSync(POSTGRESQL_SCHEMA) ? fs.readFileSync(POSTGRESQL_SCHEMA, 'utf8') : undefined;
    fs.writeFileSync(POSTGRESQL_SCHEMA, rendered);
    console.log(`${path.relative(ROOT, POSTGRESQL_SCHEMA)} ${previous === rendered ? 'unchanged' : 'written'}`);
}

if (require.main === module) main();
