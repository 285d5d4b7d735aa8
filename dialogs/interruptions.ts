import type { TurnContext } from 'botbuilder';
import { foldUtterance } from '../locales';
import { foldedPhrases, supportedLanguages, translator, turnLanguage } from './turnLanguage';

/** Something the user can say in the middle of any question. */
export type Interruption =
    | { kind: 'help' }
    | { kind: 'cancel' }
    | { kind: 'startOver' }
    | { kind: 'chooseLanguage' }
    | { kind: 'switchLanguage'; language: string }
    | { kind: 'talkToPerson' };

/**
 * Recognises an interruption when the whole message is one of the locale's phrases for it. Whole-message matching
 * keeps an answer such as "I need help with my password reset" from being taken as a command. Language names are
 * recognised in every language, so a Spanish speaker can type "español" in an English conversation.
 */
export function recognizeInterruption(context: TurnContext): Interruption | undefined {
    const text = context.activity.type === 'message' ? context.activity.text : undefined;
    if (!text) return undefined;
    const said = foldUtterance(text);
    if (!said) return undefined;
    const matches = (key: string, language?: string) => foldedPhrases(context, key, language).has(said);

    for (const language of supportedLanguages(context)) {
        if (matches('language.switchWords', language)) return { kind: 'switchLanguage', language };
    }
    // The user's language first; then the others, for someone who ended up in a language they do not read.
    const languages = [turnLanguage(context), ...supportedLanguages(context).filter((language) => language !== turnLanguage(context))];
    for (const language of languages) {
        if (matches('interruptions.helpWords', language)) return { kind: 'help' };
        if (matches('interruptions.cancelWords', language)) return { kind: 'cancel' };
        if (matches('interruptions.startOverWords', language)) return { kind: 'startOver' };
        if (matches('interruptions.languageWords', language)) return { kind: 'chooseLanguage' };
        const personTitle = foldUtterance(translator(context)('menu.options.talkToPerson.title', { lng: language }));
        if (matches('menu.options.talkToPerson.synonyms', language) || said === personTitle) return { kind: 'talkToPerson' };
    }
    return undefined;
}
