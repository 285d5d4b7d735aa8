import type { TurnContext } from 'botbuilder';
import { foldUtterance } from '../locales';
import { channelTraits } from './channelTraits';
import { LANGUAGE_CHANGED_EVENT } from './eventNames';
import type { LanguagePreference } from './languagePreference';
import { detectLanguage, localeVocabularies } from './languageDetection';
import { supportedLanguages, switchTurnLanguage, translator, turnHasTraditionalTexts, turnLanguage, turnLocale, turnPhrases } from './turnLanguage';
import type { ChineseScript } from '../locales/chineseScript';
import { containsAnyPhrase, plainWords } from './utteranceWords';

/**
 * Saves the user's language, switches this turn to it, confirms in that language and tells the page which, as a locale
 * ("zh-Hant" when the turn answers in traditional characters, so the page's own words follow the characters).
 */
export async function changeLanguage(context: TurnContext, preference: LanguagePreference, language: string): Promise<void> {
    await preference.set(context, language);
    switchTurnLanguage(context, language);
    await context.sendActivity(translator(context)('language.changed'));
    if (channelTraits(context).languageEvent) {
        await context.sendActivity({ type: 'event', name: LANGUAGE_CHANGED_EVENT, value: turnLocale(context) });
    }
}

/** A language the page's picker chose, and the characters chosen with it where the language has two sets. */
export interface ChosenLanguage {
    language: string;
    script?: ChineseScript;
}

/**
 * What the page's picker sent: a supported language ("fr"), or one in traditional characters ("zh-Hant"). Chinese chosen
 * as "zh" is the simplified characters, where both exist. Undefined for anything else.
 */
export function chosenLanguageOf(context: TurnContext, tag: string): ChosenLanguage | undefined {
    const [language, script, ...rest] = tag.split('-');
    if (rest.length > 0 || !supportedLanguages(context).includes(language)) return undefined;
    const twoScripts = turnHasTraditionalTexts(context, language);
    if (script === undefined) return twoScripts ? { language, script: 'simplified' } : { language };
    return script === 'Hant' && twoScripts ? { language, script: 'traditional' } : undefined;
}

/**
 * On a channel billed by length (SMS), a first message written in another supported language is answered in that
 * language at once, without the question the other channels ask: a question costs the user a text, and the welcome
 * already says how to switch back. Only for a user with no saved language; the choice is saved. Returns the adopted
 * language, or undefined when nothing changed.
 */
export async function adoptLanguageOfFirstText(context: TurnContext, preference: LanguagePreference, text: string | undefined): Promise<string | undefined> {
    if (!text || !channelTraits(context).shortMessages || (await preference.get(context))) return undefined;
    const detected = detectLanguage(text, { supported: supportedLanguages(context), vocabularies: localeVocabularies(turnPhrases(context)) });
    if (!detected || detected.language === turnLanguage(context)) return undefined;
    await preference.set(context, detected.language);
    await preference.markOffered(context);
    switchTurnLanguage(context, detected.language);
    return detected.language;
}

/**
 * Each supported language's name as people write it in the other supported languages, so "中文" or "chinese" switches
 * to Chinese from any conversation, even before the Chinese locale's own `language.switchWords` are read. These are
 * names, not sentences; each locale's switchWords add its own ways to ask ("en español", "in English").
 */
const LANGUAGE_NAMES: Readonly<Record<string, readonly string[]>> = {
    en: ['english', 'inglés', 'anglais', 'tiếng anh', '英语', '英文', '영어', 'الإنجليزية', 'إنجليزي', 'انجليزي', 'ingles'],
    es: ['español', 'spanish', 'castellano', 'espagnol', 'tiếng tây ban nha', '西班牙语', '西班牙文', '스페인어', 'الإسبانية', 'إسباني', 'kastila', 'espanyol'],
    zh: ['中文', '汉语', '漢語', '普通话', '华语', '简体中文', '繁体中文', '正体中文', '广东话', '粤语', 'chinese', 'traditional chinese', 'simplified chinese', 'cantonese', 'mandarin', 'chino', 'chinois', 'tiếng trung', 'tiếng hoa', '중국어', 'الصينية', 'tsino', 'intsik'],
    vi: ['tiếng việt', 'vietnamese', 'vietnamita', 'vietnamien', '越南语', '越南文', '베트남어', 'الفيتنامية', 'bietnamita'],
    tl: ['tagalog', 'filipino', 'pilipino', 'tagalo', 'tiếng tagalog', 'tiếng philippines', '他加禄语', '菲律宾语', '타갈로그어', '필리핀어', 'التاغالوغية', 'الفلبينية'],
    ar: ['عربي', 'العربية', 'عربية', 'arabic', 'árabe', 'arabe', 'tiếng ả rập', '阿拉伯语', '阿拉伯文', '아랍어', 'arabo', 'arabiko'],
    fr: ['français', 'french', 'francés', 'tiếng pháp', '法语', '法文', '프랑스어', 'الفرنسية', 'fransés', 'pranses'],
    ko: ['한국어', '한국말', 'korean', 'coreano', 'coréen', 'tiếng hàn', '韩语', '韩文', '韓語', 'الكورية', 'koreano'],
};

