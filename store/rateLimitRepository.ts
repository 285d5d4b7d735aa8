import type { HotPathSql, RateLimitRefusal } from './hotPathSql';
import { serializeOn } from './serializeWrites';
import type { StoreClient } from './storeClient';

/** One bucket of a rate-limit check: its name and the start of the window its events are counted in. */
export interface RateLimitWindow {
    bucket: string;
    since: Date;
}

/**
 * Per store client, the tail of the checks queued on each bucket in this process. A hot bucket (every token request
 * from one address behind a NAT, every code to one recipient) is checked one at a time here BEFORE a transaction is
 * opened: otherwise each waiting check would hold a pooled connection and an open transaction while it queued on the
 * bucket's advisory lock, starving every other query of connections and running out the transaction's timeout (a 500).
 */
const bucketQueues = new WeakMap<object, Map<string, Promise<void>>>();

/** Runs `work` once every earlier work of this process on any of `keys` has settled (keys taken in sorted order). */
async function oneAtATime<T>(db: object, keys: readonly string[], work: () => Promise<T>): Promise<T> {
    let tails = bucketQueues.get(db);
    if (!tails) bucketQueues.set(db, (tails = new Map()));
    const queues = tails;
    const sorted = [...new Set(keys)].sort();
    const previous = sorted.map((key) => queues.get(key) ?? Promise.resolve());
    let release!: () => void;
    const done = new Promise<void>((resolve) => (release = resolve));
    const mine = sorted.map((key, index) => {
        const tail = previous[index].then(() => done);
        queues.set(key, tail);
        return tail;
    });
    await Promise.all(previous);
    try {
        return await work();
    } finally {
        release();
        // Forget a bucket once nobody is queued behind us, so the map does not grow with every address.
        sorted.forEach((key, index) => queues.get(key) === mine[index] && queues.delete(key));
    }
}

/** Rate-limit events (RateLimitEvent): one row per counted event, by bucket and time. */
export class RateLimitRepository {
    /** With `hotPath`, each check runs on its prepared statements (a message, a token and a code each make one). */
    constructor(
        private readonly db: StoreClient,
        private readonly hotPath?: Pick<HotPathSql, 'recordRateLimitEvents'>,
    ) {}

    /**
     * Records one event at `at` in every window's bucket, then hands `refuse` each bucket's event times after its
     * `since` (oldest first, the new event included). The first non-undefined answer of `refuse` deletes the events
     * just written and is returned; undefined means all were kept. One transaction, and the rows are written before
     * the counts are read (and on PostgreSQL each bucket is locked first), so two racing callers cannot both take the last place.
     */
    async recordUnlessRefused<Refusal>(
        windows: readonly RateLimitWindow[],
        at: Date,
        refuse: RateLimitRefusal<Refusal>,
    ): Promise<Refusal | undefined> {
        const keys = windows.map(({ bucket }) => `rate-limit:${bucket}`);
        if (this.hotPath) {
            const hotPath = this.hotPath;
            return oneAtATime(this.db, keys, () => hotPath.recordRateLimitEvents(keys, windows, at, refuse));
        }
        return oneAtATime(this.db, keys, () =>
            this.db.$transaction(async (tx) => {
                await serializeOn(this.db, tx, keys);
                const written: number[] = [];
                for (const { bucket } of windows) written.push((await tx.rateLimitEvent.create({ data: { bucket, at }, select: { id: true } })).id);
                for (const [index, window] of windows.entries()) {
                    const refusal = refuse(index, await eventTimes(tx, window));
                    if (refusal !== undefined) {
                        // Leave no trace of a refused attempt: nothing was allowed, so nothing counts.
                        await tx.rateLimitEvent.deleteMany({ where: { id: { in: written } } });
                        return refusal;
                    }
                }
                return undefined;
            }),
        );
    }

    /** The times of the bucket's events after `since`, oldest first. */
    async eventTimesSince(window: RateLimitWindow): Promise<Date[]> {
        return eventTimes(this.db, window);
    }

    /** Deletes events before `cutoff`; returns how many went. */
    async deleteBefore(cutoff: Date): Promise<number> {
        return (await this.db.rateLimitEvent.deleteMany({ where: { at: { lt: cutoff } } })).count;
    }
}

async function eventTimes(db: Pick<StoreClient, 'rateLimitEvent'>, { bucket, since }: RateLimitWindow): Promise<Date[]> {
    const rows = await db.rateLimitEvent.findMany({ where: { bucket, at: { gt: since } }, orderBy: { at: 'asc' }, select: { at: true } });
    return rows.map((row) => row.at);
}
