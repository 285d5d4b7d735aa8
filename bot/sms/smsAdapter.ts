import { ActivityTypes, BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';
import crypto from 'node:crypto';
import { markChannelIdentityVerified } from '../../conversation/channelIdentity';
import { turnLanguage } from '../../conversation/turnLanguage';
import { activityAsSmsText } from './smsText';
import { splitForSms } from './smsSegments';

/** The channel id of turns that come from our own Twilio webhook. */
export const SMS_CHANNEL_ID = 'sms';

/** Where a reply goes when the webhook's answer has already left: the Twilio Messages API, through the queue. */
export interface SmsSender {
    /** Sends one text to `to`; resolves when it is queued or refused (opted out, limited). */
    sendLater(to: string, text: string, idempotencyKey: string): Promise<void>;
}

const REPLY_WINDOW = Symbol('sendero.smsReplyWindow');

/** The replies of a turn that may still go back in the webhook's own answer. */
export class SmsReplyWindow {
    readonly texts: string[] = [];
    open = true;
}

type TurnLogic = (context: TurnContext) => Promise<void>;

/**
 * Bot Framework adapter for SMS through Twilio's webhook. While the webhook waits (a reply window is open), what the
 * bot says is collected and goes back as TwiML in the HTTP answer: no extra API call, no extra cost. Anything said
 * after that (a slow turn, a case update, a help-desk agent) goes through the Twilio Messages API. Every reply is cut
 * into messages of at most three segments at sentence ends.
 */
export class SmsAdapter extends BotAdapter {
    constructor(
        private readonly sender: SmsSender,
        private readonly serviceUrl: string,
    ) {
        super();
    }

    /** Runs one inbound text (whose sender Twilio's signature vouched for) with its replies collected in `window`. */
    async processInbound(activity: Partial<Activity>, window: SmsReplyWindow, logic: TurnLogic): Promise<void> {
        const context = new TurnContext(this, { ...activity, channelId: SMS_CHANNEL_ID, serviceUrl: this.serviceUrl });
        context.turnState.set(REPLY_WINDOW, window);
        markChannelIdentityVerified(context);
        await this.runMiddleware(context, logic);
    }

    override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
        const window = context.turnState.get(REPLY_WINDOW) as SmsReplyWindow | undefined;
        const to = context.activity.conversation?.id;
        const responses: ResourceResponse[] = [];
        for (const activity of activities) {
            const id = crypto.randomUUID();
            responses.push({ id });
            if (activity.type !== ActivityTypes.Message || !to) continue;
            const texts = splitForSms(activityAsSmsText(activity), turnLanguage(context));
            if (window?.open) window.texts.push(...texts);
            else for (const [index, text] of texts.entries()) await this.sender.sendLater(to, text, `sms-reply:${id}:${index}`);
        }
        return responses;
    }

    override async updateActivity(): Promise<void> {
        throw new Error('SMS cannot change a sent message');
    }

    override async deleteActivity(): Promise<void> {
        throw new Error('SMS cannot delete a sent message');
    }

    /** A later message to a number that texted us (a notification, an agent's reply). */
    override async continueConversation(reference: Partial<ConversationReference>, logic: TurnLogic): Promise<void> {
        const context = new TurnContext(this, TurnContext.applyConversationReference({ type: ActivityTypes.Event, name: 'continueConversation' }, reference, true));
        await this.runMiddleware(context, logic);
    }
}
