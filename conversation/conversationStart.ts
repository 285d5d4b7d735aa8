/** What the bot hands the main dialog when it starts it: a first message that may already name what the user wants. */
export interface ConversationStart {
    /** "check my case status": the menu goes straight there. Used once, never kept in dialog state. */
    utterance?: string;
    /** The welcome was said this turn: a first message that only says hello needs no second hello. */
    welcomed?: boolean;
}
