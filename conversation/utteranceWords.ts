import type { TurnContext } from 'botbuilder';
import { foldUtterance } from '../locales';
import { phrases, turnLanguage, turnPhrases, type LocalePhrases } from './turnLanguage';

/**
 * A message is folded several times in its turn (menu words, the question's options, cue words): the last few folds
 * are kept, and only a few, so what people type does not linger in the process.
 */
const MEMO_MAX_CHARS = 200;
const RECENT_FOLDS = 16;
const recentFolds = new Map<string, string>();

/**
 * An utterance as plain words for matching, in any script: folded (case, accents, surrounding punctuation),
 * apostrophes dropped ("don't" = "dont") and every sign that is not a letter or a digit a space ("2-step" = "2 step",
 * "¿qué?" = "que", "案件状态？" = "案件状态").
 */
export function plainWords(text: string): string {
    if (text.length > MEMO_MAX_CHARS) return toPlainWords(text);
    let words = recentFolds.get(text);
    if (words === undefined) {
        words = toPlainWords(text);
        recentFolds.set(text, words);
        if (recentFolds.size > RECENT_FOLDS) recentFolds.delete(recentFolds.keys().next().value as string);
    }
    return words;
}

/** Folds of the locales' own words (labels, synonyms, cue words): a bounded set, kept for the life of the process. */
const phraseFolds = new Map<string, string>();

/** plainWords for a text that comes from a locale file, never from a user. */
export function plainPhrase(phrase: string): string {
    let words = phraseFolds.get(phrase);
    if (words === undefined) {
        words = toPlainWords(phrase);
        phraseFolds.set(phrase, words);
    }
    return words;
}

