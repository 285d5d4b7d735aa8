import Database from 'better-sqlite3';
import { CONNECTION_PRAGMAS } from './secureSqliteAdapter';

/** Longest a SQLite statement waits for another connection's lock (the Prisma client's busy timeout is the same). */
export const SQLITE_LOCK_WAIT_MS = 5000;

/**
 * Runs synchronous better-sqlite3 work on a connection opened with a busy timeout of 0; when another connection holds
 * the lock it needs, waits (without blocking the event loop) and tries again, for up to `waitMs`. A busy timeout would
 * block the event loop instead, and could wait on a lock that a Prisma transaction of this very process holds and can
 * only release once the loop runs again.
 */
export async function retryWhileBusy<T>(work: () => T, waitMs: number): Promise<T> {
    const deadline = Date.now() + waitMs;
    for (let pause = 1; ; pause = Math.min(pause * 2, 50)) {
        try {
            return work();
        } catch (error) {
            const code = (error as { code?: string }).code;
            if ((code !== 'SQLITE_BUSY' && code !== 'SQLITE_LOCKED') || Date.now() > deadline) throw error;
        }
        await new Promise((resolve) => setTimeout(resolve, pause));
    }
}

/**
 * A better-sqlite3 connection of Sendero's own beside Prisma's (state, hot-path probes): busy timeout 0, so its work
 * goes through retryWhileBusy, and the pragmas every connection gets (a connection without them wrote its funnel
 * batches with synchronous=FULL, one fsync of the log each).
 */
export function openNonBlockingSqlite(file: string, options: { fileMustExist?: boolean } = {}): Database.Database {
    const db = new Database(file, { ...options, timeout: 0 });
    for (const pragma of CONNECTION_PRAGMAS) db.exec(pragma);
    return db;
}
