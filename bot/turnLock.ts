import type { Activity, Middleware, ResourceResponse, TurnContext } from 'botbuilder';
import { conversationKey } from '../conversation/conversationKey';
import { noteNoOpenTicket } from '../conversation/openTicketHint';
import { StaleStateError } from '../store/conversationStateStore';
import type { CrossProcessLock } from '../store/storeClient';
import { loadStates, saveStates, willSaveStateAfterTurn, type VersionedState } from './versionedState';

/** What the turn lock does with state when it is given some (see ConversationTurnLock). */
export interface TurnStateOptions {
    /** Read together at the start of each turn (one round trip) and saved together at its end (one write). */
    states: readonly VersionedState[];
    /** Told when a turn's save met a newer save and the turn is run again from fresh state. */
    onRetry?: (context: TurnContext, error: StaleStateError) => void;
}

/**
 * Runs the turns of one conversation one after another, in arrival order, so two fast messages never read the same
 * state and overwrite each other. Different conversations run in parallel.
 *
 * Within a process the turns queue here. Given a cross-process lock (on PostgreSQL: a transaction-scoped advisory
 * lock keyed by the conversation, see store/storeClient.ts openCrossProcessLock), the turn at the head of this
 * queue also holds that lock while it runs, so turns of one conversation never overlap across server processes
 * either; only the head of each queue asks for it, so a process uses one lock connection per busy conversation.
 *
 * Given the turn's states, the turn at the head also: reads them in one round trip; holds back every reply the turn
 * sends; saves the states in one write with the eTags it read (VersionedState); and only then lets the replies go.
 * When the save meets a newer save (another process, a user state shared with another conversation), the turn is
 * run once more from fresh state and the held replies of the first run are dropped: the person sees one answer, to
 * the state as it really is. If the second run conflicts too, the error goes on to the adapter's apology.
 */
export class ConversationTurnLock implements Middleware {
    private readonly tails = new Map<string, Promise<void>>();

    constructor(
        private readonly crossProcess?: Pick<CrossProcessLock, 'run'>,
        private readonly turnState?: TurnStateOptions,
    ) {}

    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
        const key = `${context.activity.channelId}/${context.activity.conversation?.id ?? ''}`;
        await this.run(key, this.turnState ? () => savedTurn(context, next, this.turnState!) : next);
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

/** How many times a turn may run: once, and once more after a conflicting save. */
const MAX_RUNS = 2;

async function savedTurn(context: TurnContext, next: () => Promise<void>, options: TurnStateOptions): Promise<void> {
    const held = new HeldReplies(context);
    // What the rest of the pipeline may change, restored before a second run so it starts as the first did.
    const turnStateBefore = new Map(context.turnState);
    const activityBefore = { ...context.activity };
    for (let run = 1; ; run++) {
        held.hold();
        try {
            // Messages also learn here whether a person has the conversation (the handoff gate's question).
            const openTicket = await loadStates(context, options.states, context.activity.type === 'message' && context.activity.conversation?.id ? conversationKey(context) : undefined);
            if (openTicket === false) noteNoOpenTicket(context);
            willSaveStateAfterTurn(context);
            await next();
            await saveStates(context, options.states);
        } catch (error) {
            held.drop();
            if (!(error instanceof StaleStateError) || run >= MAX_RUNS) throw error;
            options.onRetry?.(context, error);
            for (const state of options.states) state.forget(context);
            restoreTurnState(context, turnStateBefore);
            restoreActivity(context.activity, activityBefore);
            continue;
        }
        await held.release();
        return;
    }
}

function restoreTurnState(context: TurnContext, before: Map<unknown, unknown>): void {
    for (const key of [...context.turnState.keys()]) if (!before.has(key)) context.turnState.delete(key);
    for (const [key, value] of before) context.turnState.set(key, value);
}

function restoreActivity(activity: Activity, before: Partial<Activity>): void {
    for (const key of Object.keys(activity) as Array<keyof Activity>) if (!(key in before)) delete activity[key];
    Object.assign(activity, before);
}

/**
 * Holds back what a turn sends (through TurnContext.sendActivities, which every channel's replies take) until
 * release(): the held sends then continue down the send chain, in order, to the channel. Handlers registered before
 * this one (outer middleware) see a reply when it is sent, those after it and the channel when it is released.
 */
class HeldReplies {
    private holding = false;
    private held: Array<{ go: () => Promise<ResourceResponse[]>; settle: (responses: ResourceResponse[]) => void }> = [];

    constructor(context: TurnContext) {
        context.onSendActivities(async (_context, activities, next) => {
            if (!this.holding) return next();
            // The turn goes on as if sent; the channel's ids are not known until release (nothing here reads them).
            const placeholders = activities.map(() => ({ id: '' }));
            this.held.push({ go: next, settle: (responses) => responses?.forEach((response, index) => placeholders[index] && (placeholders[index].id = response.id)) });
            return placeholders;
        });
    }

    hold(): void {
        this.holding = true;
        this.held = [];
    }

    drop(): void {
        this.holding = false;
        this.held = [];
    }

    async release(): Promise<void> {
        this.holding = false;
        const held = this.held;
        this.held = [];
        for (const { go, settle } of held) settle(await go());
    }
}
