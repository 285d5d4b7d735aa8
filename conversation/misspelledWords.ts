import { loadTranslations } from '../locales';
import { stringsIn, trainingExamples } from './languageDetection';
import { plainWords } from './utteranceWords';

/** Words this short are put right only by a letter they lack ("wen" → "when"): one changed letter makes another word. */
const SHORTEST_CHANGED = 4;
const SHORTEST_FIXED = 3;

/**
 * A word the texts use only once is no proof of a spelling: "los" (of "Los Angeles") in the English texts, or a
 * misspelling a list keeps on purpose. It is put right like an unknown word, and never offered as a correction.
 */
const KNOWN_AT = 2;

/** A folded word of Latin letters alone: no digits or marks (an email, a receipt number), no other script. */
const LETTERS_ONLY = /^[a-z]+$/;

/**
 * A message with its misspelled words put right, for the menu to read again when it understood nothing ("wen is my
 * intervew", "i los my grencard", "wat is biometrics"): people type on small phones, often in a second language. Each
 * word the language's own texts (its locale files and the classifier's training examples) use less than twice becomes
 * the word they use most that is a single edit away (a letter added, dropped or changed, or two swapped); a tie, or
 * none, leaves it as typed. Words with digits or other marks (an email, a receipt number) and scripts written without
 * spaces are left as typed. Undefined when nothing changed. `texts` are the language's locale texts: those a turn's i18n
 * instance already holds (turnLocaleTexts), or, without one, the files.
 *
 * @example
 * withMisspellingsFixed('en', 'wen is my interview?') // 'when is my interview?'
 */
export function withMisspellingsFixed(language: string, text: string, texts: () => unknown = () => loadTranslations(language)): string | undefined {
    // The vocabulary is built only for a message that has a word it could put right (none in Chinese or Korean).
    const mayFix = (word: string) => LETTERS_ONLY.test(word) && word.length >= SHORTEST_FIXED;
    if (!plainWords(text).split(' ').some(mayFix)) return undefined;
    const vocabulary = vocabularyOf(language, texts);
    let changed = false;
    const fixed = text.replace(/[\p{L}\p{M}']+/gu, (typed) => {
        const word = plainWords(typed);
        if (!mayFix(word) || (vocabulary.get(word) ?? 0) >= KNOWN_AT) return typed;
        const replacement = mostUsedOneEditAway(vocabulary, word);
        if (replacement === undefined) return typed;
        changed = true;
        return replacement;
    });
    return changed ? fixed : undefined;
}

/** How often each word appears in a language's locale texts and training examples, built the first time it is asked. */
const vocabularies = new Map<string, ReadonlyMap<string, number>>();

function vocabularyOf(language: string, texts: () => unknown): ReadonlyMap<string, number> {
    let vocabulary = vocabularies.get(language);
    if (!vocabulary) {
        const counts = new Map<string, number>();
        for (const text of [...stringsIn(texts()), ...trainingExamples(language)]) {
            for (const word of plainWords(text).split(' ')) if (LETTERS_ONLY.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
        }
        vocabularies.set(language, (vocabulary = counts));
    }
    return vocabulary;
}

function mostUsedOneEditAway(vocabulary: ReadonlyMap<string, number>, word: string): string | undefined {
    let best: string | undefined;
    let bestCount = 0;
    let tied = false;
    for (const [known, count] of vocabulary) {
        if (word.length < SHORTEST_CHANGED && known.length !== word.length + 1) continue;
        if (count < Math.max(bestCount, KNOWN_AT) || !oneEditApart(word, known)) continue;
        if (count === bestCount) tied = true;
        else [best, bestCount, tied] = [known, count, false];
    }
    return tied ? undefined : best;
}

/** Whether `a` becomes `b` by one letter added, dropped or changed, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
    if (Math.abs(a.length - b.length) > 1 || a === b) return false;
    let start = 0;
    while (start < a.length && start < b.length && a[start] === b[start]) start++;
    let endA = a.length;
    let endB = b.length;
    while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) [endA, endB] = [endA - 1, endB - 1];
    const [restA, restB] = [endA - start, endB - start];
    if (restA + restB === 1 || (restA === 1 && restB === 1)) return true;
    return restA === 2 && restB === 2 && a[start] === b[start + 1] && a[start + 1] === b[start];
}
