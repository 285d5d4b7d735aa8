import type { TurnContext } from 'botbuilder';
import type { LanguagePreference } from './languagePreference';
import { switchTurnLanguage, translator } from './turnLanguage';

/** Channels whose page listens for our language event to re-render its own controls. */
const CHANNELS_WITH_LANGUAGE_EVENT = new Set(['directline', 'webchat', 'emulator']);

/** The event the web widget listens for to switch its own interface language. */
export const LANGUAGE_CHANGED_EVENT = 'sendero.languageChanged';

/** Saves the user's language, switches this turn to it, confirms in that language and tells the page. */
export async function changeLanguage(context: TurnContext, preference: LanguagePreference, language: string): Promise<void> {
    await preference.set(context, language);
    switchTurnLanguage(context, language);
    await context.sendActivity(translator(context)('language.changed'));
    if (CHANNELS_WITH_LANGUAGE_EVENT.has(context.activity.channelId)) {
        await context.sendActivity({ type: 'event', name: LANGUAGE_CHANGED_EVENT, value: language });
    }
}
