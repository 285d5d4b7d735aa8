import { Culture, recognizeNumber, recognizeOrdinal } from '@microsoft/recognizers-text-number';
import { LRUCache } from 'lru-cache';
import { typedAscii } from '../services/validators';
import type { LocalePhrases } from './turnLanguage';
import { containsWords, plainPhraseSet, plainWords } from './utteranceWords';

/** One option as the matcher sees it: its label and other ways to say it. */
export interface MatchableChoice {
    title: string;
    synonyms: readonly string[];
}

/** How strictly a message is matched against the options. */
export interface ChoiceMatchRules {
    /** Only the option's digit, title or synonyms (no "one", no "the first one"): for consent. */
    explicitOnly?: boolean;
    /** Only the title or synonyms: no position at all (the options are not the list on screen). */
    byNameOnly?: boolean;
    /** A message that mentions one option's synonym ("the school one") picks it, when it mentions no other option. */
    synonymsInside?: boolean;
    /**
     * For yes/no: a message that opens with the first option's name or synonym and goes on ("yes please tell me",
     * "sí quiero que me avisen", "네 알려주세요") picks it, when it names no other option anywhere. Another option opening
     * the message picks it only before a comma or a full stop ("no, thanks for asking"): "no sé" is not a no.
     */
    leadingAnswer?: boolean;
}

/**
 * Positions up to this are said with each locale's own words (prompts.positionWords.1 to .12): no question has more
 * options, and the words are looked up, never parsed.
 */
const POSITION_WORDS = 12;

/**
 * Microsoft's number recognizers read what the word lists miss ("the 2nd one" is in them; a typo or an odd form may
 * not be) in English, which many users mix in whatever their language, and Chinese. Not in French or Spanish, though
 * the library has them: their models build themselves on the first texts they read, measured here at 6.9 s of CPU for
 * the first French number word and 5.8 s more for the second ("deux", then "deuxième"), 1.8 s in Spanish, each time
 * blocking every conversation of the process. English and Chinese cost under 0.1 s once.
 */
const RECOGNIZER_CULTURES: Readonly<Record<string, string>> = { en: Culture.English, zh: Culture.Chinese, vi: Culture.English, ko: Culture.English, ar: Culture.English, tl: Culture.English };

/** The recognizers' culture for a language, or undefined where they are not asked (see RECOGNIZER_CULTURES). */
export function recognizerCulture(language: string): string | undefined {
    return RECOGNIZER_CULTURES[language];
}

/**
 * The index of the option a message names, or undefined. The WHOLE message must be the option's number (digit, or a
 * number word alone: "two", "dos"), its ordinal ("the first one", "la primera"), its title or one of its synonyms;
 * words such as "the", "option", "la", "opción" around it do not matter. "I have one question" and "I filed 2 forms"
 * name no option. A message that fits two options names none.
 */
export function matchChoice(phrases: LocalePhrases, choices: readonly MatchableChoice[], text: string, rules: ChoiceMatchRules = {}): number | undefined {
    const said = plainWords(text);
    if (said === '') return undefined;
    const filler = plainPhraseSet(phrases.list('prompts.fillerWords'));
    const core = withoutFiller(said, filler);
    const prepared = preparedChoices(choices, filler);

    const named = uniqueIndex(prepared.map(({ names, cores }) => names.includes(said) || (core !== '' && cores.includes(core))));
    if (named !== undefined) return named;

    const position = rules.byNameOnly ? undefined : positionNamed(phrases, core, said, filler, rules);
    if (position !== undefined) return position >= 1 && position <= choices.length ? position - 1 : undefined;

    if (rules.synonymsInside) {
        return uniqueIndex(prepared.map(({ synonyms }) => synonyms.some((synonym) => containsWords(said, synonym))));
    }
    return rules.leadingAnswer ? leadingOption(prepared, said, text) : undefined;
}

