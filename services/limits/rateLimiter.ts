import type { StoreClient } from '../../store/storeClient';
import type { Clock } from '../accounts/clock';

/** One rule: at most `max` events per `windowSeconds`, and (optionally) at least `minGapSeconds` between two. */
export interface RateLimitRule {
    max: number;
    windowSeconds: number;
    minGapSeconds?: number;
}

export type RateLimitVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Sliding-window limits kept in the store (RateLimitEvent), so they hold across restarts and, on a shared database,
 * across processes. A bucket is an opaque string such as `recipient:<keyed hash>`; callers never put a raw address
 * or IP in it unhashed when it could identify a person.
 *
 * @example
 * const verdict = await limiter.take('recipient:ab12…', { max: 5, windowSeconds: 3600, minGapSeconds: 30 });
 * if (!verdict.allowed) return; // answer as usual, send nothing
 */
export class RateLimiter {
    constructor(
        private readonly store: StoreClient,
        private readonly now: Clock = () => new Date(),
    ) {}

    /**
     * Counts one event in every bucket when all of them allow it; counts nothing when any refuses. The check and the
     * write run in one transaction, so two racing callers cannot both take the last place (SQLite serializes writers).
     */
    async take(bucket: string | string[], rule: RateLimitRule | RateLimitRule[]): Promise<RateLimitVerdict> {
        const buckets = Array.isArray(bucket) ? bucket : [bucket];
        const rules = Array.isArray(rule) ? rule : buckets.map(() => rule);
        if (rules.length !== buckets.length) throw new RangeError('one rule per bucket');
        const at = this.now();
        return this.store.$transaction(async (tx) => {
            // Write first, so SQLite takes its write lock before the counts are read (no check-then-act gap).
            const written: number[] = [];
            for (const name of buckets) written.push((await tx.rateLimitEvent.create({ data: { bucket: name, at }, select: { id: true } })).id);
            for (const [index, name] of buckets.entries()) {
                const verdict = await this.judge(tx, name, rules[index], at);
                if (!verdict.allowed) {
                    // Leave no trace of a refused attempt: nothing was allowed, so nothing counts.
                    await tx.rateLimitEvent.deleteMany({ where: { id: { in: written } } });
                    return verdict;
                }
            }
            return { allowed: true } as const;
        });
    }

    /** Whether one more event would be allowed, without counting it. */
    async check(bucket: string, rule: RateLimitRule): Promise<RateLimitVerdict> {
        return this.judge(this.store, bucket, rule, this.now(), 0);
    }

    /** Deletes events older than `olderThanSeconds` (call it now and then; limits only look back one window). */
    async prune(olderThanSeconds: number): Promise<number> {
        const cutoff = new Date(this.now().getTime() - olderThanSeconds * 1000);
        return (await this.store.rateLimitEvent.deleteMany({ where: { at: { lt: cutoff } } })).count;
    }

    /** `pending` is how many events of this instant are already written (1 inside take, 0 for check). */
    private async judge(
        db: Pick<StoreClient, 'rateLimitEvent'>,
        bucket: string,
        rule: RateLimitRule,
        at: Date,
        pending = 1,
    ): Promise<RateLimitVerdict> {
        const windowStart = new Date(at.getTime() - rule.windowSeconds * 1000);
        const recent = await db.rateLimitEvent.findMany({
            where: { bucket, at: { gt: windowStart } },
            orderBy: { at: 'asc' },
            select: { at: true },
        });
        const earlier = recent.slice(0, recent.length - pending);
        if (earlier.length >= rule.max) {
            // The oldest event in the window leaves it first.
            const freesAt = earlier[earlier.length - rule.max].at.getTime() + rule.windowSeconds * 1000;
            return { allowed: false, retryAfterSeconds: secondsUntil(freesAt, at) };
        }
        const last = earlier[earlier.length - 1];
        if (rule.minGapSeconds && last && at.getTime() - last.at.getTime() < rule.minGapSeconds * 1000) {
            return { allowed: false, retryAfterSeconds: secondsUntil(last.at.getTime() + rule.minGapSeconds * 1000, at) };
        }
        return { allowed: true };
    }
}

function secondsUntil(epochMs: number, now: Date): number {
    return Math.max(1, Math.ceil((epochMs - now.getTime()) / 1000));
}
