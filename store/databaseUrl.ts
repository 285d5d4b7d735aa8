import { z } from 'zod';

/** Where the store lives, as named by DATABASE_URL. */
export type DatabaseLocation =
    | { provider: 'sqlite'; /** The SQLite file path (or `:memory:`), as written after `file:`. */ file: string }
    | {
          provider: 'postgresql';
          /** The connection string for `pg`, without Prisma's `schema` parameter. */
          url: string;
          /** The PostgreSQL schema (namespace) to use, from `?schema=`; absent means the server's default (`public`). */
          schema?: string;
      };

/** DATABASE_URL names no store Sendero can open. The message names the problem, never the URL (it may hold a password). */
export class DatabaseUrlError extends Error {
    constructor(problem: string) {
        super(`DATABASE_URL: ${problem}`);
        this.name = 'DatabaseUrlError';
    }
}

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * The one reader of DATABASE_URL. `file:<path>` is SQLite; `postgresql://` or `postgres://` is PostgreSQL, with an
 * optional `?schema=<name>` as Prisma writes it. Throws DatabaseUrlError for anything else.
 *
 * @example parseDatabaseUrl('file:./data/sendero.db') // { provider: 'sqlite', file: './data/sendero.db' }
 * @example parseDatabaseUrl('postgresql://sendero@db:5432/sendero?schema=bot')
 *          // { provider: 'postgresql', url: 'postgresql://sendero@db:5432/sendero', schema: 'bot' }
 */
export function parseDatabaseUrl(databaseUrl: string): DatabaseLocation {
    const text = databaseUrl.trim();
    if (text === '') throw new DatabaseUrlError('is empty; use file:<path> for SQLite or postgresql://... for PostgreSQL');
    if (text.startsWith('file:')) return parseSqlite(text);
    if (/^postgres(ql)?:\/\//i.test(text)) return parsePostgres(text);
    const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(text)?.[1];
    throw new DatabaseUrlError(
        scheme
            ? `"${scheme}:" is not a supported store; use file:<path> for SQLite or postgresql://... for PostgreSQL`
            : 'is not a URL; use file:<path> for SQLite or postgresql://... for PostgreSQL',
    );
}

function parseSqlite(text: string): DatabaseLocation {
    const file = text.slice('file:'.length);
    if (file === '') throw new DatabaseUrlError('file: names no SQLite file (write file:./data/sendero.db)');
    // Prisma's SQLite URLs allowed `?connection_limit=...`; the better-sqlite3 adapter would take it as part of the name.
    if (file.includes('?')) throw new DatabaseUrlError('SQLite options after "?" are not supported; name the file only');
    return { provider: 'sqlite', file };
}

function parsePostgres(text: string): DatabaseLocation {
    let url: URL;
    try {
        url = new URL(text);
    } catch {
        throw new DatabaseUrlError('is not a valid postgresql:// URL (a password with special characters must be percent-encoded)');
    }
    if (url.hostname === '' && !url.searchParams.has('host')) throw new DatabaseUrlError('postgresql:// URL names no host');
    if (url.port !== '' && !(Number(url.port) > 0 && Number(url.port) <= 65535)) {
        throw new DatabaseUrlError('postgresql:// URL has an invalid port');
    }
    const schemaParam = url.searchParams.get('schema');
    url.searchParams.delete('schema');
    if (schemaParam === null) return { provider: 'postgresql', url: url.toString() };
    if (!SCHEMA_NAME.test(schemaParam)) {
        throw new DatabaseUrlError('?schema= must be a plain PostgreSQL name (letters, digits, underscore; at most 63)');
    }
    return { provider: 'postgresql', url: url.toString(), schema: schemaParam };
}

/** The problem with a DATABASE_URL, or undefined when it is usable: for a zod `.refine` or a start-up check. */
export function databaseUrlProblem(databaseUrl: string): string | undefined {
    try {
        parseDatabaseUrl(databaseUrl);
        return undefined;
    } catch (error) {
        if (error instanceof DatabaseUrlError) return error.message.replace(/^DATABASE_URL: /, '');
        throw error;
    }
}

/**
 * DATABASE_URL as a zod schema that yields the parsed location, for a config object:
 * `DATABASE_URL: databaseUrlSchema.default('file:./data/sendero.db')` keeps the string;
 * `databaseLocationSchema` turns it into a DatabaseLocation.
 */
export const databaseUrlSchema = z.string().superRefine((value, context) => {
    const problem = databaseUrlProblem(value);
    if (problem) context.addIssue({ code: 'custom', message: problem });
});

export const databaseLocationSchema = databaseUrlSchema.transform((value) => parseDatabaseUrl(value));
