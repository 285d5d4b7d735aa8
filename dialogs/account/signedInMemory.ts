import type { TurnContext } from 'botbuilder';
import { conversationKey } from '../../conversation/conversationKey';
import { SESSION_IDLE_MINUTES } from '../../services/accounts/signInSessions';
import type { ConversationServices } from '../conversationServices';

/** Remembers in user state that this conversation is signed in to `accountId`, with the idle deadline from now. */
export async function rememberSignedIn(services: ConversationServices, context: TurnContext, accountId: string): Promise<void> {
    const now = services.now?.() ?? new Date();
    const expiresAt = new Date(now.getTime() + SESSION_IDLE_MINUTES * 60_000).toISOString();
    await services.signedIn.set(context, { accountId, expiresAt, conversationKey: conversationKey(context) });
}

/**
 * Signs the conversation in to an account it has just proven (a finished sign-up: email code and second step), in
 * the store and in user state, so the next flow that needs sign-in does not ask again.
 */
export async function beginSignedInSession(services: ConversationServices, context: TurnContext, accountId: string): Promise<void> {
    await services.accounts.sessions.begin(conversationKey(context), accountId);
    await rememberSignedIn(services, context, accountId);
}

/**
 * Ends this conversation's sign-in ("sign out"), in the store and in user state: the counterpart of
 * beginSignedInSession. Whether it was signed in (a session the store has already ended for idleness was not).
 */
export async function endSignedInSession(services: ConversationServices, context: TurnContext): Promise<boolean> {
    const key = conversationKey(context);
    const signedIn = await services.accounts.sessions.isSignedIn(key);
    if (signedIn) await services.accounts.sessions.end(key);
    await services.signedIn.clear(context);
    return signedIn;
}
