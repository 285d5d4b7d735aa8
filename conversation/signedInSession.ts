import type { TurnContext } from 'botbuilder';

/**
 * What a conversation remembers of its sign-in, so every flow that needs it (find my number's look-up, later adding
 * a case and my cases) honours one sign-in. The store's session stays the source of truth for expiry and idle time:
 * this is the account and the deadline as last seen, checked against the store before it is trusted.
 */
export interface SignedInSession {
    accountId: string;
    /** ISO time after which the session has sat idle too long (15 minutes after its last use). */
    expiresAt: string;
    /** The conversation key the session belongs to (user state follows a user into other conversations). */
    conversationKey: string;
}

/** Where the signed-in session is kept between turns (user state). */
export interface SignedInSessions {
    get(context: TurnContext): Promise<SignedInSession | undefined>;
    set(context: TurnContext, session: SignedInSession): Promise<void>;
    clear(context: TurnContext): Promise<void>;
}
