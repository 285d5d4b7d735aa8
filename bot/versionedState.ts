import { BotState, type StatePropertyAccessor, type Storage, type TurnContext } from 'botbuilder';
import { CREATE_ONLY_ETAG, isDocumentStorage, type StateDocument } from '../store/conversationStateStore';

type StateObject = Record<string, unknown> & { eTag?: string };

interface CachedState {
    state: StateObject;
    /**
     * The JSON the store holds for this state (without the eTag), or undefined when a save must write. A save
     * serializes the state once and compares: unchanged state is neither hashed nor written.
     */
    saved: string | undefined;
}

/** What an absent state serializes to: a turn that leaves it empty does not create it. */
const ABSENT = '{}';

/** The state's JSON as it is stored: everything but the eTag. */
function serialize(state: StateObject): string {
    const { eTag: _eTag, ...rest } = state;
    return JSON.stringify(rest);
}

/**
 * Bot state that keeps the eTag it read. botbuilder's own BotState writes every save with eTag "*", so two turns
 * that read the same version silently overwrite each other; this one hands the read eTag back to the storage, which
 * refuses the write (StaleStateError) if another turn saved in between.
 *
 * With a DocumentStorage (store/conversationStateStore.ts) the JSON text read from the store is the baseline: a save
 * serializes the state once, writes nothing when the text is the same, and otherwise writes that very text.
 */
export class VersionedState extends BotState {
    private readonly cacheKey: symbol;

    constructor(
        readonly stateStorage: Storage,
        private readonly keyOf: (context: TurnContext) => string,
        name: string,
    ) {
        super(stateStorage, async (context) => keyOf(context));
        this.cacheKey = Symbol(`VersionedState:${name}`);
    }

    /** This state's storage key for the turn, or undefined when the activity has none (no sender, no conversation). */
    keyFor(context: TurnContext): string | undefined {
        try {
            return this.keyOf(context);
        } catch {
            return undefined;
        }
    }

    /** A property of this state that reads the turn's copy without waiting once it is loaded (see VersionedStateProperty). */
    override createProperty<T = unknown>(name: string): StatePropertyAccessor<T> {
        return new VersionedStateProperty<T>(this, name);
    }

    /** The turn's copy of this state if it has been read already (else undefined: load() reads it). */
    loaded(context: TurnContext): StateObject | undefined {
        return (context.turnState.get(this.cacheKey) as CachedState | undefined)?.state;
    }

    override async load(context: TurnContext, force = false): Promise<Record<string, unknown>> {
        const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
        if (cached && !force) return cached.state;
        const key = this.keyOf(context);
        if (isDocumentStorage(this.stateStorage)) return this.prime(context, (await this.stateStorage.readDocuments([key])).get(key));
        const item = (await this.stateStorage.read([key]))[key] as StateObject | undefined;
        // A state read as absent may only be created, never written over one another turn created meanwhile.
        const state = item ?? { eTag: CREATE_ONLY_ETAG };
        context.turnState.set(this.cacheKey, { state, saved: item ? serialize(item) : ABSENT } satisfies CachedState);
        return state;
    }

    /** Makes `stored` (as read from a DocumentStorage; undefined: absent) this turn's state. */
    prime(context: TurnContext, stored: StateDocument | undefined): StateObject {
        const state: StateObject = stored ? { ...(JSON.parse(stored.document) as object), eTag: stored.eTag } : { eTag: CREATE_ONLY_ETAG };
        context.turnState.set(this.cacheKey, { state, saved: stored ? stored.document : ABSENT } satisfies CachedState);
        return state;
    }

    /** Forgets this turn's copy, so the next read goes to the store (a turn run again after a conflict). */
    forget(context: TurnContext): void {
        context.turnState.delete(this.cacheKey);
    }

    /** What a save would write now: the key, the JSON and the eTag to expect; undefined when nothing changed. */
    pendingWrite(context: TurnContext, force = false): { key: string; document: string; expected: string; done(eTag: string): void } | undefined {
        let cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
        if (!cached) {
            if (!force) return undefined;
            cached = { state: { eTag: CREATE_ONLY_ETAG }, saved: undefined };
            context.turnState.set(this.cacheKey, cached);
        }
        const document = serialize(cached.state);
        if (!force && document === cached.saved) return undefined;
        const entry = cached;
        return {
            key: this.keyOf(context),
            document,
            expected: entry.state.eTag ?? '*',
            done: (eTag) => {
                entry.state.eTag = eTag;
                entry.saved = document;
            },
        };
    }

    override async saveChanges(context: TurnContext, force = false): Promise<void> {
        await saveStates(context, [this], force);
    }

    override async clear(context: TurnContext): Promise<void> {
        const previous = context.turnState.get(this.cacheKey) as CachedState | undefined;
        // Clearing keeps the version we read, so the emptied state still cannot overwrite a newer one.
        context.turnState.set(this.cacheKey, { state: { eTag: previous?.state.eTag }, saved: undefined } satisfies CachedState);
    }

    override async delete(context: TurnContext): Promise<void> {
        context.turnState.delete(this.cacheKey);
        await this.stateStorage.delete([this.keyOf(context)]);
    }

