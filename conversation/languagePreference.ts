import type { TurnContext } from 'botbuilder';
import type { ChineseScript } from '../locales/chineseScript';

/** Where a user's chosen language is kept between conversations. */
export interface LanguagePreference {
    get(context: TurnContext): Promise<string | undefined>;
    set(context: TurnContext, language: string): Promise<void>;
    /**
     * Whether this user was already asked whether to continue in the language their first message was written in:
     * the question is asked once, never again.
     */
    wasOffered(context: TurnContext): Promise<boolean>;
    /** Records that the question was asked. */
    markOffered(context: TurnContext): Promise<void>;
    /** The characters the user last wrote Chinese in, if they ever did (see bindTurnLanguage). */
    script(context: TurnContext): Promise<ChineseScript | undefined>;
    setScript(context: TurnContext, script: ChineseScript): Promise<void>;
}
