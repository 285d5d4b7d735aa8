import type { TurnContext } from 'botbuilder';
import { foldUtterance } from '../locales';
import { phrases, turnLanguage } from './turnLanguage';

/**
 * An utterance as plain words for matching: folded (case, accents, surrounding punctuation), apostrophes dropped
 * ("don't" = "dont") and every other sign a space ("2-step" = "2 step", "¿qué?" = "que").
 */
export function plainWords(text: string): string {
    return foldUtterance(text)
        .replace(/['’`]/g, '')
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
}

/** True when `phrase` (plain words) occurs in `said` (plain words) as whole words. */
export function containsWords(said: string, phrase: string): boolean {
    return phrase !== '' && ` ${said} `.includes(` ${phrase} `);
}

/** Plain-word versions of phrase lists, per list: a phrase list is the same frozen array for a key every time. */
const plainCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A phrase list as plain words, as a set. */
export function plainPhraseSet(list: readonly string[]): ReadonlySet<string> {
    let found = plainCache.get(list);
    if (!found) {
        found = new Set(list.map(plainWords).filter((words) => words !== ''));
        plainCache.set(list, found);
    }
    return found;
}

/** The phrases of a locale key as plain words, in the turn's language (or the one given). */
export function plainPhrases(context: TurnContext, key: string, language = turnLanguage(context)): ReadonlySet<string> {
    return plainPhraseSet(phrases(context, key, language));
}

/**
 * A message "looks like a question" when it ends with "?" or opens with "¿", or when its first words are one of the
 * locale's question openers ("what", "how", "qué", "cómo").
 */
export function looksLikeQuestion(context: TurnContext, text: string): boolean {
    const trimmed = text.trim();
    if (/\?\s*$/.test(trimmed) || trimmed.startsWith('¿')) return true;
    const said = plainWords(trimmed);
    return [...plainPhrases(context, 'prompts.questionStarts')].some((opener) => said === opener || said.startsWith(`${opener} `));
}
