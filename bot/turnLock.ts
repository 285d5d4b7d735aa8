import type { Middleware, TurnContext } from 'botbuilder';
import type { CrossProcessLock } from '../store/storeClient';

/**
 * Runs the turns of one conversation one after another, in arrival order, so two fast messages never read the same
 * state and overwrite each other. Different conversations run in parallel.
 *
 * Within a process the turns queue here. Given a cross-process lock (on PostgreSQL: a transaction-scoped advisory
 * lock keyed by the conversation, see store/storeClient.ts openCrossProcessLock), the turn at the head of this
 * queue also holds that lock while it runs, so turns of one conversation never overlap across server processes
 * either; only the head of each queue asks for it, so a process uses one lock connection per busy conversation.
 * The store's eTag check (VersionedState) stays underneath as the safety net.
 */
export class ConversationTurnLock implements Middleware {
    private readonly tails = new Map<string, Promise<void>>();

    constructor(private readonly crossProcess?: Pick<CrossProcessLock, 'run'>) {}

    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
        const key = `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;
        await this.run(key, next);
    }

    /** Runs `work` after every earlier work queued under the same key has settled. */
    async run<T>(key: string, work: () => Promise<T>): Promise<T> {
        const previous = this.tails.get(key) ?? Promise.resolve();
        let release!: () => void;
        const current = new Promise<void>((resolve) => (release = resolve));
        const tail = previous.then(() => current);
        this.tails.set(key, tail);
        await previous;
        try {
            return await (this.crossProcess ? this.crossProcess.run(`conversation:${key}`, work) : work());
        } finally {
            release();
            // Forget the key once nobody is queued behind us, so the map does not grow with every conversation.
            if (this.tails.get(key) === tail) this.tails.delete(key);
        }
    }

    /** Conversations with a turn running or queued (for tests and metrics). */
    get busyConversations(): number {
        return this.tails.size;
    }
}
