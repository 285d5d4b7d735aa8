import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { SignedInSession, SignedInSessions } from '../conversation/signedInSession';

/** Keeps the signed-in session ({ accountId, expiresAt }) in user state; ids and times only. */
export class UserStateSignedInSessions implements SignedInSessions {
    private readonly session: StatePropertyAccessor<SignedInSession | undefined>;

    constructor(userState: BotState) {
        this.session = userState.createProperty<SignedInSession | undefined>('signedIn');
    }

    get(context: TurnContext): Promise<SignedInSession | undefined> {
        return this.session.get(context);
    }

    set(context: TurnContext, session: SignedInSession): Promise<void> {
        return this.session.set(context, session);
    }

    clear(context: TurnContext): Promise<void> {
        return this.session.delete(context);
    }
}
