import { systemClock, type Clock } from '../accounts/clock';

export interface UscisCallBudgetOptions {
    /** Requests per second the API allows (sandbox 5, production 10). */
    ratePerSecond: number;
    /** Requests per GMT day the API allows (sandbox 1,000, production 10,000); the count resets at midnight GMT. */
    dailyQuota: number;
    /** A caller waits at most this long for its turn before being told to come back later. */
    maxWaitMs?: number;
    now?: Clock;
    sleep?: (ms: number) => Promise<void>;
}

export type BudgetVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Keeps our calls to the USCIS API inside its limits, before USCIS has to refuse them: a token bucket paces
 * requests per second (a caller briefly waits for its turn), a counter refuses once the daily quota is used, and a
 * 429 from USCIS pauses everything for the time it asks. All of it is in memory, per process: with several
 * processes each needs its share of the quota (divide USCIS_DAILY_QUOTA and USCIS_RATE_PER_SECOND between them).
 */
export class UscisCallBudget {
    private readonly now: Clock;
    private readonly sleep: (ms: number) => Promise<void>;
    private readonly maxWaitMs: number;
    /** When the next request may start; requests reserve slots 1/rate apart from it. */
    private nextSlotAt = 0;
    private quotaDay = -1;
    private usedToday = 0;
    private pausedUntil = 0;

    constructor(private readonly options: UscisCallBudgetOptions) {
        if (!(options.ratePerSecond > 0)) throw new RangeError('ratePerSecond must be positive');
        if (!(options.dailyQuota >= 0)) throw new RangeError('dailyQuota must not be negative');
        this.now = options.now ?? systemClock;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.maxWaitMs = options.maxWaitMs ?? 2000;
    }

    /** Requests counted so far in the current GMT day. */
    get usedInCurrentDay(): number {
        this.rollDay(this.now().getTime());
        return this.usedToday;
    }

    /**
     * Takes one request from the budget, waiting for a per-second slot when needed. Refuses (and counts nothing)
     * when the daily quota is used up, when USCIS asked us to pause, or when the wait would exceed maxWaitMs.
     */
    async take(): Promise<BudgetVerdict> {
        const at = this.now().getTime();
        this.rollDay(at);
        if (at < this.pausedUntil) return refuse(this.pausedUntil - at);
        if (this.usedToday >= this.options.dailyQuota) return refuse(this.quotaDay * DAY_MS + DAY_MS - at);

        const interval = 1000 / this.options.ratePerSecond;
        // A full bucket holds one second of requests: after a quiet spell up to `ratePerSecond` go at once.
        const slot = Math.max(this.nextSlotAt, at - 1000 + interval);
        const wait = slot - at;
        if (wait > this.maxWaitMs) return refuse(wait);
        this.nextSlotAt = slot + interval;
        this.usedToday += 1;
        if (wait > 0) await this.sleep(Math.ceil(wait));
        return { allowed: true };
    }

    /** USCIS answered 429: take nothing more until `seconds` have passed. */
    pause(seconds: number): void {
        this.pausedUntil = Math.max(this.pausedUntil, this.now().getTime() + seconds * 1000);
    }

    private rollDay(at: number): void {
        const day = Math.floor(at / DAY_MS);
        if (day !== this.quotaDay) {
            this.quotaDay = day;
            this.usedToday = 0;
        }
    }
}

function refuse(ms: number): BudgetVerdict {
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
}
