import { RepeatingTask } from '../background/repeatingTask';
import type { CaseSubscriptionRecord, CaseSubscriptionRepository } from '../../store/caseSubscriptionRepository';
import type { Clock } from '../accounts/clock';
import type { RateLimiter } from '../limits/rateLimiter';
import { CaseBadFormat, CaseNotRecognized, CaseRateLimited, CaseServiceUnavailable } from './caseErrors';
import type { CaseService, CaseStatus } from './caseService';
import { caseStatusHash } from './caseStatusHash';
import { maskReceipt } from './maskReceipt';

/** What changed, for the message and its idempotency key. */
export interface CaseChange {
    previousHash: string;
    hash: string;
}

/**
 * Tells one subscriber about a change: a proactive message in its conversation, or an email (bot/caseNotifications.ts
 * builds it). Throwing SubscriberUnreachable ends the subscription; any other error means "not delivered, try again".
 */
export type CaseChangeNotify = (subscription: CaseSubscriptionRecord, status: CaseStatus, change: CaseChange) => Promise<void>;

/** The subscriber can never be reached again (the web conversation was deleted, the account is gone). */
export class SubscriberUnreachable extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'SubscriberUnreachable';
    }
}

/** The slice of a pino logger the poller uses. Fields carry masked receipts only. */
export interface CasePollerLogger {
    info(fields: object, message: string): void;
    warn(fields: object, message: string): void;
    error(fields: object, message: string): void;
}

export interface CaseStatusPollerOptions {
    subscriptions: CaseSubscriptionRepository;
    caseService: CaseService;
    /** The shared store-backed limiter: the hourly quota holds across every process on the database. */
    limiter: RateLimiter;
    notify: CaseChangeNotify;
    /** CASE_POLL_INTERVAL_MINUTES: how long after one check of a subscription the next one is due. */
    intervalMinutes: number;
    /** CASE_POLL_MAX_PER_HOUR: status look-ups per rolling hour, by all pollers on the database together. */
    maxChecksPerHour: number;
    /** How often the poller looks for due subscriptions. Default: the interval, at most one minute. */
    tickMs?: number;
    /** How long a claim lasts; a row still claimed after that (its poller died) is taken again. Default 2 minutes. */
    claimMs?: number;
    /** Rows claimed together in one round. Default 10. */
    batchSize?: number;
    /** The wait after the service first fails; it doubles with each failure in a row, up to maxBackoffMs. Default 5 min. */
    baseBackoffMs?: number;
    /** Default 6 hours. */
    maxBackoffMs?: number;
    now?: Clock;
    /** 0 ≤ random() < 1, for the backoff jitter. */
    random?: () => number;
    logger?: CasePollerLogger;
}

/** What one pollOnce did. */
export interface PollRound {
    /** Subscriptions claimed. */
    claimed: number;
    /** Status look-ups made (one per receipt per round, however many subscribe to it). */
    lookups: number;
    /** Subscribers told about a change. */
    notified: number;
}

/** The limiter bucket every poller counts its look-ups in. */
export const CASE_POLL_BUCKET = 'case-poll:lookups';

/** Outside-hours waits can be long; never longer than this. */
const LONGEST_WAIT_MS = 24 * 60 * 60 * 1000;

/**
 * Checks subscribed cases for changes and tells each subscriber once per change.
 *
 * Each round claims due subscriptions in the store (a conditional update: due, and unclaimed or with a claim that ran
 * out), so several processes on one database share the work and a crashed poller's rows are taken over once its
 * claim ends. A look-up is made only within the hourly quota (counted in the shared RateLimiter, so the quota holds
 * for all processes together). A status whose hash differs from the one last seen first moves the stored hash with
 * `where lastHash = old`, so of two pollers that saw the same change only one notifies; a notification that fails
 * puts the old hash back, to be tried again at the next check. When the service is unavailable or rate limited, the
 * rows are rescheduled with backoff (its own Retry-After when it gives one) and the poller pauses.
 *
 * @example
 * const poller = new CaseStatusPoller({ subscriptions, caseService, limiter, notify, intervalMinutes: 60, maxChecksPerHour: 500 });
 * poller.start();
 * // ... on shutdown:
 * await poller.stop();
 */
export class CaseStatusPoller {
    private readonly now: Clock;
    private readonly intervalMs: number;
    private readonly tickMs: number;
    private readonly claimMs: number;
    private readonly batchSize: number;
    private readonly baseBackoffMs: number;
    private readonly maxBackoffMs: number;
    private readonly random: () => number;
    private readonly loop: RepeatingTask;
    private stopRequested = false;
    /** Service failures in a row (any success resets it); sets the backoff. */
    private failuresInARow = 0;
    /** No look-ups before this (the service said it is unavailable, or the quota is used up). */
    private pausedUntil = 0;

