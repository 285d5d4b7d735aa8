import fs from 'node:fs';
import path from 'node:path';
import { localesDirectory } from '../locales';
import { guessLanguages } from './languageGuesser';
import { SPOKEN_TASK_INTENTS, TASK_INTENTS } from './recognizer';
import type { LocalePhrases } from './turnLanguage';
import { plainWords } from './utteranceWords';

/**
 * Which supported language a short message is written in, offline.
 *
 * The script decides for Korean (Hangul), Chinese (Han) and Arabic. Latin-script messages are harder: a statistical
 * guesser (tinyld, restricted to the supported languages) is unreliable on one or two words ("hola" gets nothing,
 * "estado de mi caso" gets Esperanto without the restriction), so its guess is combined with each language's own
 * words: a short list of that language's most common words below, and the words of its locale files (interruption
 * words, menu options, yes/no words, language names, the intent classifier's training examples). A one- or two-word
 * message that is in no language's word list is not detected at all: it may be a name.
 *
 * Identifiers (receipt numbers, emails, links, anything with a digit: codes, A-Numbers, phone numbers, form names)
 * are removed first, so they never make a message look like a language.
 */

/**
 * The words of one language that the detector knows, folded (see plainWords), each with how much it says about the
 * language: 1 for its most common words, LIST_WEIGHT for the locale's word lists, TRAINING_WEIGHT for words seen only
 * in the classifier's examples (which also hold names, code-switching and typos).
 */
export type LanguageVocabulary = ReadonlyMap<string, number>;

const COMMON_WEIGHT = 1;
export const LIST_WEIGHT = 0.6;
export const TRAINING_WEIGHT = 0.25;

export interface DetectedLanguage {
    language: string;
    /** 0 to 1: how much of the evidence points to this language. */
    confidence: number;
    /** What decided: the writing system, or the words (with the guesser). */
    by: 'script' | 'words';
}

export interface DetectionOptions {
    /** The languages that may be answered (those with a locale folder). */
    supported: readonly string[];
    /** Each language's known words; a language without an entry is known only by the common words below. */
    vocabularies?: ReadonlyMap<string, LanguageVocabulary>;
}

/** Below this share of the evidence a Latin-script guess does not count. */
export const MIN_CONFIDENCE = 0.5;
/** The best language must lead the next one by this much. */
const MIN_LEAD = 0.15;

/** Writing systems that name one supported language each. */
const SCRIPT_LANGUAGES: ReadonlyArray<{ language: string; pattern: RegExp; weight: number }> = [
    // One Han character or Hangul syllable carries about as much as a Latin word: weigh them against Latin letters.
    { language: 'ko', pattern: /\p{Script=Hangul}/gu, weight: 3 },
    { language: 'zh', pattern: /\p{Script=Han}/gu, weight: 4 },
    { language: 'ar', pattern: /\p{Script=Arabic}/gu, weight: 1 },
];

/**
 * Each language's most common everyday words (folded: no accents), which a message of a few words is likely to use.
 * Not text for users: the locale files add the rest.
 */
const COMMON_WORDS: Readonly<Record<string, string>> = {
    en: 'hi hello hey good morning i im my me you your is are was the a an to of and in on for with from what whats how where when why who can could do does did dont need want would like please pls thanks thank help case status account number not have has this that it get check find lost forgot yes no okay',
    es: 'hola buenos buenas dias tardes noches yo mi mis me usted ustedes su es esta estoy el la los las un una de del y en para con que como donde cuando porque por favor gracias quiero quisiera necesito ayuda caso cuenta numero tengo tiene puedo saber perdi olvide si no bien estado solicitud',
    fr: 'bonjour bonsoir salut merci je moi mon ma mes vous votre vos est suis le les un une des du et pour avec quoi comment ou quand pourquoi veux voudrais besoin aide dossier compte numero statut plait oui non ai perdu oublie demande',
    tl: 'kumusta kamusta magandang umaga hapon gabi po opo ako ko ikaw mo ang ng mga sa na si ay ba paano ano saan kailan bakit gusto kailangan tulong salamat akin aking kaso numero hindi oo wala may meron naman lang yung nawala nakalimutan',
    vi: 'xin chao tieng viet toi ban cua va co khong muon can giup cam on ho so tai khoan trang thai kiem tra lam the nao duoc nhe vang da minh em anh chi cho biet bi mat quen',
};

