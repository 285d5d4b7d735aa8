import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/**
 * Applies prisma/postgresql/migrations/<name>/migration.sql to a PostgreSQL database, in name order, each file once.
 *
 * Prisma 6.19's WebAssembly schema engine cannot run `prisma migrate deploy` against PostgreSQL, so this is ours:
 * - `_sendero_migrations` records each applied file (name, sha256 of its text, when);
 * - each file runs in its own transaction together with its row, so a failed file leaves no trace and no row;
 * - the whole run holds a session-level advisory lock, so instances starting together apply each file once (the
 *   others wait, then find nothing left to do);
 * - a file whose text changed after it was applied stops the run before anything is applied.
 * A migration therefore cannot use statements that refuse to run in a transaction (CREATE INDEX CONCURRENTLY).
 */

/** The advisory lock key of a migration run: the ASCII bytes of "SENDEROM" as one bigint. */
export const MIGRATION_LOCK_KEY = 0x53454e44_45524f4dn;

export const MIGRATIONS_TABLE = '_sendero_migrations';

export interface MigrationFile {
    name: string;
    sql: string;
    /** sha256 (hex) of the file's text with line endings normalised, so a CRLF checkout is not a "change". */
    checksum: string;
}

export interface MigrationOptions {
    /** A `pg` connection string (postgresql://...). */
    connectionString: string;
    /** The PostgreSQL schema to migrate (created if missing); default: the server's search_path (`public`). */
    schema?: string;
    /** Default: prisma/postgresql/migrations of this project. */
    migrationsDir?: string;
    /** Progress lines (which file is being applied); nothing secret is passed. */
    log?: (line: string) => void;
}

export interface MigrationResult {
    /** Files applied by this run, in order. */
    applied: string[];
    /** Files that were already applied. */
    alreadyApplied: string[];
    /** Rows of applied migrations with no file here: the database was migrated by a newer version. */
    unknownApplied: string[];
}

/** A migration file was edited after it was applied: fix the file (or write a new migration), never the table. */
export class MigrationChecksumError extends Error {
    constructor(readonly migration: string) {
        super(`migration ${migration} was changed after it was applied to this database; restore it and add a new migration instead`);
        this.name = 'MigrationChecksumError';
    }
}

/** A migration's SQL failed; its transaction was rolled back and nothing of it was recorded. */
export class MigrationFailedError extends Error {
    constructor(
        readonly migration: string,
        cause: unknown,
    ) {
        super(`migration ${migration} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
        this.name = 'MigrationFailedError';
    }
}

/** prisma/postgresql/migrations, found from this file whether it runs from store/ (tsx, jest) or dist/store/. */
export function defaultMigrationsDir(): string {
    for (let dir = __dirname; ; dir = path.dirname(dir)) {
        const candidate = path.join(dir, 'prisma', 'postgresql', 'migrations');
        if (fs.existsSync(candidate)) return candidate;
        if (path.dirname(dir) === dir) throw new Error('prisma/postgresql/migrations not found above ' + __dirname);
    }
}

export function checksumOf(sql: string): string {
    return createHash('sha256').update(sql.replace(/\r\n/g, '\n')).digest('hex');
}

/** The migration files of a folder, in name order (the names start with a timestamp). */
export function readMigrationFiles(migrationsDir: string = defaultMigrationsDir()): MigrationFile[] {
    return fs
        .readdirSync(migrationsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(migrationsDir, entry.name, 'migration.sql')))
        .map((entry) => entry.name)
        .sort()
        .map((name) => {
            const sql = fs.readFileSync(path.join(migrationsDir, name, 'migration.sql'), 'utf8');
            return { name, sql, checksum: checksumOf(sql) };
        });
}

function quoteIdentifier(name: string): string {
    return `"${name.replace(/"/g, '""')}"`;
}

/** Applies every migration not yet applied. See the file comment for the guarantees. */
export async function migratePostgres(options: MigrationOptions): Promise<MigrationResult> {
    const files = readMigrationFiles(options.migrationsDir);
    const log = options.log ?? (() => undefined);
    const client = new Client({ connectionString: options.connectionString });
    await client.connect();
    try {
        await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
        try {
            if (options.schema) {
                await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdentifier(options.schema)}`);
                await client.query(`SET search_path TO ${quoteIdentifier(options.schema)}`);
            }
            return await applyPending(client, files, log);
        } finally {
            await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
        }
    } finally {
        await client.end();
    }
}

async function applyPending(client: Client, files: MigrationFile[], log: (line: string) => void): Promise<MigrationResult> {
    await client.query(
        `CREATE TABLE IF NOT EXISTS ${MIGRATIONS_TABLE} (
            name text PRIMARY KEY,
            checksum text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )`,
    );
    const rows = (await client.query<{ name: string; checksum: string }>(`SELECT name, checksum FROM ${MIGRATIONS_TABLE}`)).rows;
    const appliedChecksums = new Map(rows.map((row) => [row.name, row.checksum]));

    // Every check first: a changed file stops the run before anything new is applied.
    for (const file of files) {
        const applied = appliedChecksums.get(file.name);
        if (applied !== undefined && applied !== file.checksum) throw new MigrationChecksumError(file.name);
    }
    const known = new Set(files.map((file) => file.name));
    const result: MigrationResult = {
        applied: [],
        alreadyApplied: files.filter((file) => appliedChecksums.has(file.name)).map((file) => file.name),
        unknownApplied: [...appliedChecksums.keys()].filter((name) => !known.has(name)).sort(),
    };

    for (const file of files.filter((candidate) => !appliedChecksums.has(candidate.name))) {
        log(`applying ${file.name}`);
        await client.query('BEGIN');
        try {
            await client.query(file.sql);
            await client.query(`INSERT INTO ${MIGRATIONS_TABLE} (name, checksum) VALUES ($1, $2)`, [file.name, file.checksum]);
            await client.query('COMMIT');
        } catch (error) {
            await client.query('ROLLBACK');
            throw new MigrationFailedError(file.name, error);
        }
        result.applied.push(file.name);
    }
    return result;
}
