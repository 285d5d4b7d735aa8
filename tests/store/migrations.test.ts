import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { applyMigrations } from '../support/testStore';

const ROOT = path.resolve(__dirname, '..', '..');

/** Tables, columns, indexes and foreign keys of a SQLite file, in a form that does not depend on statement order. */
function describeSchema(file: string): Record<string, unknown> {
    const db = new Database(file, { readonly: true });
    try {
        const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '_prisma%' ORDER BY name").all() as Array<{ name: string }>).map((row) => row.name);
        return Object.fromEntries(
            tables.map((table) => [
                table,
                {
                    // Column order is not compared: ALTER TABLE appends where the schema may list a column earlier.
                    columns: (db.prepare(`PRAGMA table_info("${table}")`).all() as Array<{ cid: number; name: string }>)
                        .map(({ cid: _position, ...column }) => column)
                        .sort((a, b) => a.name.localeCompare(b.name)),
                    indexes: (db.prepare(`PRAGMA index_list("${table}")`).all() as Array<{ name: string; unique: number }>)
                        .map((index) => ({ unique: index.unique, columns: (db.prepare(`PRAGMA index_info("${index.name}")`).all() as Array<{ name: string }>).map((column) => column.name) }))
                        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))),
                    foreignKeys: db.prepare(`PRAGMA foreign_key_list("${table}")`).all().map((key) => ({ ...(key as object), id: 0, seq: 0 })),
                },
            ]),
        );
    } finally {
        db.close();
    }
}

describe('committed migrations', () => {
    test('applying every migration gives exactly the database the Prisma schema describes', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-migrations-'));
        try {
            const migrated = path.join(dir, 'migrated.db');
            const pushed = path.join(dir, 'from-schema.db');
            applyMigrations(migrated);
            // The SQL Prisma derives from the schema alone, applied to an empty file.
            const fromSchema = execFileSync(
                path.join(ROOT, 'node_modules', '.bin', 'prisma'),
                ['migrate', 'diff', '--from-empty', '--to-schema-datamodel', 'prisma/schema.prisma', '--script'],
                { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${pushed}` }, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
            );
            const db = new Database(pushed);
            db.exec(fromSchema);
            db.close();
            expect(describeSchema(migrated)).toEqual(describeSchema(pushed));
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});
