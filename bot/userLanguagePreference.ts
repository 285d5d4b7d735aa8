import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { LanguagePreference } from '../conversation/languagePreference';

/** Keeps the chosen language in user state, so it follows the user into later conversations on the same channel. */
export class UserStateLanguagePreference implements LanguagePreference {
    private readonly language: StatePropertyAccessor<string | undefined>;
    private readonly offered: StatePropertyAccessor<boolean | undefined>;

    constructor(userState: BotState) {
        this.language = userState.createProperty<string | undefined>('language');
        this.offered = userState.createProperty<boolean | undefined>('languageOffered');
    }

    get(context: TurnContext): Promise<string | undefined> {
        return this.language.get(context);
    }

    set(context: TurnContext, language: string): Promise<void> {
        return this.language.set(context, language);
    }

    async wasOffered(context: TurnContext): Promise<boolean> {
        return (await this.offered.get(context)) === true;
    }

    markOffered(context: TurnContext): Promise<void> {
        return this.offered.set(context, true);
    }
}
