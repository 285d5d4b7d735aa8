import type { Logger } from './logger';

/** What housekeeping prunes: each returns how many rows it deleted. */
export interface Prunable {
    name: string;
    prune(): Promise<number>;
}

const HOUR_MS = 60 * 60 * 1000;

/**
 * Deletes rows that only ever grow (rate-limit events past every window, finished notifications) once an hour, and
 * once at start, so a busy deployment's store does not fill with history nobody reads.
 */
export function startStoreHousekeeping(tasks: Prunable[], logger: Logger, intervalMs = HOUR_MS): { stop(): void } {
    const run = async () => {
        for (const task of tasks) {
            try {
                const pruned = await task.prune();
                if (pruned > 0) logger.info({ event: 'pruned', table: task.name, rows: pruned }, 'old rows deleted');
            } catch (error) {
                logger.warn({ event: 'pruneFailed', table: task.name, err: error }, 'could not delete old rows');
            }
        }
    };
    void run();
    const timer = setInterval(() => void run(), intervalMs);
    timer.unref();
    return { stop: () => clearInterval(timer) };
}