/** See ChoiceMatchRules.leadingAnswer. A name of one Latin letter ("y", "n", "k") never opens a longer message. */
function leadingOption(prepared: readonly PreparedChoice[], said: string, text: string): number | undefined {
    const counts = (name: string) => !/^[a-z]$/.test(name);
    const opens = (name: string) => counts(name) && said.startsWith(`${name} `);
    const index = uniqueIndex(prepared.map(({ names }) => names.some(opens)));
    if (index === undefined) return undefined;
    const others = prepared.some(({ names }, other) => other !== index && names.some((name) => counts(name) && containsWords(said, name)));
    if (others) return undefined;
    if (index === 0) return index;
    // Another option: only its name, then a comma or a full stop ("no, thanks"; "不用了，谢谢").
    const stop = text.search(/[,.!;，。、،]/);
    return stop > 0 && prepared[index].names.includes(plainWords(text.slice(0, stop))) ? index : undefined;
}

/**
 * The index of the one option a message names by its title or one of its synonyms anywhere in it ("I forgot my
 * password, what now?"), never by a number or position; undefined when it names none, or two.
 */
export function optionNamedIn(phrases: LocalePhrases, choices: Parameters<typeof matchableChoices>[1], text: string): number | undefined {
    return matchChoice(phrases, matchableChoices(phrases, choices), text, { byNameOnly: true, synonymsInside: true });
}

/**
 * For a first message typed before any question ("I want to check my case status"), after matchChoice found no
 * option: the option whose title or synonym the sentence contains, when it contains one option's words only. Numbers
 * are never read here.
 */
export function choiceNamedInside(choices: readonly MatchableChoice[], text: string): number | undefined {
    const said = plainWords(text);
    return uniqueIndex(choices.map((choice) => namesOf(choice).some((name) => containsWords(said, name))));
}

/**
 * True when every word of a message is a word of the options' names ("yes no", "có không"): an answer that names more
 * than one option, not a question about the step, though it may read as one ("…không" closes a Vietnamese question).
 */
export function madeOfOptionWords(choices: readonly MatchableChoice[], text: string): boolean {
    const said = plainWords(text);
    if (said === '') return false;
    const words = new Set(choices.flatMap((choice) => namesOf(choice).flatMap((name) => name.split(' '))));
    return said.split(' ').every((word) => words.has(word));
}

/** An option's names and synonyms as plain words, and its names without filler words. */
interface PreparedChoice {
    names: string[];
    cores: string[];
    synonyms: string[];
}

/**
 * The same options are matched on every turn of a question, and the menu's on most turns: their plain forms are kept
 * per filler list (one per language) and per option text, in a bounded cache.
 */
const preparedMemo = new WeakMap<ReadonlySet<string>, LRUCache<string, PreparedChoice[]>>();
/** The same, by the option list itself when it is one matchableChoices handed out before (no key to build). */
const preparedByList = new WeakMap<ReadonlySet<string>, WeakMap<readonly MatchableChoice[], PreparedChoice[]>>();

function preparedChoices(choices: readonly MatchableChoice[], filler: ReadonlySet<string>): PreparedChoice[] {
    let byList = preparedByList.get(filler);
    if (!byList) preparedByList.set(filler, (byList = new WeakMap()));
    const known = byList.get(choices);
    if (known) return known;
    let memo = preparedMemo.get(filler);
    if (!memo) preparedMemo.set(filler, (memo = new LRUCache<string, PreparedChoice[]>({ max: 500 })));
    const key = choices.map((choice) => `${choice.title}\u0002${choice.synonyms.join('\u0002')}`).join('\u0001');
    let prepared = memo.get(key);
    if (!prepared) {
        prepared = choices.map((choice) => {
            const names = namesOf(choice);
            return { names, cores: names.map((name) => withoutFiller(name, filler)), synonyms: choice.synonyms.map(plainWords) };
        });
        memo.set(key, prepared);
    }
    byList.set(choices, prepared);
    return prepared;
}

function namesOf(choice: MatchableChoice): string[] {
    return [choice.title, ...choice.synonyms].map(plainWords).filter((name) => name !== '');
}

function withoutFiller(words: string, filler: ReadonlySet<string>): string {
    return words
        .split(' ')
        .filter((word) => !filler.has(word))
        .join(' ');
}