    constructor(private readonly options: CaseStatusPollerOptions) {
        if (!(options.intervalMinutes > 0)) throw new RangeError('intervalMinutes must be positive');
        if (!(options.maxChecksPerHour >= 1)) throw new RangeError('maxChecksPerHour must be at least 1');
        this.now = options.now ?? (() => new Date());
        this.intervalMs = options.intervalMinutes * 60_000;
        this.tickMs = options.tickMs ?? Math.min(this.intervalMs, 60_000);
        this.claimMs = options.claimMs ?? 2 * 60_000;
        this.batchSize = options.batchSize ?? 10;
        this.baseBackoffMs = options.baseBackoffMs ?? 5 * 60_000;
        this.maxBackoffMs = options.maxBackoffMs ?? 6 * 60 * 60_000;
        this.random = options.random ?? Math.random;
        this.loop = new RepeatingTask(
            () => this.pollOnce(),
            this.tickMs,
            (error) => this.options.logger?.error({ event: 'casePollFailed', err: errorName(error) }, 'the case status poller could not read its subscriptions'),
        );
    }

    /** Starts polling; subscriptions a previous run left due are checked at once. */
    start(): void {
        this.stopRequested = false;
        this.loop.start();
    }

    /** Stops polling and waits for the round in progress; rows it had not reached are released for the next one. */
    async stop(): Promise<void> {
        this.stopRequested = true;
        await this.loop.stop();
    }

    /** Checks every subscription due now (claimed in batches) and says what it did. Tests call it directly. */
    async pollOnce(): Promise<PollRound> {
        const round: PollRound = { claimed: 0, lookups: 0, notified: 0 };
        for (;;) {
            if (this.now().getTime() < this.pausedUntil) return round;
            const now = this.now();
            const claimedUntil = new Date(now.getTime() + this.claimMs);
            const claimed = await this.options.subscriptions.claimDue(now, claimedUntil, this.batchSize);
            if (claimed.length === 0) return round;
            round.claimed += claimed.length;
            const finished = await this.checkClaimed(groupByReceipt(claimed), claimedUntil, round);
            // Stopping: the batch in hand is done (or released); the rest stay due for the next start or another process.
            if (!finished || this.stopRequested) return round;
        }
    }

    /**
     * Looks up each receipt once and handles its subscribers. False when the round must end early (quota used up,
     * service unavailable, stopping): every row not reached is then released.
     */
    private async checkClaimed(groups: CaseSubscriptionRecord[][], claimedUntil: Date, round: PollRound): Promise<boolean> {
        for (const [index, group] of groups.entries()) {
            const rest = () => groups.slice(index).flat();
            if (this.stopRequested && index > 0) {
                await this.releaseAll(rest(), claimedUntil, (row) => row.nextCheckAt);
                return false;
            }
            const verdict = await this.options.limiter.take(CASE_POLL_BUCKET, { max: this.options.maxChecksPerHour, windowSeconds: 3600 });
            if (!verdict.allowed) {
                // Rows keep their due time, so the longest waiting go first when the quota frees up.
                this.pausedUntil = this.now().getTime() + verdict.retryAfterSeconds * 1000;
                await this.releaseAll(rest(), claimedUntil, (row) => row.nextCheckAt);
                this.options.logger?.warn({ event: 'casePollQuotaUsed', retryAfterSeconds: verdict.retryAfterSeconds }, 'hourly case look-up quota used up; checks wait');
                return false;
            }
            round.lookups += 1;
            const receipt = group[0].receiptNumber;
            let status: CaseStatus;
            try {
                status = await this.options.caseService.getCase(receipt);
            } catch (error) {
                const keepGoing = await this.afterLookupFailure(error, receipt, group, rest(), claimedUntil);
                if (!keepGoing) return false;
                continue;
            }
            this.failuresInARow = 0;
            const hash = caseStatusHash(status);
            for (const subscription of group) {
                if (await this.handleResult(subscription, status, hash, claimedUntil)) round.notified += 1;
            }
        }
        return true;
    }

