import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import type { LanguagePreference } from '../conversation/languagePreference';
import type { ChineseScript } from '../locales/chineseScript';

/** Keeps the chosen language in user state, so it follows the user into later conversations on the same channel. */
export class UserStateLanguagePreference implements LanguagePreference {
    private readonly language: StatePropertyAccessor<string | undefined>;
    private readonly offered: StatePropertyAccessor<boolean | undefined>;
    private readonly writes: StatePropertyAccessor<ChineseScript | undefined>;

    constructor(userState: BotState) {
        this.language = userState.createProperty<string | undefined>('language');
        this.offered = userState.createProperty<boolean | undefined>('languageOffered');
        this.writes = userState.createProperty<ChineseScript | undefined>('script');
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

    script(context: TurnContext): Promise<ChineseScript | undefined> {
        return this.writes.get(context);
    }

    setScript(context: TurnContext, script: ChineseScript): Promise<void> {
        return this.writes.set(context, script);
    }
}
