import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { POSTGRESQL_SCHEMA } from '../../scripts/generateProviderSchemas';
import { migrationSql } from '../../scripts/newMigration';
import { migratePostgres } from '../../store/postgresMigrator';
import { applyMigrations } from '../support/testStore';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/testPostgres';

/** A store-neutral description: per table, its columns, primary key, secondary indexes and foreign keys. */
interface TableShape {
    columns: Record<string, { type: string; nullable: boolean; default: string | null }>;
    primaryKey: string[];
    indexes: Array<{ name: string; unique: boolean; columns: string[] }>;
    foreignKeys: Array<{ columns: string[]; references: string; referencedColumns: string[]; onDelete: string }>;
}
type SchemaShape = Record<string, TableShape>;

const byName = <T extends { name: string }>(items: T[]) => items.sort((a, b) => a.name.localeCompare(b.name));

// Types are compared by family: each store spells them its own way (TEXT/text, DATETIME/timestamp(3)...).
function sqliteType(type: string): string {
    return ({ TEXT: 'text', INTEGER: 'integer', DATETIME: 'datetime', BOOLEAN: 'boolean' } as Record<string, string>)[type.toUpperCase()] ?? `sqlite:${type}`;
}
function postgresType(type: string): string {
    return ({ text: 'text', integer: 'integer', 'timestamp without time zone': 'datetime', boolean: 'boolean' } as Record<string, string>)[type] ?? `pg:${type}`;
}
function postgresDefault(value: string | null): string | null {
    if (value === null || value.startsWith('nextval(')) return null; // SERIAL is SQLite's AUTOINCREMENT, not a default
    return value.replace(/::[a-z ]+$/, '');
}

function describeSqlite(file: string): SchemaShape {
    const db = new Database(file, { readonly: true });
    try {
        const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%'").all() as Array<{ name: string }>;
        return Object.fromEntries(
            tables.map(({ name: table }) => {
                const columns = db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ name: string; type: string; notnull: number; dflt_value: string | null; pk: number }>;
                const indexes = (db.prepare(`PRAGMA index_list("${table}")`).all() as Array<{ name: string; unique: number; origin: string }>)
                    .filter((index) => index.origin === 'c')
                    .map((index) => ({
                        name: index.name,
                        unique: index.unique === 1,
                        columns: (db.prepare(`PRAGMA index_info("${index.name}")`).all() as Array<{ name: string }>).map((column) => column.name),
                    }));
                const keys = db.prepare(`PRAGMA foreign_key_list("${table}")`).all() as Array<{ id: number; table: string; from: string; to: string; on_delete: string }>;
                const foreignKeys = [...new Set(keys.map((key) => key.id))].map((id) => {
                    const parts = keys.filter((key) => key.id === id);
                    return { columns: parts.map((key) => key.from), references: parts[0]!.table, referencedColumns: parts.map((key) => key.to), onDelete: parts[0]!.on_delete };
                });
                const shape: TableShape = {
                    columns: Object.fromEntries(columns.map((column) => [column.name, { type: sqliteType(column.type), nullable: column.notnull === 0, default: column.dflt_value }])),
                    primaryKey: columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name),
                    indexes: byName(indexes),
                    foreignKeys,
                };
                return [table, shape];
            }),
        );
    } finally {
        db.close();
    }
}

async function describePostgres(database: TestDatabase, exactTypes = false): Promise<SchemaShape> {
    const columns = await database.query<{ table_name: string; column_name: string; data_type: string; is_nullable: string; column_default: string | null; datetime_precision: number | null }>(
        `SELECT table_name, column_name, data_type, is_nullable, column_default, datetime_precision FROM information_schema.columns
         WHERE table_schema = 'public' AND table_name <> '_sendero_migrations'`,
    );
    const indexes = await database.query<{ table: string; name: string; unique: boolean; primary: boolean; columns: string[] }>(
        `SELECT t.relname AS table, i.relname AS name, ix.indisunique AS unique, ix.indisprimary AS primary,
                array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_index ix
         JOIN pg_class i ON i.oid = ix.indexrelid
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace
         CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
         WHERE n.nspname = 'public' AND t.relname <> '_sendero_migrations'
         GROUP BY t.relname, i.relname, ix.indisunique, ix.indisprimary`,
    );
    const foreignKeys = await database.query<{ table: string; columns: string[]; references: string; referenced_columns: string[]; on_delete: string }>(
        `SELECT t.relname AS table, r.relname AS references,
                (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) AS columns,
                (SELECT array_agg(a.attname::text ORDER BY k.ord) FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord) JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum) AS referenced_columns,
                CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'r' THEN 'RESTRICT' WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END AS on_delete
         FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid JOIN pg_namespace n ON n.oid = t.relnamespace
         WHERE c.contype = 'f' AND n.nspname = 'public'`,
    );
    const shape: SchemaShape = {};
    for (const column of columns) {
        shape[column.table_name] ??= { columns: {}, primaryKey: [], indexes: [], foreignKeys: [] };
        shape[column.table_name]!.columns[column.column_name] = {
            type: exactTypes ? `${column.data_type}${column.datetime_precision === null ? '' : `(${column.datetime_precision})`}` : postgresType(column.data_type),
            nullable: column.is_nullable === 'YES',
            default: exactTypes ? column.column_default : postgresDefault(column.column_default),
        };
    }
    for (const index of indexes) {
        const table = shape[index.table]!;
        if (index.primary) table.primaryKey = index.columns;
        else table.indexes.push({ name: index.name, unique: index.unique, columns: index.columns });
    }
    for (const table of Object.values(shape)) byName(table.indexes);
    for (const key of foreignKeys) {
        shape[key.table]!.foreignKeys.push({ columns: key.columns, references: key.references, referencedColumns: key.referenced_columns, onDelete: key.on_delete });
    }
    return shape;
}

describeWithPostgres('the PostgreSQL schema the migrations build', () => {
    let migrated: TestDatabase;

    beforeAll(async () => {
        migrated = await createTestDatabase();
        await migratePostgres({ connectionString: migrated.url });
    });
    afterAll(async () => {
        await migrated?.dispose();
    });

    test('has the tables, columns (type family, nullability, defaults), keys and indexes the SQLite migrations build', async () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-sqlite-shape-'));
        try {
            const file = path.join(dir, 'migrated.db');
            applyMigrations(file);
            expect(await describePostgres(migrated)).toEqual(describeSqlite(file));
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });

    test('is exactly the database prisma/postgresql/schema.prisma describes (types and precision included)', async () => {
        const fromSchema = await createTestDatabase();
        try {
            await fromSchema.query(migrationSql(null, POSTGRESQL_SCHEMA));
            expect(await describePostgres(migrated, true)).toEqual(await describePostgres(fromSchema, true));
        } finally {
            await fromSchema.dispose();
        }
    });

    test('keeps Prisma\'s default DateTime precision (milliseconds)', async () => {
        const precisions = await migrated.query<{ precision: number }>(
            "SELECT DISTINCT datetime_precision AS precision FROM information_schema.columns WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'",
        );
        expect(precisions).toEqual([{ precision: 3 }]);
    });
});
