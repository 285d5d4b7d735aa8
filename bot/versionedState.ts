import { BotState, calculateChangeHash, type TurnContext } from 'botbuilder';
import { CREATE_ONLY_ETAG } from '../store/prismaStorage';

interface CachedState {
    state: Record<string, unknown> & { eTag?: string };
    hash: string;
}

/**
 * Bot state that keeps the eTag it read. botbuilder's own BotState writes every save with eTag "*", so two turns
 * that read the same version silently overwrite each other; this one hands the read eTag back to the storage, which
 * refuses the write if another turn saved in between.
 */
export class VersionedState extends BotState {
    private readonly cacheKey: symbol;

    constructor(
        storage: ConstructorParameters<typeof BotState>[0],
        private readonly keyOf: (context: TurnContext) => string,
        name: string,
    ) {
        super(storage, async (context) => keyOf(context));
        this.cacheKey = Symbol(`VersionedState:${name}`);
    }

    override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
        const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
        if (cached && !force) return cached.state;
        const key = this.keyOf(context);
        const items = await this.storage.read([key]);
        // A state read as absent may only be created, never written over one another turn created meanwhile.
        const state = (items[key] ?? { eTag: CREATE_ONLY_ETAG }) as CachedState['state'];
        context.turnState.set(this.cacheKey, { state, hash: calculateChangeHash(state) });
        return state;
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
        const cached =
            (context.turnState.get(this.cacheKey) as CachedState | undefined) ?? (force ? { state: { eTag: CREATE_ONLY_ETAG }, hash: '' } : undefined);
        if (!cached || (!force && cached.hash === calculateChangeHash(cached.state))) return;
        // The storage replaces state.eTag with the new version once the write succeeds.
        await this.storage.write({ [this.keyOf(context)]: cached.state });
        cached.hash = calculateChangeHash(cached.state);
        context.turnState.set(this.cacheKey, cached);
    }

    override async clear(context: TurnContext): Promise<void> {
        const previous = context.turnState.get(this.cacheKey) as CachedState | undefined;
        // Clearing keeps the version we read, so the emptied state still cannot overwrite a newer one.
        context.turnState.set(this.cacheKey, { state: { eTag: previous?.state.eTag }, hash: '' });
    }

    override async delete(context: TurnContext): Promise<void> {
        context.turnState.delete(this.cacheKey);
        await this.storage.delete([this.keyOf(context)]);
    }

    override get(context: TurnContext): Record<string, unknown> | undefined {
        const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
        return cached ? { ...cached.state } : undefined;
    }
}

/** Conversation state, keyed like botbuilder's ConversationState. */
export function conversationStateKey(context: TurnContext): string {
    const { channelId, conversation } = context.activity;
    if (!channelId || !conversation?.id) throw new Error('activity has no channelId or conversation.id');
    return `${channelId}/conversations/${conversation.id}`;
}

/** User state, keyed like botbuilder's UserState. */
export function userStateKey(context: TurnContext): string {
    const { channelId, from } = context.activity;
    if (!channelId || !from?.id) throw new Error('activity has no channelId or from.id');
    return `${channelId}/users/${from.id}`;
}