/** Text with its identifiers removed: emails, links, receipt numbers and every word that has a digit. */
export function withoutIdentifiers(text: string): string {
    return text
        .replace(/\S+@\S+/g, ' ')
        .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
        .replace(/\b[A-Za-z]{3}[\s-]?[\dOoIl][\dOoIl\s-]{8,14}[\dOoIl]\b/g, ' ')
        .replace(/\S*\p{N}\S*/gu, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}

/**
 * The language of a message, or undefined when it cannot be told with confidence (too short, no known words, a
 * language that is not supported, identifiers only).
 *
 * @example
 * detectLanguage('¿Cómo encuentro mi número de cuenta?', { supported: ['en', 'es'] }); // { language: 'es', ... }
 * detectLanguage('EAC9999103403', { supported: ['en', 'es'] }); // undefined
 */
export function detectLanguage(text: string, options: DetectionOptions): DetectedLanguage | undefined {
    const clean = withoutIdentifiers(text);
    if (!/\p{L}/u.test(clean)) return undefined;
    const byScript = detectByScript(clean, options.supported);
    if (byScript !== 'latin') return byScript;
    return detectLatin(clean, options);
}

/** The language the writing system names, 'latin' to look at the words, or undefined (a script no language uses). */
function detectByScript(text: string, supported: readonly string[]): DetectedLanguage | undefined | 'latin' {
    const latin = (text.match(/\p{Script=Latin}/gu) ?? []).length;
    const scored = SCRIPT_LANGUAGES.map(({ language, pattern, weight }) => ({ language, score: (text.match(pattern) ?? []).length * weight }));
    const best = scored.reduce((top, entry) => (entry.score > top.score ? entry : top));
    const letters = (text.match(/\p{L}/gu) ?? []).length;
    if (best.score === 0) return latin > 0 && latin >= letters / 2 ? 'latin' : undefined;
    if (best.score < latin) return 'latin';
    if (!supported.includes(best.language)) return undefined;
    const total = latin + scored.reduce((sum, entry) => sum + entry.score, 0);
    return { language: best.language, confidence: best.score / total, by: 'script' };
}

function detectLatin(text: string, options: DetectionOptions): DetectedLanguage | undefined {
    const scriptLanguages = new Set(SCRIPT_LANGUAGES.map((entry) => entry.language));
    const candidates = options.supported.filter((language) => !scriptLanguages.has(language));
    if (candidates.length === 0) return undefined;
    const words = plainWords(text)
        .split(' ')
        .filter((word) => /\p{Script=Latin}/u.test(word));
    if (words.length === 0) return undefined;

    const vocabularies = new Map(candidates.map((language) => [language, vocabularyOf(language, options.vocabularies)]));
    const wordScores = scoreWords(words, vocabularies);
    // One or two words in no language's list may be a name ("Maria Lopez"): not a language. Training examples do not
    // count for this: they hold names and borrowed words.
    const listed = (language: string) => words.some((word) => (vocabularies.get(language)?.get(word) ?? 0) >= LIST_WEIGHT);
    if (words.length <= 2 && !candidates.some(listed)) return undefined;

    const guesses = guessScores(text, candidates);
    // Short messages rest on the word lists; longer ones on the guesser as much as on the words. A guesser that does
    // not name the language most of the words belong to has not recognised it (tinyld knows Vietnamese by its
    // accents, and many type it without them): it then counts for little.
    const wordLeader = [...wordScores].reduce((top, entry) => (entry[1] > top[1] ? entry : top))[0];
    const guessWeight = !guesses.has(wordLeader) ? 0.1 : words.length <= 2 ? 0.3 : 0.4;
    const combined = candidates
        .map((language) => ({ language, score: (1 - guessWeight) * (wordScores.get(language) ?? 0) + guessWeight * (guesses.get(language) ?? 0) }))
        .sort((a, b) => b.score - a.score);
    const [best, next] = combined;
    const total = combined.reduce((sum, entry) => sum + entry.score, 0);
    if (!best || best.score === 0 || total === 0) return undefined;
    const confidence = best.score / total;
    if (confidence < MIN_CONFIDENCE || (next && (best.score - next.score) / total < MIN_LEAD)) return undefined;
    if (words.length <= 2 && !listed(best.language)) return undefined;
    return { language: best.language, confidence, by: 'words' };
}

/** Merged vocabularies per given set of locale vocabularies (read once per process, see localeVocabularies). */
const mergedVocabularies = new WeakMap<ReadonlyMap<string, LanguageVocabulary>, Map<string, LanguageVocabulary>>();
/** Without locale vocabularies: the common words alone. */
const commonOnly = new Map<string, LanguageVocabulary>();

/**
 * The common words of a language joined with what its locale gave. Made once per language and set of vocabularies:
 * a locale's vocabulary holds thousands of words (its training examples), and copying it per message took
 * milliseconds.
 */
function vocabularyOf(language: string, given: ReadonlyMap<string, LanguageVocabulary> | undefined): LanguageVocabulary {
    let byLanguage = given ? mergedVocabularies.get(given) : commonOnly;
    if (!byLanguage) mergedVocabularies.set(given!, (byLanguage = new Map()));
    let merged = byLanguage.get(language);
    if (!merged) {
        const words = new Map(given?.get(language) ?? []);
        for (const word of COMMON_WORDS[language]?.split(' ') ?? []) words.set(word, COMMON_WEIGHT);
        byLanguage.set(language, (merged = words));
    }
    return merged;
}

/**
 * Per language, the share of the message's words that are its words, by weight. A word several languages share
 * ("no", "la") counts for each of them in part, so it cannot decide alone.
 */
function scoreWords(words: readonly string[], vocabularies: ReadonlyMap<string, LanguageVocabulary>): Map<string, number> {
    const scores = new Map<string, number>([...vocabularies.keys()].map((language) => [language, 0]));
    for (const word of words) {
        const weights = [...vocabularies].map(([language, vocabulary]) => [language, vocabulary.get(word) ?? 0] as const);
        const total = weights.reduce((sum, [, weight]) => sum + weight, 0);
        if (total === 0) continue;
        const strongest = Math.max(...weights.map(([, weight]) => weight));
        // Shared by weight, and scaled by how sure the strongest source is: a training-only word counts for less.
        for (const [language, weight] of weights) scores.set(language, (scores.get(language) ?? 0) + ((weight / total) * strongest) / words.length);
    }
    return scores;
}

/** The guesser's view, as shares summing to 1 over the languages it named (none on text too short for it). */
function guessScores(text: string, candidates: readonly string[]): Map<string, number> {
    const guesses = guessLanguages(text, candidates);
    const total = guesses.reduce((sum, guess) => sum + guess.accuracy, 0);
    return new Map(total > 0 ? guesses.map((guess) => [guess.lang, guess.accuracy / total] as [string, number]) : []);
}

/** The locale lists whose words say which language a message is in. */
const VOCABULARY_LISTS = [
    'language.switchWords',
    'interruptions.helpWords',
    'interruptions.cancelWords',
    'interruptions.startOverWords',
    'interruptions.languageWords',
    'prompts.yesNo.yesWords',
    'prompts.yesNo.noWords',
    'prompts.questionStarts',
    'prompts.fillerWords',
];

const vocabularyCache = new Map<string, ReadonlyMap<string, LanguageVocabulary>>();

/**
 * Every supported language's words from its locale: the lists above, the menu's options and synonyms, and the intent
 * classifier's training examples (locales/<lng>/nlu/train.json, when present; never the held-out file). Words another
 * language borrows (the English lists accept "sí") are simply shared, which scoreWords discounts. Read once.
 */
export function localeVocabularies(phrases: LocalePhrases): ReadonlyMap<string, LanguageVocabulary> {
    const cacheKey = phrases.supported.join(',');
    const cached = vocabularyCache.get(cacheKey);
    if (cached) return cached;
    const vocabularies = new Map<string, LanguageVocabulary>();
    for (const language of phrases.supported) {
        const vocabulary = new Map<string, number>();
        const add = (texts: readonly string[], weight: number) => {
            for (const word of texts.flatMap((text) => plainWords(text).split(' '))) {
                if (word !== '' && !/\p{N}/u.test(word) && (vocabulary.get(word) ?? 0) < weight) vocabulary.set(word, weight);
            }
        };
        add([...VOCABULARY_LISTS.flatMap((key) => phrases.list(key, language)), ...menuTexts(phrases, language)], LIST_WEIGHT);
        add(trainingExamples(language), TRAINING_WEIGHT);
        vocabularies.set(language, vocabulary);
    }
    vocabularyCache.set(cacheKey, vocabularies);
    return vocabularies;
}

function menuTexts(phrases: LocalePhrases, language: string): string[] {
    return [
        ...TASK_INTENTS.flatMap((task) => [phrases.text(`menu.options.${task}.title`, language), ...phrases.list(`menu.options.${task}.synonyms`, language)]),
        ...SPOKEN_TASK_INTENTS.flatMap((task) => phrases.list(`menu.spoken.${task}.synonyms`, language)),
    ];
}

/** Every string in locales/<lng>/nlu/train.json, whatever its shape; none when the file is absent or unreadable. */
export function trainingExamples(language: string): string[] {
    const file = path.join(localesDirectory(), language, 'nlu', 'train.json');
    if (!fs.existsSync(file)) return [];
    try {
        return stringsIn(JSON.parse(fs.readFileSync(file, 'utf8')) as unknown);
    } catch {
        // A file being written by hand may be half-done; detection then goes on without it.
        return [];
    }
}

/** Every string in a parsed JSON value, whatever its shape. */
export function stringsIn(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (Array.isArray(value)) return value.flatMap(stringsIn);
    if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
    return [];
}