function toPlainWords(text: string): string {
    const words = foldUtterance(text)
        .replace(/['’`]/g, '')
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .replace(SCRIPT_SEAM, ' ')
        .trim()
        .replace(SPANISH_DROPPED_H, (_match, before: string, helper: string) => `${before}h${helper}`)
        .replace(MISSPELLED, (word) => MISSPELLINGS[word]);
    return words === '' ? emojiSaid(text) : words;
}

/**
 * A message of emoji alone, which the folding above leaves empty: a thumbs-up or an OK hand says "ok" (an
 * acknowledgement, and a yes where one is asked, in every language here), folded hands or a heart "thanks" (before:
 * "Sorry, I can't help with that", or "please answer yes or no"). Skin tones and the emoji variation selector do not
 * count.
 */
const EMOJI_WORDS: ReadonlyArray<readonly [emoji: RegExp, words: string]> = [
    [/^(?:👍|👌|🆗|✅|✔)+$/u, 'ok'],
    [/^(?:🙏|❤|♥|💕|💖|💗|💙|😊|🥰|🤗|🙌)+$/u, 'thanks'],
];

function emojiSaid(text: string): string {
    const bare = text.replace(/[\s\u{FE0F}\u{1F3FB}-\u{1F3FF}]/gu, '');
    return EMOJI_WORDS.find(([emoji]) => emoji.test(bare))?.[1] ?? '';
}

/**
 * The words of this chat's own topics as people often misspell them on a small keyboard, each with its spelling: every
 * list is written spelled, and "i lost my recipt" or "when is my apointment" matched none. Words of no other meaning in
 * the languages this chat speaks; a word absent from every list is left to the classifier, which reads letters.
 */
const MISSPELLINGS: Readonly<Record<string, string>> = {
    recipt: 'receipt',
    reciept: 'receipt',
    receit: 'receipt',
    reciet: 'receipt',
    recipts: 'receipts',
    reciepts: 'receipts',
    statis: 'status',
    stauts: 'status',
    staus: 'status',
    acount: 'account',
    accout: 'account',
    pasword: 'password',
    passwrod: 'password',
    adress: 'address',
    addres: 'address',
    apointment: 'appointment',
    appointement: 'appointment',
    appoinment: 'appointment',
    apointement: 'appointment',
    intervew: 'interview',
    interveiw: 'interview',
    imigration: 'immigration',
    citizenchip: 'citizenship',
    citizinship: 'citizenship',
    sitizenship: 'citizenship',
    greencard: 'green card',
    grencard: 'green card',
    uscsi: 'uscis',
    usics: 'uscis',
};
const MISSPELLED = new RegExp(`(?<=^|\\s)(?:${Object.keys(MISSPELLINGS).join('|')})(?=\\s|$)`, 'g');

/**
 * Spanish written as it sounds drops the silent h of "ha", "he" and "han" before a participle: "no me a llegado", "no
 * e recibido nada", "ya an pasado 6 meses". After a word that comes before them (no, me, ya...), the h is put back, so
 * every list written with it matches. Elsewhere "a" and "e" stay what they are ("voy a", "padre e hijo").
 */
const SPANISH_DROPPED_H = /(?<=^|\s)((?:no|me|se|le|lo|la|los|las|les|nos|te|ya|nunca|aun|todavia) )(a|e|an)(?= \p{L}+(?:ad|id)[oa]s?(?:\s|$))/gu;

/** Whether `text` holds a long number (six digits or more, spaces and dashes aside): a receipt, a phone, an account number. */
export function hasLongNumber(text: string): boolean {
    return /\d{6,}/.test(text.replace(/[\s-]/g, ''));
}

/** Scripts written without spaces between words: a phrase in them is found inside a run of their characters. */
const UNSPACED_LETTERS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}';
const UNSPACED = new RegExp(`[${UNSPACED_LETTERS}]`, 'u');

/** True when `text` has letters of a script written without spaces (Chinese, Japanese): see containsWords. */
export function hasUnspacedLetters(text: string): boolean {
    return UNSPACED.test(text);
}

/**
 * Where Chinese or Japanese meets Latin letters or digits with no space ("取消I-130申请", "我的EAD丢了"): a word ends
 * there, as a space would say, so "i 130" and "申请" are each found whole.
 */
const SCRIPT_SEAM = new RegExp(`(?<=[${UNSPACED_LETTERS}])(?=[\\p{Script=Latin}\\p{N}])|(?<=[\\p{Script=Latin}\\p{N}])(?=[${UNSPACED_LETTERS}])`, 'gu');

/**
 * True when `phrase` (plain words) occurs in `said` (plain words) as whole words. Chinese has no spaces, so a Chinese
 * phrase also counts inside a run of Chinese characters ("案件状态" in "我想查案件状态"), but never inside a word of
 * another script.
 */
export function containsWords(said: string, phrase: string): boolean {
    return wordsAt(said, phrase) !== -1;
}

/** Where containsWords finds `phrase` in `said` (the index of its first character), or -1. */
function wordsAt(said: string, phrase: string): number {
    if (phrase === '') return -1;
    const spaced = ` ${said} `.indexOf(` ${phrase} `);
    if (spaced !== -1) return spaced;
    return UNSPACED.test(phrase) ? insideRunAt(said, phrase) : -1;
}

/** Where a phrase of an unspaced script stands in `said` with edges that fit (see edgeFits), or -1. */
function insideRunAt(said: string, phrase: string): number {
    for (let at = said.indexOf(phrase); at !== -1; at = said.indexOf(phrase, at + 1)) {
        if (edgeFits(said[at - 1], phrase[0]) && edgeFits(said[at + phrase.length], phrase[phrase.length - 1])) return at;
    }
    return -1;
}

/**
 * `said` (plain words) without the phrases (plain words) where containsWords finds them, the longest first, so "you
 * dont understand me" goes whole before "you dont understand" is looked for.
 */
export function withoutPhrases(said: string, phrases: Iterable<string>): string {
    let rest = said;
    for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
        for (let at = wordsAt(rest, phrase); at !== -1; at = wordsAt(rest, phrase)) {
            rest = `${rest.slice(0, at)} ${rest.slice(at + phrase.length)}`.replace(/ {2,}/g, ' ').trim();
        }
    }
    return rest;
}

/**
 * `said` (plain words) cut where the phrases stand as whole words (see containsWords), without them, the longest first:
 * "check my status and find my number" at "and" is "check my status" and "find my number". Unlike withoutPhrases, the
 * words either side of a cut are never read together again.
 */
export function splitAtPhrases(said: string, phrases: Iterable<string>): string[] {
    let rest = said;
    for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
        for (let at = wordsAt(rest, phrase); at !== -1; at = wordsAt(rest, phrase)) rest = `${rest.slice(0, at)} | ${rest.slice(at + phrase.length)}`;
    }
    return rest
        .split('|')
        .map((part) => part.replace(/ {2,}/g, ' ').trim())
        .filter((part) => part !== '');
}

/** True when `said` (plain words) opens with `phrase` as whole words ("我刚寄出去" opens with "我刚寄": Han joins). */
export function opensWithWords(said: string, phrase: string): boolean {
    return phrase !== '' && said.startsWith(phrase) && edgeFits(said[phrase.length], phrase[phrase.length - 1]);
}

/** True when `said` (plain words) ends with `phrase` as whole words ("我的邮箱是" ends with "邮箱是": Han joins). */
export function endsWithWords(said: string, phrase: string): boolean {
    return phrase !== '' && said.endsWith(phrase) && edgeFits(said[said.length - phrase.length - 1], phrase[0]);
}

