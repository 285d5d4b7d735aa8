import { createUnlessTaken } from './storeErrors';
import type { StoreClient } from './storeClient';
import type { HotPathSql } from './hotPathSql';

/** A message to queue; subject and body arrive sealed (SecretBox), bound to the row's id. */
export interface QueuedNotificationInput {
    id: string;
    channel: string;
    to: string;
    sealedSubject: string | null;
    sealedBody: string;
    idempotencyKey: string;
    nextAttemptAt: Date;
}

/** A queued notification as the worker reads it. */
export interface QueuedNotificationRecord {
    id: string;
    channel: string;
    to: string;
    sealedSubject: string | null;
    sealedBody: string | null;
    idempotencyKey: string;
    status: string;
    attempts: number;
}

/** Final states erase the sealed subject and body: after a send or a give-up, the code is kept nowhere. */
const ERASED = { sealedSubject: null, sealedBody: null, claimedUntil: null } as const;

/** The outgoing notification queue (QueuedNotification) that the NotificationWorker drains. */
/** Rows a worker may still have to send (claimDue narrows them by time). */
export const PENDING_STATUSES = ['queued', 'sending'] as const;

export class NotificationQueueRepository {
    /** With `hotPath`, the workers' frequent "anything to send?" is asked on a prepared statement first. */
    constructor(
        private readonly db: StoreClient,
        private readonly hotPath?: Pick<HotPathSql, 'hasPendingNotifications'>,
    ) {}

    async hasKey(idempotencyKey: string): Promise<boolean> {
        return (await this.db.queuedNotification.findUnique({ where: { idempotencyKey }, select: { id: true } })) !== null;
    }

    /** Queues the message; false (nothing queued) when its idempotency key was queued before. */
    async enqueue(message: QueuedNotificationInput): Promise<boolean> {
        return createUnlessTaken(() => this.db.queuedNotification.create({ data: { ...message, status: 'queued' } }));
    }

    /**
     * Claims up to `limit` rows due at `now` (queued and due, or 'sending' with a claim that ran out) until
     * `claimedUntil`, counting an attempt on each, and returns their ids. Each claim is a conditional update, so two
     * workers never claim one row.
     */
    async claimDue(now: Date, claimedUntil: Date, limit: number): Promise<string[]> {
        if (this.hotPath && !(await this.hotPath.hasPendingNotifications())) return [];
        const due = {
            OR: [
                { status: 'queued', nextAttemptAt: { lte: now } },
                { status: 'sending', claimedUntil: { lt: now } },
            ],
        };
        const candidates = await this.db.queuedNotification.findMany({ where: due, orderBy: { nextAttemptAt: 'asc' }, take: limit, select: { id: true } });
        const claimed: string[] = [];
        for (const { id } of candidates) {
            // Conditional: if another worker claimed it between the read and now, this updates nothing.
            const taken = await this.db.queuedNotification.updateMany({
                where: { id, ...due },
                data: { status: 'sending', claimedUntil, attempts: { increment: 1 } },
            });
            if (taken.count === 1) claimed.push(id);
        }
        return claimed;
    }

    async find(id: string): Promise<QueuedNotificationRecord | null> {
        return this.db.queuedNotification.findUnique({
            where: { id },
            select: { id: true, channel: true, to: true, sealedSubject: true, sealedBody: true, idempotencyKey: true, status: true, attempts: true },
        });
    }

    /** Puts a claimed row back in the queue, due at `nextAttemptAt`; only while it is still 'sending'. */
    async scheduleRetry(id: string, nextAttemptAt: Date, lastError: string): Promise<void> {
        await this.db.queuedNotification.updateMany({
            where: { id, status: 'sending' },
            data: { status: 'queued', nextAttemptAt, claimedUntil: null, lastError },
        });
    }

    /** Ends a claimed row as sent or failed and erases its sealed subject and body; only while it is still 'sending'. */
    async finish(id: string, status: 'sent' | 'failed', lastError: string | null, finishedAt: Date): Promise<void> {
        await this.db.queuedNotification.updateMany({
            where: { id, status: 'sending' },
            data: { ...ERASED, status, lastError, finishedAt },
        });
    }

    /** Deletes rows finished (sent, failed or refused) before `cutoff`; returns how many went. */
    async deleteFinishedBefore(cutoff: Date): Promise<number> {
        const pruned = await this.db.queuedNotification.deleteMany({
            where: { status: { in: ['sent', 'failed', 'refused'] }, finishedAt: { lt: cutoff } },
        });
        return pruned.count;
    }
}
