import { RepeatingTask } from '../background/repeatingTask';
import type { NotificationQueueRepository } from '../../store/notificationQueueRepository';
import type { Clock } from '../accounts/clock';
import type { SecretBox } from '../accounts/secretBox';
import { maskRecipient } from './maskRecipient';
import type { NotificationLogger } from './notificationLogger';
import { NotificationFailed, type NotificationChannel, type Notifier } from './notifier';
import { queuedSealContext } from './queuedNotifier';

export interface NotificationWorkerOptions {
    queue: NotificationQueueRepository;
    secretBox: SecretBox;
    /** The real sender of each channel: SMTP, Twilio, or the dev outbox. */
    senders: Record<NotificationChannel, Notifier>;
    logger?: NotificationLogger;
    now?: Clock;
    /** How often the queue is checked when nothing wakes the worker. Default 1 s. */
    pollIntervalMs?: number;
    /** Tries per message before it is given up as failed. Default 6. */
    maxAttempts?: number;
    /** The wait after the first failure; it doubles after each one, up to maxBackoffMs. Default 2 s. */
    baseBackoffMs?: number;
    /** Default 10 minutes. */
    maxBackoffMs?: number;
    /** How long a claim lasts; a row still 'sending' after that (its worker died) is taken again. Default 2 min. */
    claimMs?: number;
    /** Rows claimed and sent together in one round. Default 5. */
    batchSize?: number;
    /** 0 ≤ random() < 1, for the backoff jitter. */
    random?: () => number;
}

/**
 * Drains QueuedNotification: claims due rows (a conditional update, so two workers never send one row), opens the
 * sealed message, sends it through its channel's sender (whose SentNotificationLedger still makes a key send once),
 * and marks it 'sent'. A retryable failure is tried again later, backing off exponentially with jitter, up to
 * maxAttempts; a final failure (rejected, opted out, invalid) is 'failed' at once. It polls, and `wake()` makes it
 * look now, which the QueuedNotifier calls after each enqueue.
 *
 * @example
 * const worker = new NotificationWorker({ queue, secretBox, senders: { email: smtp, sms: twilio } });
 * worker.start();
 * // ... on shutdown, after the turns have finished:
 * await worker.stop();
 */
export class NotificationWorker {
    private readonly now: Clock;
    private readonly pollIntervalMs: number;
    private readonly maxAttempts: number;
    private readonly baseBackoffMs: number;
    private readonly maxBackoffMs: number;
    private readonly claimMs: number;
    private readonly batchSize: number;
    private readonly random: () => number;
    private readonly loop: RepeatingTask;
    private stopRequested = false;

    constructor(private readonly options: NotificationWorkerOptions) {
        this.now = options.now ?? (() => new Date());
        this.pollIntervalMs = options.pollIntervalMs ?? 1000;
        this.maxAttempts = options.maxAttempts ?? 6;
        this.baseBackoffMs = options.baseBackoffMs ?? 2000;
        this.maxBackoffMs = options.maxBackoffMs ?? 10 * 60 * 1000;
        this.claimMs = options.claimMs ?? 2 * 60 * 1000;
        this.batchSize = options.batchSize ?? 5;
        this.random = options.random ?? Math.random;
        this.loop = new RepeatingTask(
            () => this.drain(),
            this.pollIntervalMs,
            (error) => this.options.logger?.error({ err: error }, 'the notification worker could not read the queue'),
        );
    }

    /** Starts polling, and sends whatever a previous run left queued. */
    start(): void {
        this.stopRequested = false;
        this.loop.start();
    }

    /** Looks at the queue now (a message was just queued). Before start() or after stop(), does nothing. */
    wake(): void {
        this.loop.wake();
    }

    /** Stops polling and waits for the sends in progress; rows not yet claimed stay queued for the next start. */
    async stop(): Promise<void> {
        this.stopRequested = true;
        await this.loop.stop();
    }