/** The index of the only true flag, or undefined when none or several are true. */
function uniqueIndex(flags: boolean[]): number | undefined {
    const hits = flags.flatMap((flag, index) => (flag ? [index] : []));
    return hits.length === 1 ? hits[0] : undefined;
}

/**
 * The recognizers are the slow part of matching an answer; what they made of recent short answers is kept (0: none).
 * Only answers made of a few letter words ("two", "the second one", "otra"): what else people type at a question
 * (a password or a code typed at the wrong moment has digits or signs) is not kept in the process.
 */
const positionMemo = new LRUCache<string, number>({ max: 5_000 });
const REMEMBERED_ANSWER = /^[\p{L}\p{M}' ’-]{1,40}$/u;

/**
 * A position is said in a few words once the filler words are gone ("the second one" is "second", "twenty one" is
 * two). More is a sentence, and is never given to the recognizers, which are slowest on long texts.
 */
const POSITION_MAX_WORDS = 3;

/** The 1-based position a whole message names: "2", "٢", "two", "dos", "second", "la deuxième"; undefined otherwise. */
function positionNamed(phrases: LocalePhrases, core: string, said: string, filler: ReadonlySet<string>, rules: ChoiceMatchRules): number | undefined {
    const answer = core === '' ? said : core;
    const bare = withoutClinging(answer, filler);
    const digits = [answer, bare].map(typedAscii).find((text) => /^\d{1,2}$/.test(text));
    if (digits) return Number(digits);
    // The consent question takes its option's digit only ("one" is not "I agree").
    if (rules.explicitOnly) return undefined;
    const worded = positionInWords(phrases, core, said, bare);
    if (worded !== undefined) return worded;
    const culture = recognizerCulture(phrases.language);
    if (!culture || answer.split(' ').length > POSITION_MAX_WORDS) return undefined;
    const key = `${culture}\n${answer}`;
    const known = positionMemo.get(key);
    if (known !== undefined) return known === 0 ? undefined : known;
    const position = recognizedPosition(answer, culture);
    if (REMEMBERED_ANSWER.test(answer)) positionMemo.set(key, position ?? 0);
    return position;
}

/**
 * The position the answer says in the language's own words, else in English's: the whole answer without its filler
 * words ("la deuxième" is "deuxieme"), or the whole answer ("un", "one" are filler words too), or, when every word was
 * filler ("option un"), the one word among them that is a position; last, the answer without the filler words that
 * cling to its words ("2번이요" is "2", "我选第三个" is "三").
 */
function positionInWords(phrases: LocalePhrases, core: string, said: string, bare: string): number | undefined {
    for (const language of new Set([phrases.language, 'en'])) {
        const words = positionWords(phrases, language);
        const whole = (core !== '' && words.get(core)) || words.get(said);
        if (whole) return whole;
        if (core === '') {
            const named = new Set(said.split(' ').flatMap((word) => words.get(word) ?? []));
            if (named.size === 1) return [...named][0];
        }
        const unclung = words.get(bare);
        if (unclung) return unclung;
    }
    return undefined;
}

/**
 * Scripts whose filler words cling to the words around them: Chinese is written without spaces (a filler word may
 * stand at either edge of a word), and Korean particles are written onto the word before them (at its end).
 */
const HAN = /\p{Script=Han}/u;
const HANGUL = /\p{Script=Hangul}/u;

/** Per filler list (one per language), its Chinese and its Korean words, longest first. */
const clingingMemo = new WeakMap<ReadonlySet<string>, { han: string[]; hangul: string[] }>();

function clingingFiller(filler: ReadonlySet<string>): { han: string[]; hangul: string[] } {
    let clinging = clingingMemo.get(filler);
    if (!clinging) {
        const longestFirst = [...filler].sort((a, b) => b.length - a.length);
        clinging = { han: longestFirst.filter((word) => HAN.test(word)), hangul: longestFirst.filter((word) => HANGUL.test(word)) };
        clingingMemo.set(filler, clinging);
    }
    return clinging;
}

/** The answer with the filler words that cling to its words taken off ("2번이요" is "2", "我选第三个" is "三"). */
function withoutClinging(answer: string, filler: ReadonlySet<string>): string {
    if (!HAN.test(answer) && !HANGUL.test(answer)) return answer;
    const { han, hangul } = clingingFiller(filler);
    return answer
        .split(' ')
        .map((word) => {
            let bare = word;
            for (let trimmed = true; trimmed; ) {
                trimmed = false;
                for (const fill of HAN.test(bare) ? han : HANGUL.test(bare) ? hangul : []) {
                    if (bare.length <= fill.length) continue;
                    if (bare.endsWith(fill)) bare = bare.slice(0, -fill.length);
                    else if (HAN.test(fill) && bare.startsWith(fill)) bare = bare.slice(fill.length);
                    else continue;
                    trimmed = true;
                }
            }
            return bare;
        })
        .filter((word) => word !== '' && !filler.has(word))
        .join(' ');
}

/** Per phrases and language, each position word (folded) and its position; a word given to two positions is neither. */
const positionWordsMemo = new WeakMap<LocalePhrases, Map<string, ReadonlyMap<string, number>>>();

function positionWords(phrases: LocalePhrases, language: string): ReadonlyMap<string, number> {
    let byLanguage = positionWordsMemo.get(phrases);
    if (!byLanguage) positionWordsMemo.set(phrases, (byLanguage = new Map()));
    let words = byLanguage.get(language);
    if (!words) {
        const found = new Map<string, number>();
        const doubtful = new Set<string>();
        for (let position = 1; position <= POSITION_WORDS; position++) {
            for (const word of plainPhraseSet(phrases.list(`prompts.positionWords.${position}`, language))) {
                if (found.has(word) && found.get(word) !== position) doubtful.add(word);
                found.set(word, position);
            }
        }
        for (const word of doubtful) found.delete(word);
        byLanguage.set(language, (words = found));
    }
    return words;
}

function recognizedPosition(core: string, culture: string): number | undefined {
    for (const recognize of [recognizeNumber, recognizeOrdinal]) {
        const results = recognize(core, culture);
        const whole = results.length === 1 && results[0].start === 0 && results[0].end === core.length - 1 ? results[0] : undefined;
        const value = Number((whole?.resolution as { value?: string } | undefined)?.value);
        if (Number.isInteger(value) && value > 0) return value;
    }
    return undefined;
}

/**
 * What matchableChoices made, per phrases (one object per language: see localePhrases) and option list. The lists are
 * the dialogs' constants or a question's options as read back for the turn, so a question's options are prepared
 * once, not on every turn that shows or matches them; a list made anew for one call is simply not found again.
 */
const matchableMemo = new WeakMap<LocalePhrases, WeakMap<object, readonly MatchableChoice[]>>();

/**
 * Locale synonyms with their `{{name}}` placeholders filled in ("con {{orgName}}": "con Sendero"); a synonym whose
 * placeholder has no value is left out, as no one types the braces.
 */
function withParams(synonyms: readonly string[], params: Readonly<Record<string, string>> | undefined): string[] {
    return synonyms.flatMap((synonym) => {
        const filled = synonym.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => params?.[name]?.trim() || whole);
        return filled.includes('{{') ? [] : [filled];
    });
}

/** The options of a prompt as the user sees them in the given language (usually turnPhrases(context)). */
export function matchableChoices(
    phrases: LocalePhrases,
    choices: ReadonlyArray<{ value: string; titleKey?: string; title?: string; synonymsKey?: string; synonyms?: readonly string[]; synonymParams?: Readonly<Record<string, string>> }>,
): readonly MatchableChoice[] {
    let byList = matchableMemo.get(phrases);
    if (!byList) matchableMemo.set(phrases, (byList = new WeakMap()));
    let made = byList.get(choices);
    if (!made) {
        made = Object.freeze(
            choices.map((choice) =>
                Object.freeze({
                    title: choice.title ?? phrases.text(choice.titleKey ?? choice.value),
                    synonyms: Object.freeze([...(choice.synonyms ?? []), ...(choice.synonymsKey ? withParams(phrases.list(choice.synonymsKey), choice.synonymParams) : [])]),
                }),
            ),
        );
        byList.set(choices, made);
    }
    return made;
}
