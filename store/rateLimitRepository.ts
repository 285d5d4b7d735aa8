import { serializeOn } from './serializeWrites';
import type { StoreClient } from './storeClient';

/** One bucket of a rate-limit check: its name and the start of the window its events are counted in. */
export interface RateLimitWindow {
    bucket: string;
    since: Date;
}

/** Rate-limit events (RateLimitEvent): one row per counted event, by bucket and time. */
export class RateLimitRepository {
    constructor(private readonly db: StoreClient) {}

    /**
     * Records one event at `at` in every window's bucket, then hands `refuse` each bucket's event times after its
     * `since` (oldest first, the new event included). The first non-undefined answer of `refuse` deletes the events
     * just written and is returned; undefined means all were kept. One transaction, and the rows are written before
     * the counts are read (and on PostgreSQL each bucket is locked first), so two racing callers cannot both take the last place.
     */
    async recordUnlessRefused<Refusal>(
        windows: readonly RateLimitWindow[],
        at: Date,
        refuse: (index: number, times: Date[]) => Refusal | undefined,
    ): Promise<Refusal | undefined> {
        return this.db.$transaction(async (tx) => {
            await serializeOn(this.db, tx, windows.map(({ bucket }) => `rate-limit:${bucket}`));
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
        });
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
