import Database from 'better-sqlite3';

/**
 * The page size of Sendero's SQLite files. A conversation's state is one row of 3–5 KB, written on every turn: with
 * SQLite's default 4 KB pages it spills into an overflow page, so each write put four or five pages in the log (the
 * row's page, the overflow page, the free list, the freed page zeroed by secure_delete) and the log filled up and was
 * copied back into the file about every 80 turns. On 8 KB pages the row fits its page (bench/README.md, 2026-12-02).
 */
export const SQLITE_PAGE_SIZE = 8192;

export type PageSizeOutcome = 'created' | 'already' | 'converted' | 'busy' | 'failed';

/**
 * Gives the SQLite file SQLITE_PAGE_SIZE pages: a new (or empty) file is created with them; an existing one is
 * rewritten once (VACUUM, which needs the file to itself and room for a copy). Never loses data: when another
 * connection has the file open (`busy`) or the rewrite cannot finish (`failed`: a full disk, say), the file stays as
 * it was, in WAL mode, and works as before with its old page size.
 */
export function useSqlitePageSize(file: string): PageSizeOutcome {
    const db = new Database(file, { timeout: 0 });
    try {
        if (db.pragma('page_size', { simple: true }) === SQLITE_PAGE_SIZE) return 'already';
        if (db.pragma('page_count', { simple: true }) === 0) {
            db.pragma(`page_size = ${SQLITE_PAGE_SIZE}`);
            // Switching to WAL writes the file's first page, with the page size chosen above.
            db.pragma('journal_mode = WAL');
            return 'created';
        }
        // A file in WAL mode keeps its page size: it must leave WAL (alone with it) to be rewritten.
        try {
            if (db.pragma('journal_mode = DELETE', { simple: true }) !== 'delete') return 'busy';
        } catch (error) {
            if (isBusy(error)) return 'busy';
            throw error;
        }
        try {
            db.pragma(`page_size = ${SQLITE_PAGE_SIZE}`);
            db.exec('VACUUM');
            return 'converted';
        } catch (error) {
            if (isBusy(error)) return 'busy';
            return 'failed';
        } finally {
            db.pragma('journal_mode = WAL');
        }
    } finally {
        db.close();
    }
}

function isBusy(error: unknown): boolean {
    const code = (error as { code?: string }).code;
    return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}
