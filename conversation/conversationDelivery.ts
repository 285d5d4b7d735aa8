import type { Activity, ConversationReference, TurnContext } from 'botbuilder';

/**
 * Reaches a conversation outside a turn of it, on whichever channel it is (the built-in web chat's Direct Line, a
 * Bot Framework channel such as Teams or Azure's SMS), from a reference stored earlier (ConversationReferences).
 * The password page uses it to continue the chat that sent the link; status notifications and the hand-off to a
 * person will use it next.
 *
 * @example
 * const reference = await references.find(key);
 * if (reference) await delivery.send(reference, [{ type: 'message', text: t('status.changed') }]);
 */
export interface ConversationDelivery {
    /** Sends activities into the conversation as the bot. */
    send(reference: Partial<ConversationReference>, activities: Array<Partial<Activity>>): Promise<void>;
    /**
     * Runs `logic` as a turn of the conversation, through the channel's middleware (turn log, lock, language), e.g. to
     * hand an event to the dialog that waits for it.
     */
    continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}
