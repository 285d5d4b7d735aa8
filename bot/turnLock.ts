import type { Middleware, TurnContext } from 'botbuilder';

/**
 * Runs the turns of one conversation one after another, in arrival order, so two fast messages never read the same
 * state and overwrite each other. Different conversations run in parallel. (Across several server processes the
 * store's eTag check is the safety net; see VersionedState.)
 */
export class ConversationTurnLock implements Middleware {
    private readonly tails = new Map<string, Promise<void>>();

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
            return await work();
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
