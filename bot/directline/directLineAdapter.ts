import {
    ActivityEventNames,
    ActivityTypes,
    BotAdapter,
    TurnContext,
    type Activity,
    type ChannelAccount,
    type ConversationReference,
    type ResourceResponse,
} from 'botbuilder';
import type { DirectLineRepository } from '../../store/directLineRepository';

/** The channel id every activity of the built-in endpoint carries, as on the hosted Direct Line service. */
export const DIRECT_LINE_CHANNEL_ID = 'directline';

/** Who the bot is on this channel and the service URL that appears in conversation references. */
export interface DirectLineBotIdentity {
    bot: ChannelAccount;
    serviceUrl: string;
}

type TurnLogic = (context: TurnContext) => Promise<void>;

/** botbuilder's pseudo-activity that pauses between sends (not in the ActivityTypes enum). */
const DELAY_ACTIVITY_TYPE = 'delay';

/** How long a `delay` activity waits when it carries no (valid) number of milliseconds, as botbuilder's adapters do. */
const DEFAULT_DELAY_MS = 1000;

/**
 * Bot Framework adapter for the built-in Direct Line endpoint. A turn runs in-process; whatever the bot sends is
 * appended to the conversation's history in the store, where the client's next poll picks it up.
 *
 * @example
 * const adapter = new DirectLineAdapter(repository, { bot: { id: 'sendero', name: 'Sendero' }, serviceUrl });
 * await adapter.processActivity(userActivity, (context) => bot.run(context));
 */
export class DirectLineAdapter extends BotAdapter {
    constructor(
        private readonly repository: DirectLineRepository,
        private readonly identity: DirectLineBotIdentity,
    ) {
        super();
    }

    /** Runs one inbound activity through the middleware and `logic` (normally `bot.run`). */
    async processActivity(activity: Partial<Activity>, logic: TurnLogic): Promise<void> {
        await this.runMiddleware(new TurnContext(this, activity), logic);
    }

    override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
        const responses: ResourceResponse[] = [];
        for (const activity of activities) {
            if (activity.type === DELAY_ACTIVITY_TYPE) {
                await delay(typeof activity.value === 'number' ? activity.value : DEFAULT_DELAY_MS);
                responses.push({ id: '' });
                continue;
            }
            // Invoke responses belong to the HTTP reply of an invoke (not supported here); traces are emulator-only
            // and may carry internal state, so neither ever reaches the client's history.
            if (activity.type === ActivityTypes.InvokeResponse || activity.type === ActivityTypes.Trace) {
                responses.push({ id: '' });
                continue;
            }
            const conversationId = activity.conversation?.id ?? context.activity.conversation?.id;
            if (!conversationId) throw new Error('cannot send an activity without a conversation id');
            const stored = await this.repository.appendActivity(conversationId, (id) => ({
                ...activity,
                id,
                timestamp: new Date(),
                channelId: DIRECT_LINE_CHANNEL_ID,
                serviceUrl: this.identity.serviceUrl,
                conversation: { isGroup: false, conversationType: 'personal', name: '', ...activity.conversation, id: conversationId },
                // Web Chat lays out bubbles by role: whatever the bot sends is shown as the bot's.
                from: { ...this.identity.bot, ...activity.from, role: 'bot' },
            }));
            responses.push({ id: stored.activity.id ?? '' });
        }
        return responses;
    }

    /** Replaces a sent activity in the history (clients that already read it keep their copy). */
    override async updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
        const conversationId = activity.conversation?.id ?? context.activity.conversation?.id;
        if (!conversationId || !activity.id) throw new Error('updateActivity needs a conversation id and an activity id');
        const replaced = await this.repository.replaceActivity(conversationId, activity.id, activity);
        if (!replaced) throw new Error('updateActivity: no such activity in this conversation');
        return { id: activity.id };
    }

    override async deleteActivity(context: TurnContext, reference: Partial<ConversationReference>): Promise<void> {
        const conversationId = reference.conversation?.id ?? context.activity.conversation?.id;
        if (!conversationId || !reference.activityId) {
            throw new Error('deleteActivity needs a conversation id and an activity id');
        }
        await this.repository.deleteActivity(conversationId, reference.activityId);
    }

    /** Proactive turn: runs `logic` (through the middleware) in the referenced conversation. */
    override async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
        const activity = TurnContext.applyConversationReference(
            { type: ActivityTypes.Event, name: ActivityEventNames.ContinueConversation },
            { ...reference, channelId: DIRECT_LINE_CHANNEL_ID, serviceUrl: this.identity.serviceUrl, bot: this.identity.bot },
            true,
        );
        await this.runMiddleware(new TurnContext(this, activity), logic);
    }

    /** Same as `continueConversation`: there is no app identity to check on this in-process channel. */
    override async continueConversationAsync(
        _botAppIdOrClaimsIdentity: unknown,
        reference: Partial<ConversationReference>,
        logicOrAudience: TurnLogic | string,
        maybeLogic?: TurnLogic,
    ): Promise<void> {
        const logic = typeof logicOrAudience === 'function' ? logicOrAudience : maybeLogic;
        if (!logic) throw new Error('continueConversationAsync needs a logic callback');
        await this.continueConversation(reference, logic);
    }
}

function delay(milliseconds: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, Math.max(0, milliseconds)));
}
