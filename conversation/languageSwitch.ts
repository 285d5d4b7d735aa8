import type { TurnContext } from 'botbuilder';
import { channelTraits } from './channelTraits';
import { LANGUAGE_CHANGED_EVENT } from './eventNames';
import type { LanguagePreference } from './languagePreference';
import { switchTurnLanguage, translator } from './turnLanguage';

/** Saves the user's language, switches this turn to it, confirms in that language and tells the page. */
export async function changeLanguage(context: TurnContext, preference: LanguagePreference, language: string): Promise<void> {
    await preference.set(context, language);
    switchTurnLanguage(context, language);
    await context.sendActivity(translator(context)('language.changed'));
    if (channelTraits(context).languageEvent) {
        await context.sendActivity({ type: 'event', name: LANGUAGE_CHANGED_EVENT, value: language });
    }
}
