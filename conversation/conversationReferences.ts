import type { ConversationReference, TurnContext } from 'botbuilder';

/**
 * Remembers how to reach this conversation again, so something that happens outside the chat (a password set on the
 * web page, later a case status change) can continue it through ConversationDelivery.
 */
export interface ConversationReferences {
    remember(context: TurnContext): Promise<void>;
    /** The reference remembered under a conversation key (see conversationKey), or undefined. */
    find(key: string): Promise<Partial<ConversationReference> | undefined>;
}