/** A phrase's edge may touch the next character when one is a space or the end, or when both are unspaced script. */
function edgeFits(outside: string | undefined, inside: string): boolean {
    return outside === undefined || outside === ' ' || (UNSPACED.test(outside) && UNSPACED.test(inside));
}

/** Plain-word versions of phrase lists, per list: a phrase list is the same frozen array for a key every time. */
const plainCache = new WeakMap<readonly string[], ReadonlySet<string>>();

/** A phrase list as plain words, as a set. */
export function plainPhraseSet(list: readonly string[]): ReadonlySet<string> {
    let found = plainCache.get(list);
    if (!found) {
        found = new Set(list.map(plainPhrase).filter((words) => words !== ''));
        plainCache.set(list, found);
    }
    return found;
}

/** The phrases of a locale key as plain words, in the turn's language (or the one given). */
export function plainPhrases(context: TurnContext, key: string, language = turnLanguage(context)): ReadonlySet<string> {
    return plainPhraseSet(phrases(context, key, language));
}

/**
 * True when `said` (plain words) contains one of the phrases of a locale key, as whole words (see containsWords); in
 * the turn's language unless another is named.
 */
export function containsAnyPhrase(context: TurnContext, key: string, said: string, language?: string): boolean {
    return matchesAny(said, matcherFor(turnPhrases(context, language), key));
}

/**
 * True when `said` (plain words) contains one of `phrases` (plain words) as whole words: containsWords for any of
 * them.
 */
export function containsAnyOf(said: string, phrases: ReadonlySet<string>): boolean {
    return matchesAny(said, matcherOf(phrases));
}

/** Each language's matchers by locale key, per i18n instance (weakly held by its LocalePhrases). */
const matchersByKey = new WeakMap<LocalePhrases, Map<string, PhraseMatcher>>();

/**
 * A locale key's matcher in one language, one lookup once found: not again through the list's plain words and its
 * set's matcher, which was most of the time a list took to read (bench/README.md, 2026-12-07).
 */
function matcherFor(locale: LocalePhrases, key: string): PhraseMatcher {
    let known = matchersByKey.get(locale);
    if (!known) matchersByKey.set(locale, (known = new Map()));
    let matcher = known.get(key);
    if (!matcher) known.set(key, (matcher = matcherOf(plainPhraseSet(locale.list(key)))));
    return matcher;
}

/**
 * containsAnyPhrase for code that reads dozens of lists in the turn's language against each message (the matters): the
 * turn's language is found once, not again for every list.
 *
 * @example
 * const reads = phraseReader(context);
 * reads('understanding.uscisMatters.iceAtDoor.words', plainWords(text));
 */
export function phraseReader(context: TurnContext): (key: string, said: string) => boolean {
    const locale = turnPhrases(context);
    return (key, said) => matchesAny(said, matcherFor(locale, key));
}

function matchesAny(said: string, { spaced, byFirstWord, unspaced }: PhraseMatcher): boolean {
    const { padded, words } = messageOf(said);
    if (words.length < spaced.length) {
        // A phrase found as whole words opens with one of the message's words: only those phrases are looked for.
        for (const word of words) {
            const opening = byFirstWord.get(word);
            if (opening) for (const phrase of opening) if (padded.includes(phrase)) return true;
        }
    } else for (const phrase of spaced) if (padded.includes(phrase)) return true;
    // The unspaced phrases were looked for as whole words above, among the padded ones: now inside a run of their script.
    for (const phrase of unspaced) if (insideRunAt(said, phrase) !== -1) return true;
    return false;
}

/**
 * Whether `said` (plain words) has the words of `key` and none of those of the `notWith` key or keys: "stay longer" is
 * a stay to extend unless it is said with "abroad".
 */
export function saysWordsOf(context: TurnContext, said: string, key: string, notWith?: string | readonly string[]): boolean {
    const notWithKeys = notWith === undefined ? [] : typeof notWith === 'string' ? [notWith] : notWith;
    return containsAnyPhrase(context, key, said) && !notWithKeys.some((notWithKey) => containsAnyPhrase(context, notWithKey, said));
}

/**
 * A phrase set made ready for containsAnyPhrase, once: each phrase with a space on either side (as wordsAt looks for
 * it), the same grouped by their first word, and apart, those in a script written without spaces, which may also be
 * found inside a run of it. A menu message is read against hundreds of lists (the matters' words, what they must be
 * said with and without), so building " phrase " anew for each phrase, and testing each for unspaced letters, was most
 * of that reading's time; then looking for every phrase of a long list in a message of a few words was.
 */
