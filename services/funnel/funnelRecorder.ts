import { LRUCache } from 'lru-cache';
import type { FunnelEventKind, FunnelEventRecord, FunnelRepository } from '../../store/funnelRepository';
import type { Clock } from '../accounts/clock';

/** One waterfall event as a turn sees it, before the conversation key is hashed. */
export interface FunnelObservation {
    conversationKey: string;
    instance: string;
    flow: string;
    kind: FunnelEventKind;
    step?: string;
    language: string;
}

export interface FunnelRecorderOptions {
    repository: Pick<FunnelRepository, 'insertMany'>;
    /** A keyed hash (SecretBox.fingerprint): the store never holds a conversation key, which can name a phone number. */
    fingerprint: (value: string) => string;
    /** A failed write loses that batch (the funnel is statistics, not a record anyone relies on). */
    onError: (error: unknown) => void;
    now?: Clock;
    /** How often buffered events are written (default 2 s). */
    flushIntervalMs?: number;
    /** Events held at most; past it the oldest are dropped (a store that is down must not fill the memory). */
    maxBuffered?: number;
}

/**
 * Collects the funnel's events in memory and writes them in batches, after the turn: no turn waits on, or adds a
 * write for, the funnel.
 *
 * @example
 * const funnel = new FunnelRecorder({ repository: repositories.funnel, fingerprint: (v) => box.fingerprint(v), onError });
 * funnel.start();
 * funnel.record({ conversationKey, instance, flow: 'checkStatus.steps', kind: 'start', language: 'es' });
 * await funnel.stop(); // writes what is left
 */
export class FunnelRecorder {
    private buffer: FunnelEventRecord[] = [];
    private timer: NodeJS.Timeout | undefined;
    private flushing: Promise<void> = Promise.resolve();
    private readonly now: Clock;
    private readonly conversationIds = new LRUCache<string, string>({ max: 2_000 });

    constructor(private readonly options: FunnelRecorderOptions) {
        this.now = options.now ?? (() => new Date());
    }

    /** The stored id of a conversation: its key's fingerprint, kept for recent conversations (an HMAC per event adds up). */
    private conversationId(conversationKey: string): string {
        let id = this.conversationIds.get(conversationKey);
        if (id === undefined) {
            id = this.options.fingerprint(`funnel-conversation:${conversationKey}`).slice(0, 32);
            this.conversationIds.set(conversationKey, id);
        }
        return id;
    }

    record(observation: FunnelObservation): void {
        this.buffer.push({
            conversation: this.conversationId(observation.conversationKey),
            instance: observation.instance,
            flow: observation.flow,
            kind: observation.kind,
            step: observation.step ?? null,
            language: observation.language,
            at: this.now(),
        });
        const max = this.options.maxBuffered ?? 10_000;
        if (this.buffer.length > max) this.buffer.splice(0, this.buffer.length - max);
    }

    start(): void {
        if (this.timer) return;
        this.timer = setInterval(() => void this.flush(), this.options.flushIntervalMs ?? 2000);
        this.timer.unref();
    }

    /** Writes what is buffered now; resolves once written (or lost, reported through onError). */
    flush(): Promise<void> {
        this.flushing = this.flushing.then(async () => {
            if (this.buffer.length === 0) return;
            const batch = this.buffer;
            this.buffer = [];
            try {
                await this.options.repository.insertMany(batch);
            } catch (error) {
                this.options.onError(error);
            }
        });
        return this.flushing;
    }

    async stop(): Promise<void> {
        if (this.timer) clearInterval(this.timer);
        this.timer = undefined;
        await this.flush();
    }
}
