import type { TurnContext } from 'botbuilder';
import { foldUtterance, TRADITIONAL_NAMESPACE, type I18n, type TFunction } from '../locales';
import type { ChineseScript } from '../locales/chineseScript';
import { channelTraits } from './channelTraits';

const TURN_LANGUAGE = Symbol('sendero.turnLanguage');
const TURN_SCRIPT = Symbol('sendero.turnScript');

/**
 * The characters this turn's Chinese is written in (set by the language middleware before it binds the language):
 * with 'traditional', a language that has texts in traditional characters answers in them.
 */
export function setTurnScript(context: TurnContext, script: ChineseScript | undefined): void {
    context.turnState.set(TURN_SCRIPT, script);
}

/** Whether `language` has its texts in traditional characters too (Chinese). */
export function hasTraditionalTexts(i18n: I18n, language: string): boolean {
    return i18n.hasResourceBundle(language, TRADITIONAL_NAMESPACE);
}

/** hasTraditionalTexts for the i18n instance bound to this turn. */
export function turnHasTraditionalTexts(context: TurnContext, language: string): boolean {
    return hasTraditionalTexts(bound(context).i18n, language);
}

interface TurnLanguage {
    i18n: I18n;
    language: string;
    t: TFunction;
    /** The texts are the language's in traditional characters (see setTurnScript). */
    traditional: boolean;
}

/** Called once per turn by the language middleware: the language every reply of this turn uses. */
export function bindTurnLanguage(context: TurnContext, i18n: I18n, language: string): void {
    const short = channelTraits(context).shortMessages;
    const traditional = context.turnState.get(TURN_SCRIPT) === 'traditional' && hasTraditionalTexts(i18n, language);
    context.turnState.set(TURN_LANGUAGE, boundLanguage(i18n, language, short, traditional));
    // Prompts pick their recognizer culture (numbers, yes/no, ordinals) from the activity's locale.
    context.activity.locale = language;
}

/** A language bound to an i18n instance, per language and wording (short or not): it holds nothing of a turn. */
const boundLanguages: LocaleMemo<TurnLanguage> = new WeakMap();

function boundLanguage(i18n: I18n, language: string, short: boolean, traditional: boolean): TurnLanguage {
    const variant = `${language}${traditional ? '-traditional' : ''}${short ? '_sms' : ''}`;
    return remembered(boundLanguages, i18n, 'bound', variant, () => {
        const fixed = traditional ? i18n.getFixedT(language, TRADITIONAL_NAMESPACE) : i18n.getFixedT(language);
        const t = memoizedPlainTexts(i18n, variant, short ? shortVariants(fixed) : fixed);
        return Object.freeze({ i18n, language, t, traditional });
    });
}

/**
 * The one place a channel's wording is chosen: on a channel billed by length, `key_sms` is used where the locale has
 * it (i18next's context lookup falls back to `key`), so dialogs ask for one key and never for a channel.
 */
function shortVariants(t: TFunction): TFunction {
    return ((key: string | string[], options?: Record<string, unknown>) =>
        t(key, options && 'context' in options ? options : { ...options, context: 'sms' })) as unknown as TFunction;
}

/**
 * What is read from an i18n instance's locale files, made once per instance, scope and key: locale files do not
 * change while the bot runs. Nested maps, not one map under a joined key: a turn reads dozens of texts and lists, and
 * each joined key was a new string to build and hash.
 */
type LocaleMemo<V> = WeakMap<I18n, Map<string, Map<string, V>>>;

function remembered<V>(memo: LocaleMemo<V>, i18n: I18n, scope: string, key: string, make: () => V): V {
    let byScope = memo.get(i18n);
    if (!byScope) memo.set(i18n, (byScope = new Map()));
    let byKey = byScope.get(scope);
    if (!byKey) byScope.set(scope, (byKey = new Map()));
    let value = byKey.get(key);
    if (value === undefined) {
        value = make();
        byKey.set(key, value);
    }
    return value;
}

/** Texts looked up by key alone (no options), per scope: a language and channel variant, or a language's labels. */
const plainTexts: LocaleMemo<string> = new WeakMap();

