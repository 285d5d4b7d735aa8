import type { TurnContext } from 'botbuilder';
import { languagesNamedIn } from '../conversation/languageSwitch';
import { supportedLanguages } from '../conversation/turnLanguage';
import { containsAnyPhrase, plainWords } from '../conversation/utteranceWords';

/** Who a message asks speaks a language: a lawyer, or the officer at a USCIS interview or appointment. */
export type LanguageSpeaker = 'lawyer' | 'officer';

/**
 * "Can my lawyer speak Spanish?", "¿el oficial habla español?", "我需要会说中文的律师": a language named as someone else's,
 * not as this chat's. The classifier reads a language named as a wish to chat in it, and switched the chat (or said
 * "we are already speaking Spanish"). A lawyer who speaks it is found where legal help is
 * (`understanding.lawyerLanguageWords`); an officer who speaks it is the interpreter's question
 * (`understanding.officerLanguageWords`). Only with a language named.
 */
export function languageSpeakerAskedAbout(context: TurnContext, text: string): LanguageSpeaker | undefined {
    if (languagesNamedIn(text, supportedLanguages(context)).length === 0) return undefined;
    const said = plainWords(text);
    if (containsAnyPhrase(context, 'understanding.lawyerLanguageWords', said)) return 'lawyer';
    if (containsAnyPhrase(context, 'understanding.officerLanguageWords', said)) return 'officer';
    return undefined;
}