    override get(context: TurnContext): Record<string, unknown> | undefined {
        const cached = context.turnState.get(this.cacheKey) as CachedState | undefined;
        return cached ? { ...cached.state } : undefined;
    }
}

/**
 * A property of a VersionedState, as botbuilder's BotStatePropertyAccessor (an absent property reads as a copy of the
 * default, which is stored), but it does not wait on the state's load when the turn has read the state already, as
 * every turn under the turn lock has: botbuilder's makes several promises on each read, and a turn reads its state's
 * properties about ten times.
 */
class VersionedStateProperty<T> implements StatePropertyAccessor<T> {
    constructor(
        private readonly state: VersionedState,
        readonly name: string,
    ) {}

    get(context: TurnContext): Promise<T | undefined>;
    get(context: TurnContext, defaultValue: T): Promise<T>;
    async get(context: TurnContext, defaultValue?: T): Promise<T | undefined> {
        const state = this.state.loaded(context) ?? (await this.state.load(context));
        if (!Object.prototype.hasOwnProperty.call(state, this.name) && defaultValue !== undefined) {
            state[this.name] = typeof defaultValue === 'object' ? (JSON.parse(JSON.stringify(defaultValue)) as T) : defaultValue;
        }
        return state[this.name] as T | undefined;
    }

    async set(context: TurnContext, value: T): Promise<void> {
        const state = this.state.loaded(context) ?? (await this.state.load(context));
        state[this.name] = value;
    }

    async delete(context: TurnContext): Promise<void> {
        const state = this.state.loaded(context) ?? (await this.state.load(context));
        delete state[this.name];
    }
}

/**
 * Reads the turn's states of one storage in one round trip (user and conversation state together) and makes them the
 * turn's copies, replacing any read before. States whose key the activity lacks are left to load on demand.
 *
 * Given `ticketOf` (a conversation key), the same read also asks whether that conversation has an open handoff
 * ticket, where the storage can (DocumentStorage.readTurn): the answer is returned, else undefined.
 */
export async function loadStates(context: TurnContext, states: readonly VersionedState[], ticketOf?: string): Promise<boolean | undefined> {
    const keyed = states.map((state) => ({ state, key: state.keyFor(context) })).filter((entry): entry is { state: VersionedState; key: string } => entry.key !== undefined);
    const storage = keyed[0]?.state.stateStorage;
    if (!storage || !isDocumentStorage(storage) || keyed.some((entry) => entry.state.stateStorage !== storage)) {
        for (const { state } of keyed) await state.load(context, true);
        return undefined;
    }
    const keys = keyed.map((entry) => entry.key);
    let openTicket: boolean | undefined;
    let documents: Map<string, StateDocument>;
    if (ticketOf !== undefined && storage.readTurn) ({ documents, openTicket } = await storage.readTurn(keys, ticketOf));
    else documents = await storage.readDocuments(keys);
    for (const { state, key } of keyed) {
        try {
            state.prime(context, documents.get(key));
        } catch {
            // Unreadable (damaged) state fails where it is first used, once the turn's language is known for the apology.
            state.forget(context);
        }
    }
    return openTicket;
}

/** Set by whatever saves the turn's states once the whole turn has run (the turn lock): see stateSavedAfterTurn. */
const SAVED_AFTER_TURN = Symbol('sendero.stateSavedAfterTurn');

/** Notes that this turn's states will be saved after the turn (by the caller), so the bot need not save them itself. */
export function willSaveStateAfterTurn(context: TurnContext): void {
    context.turnState.set(SAVED_AFTER_TURN, true);
}

/**
 * Whether this turn's states are saved after the turn by its caller (the turn lock): then a save by the bot would
 * only serialize the states once more to learn that nothing changed since.
 */
export function stateSavedAfterTurn(context: TurnContext): boolean {
    return context.turnState.get(SAVED_AFTER_TURN) === true;
}

/**
 * Saves what changed of the turn's states: with a DocumentStorage in one write (one transaction), so a conflict on
 * any of them leaves all of them unwritten; StaleStateError when another turn saved one of them in between.
 */
export async function saveStates(context: TurnContext, states: readonly BotState[], force = false): Promise<void> {
    const versioned = states.filter((state): state is VersionedState => state instanceof VersionedState);
    for (const state of states) if (!(state instanceof VersionedState)) await state.saveChanges(context, force);
    const pending = versioned.map((state) => ({ state, write: state.pendingWrite(context, force) })).filter((entry) => entry.write !== undefined);
    if (pending.length === 0) return;
    const storage = pending[0].state.stateStorage;
    if (isDocumentStorage(storage) && pending.every((entry) => entry.state.stateStorage === storage)) {
        const eTags = await storage.writeDocuments(pending.map(({ write }) => ({ key: write!.key, document: write!.document, expected: write!.expected })));
        pending.forEach(({ write }, index) => write!.done(eTags[index]));
        return;
    }
    for (const { write, state } of pending) {
        // The storage replaces the item's eTag with the new version once the write succeeds.
        const item: StateObject = { ...(JSON.parse(write!.document) as object), eTag: write!.expected };
        await state.stateStorage.write({ [write!.key]: item });
        write!.done(item.eTag ?? '*');
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