    /** Notifies a subscriber whose last seen hash differs (if this poller wins the move), then schedules the next check. */
    private async handleResult(subscription: CaseSubscriptionRecord, status: CaseStatus, hash: string, claimedUntil: Date): Promise<boolean> {
        const { subscriptions, notify, logger } = this.options;
        const fields = { subscriptionId: subscription.id, receipt: maskReceipt(subscription.receiptNumber), deliverBy: subscription.deliverBy };
        const previousHash = subscription.lastHash;
        if (hash === previousHash || !(await subscriptions.moveHash(subscription.id, previousHash, hash))) {
            // Unchanged, or another poller (whose claim had run out) already told this subscriber.
            await this.release(subscription, claimedUntil, this.afterInterval());
            return false;
        }
        try {
            await notify(subscription, status, { previousHash, hash });
        } catch (error) {
            if (error instanceof SubscriberUnreachable) {
                await subscriptions.cancelById(subscription.id, this.now());
                logger?.info({ ...fields, event: 'caseSubscriptionEnded', reason: error.message }, 'subscriber can no longer be reached; subscription ended');
                return false;
            }
            // Not delivered: the old hash goes back, so the next check sees the change again and tries again.
            await subscriptions.moveHash(subscription.id, hash, previousHash);
            const delayMs = this.backoffMs(1);
            await this.release(subscription, claimedUntil, new Date(this.now().getTime() + delayMs));
            logger?.warn({ ...fields, event: 'caseNotifyFailed', err: errorName(error), retryInMs: delayMs }, 'case change not delivered; will retry');
            return false;
        }
        await this.release(subscription, claimedUntil, this.afterInterval());
        logger?.info({ ...fields, event: 'caseChangeNotified', bucket: status.bucket }, 'subscriber told about a case change');
        return true;
    }

    /**
     * Unavailable or rate limited: everything left waits (the service's own Retry-After, else exponential backoff) and
     * the round ends. Not recognized or refused format: that case waits one interval; the round goes on.
     */
    private async afterLookupFailure(error: unknown, receipt: string, group: CaseSubscriptionRecord[], rest: CaseSubscriptionRecord[], claimedUntil: Date): Promise<boolean> {
        const fields = { receipt: maskReceipt(receipt), subscribers: group.length, err: errorName(error) };
        if (error instanceof CaseNotRecognized || error instanceof CaseBadFormat) {
            await this.releaseAll(group, claimedUntil, () => this.afterInterval());
            this.options.logger?.warn({ ...fields, event: 'casePollNotRecognized' }, 'a subscribed case was not recognized; will check again later');
            return true;
        }
        this.failuresInARow += 1;
        const delayMs = this.serviceWaitMs(error) ?? this.backoffMs(this.failuresInARow);
        const at = new Date(this.now().getTime() + delayMs);
        this.pausedUntil = at.getTime();
        await this.releaseAll(rest, claimedUntil, () => at);
        const known = error instanceof CaseServiceUnavailable || error instanceof CaseRateLimited;
        this.options.logger?.[known ? 'warn' : 'error'](
            { ...fields, event: 'casePollBackoff', failuresInARow: this.failuresInARow, retryInMs: delayMs },
            known ? 'case service unavailable or rate limited; checks wait' : 'case look-up failed unexpectedly; checks wait',
        );
        return false;
    }

    /** How long the service itself asked us to wait, when it said. */
    private serviceWaitMs(error: unknown): number | undefined {
        if (error instanceof CaseRateLimited && error.retryAfterSeconds !== undefined) return clampWait(error.retryAfterSeconds * 1000);
        if (error instanceof CaseServiceUnavailable && error.retryAfter) return clampWait(error.retryAfter.getTime() - this.now().getTime());
        return undefined;
    }

    /** Exponential backoff with jitter above half: failure 1 waits 2.5–5 min (base 5 min), failure 2 waits 5–10 min... */
    private backoffMs(failures: number): number {
        const ceiling = Math.min(this.maxBackoffMs, this.baseBackoffMs * 2 ** (failures - 1));
        return Math.round(ceiling / 2 + (ceiling / 2) * this.random());
    }

    private afterInterval(): Date {
        return new Date(this.now().getTime() + this.intervalMs);
    }

    private async release(subscription: CaseSubscriptionRecord, claimedUntil: Date, nextCheckAt: Date): Promise<void> {
        const released = await this.options.subscriptions.release(subscription.id, claimedUntil, nextCheckAt);
        if (!released) {
            this.options.logger?.warn({ event: 'caseClaimLost', subscriptionId: subscription.id }, 'a case subscription claim ran out before its check ended');
        }
    }

    private async releaseAll(rows: CaseSubscriptionRecord[], claimedUntil: Date, nextCheckAt: (row: CaseSubscriptionRecord) => Date): Promise<void> {
        for (const row of rows) await this.release(row, claimedUntil, nextCheckAt(row));
    }
}

function groupByReceipt(rows: CaseSubscriptionRecord[]): CaseSubscriptionRecord[][] {
    const groups = new Map<string, CaseSubscriptionRecord[]>();
    for (const row of rows) groups.set(row.receiptNumber, [...(groups.get(row.receiptNumber) ?? []), row]);
    return [...groups.values()];
}

function clampWait(ms: number): number {
    return Math.min(LONGEST_WAIT_MS, Math.max(1000, ms));
}

/** An error's class name only: messages from the case service may quote a receipt in full. */
function errorName(error: unknown): string {
    return error instanceof Error ? error.name : typeof error;
}