interface PhraseMatcher {
    readonly spaced: readonly string[];
    readonly byFirstWord: ReadonlyMap<string, readonly string[]>;
    readonly unspaced: readonly string[];
}
const matchers = new WeakMap<ReadonlySet<string>, PhraseMatcher>();

function matcherOf(phrases: ReadonlySet<string>): PhraseMatcher {
    let matcher = matchers.get(phrases);
    if (!matcher) {
        const spaced: string[] = [];
        const byFirstWord = new Map<string, string[]>();
        for (const phrase of phrases) {
            const padded = ` ${phrase} `;
            spaced.push(padded);
            const first = phrase.split(' ', 1)[0];
            const opening = byFirstWord.get(first);
            if (opening) opening.push(padded);
            else byFirstWord.set(first, [padded]);
        }
        matcher = { spaced, byFirstWord, unspaced: [...phrases].filter((phrase) => UNSPACED.test(phrase)) };
        matchers.set(phrases, matcher);
    }
    return matcher;
}

/**
 * `said` as containsAnyOf reads it: with a space on either side, and its distinct words. Kept for the next call: one
 * message is read against many lists in a row.
 */
interface ReadMessage {
    readonly padded: string;
    readonly words: readonly string[];
}
let lastSaid = '';
let lastMessage: ReadMessage = { padded: '  ', words: [] };
function messageOf(said: string): ReadMessage {
    if (said !== lastSaid) {
        lastSaid = said;
        lastMessage = { padded: ` ${said} `, words: said === '' ? [] : [...new Set(said.split(' '))] };
    }
    return lastMessage;
}

/**
 * A message "looks like a question" when it ends with "?" or opens with "¿", or when its first words are one of the
 * locale's question openers ("what", "how", "qué", "cómo"), after any words people open with ("ok", "so", "pero").
 * Languages that leave the question word where the answer would go ("我的案子要多久", "hồ sơ của tôi mất bao lâu")
 * list it in `prompts.questionWords`, found anywhere; an entry there that opens with "…" is a closing particle ("…吗",
 * "…không", "…나요"), found last, after at least one word.
 */
export function looksLikeQuestion(context: TurnContext, text: string): boolean {
    const trimmed = text.trim();
    if (/[?？؟]\s*$/.test(trimmed) || trimmed.startsWith('¿')) return true;
    const said = withoutLeadIns(plainWords(trimmed), plainPhrases(context, 'prompts.questionLeadIns'));
    if ([...plainPhrases(context, 'prompts.questionStarts')].some((opener) => said === opener || said.startsWith(`${opener} `) || (UNSPACED.test(opener) && said.startsWith(opener)))) return true;
    const { anywhere, last } = questionWordsOf(phrases(context, 'prompts.questionWords'));
    return anywhere.some((words) => containsWords(said, words)) || last.some((ending) => endsWithParticle(said, ending));
}

/**
 * `said` without the words people open with before they ask ("ok what should I do now", "y pero cómo lo pido", "그럼
 * 언제 와요"): at most three, and never the last word.
 */
function withoutLeadIns(said: string, leadIns: ReadonlySet<string>): string {
    let rest = said;
    for (let words = 0; words < 3; words += 1) {
        const before = rest;
        for (const leadIn of leadIns) {
            if (rest.startsWith(`${leadIn} `)) {
                rest = rest.slice(leadIn.length + 1);
                break;
            }
        }
        if (rest === before) break;
    }
    return rest;
}

/** A locale's question words split into those found anywhere and the closing particles, as plain words, per list. */
const questionWordCache = new WeakMap<readonly string[], { anywhere: string[]; last: string[] }>();

function questionWordsOf(list: readonly string[]): { anywhere: string[]; last: string[] } {
    let split = questionWordCache.get(list);
    if (!split) {
        const plain = (entries: readonly string[]) => entries.map(plainPhrase).filter((words) => words !== '');
        split = { anywhere: plain(list.filter((entry) => !entry.startsWith('…'))), last: plain(list.filter((entry) => entry.startsWith('…'))) };
        questionWordCache.set(list, split);
    }
    return split;
}

/** Scripts whose question endings are written onto the last word (Korean "끝나요", Chinese "好吗"). */
const JOINED_ENDINGS = /^[\p{Script=Han}\p{Script=Hangul}]/u;

/** True when `said` ends with `ending` after something else: a word of its own, or joined in a script that joins it. */
function endsWithParticle(said: string, ending: string): boolean {
    if (said.length <= ending.length || !said.endsWith(ending)) return false;
    const before = said[said.length - ending.length - 1];
    return before === ' ' || (JOINED_ENDINGS.test(ending) && /\p{L}/u.test(before));
}