    /** Sends every row due now (claimed in batches) and returns how many it handled. Tests call it directly. */
    async drain(): Promise<number> {
        let handled = 0;
        for (;;) {
            const claimed = await this.claimDue();
            if (claimed.length === 0) return handled;
            await Promise.all(claimed.map((id) => this.deliver(id)));
            handled += claimed.length;
            // Stopping: finish the batch in hand, leave the rest queued for the next start.
            if (this.stopRequested) return handled;
        }
    }

    /** Deletes rows finished (sent, failed or refused) more than `olderThanSeconds` ago; their bodies are already gone. */
    async pruneFinished(olderThanSeconds: number): Promise<number> {
        return this.options.queue.deleteFinishedBefore(new Date(this.now().getTime() - olderThanSeconds * 1000));
    }

    /** Claims up to batchSize due rows: queued and due, or 'sending' with a claim that ran out. */
    private async claimDue(): Promise<string[]> {
        const now = this.now();
        return this.options.queue.claimDue(now, new Date(now.getTime() + this.claimMs), this.batchSize);
    }

    private async deliver(id: string): Promise<void> {
        const { queue, secretBox, senders, logger } = this.options;
        const row = await queue.find(id);
        if (!row || row.status !== 'sending') return;
        const channel: NotificationChannel = row.channel === 'sms' ? 'sms' : 'email';
        const fields = { queuedId: id, channel, to: maskRecipient(channel, row.to), attempt: row.attempts };

        let subject: string | undefined;
        let body: string;
        try {
            if (row.sealedBody === null) throw new Error('nothing sealed');
            body = secretBox.open(row.sealedBody, queuedSealContext(id, 'body'));
            subject = row.sealedSubject === null ? undefined : secretBox.open(row.sealedSubject, queuedSealContext(id, 'subject'));
        } catch {
            // Sealed under another key, or tampered with: no retry can open it.
            await this.finish(id, 'failed', 'the sealed message could not be opened');
            logger?.error(fields, 'queued notification could not be opened; given up');
            return;
        }

        try {
            const result = await senders[channel].send({ channel, to: row.to, subject, body, idempotencyKey: row.idempotencyKey });
            await this.finish(id, 'sent', result.status === 'duplicate' ? 'already sent under this key' : null);
            logger?.info({ ...fields, result: result.status }, 'queued notification sent');
        } catch (error) {
            await this.afterFailure(id, row.attempts, error, fields);
        }
    }

    private async afterFailure(id: string, attempts: number, error: unknown, fields: object): Promise<void> {
        const failure = error instanceof NotificationFailed ? error : undefined;
        // A NotificationFailed message names codes and fields, never a recipient or a body; other errors are named only.
        const lastError = (failure ? `${failure.reason}: ${failure.message}` : error instanceof Error ? error.name : 'unknown error').slice(0, 300);
        const retryable = failure ? failure.retryable : true;
        if (!retryable || attempts >= this.maxAttempts) {
            await this.finish(id, 'failed', lastError);
            this.options.logger?.error({ ...fields, reason: failure?.reason, retryable }, 'queued notification failed; given up');
            return;
        }
        const delayMs = this.backoffMs(attempts);
        await this.options.queue.scheduleRetry(id, new Date(this.now().getTime() + delayMs), lastError);
        this.options.logger?.warn({ ...fields, reason: failure?.reason, retryInMs: delayMs }, 'queued notification not sent; will retry');
    }

    /** Exponential backoff with full jitter above half: attempt 1 waits 1–2 s (base 2 s), attempt 2 waits 2–4 s, ... */
    private backoffMs(attempts: number): number {
        const ceiling = Math.min(this.maxBackoffMs, this.baseBackoffMs * 2 ** (attempts - 1));
        return Math.round(ceiling / 2 + (ceiling / 2) * this.random());
    }

    private async finish(id: string, status: 'sent' | 'failed', lastError: string | null): Promise<void> {
        await this.options.queue.finish(id, status, lastError, this.now());
    }
}
