import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { LanguagePreference } from '../conversation/languagePreference';

/** Keeps the chosen language in user state, so it follows the user into later conversations on the same channel. */
export class UserStateLanguagePreference implements LanguagePreference {
    private readonly language: StatePropertyAccessor<string | undefined>;

    constructor(userState: BotState) {
        this.language = userState.createProperty<string | undefined>('language');
    }

    get(context: TurnContext): Promise<string | undefined> {
        return this.language.get(context);
    }

    set(context: TurnContext, language: string): Promise<void> {
        return this.language.set(context, language);
    }
}