const foldedNames = new Map(Object.entries(LANGUAGE_NAMES).map(([language, names]) => [language, new Set(names.map(foldUtterance))]));

/**
 * The same names as looked for inside a sentence, made once (every message is read for them twice): a name in Latin
 * letters padded with spaces, so it matches only a whole word of the padded message.
 */
const namesInSentences = new Map(
    [...foldedNames].map(([language, names]) => [language, [...names].map((name) => (/^[\p{Script=Latin} ]+$/u.test(name) ? ` ${name} ` : name))]),
);

/**
 * Every supported language a message names inside a sentence ("can we talk in Spanish?", "¿no hay nadie en español?",
 * "ils parlent français ?"). A name in Latin letters counts only as a whole word ("english", not "englishman").
 */
export function languagesNamedIn(text: string, supported: readonly string[]): string[] {
    const said = ` ${foldUtterance(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
    return supported.filter((language) => namesInSentences.get(language)?.some((name) => said.includes(name)) ?? false);
}

/**
 * The supported language a whole message names in any of our languages ("Tiếng Việt", "tieng viet", "عربي"), or
 * undefined. Only the whole message counts, so a receipt number, an email or a sentence never switches.
 */
export function languageNamedBy(text: string, supported: readonly string[]): string | undefined {
    const said = foldUtterance(text);
    if (!said) return undefined;
    return supported.find((language) => foldedNames.get(language)?.has(said));
}

/**
 * The language to speak when a message names one language only to say it is not spoken ("no hablo inglés", "I can't
 * read English", "我不会说英语", "영어를 못해요"): the one the message is written in, else the conversation's, when that
 * is another; undefined when there is none (someone writing English that they do not speak English is asked which
 * language). `named` is returned when the message does not say that (it asks for the language). The words for "not"
 * are every supported language's `language.notSpokenWords`, since people say it in their own language. A "no" that
 * answers something else first ("no, in English please") does not count.
 */
export function languageToSpeak(context: TurnContext, named: string, text: string): string | undefined {
    const said = plainWords(text.replace(/^\s*[\p{L}]+\s*[,.!;，。،]/u, ''));
    const supported = supportedLanguages(context);
    const notSpoken = supported.some((language) => containsAnyPhrase(context, 'language.notSpokenWords', said, language));
    if (!notSpoken) return named;
    const written = detectLanguage(text, { supported, vocabularies: localeVocabularies(turnPhrases(context)) })?.language;
    return [written, turnLanguage(context)].find((language) => language !== undefined && language !== named);
}

/**
 * "I don't speak English, can someone help me?", written in the conversation's language: the one language it names is
 * the one not spoken, and no other is there to use. Which one to use is the question, before anything else it asks
 * (the person it asks for would be asked in the language they said they do not speak).
 */
export function saysConversationLanguageNotSpoken(context: TurnContext, text: string): boolean {
    const named = languagesNamedIn(text, supportedLanguages(context));
    return named.length === 1 && named[0] === turnLanguage(context) && languageToSpeak(context, named[0], text) === undefined;
}

/**
 * The supported language a request asks for by name: "a person who speaks Spanish", "un agent en français". Undefined
 * when it names none or several, or says one is not spoken and leaves no other to use ("I don't speak English" names
 * the language to leave; languageToSpeak picks the one to use).
 */
export function languageAskedIn(context: TurnContext, text: string): string | undefined {
    const named = languagesNamedIn(text, supportedLanguages(context));
    return named.length === 1 ? languageToSpeak(context, named[0], text) : undefined;
}

/**
 * "A person who speaks Spanish": the conversation goes on in the language the message asks for, so what follows (the
 * queue, the contact details) is in it. Returns that language (also when it was already the conversation's).
 */
export async function speakLanguageAskedIn(context: TurnContext, preference: LanguagePreference, text: string | undefined): Promise<string | undefined> {
    const language = text ? languageAskedIn(context, text) : undefined;
    if (language && language !== turnLanguage(context)) await changeLanguage(context, preference, language);
    return language;
}
