import { PrismaBetterSQLite3 } from '@prisma/adapter-better-sqlite3';

// No import of a generated client here: prisma.config.ts loads this file before `prisma generate` has run.
type SqlDriverAdapter = Awaited<ReturnType<PrismaBetterSQLite3['connect']>>;

/**
 * Set on every SQLite connection. WAL, so readers never wait for the writer. secure_delete zeroes what a delete or an
 * overwrite frees, so a replaced secret (a code message swapped for a placeholder, an old sealed key) does not stay
 * readable in free pages of the file. Both secure_delete and synchronous are per connection, hence on each connect.
 */
export const CONNECTION_PRAGMAS = ['PRAGMA journal_mode = WAL', 'PRAGMA synchronous = NORMAL', 'PRAGMA secure_delete = ON'] as const;

/**
 * The better-sqlite3 driver adapter, with CONNECTION_PRAGMAS run on every connection it opens (Prisma opens a new one
 * after a disconnect, and the migration CLI opens its own). Usable wherever PrismaBetterSQLite3 is, e.g. prisma.config.ts.
 */
export class SecureSQLiteAdapter extends PrismaBetterSQLite3 {
    override async connect(): Promise<SqlDriverAdapter> {
        return withPragmas(await super.connect());
    }

    override async connectToShadowDb(): Promise<SqlDriverAdapter> {
        return withPragmas(await super.connectToShadowDb());
    }
}

async function withPragmas(adapter: SqlDriverAdapter): Promise<SqlDriverAdapter> {
    await adapter.executeScript(CONNECTION_PRAGMAS.map((pragma) => `${pragma};`).join('\n'));
    return adapter;
}
