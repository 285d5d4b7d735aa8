import type { TurnContext } from 'botbuilder';

/** Where a user's chosen language is kept between conversations. */
export interface LanguagePreference {
    get(context: TurnContext): Promise<string | undefined>;
    set(context: TurnContext, language: string): Promise<void>;
}