/** The text remembered under `scope` and `key` for this i18n instance, looked up with `lookUp` the first time. */
function rememberedText(i18n: I18n, scope: string, key: string, lookUp: () => unknown): string {
    return remembered(plainTexts, i18n, scope, key, () => String(lookUp()));
}

/**
 * Texts looked up with options that are configuration (see `configurationParams`): per options object, then as
 * plainTexts are. Weakly held by the options, so parameters that go away take their texts with them.
 */
const configuredTexts = new WeakMap<object, LocaleMemo<string>>();

function rememberedConfiguredText(i18n: I18n, scope: string, options: object, key: string, lookUp: () => unknown): string {
    let memo = configuredTexts.get(options);
    if (!memo) configuredTexts.set(options, (memo = new WeakMap()));
    return remembered(memo, i18n, scope, key, () => String(lookUp()));
}

/**
 * Placeholder values that never change while the bot runs (the organisation's name), frozen so `t` may remember
 * what it renders with them: i18next takes about 20 µs for any lookup with options, and the help text is one of
 * them. Never for values of a conversation (what someone typed, a receipt number): those are looked up each time.
 */
export function configurationParams<T extends Record<string, string>>(params: T): Readonly<T> {
    return Object.freeze({ ...params });
}

/**
 * `t` with its plain lookups (one key, no options or empty ones: labels, questions without placeholders) remembered:
 * every turn renders the question on screen and its options again, and i18next resolves each key anew. So are
 * lookups whose options are configurationParams (a frozen object). Other lookups with options (placeholders,
 * counts, a context) go to i18next every time.
 */
function memoizedPlainTexts(i18n: I18n, variant: string, t: TFunction): TFunction {
    const translate = t as unknown as (...args: unknown[]) => unknown;
    return ((...args: unknown[]) => {
        const [key, options] = args;
        if (args.length > 2 || typeof key !== 'string') return translate(...args);
        if (noOptions(options)) return rememberedText(i18n, variant, key, () => translate(key));
        if (typeof options === 'object' && options !== null && Object.isFrozen(options)) {
            return rememberedConfiguredText(i18n, variant, options, key, () => translate(key, options));
        }
        return translate(...args);
    }) as unknown as TFunction;
}

/** Absent options, or `{}` (a stored question's parameters when it has none): i18next reads the key alone either way. */
function noOptions(options: unknown): boolean {
    if (options === undefined) return true;
    if (typeof options !== 'object' || options === null || Object.getPrototypeOf(options) !== Object.prototype) return false;
    for (const _name in options) return false;
    return true;
}

function bound(context: TurnContext): TurnLanguage {
    const value = context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined;
    if (!value) throw new Error('no language bound to this turn: is the language middleware installed?');
    return value;
}

export function turnLanguage(context: TurnContext): string {
    return bound(context).language;
}

/** All of a language's texts as the turn's i18n instance holds them, for code that reads every word of them. */
export function turnLocaleTexts(context: TurnContext, language = turnLanguage(context)): unknown {
    return bound(context).i18n.getResourceBundle(language, 'translation');
}

/**
 * This turn's language as a locale to keep for messages sent later, outside a turn (a change notice): "zh-Hant" when
 * the turn answers in traditional characters (textsFor reads it back), otherwise the language.
 */
export function turnLocale(context: TurnContext): string {
    const { language, traditional } = bound(context);
    return traditional ? `${language}-Hant` : language;
}

/** The translate function for this turn's language. */
export function translator(context: TurnContext): TFunction {
    return bound(context).t;
}

/**
 * Whether this turn answers in traditional characters: what is shown from the locale's words (an option's label) is
 * then taken from `translator`, not from the words read for matching, which are the language's own.
 */
export function answersInTraditional(context: TurnContext): boolean {
    return bound(context).traditional;
}

/** Phrase lists per i18n instance, language and key. */
type PhraseEntry = { raw: readonly string[]; folded: ReadonlySet<string> };
const phraseCache: LocaleMemo<PhraseEntry> = new WeakMap();

