import type { RateLimitRepository } from '../../store/rateLimitRepository';
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
        private readonly events: RateLimitRepository,
        private readonly now: Clock = () => new Date(),
    ) {}

    /**
     * Counts one event in every bucket when all of them allow it; counts nothing when any refuses. The check and the
     * write run in one transaction (RateLimitRepository.recordUnlessRefused), so two racing callers cannot both take
     * the last place (SQLite serializes writers).
     */
    async take(bucket: string | string[], rule: RateLimitRule | RateLimitRule[]): Promise<RateLimitVerdict> {
        const buckets = Array.isArray(bucket) ? bucket : [bucket];
        const rules = Array.isArray(rule) ? rule : buckets.map(() => rule);
        if (rules.length !== buckets.length) throw new RangeError('one rule per bucket');
        const at = this.now();
        const refusal = await this.events.recordUnlessRefused(
            buckets.map((name, index) => ({ bucket: name, since: windowStart(rules[index], at) })),
            at,
            (index, times) => {
                const verdict = judge(times, rules[index], at);
                return verdict.allowed ? undefined : verdict;
            },
        );
        return refusal ?? { allowed: true };
    }

    /** Whether one more event would be allowed, without counting it. */
    async check(bucket: string, rule: RateLimitRule): Promise<RateLimitVerdict> {
        const at = this.now();
        return judge(await this.events.eventTimesSince({ bucket, since: windowStart(rule, at) }), rule, at, 0);
    }

    /** Deletes events older than `olderThanSeconds` (call it now and then; limits only look back one window). */
    async prune(olderThanSeconds: number): Promise<number> {
        return this.events.deleteBefore(new Date(this.now().getTime() - olderThanSeconds * 1000));
    }
}

function windowStart(rule: RateLimitRule, at: Date): Date {
    return new Date(at.getTime() - rule.windowSeconds * 1000);
}

/**
 * The verdict on the bucket's events in the window (`recent`, oldest first). `pending` is how many of them are the
 * event being judged, already written (1 inside take, 0 for check).
 */
function judge(recent: Date[], rule: RateLimitRule, at: Date, pending = 1): RateLimitVerdict {
    const earlier = recent.slice(0, recent.length - pending);
    if (earlier.length >= rule.max) {
        // The oldest event in the window leaves it first.
        const freesAt = earlier[earlier.length - rule.max].getTime() + rule.windowSeconds * 1000;
        return { allowed: false, retryAfterSeconds: secondsUntil(freesAt, at) };
    }
    const last = earlier[earlier.length - 1];
    if (rule.minGapSeconds && last && at.getTime() - last.getTime() < rule.minGapSeconds * 1000) {
        return { allowed: false, retryAfterSeconds: secondsUntil(last.getTime() + rule.minGapSeconds * 1000, at) };
    }
    return { allowed: true };
}

function secondsUntil(epochMs: number, now: Date): number {
    return Math.max(1, Math.ceil((epochMs - now.getTime()) / 1000));
}
