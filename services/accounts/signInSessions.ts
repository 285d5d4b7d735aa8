import crypto from 'node:crypto';
import type { SignInSessionRepository } from '../../store/signInRepository';
import { NotSignedIn } from './accountErrors';
import { addMinutes, type Clock } from './clock';

/** A signed-in conversation ends after this many minutes without use. */
export const SESSION_IDLE_MINUTES = 15;

/**
 * Which account a conversation is signed in to. One session per conversation key; each use moves the 15-minute
 * idle deadline, and an idle session is ended on the next look.
 */
export class SignInSessions {
    constructor(private readonly deps: { signInSessions: SignInSessionRepository; now: Clock }) {}

    /** Signs the conversation in to the account, replacing any earlier session of that conversation. */
    async begin(conversationKey: string, accountId: string): Promise<void> {
        await this.deps.signInSessions.begin(conversationKey, accountId, this.deps.now(), crypto.randomUUID());
    }

    /** The signed-in account, touching the session. NotSignedIn when there is none or it sat idle 15 minutes. */
    async requireAccountId(conversationKey: string): Promise<string> {
        const session = await this.deps.signInSessions.findByConversation(conversationKey);
        if (!session) throw new NotSignedIn();
        const now = this.deps.now();
        if (now >= addMinutes(session.lastUsedAt, SESSION_IDLE_MINUTES)) {
            await this.deps.signInSessions.delete(session.id);
            throw new NotSignedIn();
        }
        await this.deps.signInSessions.touch(session.id, now);
        return session.accountId;
    }

    /** True when the conversation is signed in (and touches the session, like any use). */
    async isSignedIn(conversationKey: string): Promise<boolean> {
        try {
            await this.requireAccountId(conversationKey);
            return true;
        } catch (error) {
            if (error instanceof NotSignedIn) return false;
            throw error;
        }
    }

    async end(conversationKey: string): Promise<void> {
        await this.deps.signInSessions.endForConversation(conversationKey);
    }

    /** Ends every session of an account, e.g. after its password is reset. */
    async endAllFor(accountId: string): Promise<void> {
        await this.deps.signInSessions.endAllForAccount(accountId);
    }
}