function cachedPhrases(i18n: I18n, key: string, language: string): PhraseEntry {
    return remembered(phraseCache, i18n, language, key, () => {
        // i18next copies the whole list on every call with returnObjects; every message reads several lists.
        const value = i18n.t(key, { lng: language, returnObjects: true }) as unknown;
        const raw = Object.freeze(Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
        return { raw, folded: new Set(raw.map(foldUtterance)) };
    });
}

/** One text of a language by key alone (option labels, read for every option on every turn), remembered. */
function cachedText(i18n: I18n, key: string, language: string, scope = textScope(language)): string {
    return rememberedText(i18n, scope, key, () => i18n.t(key, { lng: language }));
}

function textScope(language: string): string {
    return `text:${language}`;
}

/**
 * The locale's words in one language, read without a turn: what a recognizer and the choice matcher use. `language`
 * is the one the text is in; lists and texts of another supported language can be asked for by name.
 */
export interface LocalePhrases {
    readonly language: string;
    /** Every language that has a locale folder. */
    readonly supported: readonly string[];
    /** A list of phrases (for example the words that mean "help"). */
    list(key: string, language?: string): readonly string[];
    /** The same list folded for matching (see foldUtterance), as a set. */
    folded(key: string, language?: string): ReadonlySet<string>;
    /** One text. */
    text(key: string, language?: string): string;
}

/** One LocalePhrases per i18n instance and language: they hold nothing of a turn, and every turn asks for them. */
const phrasesOf: LocaleMemo<LocalePhrases> = new WeakMap();

/** The phrases of `language` from an i18n instance. */
export function localePhrases(i18n: I18n, language: string): LocalePhrases {
    return remembered(phrasesOf, i18n, 'phrases', language, () => {
        const scope = textScope(language);
        return Object.freeze({
            language,
            supported: Object.freeze(supportedLanguagesOf(i18n)),
            list: (key: string, other = language) => cachedPhrases(i18n, key, other).raw,
            folded: (key: string, other = language) => cachedPhrases(i18n, key, other).folded,
            text: (key: string, other = language) => (other === language ? cachedText(i18n, key, language, scope) : cachedText(i18n, key, other)),
        });
    });
}

/** The phrases of this turn's language, or of another language the turn's i18n instance holds. */
export function turnPhrases(context: TurnContext, language?: string): LocalePhrases {
    const bare = bound(context);
    return localePhrases(bare.i18n, language ?? bare.language);
}

/** A list of phrases (for example the words that mean "help") in the given or current language. */
export function phrases(context: TurnContext, key: string, language = turnLanguage(context)): readonly string[] {
    return cachedPhrases(bound(context).i18n, key, language).raw;
}

/** The phrases of a key folded for matching (see foldUtterance), as a set. */
export function foldedPhrases(context: TurnContext, key: string, language = turnLanguage(context)): ReadonlySet<string> {
    return cachedPhrases(bound(context).i18n, key, language).folded;
}

function supportedLanguagesOf(i18n: I18n): string[] {
    return [...(i18n.options.supportedLngs || [])].filter((language) => language !== 'cimode');
}

export function supportedLanguages(context: TurnContext): string[] {
    return supportedLanguagesOf(bound(context).i18n);
}

/**
 * Whether this turn speaks the deployment's default language (DEFAULT_LOCALE, i18next's fallback): the one a
 * conversation starts in before anyone chose, so the one someone may be reading without speaking it.
 */
export function speaksDefaultLanguage(context: TurnContext): boolean {
    const { i18n, language } = bound(context);
    const fallback = i18n.options.fallbackLng;
    return (Array.isArray(fallback) ? fallback[0] : fallback) === language;
}

/** The display name of a language, written in that language ("English", "Español"). */
export function languageName(context: TurnContext, language: string): string {
    return bound(context).i18n.t('language.name', { lng: language });
}

/** Switches the rest of this turn to another language. */
export function switchTurnLanguage(context: TurnContext, language: string): void {
    bindTurnLanguage(context, bound(context).i18n, language);
}
