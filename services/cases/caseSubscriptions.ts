import { randomUUID } from 'node:crypto';
import type { CaseSubscriptionDelivery, CaseSubscriptionRecord, CaseSubscriptionRepository } from '../../store/caseSubscriptionRepository';
import type { Clock } from '../accounts/clock';

export type { CaseSubscriptionDelivery, CaseSubscriptionRecord } from '../../store/caseSubscriptionRepository';

/**
 * How to reach the conversation again, as the channel gave it (a Bot Framework conversation reference, kept as plain
 * JSON: services know no bot types). It names the channel it came from.
 */
export interface StoredConversationReference {
    channelId?: string;
    [field: string]: unknown;
}

export interface SubscribeRequest {
    receiptNumber: string;
    /** The subscribing conversation (conversationKey): "stop updates" there ends it. */
    conversationKey: string;
    /** The conversation to deliver to; for 'email', only its channel is kept. */
    reference: StoredConversationReference;
    /** The channel it was made on; taken from the reference when absent. */
    channelId?: string;
    deliverBy: CaseSubscriptionDelivery;
    /** Required for 'email': the signed-in account whose address gets the messages. */
    accountId?: string;
    /** The subscriber's language ("zh-Hant": Chinese in traditional characters, see turnLocale): every message about a change is written in it. */
    locale: string;
    /** caseStatusHash of the status the subscriber has just seen: only a change from it is news. */
    currentHash: string;
}

export type SubscribeOutcome =
    | { status: 'subscribed' | 'updated'; subscription: CaseSubscriptionRecord }
    /** The conversation follows MAX_SUBSCRIPTIONS_PER_CONVERSATION cases already; nothing was stored. */
    | { status: 'tooMany'; limit: number };

/** One conversation may follow this many cases: each costs status checks from a shared hourly quota. */
export const MAX_SUBSCRIPTIONS_PER_CONVERSATION = 10;

export interface CaseSubscriptionsOptions {
    repository: CaseSubscriptionRepository;
    /** CASE_POLL_INTERVAL_MINUTES: the first check comes this long after subscribing. */
    intervalMinutes: number;
    now?: Clock;
}

/**
 * "Tell me when this changes": the subscriptions the CaseStatusPoller checks. One per receipt and conversation;
 * subscribing again (say, to switch from chat to email) updates it.
 *
 * @example
 * await subscriptions.subscribe({ receiptNumber, conversationKey: key, reference, deliverBy: 'conversation', locale: 'es', currentHash: caseStatusHash(status) });
 * await subscriptions.unsubscribe(receiptNumber, key); // "dejar de recibir"
 */
export class CaseSubscriptions {
    private readonly now: Clock;

    constructor(private readonly options: CaseSubscriptionsOptions) {
        this.now = options.now ?? (() => new Date());
    }

    async subscribe(request: SubscribeRequest): Promise<SubscribeOutcome> {
        const { repository } = this.options;
        if (request.deliverBy === 'email' && !request.accountId) throw new RangeError('an email subscription needs the signed-in account');
        const channelId = request.channelId ?? request.reference.channelId;
        if (!channelId) throw new RangeError('the subscription needs the channel it was made on');
        const existing = await repository.findActive(request.receiptNumber, request.conversationKey);
        if (!existing && (await repository.countActiveForConversation(request.conversationKey)) >= MAX_SUBSCRIPTIONS_PER_CONVERSATION) {
            return { status: 'tooMany', limit: MAX_SUBSCRIPTIONS_PER_CONVERSATION };
        }
        const subscription = await repository.upsert({
            id: randomUUID(),
            receiptNumber: request.receiptNumber,
            conversationKey: request.conversationKey,
            // An email subscriber is reached by email only; the chat's address is not kept for it.
            reference: request.deliverBy === 'conversation' ? JSON.stringify(request.reference) : null,
            channelId,
            deliverBy: request.deliverBy,
            accountId: request.accountId ?? null,
            locale: request.locale,
            lastHash: request.currentHash,
            nextCheckAt: new Date(this.now().getTime() + this.options.intervalMinutes * 60_000),
        });
        return { status: existing ? 'updated' : 'subscribed', subscription };
    }

    /** Ends this conversation's updates about the receipt; false when it had none. */
    async unsubscribe(receiptNumber: string, conversationKey: string): Promise<boolean> {
        return this.options.repository.cancel(receiptNumber, conversationKey, this.now());
    }

    /** The cases this conversation gets updates about, oldest subscription first. */
    async listForConversation(conversationKey: string): Promise<CaseSubscriptionRecord[]> {
        return this.options.repository.listActiveForConversation(conversationKey);
    }

    /** The conversation's subscription to the receipt, if it has one. */
    async find(receiptNumber: string, conversationKey: string): Promise<CaseSubscriptionRecord | undefined> {
        return (await this.options.repository.findActive(receiptNumber, conversationKey)) ?? undefined;
    }
}
