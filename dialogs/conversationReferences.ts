import type { TurnContext } from 'botbuilder';

/** Remembers how to reach this conversation again, so something that happens outside the chat can continue it. */
export interface ConversationReferences {
    remember(context: TurnContext): Promise<void>;
}

/** Sent into a conversation when its user set a password on the password page. */
export const PASSWORD_SET_EVENT = 'sendero.passwordSet';
