import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n as I18n, type TFunction } from 'i18next';
import { simplifiedChinese } from './chineseScript';

export type { I18n, TFunction };

/** The folder that holds one sub-folder per language, each with a translation.json. */
export function localesDirectory(): string {
    // Compiled code runs from dist/locales, the JSON files stay in the source tree.
    const candidates = [__dirname, path.resolve(__dirname, '..', '..', 'locales')];
    const found = candidates.find((dir) => fs.existsSync(path.join(dir, 'en', 'translation.json')));
    if (!found) throw new Error(`locales folder not found (looked in ${candidates.join(', ')})`);
    return found;
}

/** Every language that has a translation file: adding a language is adding a folder. */
export function availableLanguages(dir = localesDirectory()): string[] {
    return fs
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && fs.existsSync(path.join(dir, entry.name, 'translation.json')))
        .map((entry) => entry.name)
        .sort();
}

/**
 * One language's texts: translation.json plus any other *.json in its folder (one file per flow keeps flows
 * reviewable on their own), merged at the top level. Two files defining the same top-level key is an error.
 */
export function loadTranslations(language: string, dir = localesDirectory()): Record<string, unknown> {
    const folder = path.join(dir, language);
    const files = fs
        .readdirSync(folder)
        .filter((name) => name.endsWith('.json'))
        .sort((a, b) => (a === 'translation.json' ? -1 : b === 'translation.json' ? 1 : a.localeCompare(b)));
    const merged: Record<string, unknown> = {};
    const origin: Record<string, string> = {};
    for (const file of files) {
        const content = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8')) as Record<string, unknown>;
        for (const [key, value] of Object.entries(content)) {
            if (key in merged) throw new Error(`locales/${language}: "${key}" is defined in both ${origin[key]} and ${file}`);
            merged[key] = value;
            origin[key] = file;
        }
    }
    return merged;
}

/**
 * The namespace of a language's texts in traditional characters (`locales/<language>/traditional/texts.json`, generated
 * from its texts: Chinese, by scripts/generateTraditionalChinese.ts). A text it lacks is read from the language's own.
 */
export const TRADITIONAL_NAMESPACE = 'traditional';

/** A language's texts in traditional characters, if it has them (see TRADITIONAL_NAMESPACE). */
export function loadTraditionalTranslations(language: string, dir = localesDirectory()): Record<string, unknown> | undefined {
    const file = path.join(dir, language, 'traditional', 'texts.json');
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>) : undefined;
}

function traditionalTexts(language: string, dir: string): Record<string, Record<string, unknown>> {
    const texts = loadTraditionalTranslations(language, dir);
    return texts ? { [TRADITIONAL_NAMESPACE]: texts } : {};
}

/**
 * The texts of a locale kept for a later message (a change notice): "zh-Hant" is Chinese in traditional characters,
 * where the language has them (see turnLocale); any other locale is its language's texts.
 */
export function textsFor(i18n: I18n, locale: string): TFunction {
    const [language, script] = locale.split('-');
    return script === 'Hant' && i18n.hasResourceBundle(language, TRADITIONAL_NAMESPACE) ? i18n.getFixedT(language, TRADITIONAL_NAMESPACE) : i18n.getFixedT(locale);
}

/** A ready i18next instance with every available language loaded synchronously. */
export function createI18n(defaultLanguage: string): I18n {
    const dir = localesDirectory();
    const languages = availableLanguages(dir);
    if (!languages.includes(defaultLanguage)) {
        throw new Error(`DEFAULT_LOCALE "${defaultLanguage}" has no folder under locales/ (found: ${languages.join(', ')})`);
    }
    const instance = i18next.createInstance();
    void instance.init({
        initAsync: false,
        lng: defaultLanguage,
        fallbackLng: defaultLanguage,
        supportedLngs: languages,
        resources: Object.fromEntries(languages.map((language) => [language, { translation: loadTranslations(language, dir), ...traditionalTexts(language, dir) }])),
        ns: ['translation', TRADITIONAL_NAMESPACE],
        defaultNS: 'translation',
        fallbackNS: 'translation',
        // Values (what people type, what USCIS says) are never read for nested keys or placeholders: i18next's default,
        // set here because answers depend on it now that locale texts nest keys (tests/security/interpolatedValues).
        interpolation: { escapeValue: false, skipOnVariables: true },
        returnNull: false,
        showSupportNotice: false,
    } as Parameters<I18n['init']>[0]);
    return instance;
}

/** Languages written right to left (of ours, Arabic); a page in one of them sets dir="rtl". */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur']);

/** "rtl" or "ltr" for a language or locale ("ar", "ar-SA"). */
export function textDirection(language: string): 'rtl' | 'ltr' {
    return RIGHT_TO_LEFT.has(language.trim().toLowerCase().split(/[-_]/)[0]) ? 'rtl' : 'ltr';
}

/** The attribute a page's <html> element needs for a language: ' dir="rtl"' right to left, nothing otherwise. */
export function dirAttribute(language: string): string {
    return textDirection(language) === 'rtl' ? ' dir="rtl"' : '';
}

/** Maps a locale such as "es-MX" or "ES_us" onto a supported language, or undefined. */
export function matchLanguage(locale: string | undefined, supported: readonly string[]): string | undefined {
    if (!locale) return undefined;
    const base = locale.trim().toLowerCase().split(/[-_]/)[0];
    return supported.find((language) => language === base);
}

/**
 * Folds an utterance for keyword matching in any script: compatibility forms unified (full-width "１" = "1"), lower
 * case, no accents or other combining marks (Spanish, French and Vietnamese accents, Arabic vowel signs), no surrounding
 * punctuation, single spaces. Korean Hangul stays composed: it is decomposed with the accents and composed again.
 * Traditional Chinese characters are their simplified ones ("帳號" = "账号", see simplifiedChinese).
 * "¡Español!" and "espanol" compare equal, as do "Tiếng Việt" and "tieng viet"; a lone "?" survives so it can mean help.
 */
export function foldUtterance(text: string): string {
    const folded = simplifiedChinese(text)
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .normalize('NFC')
        .toLowerCase()
        // Letters that carry their stroke in the letter itself, not in a combining mark.
        .replace(/đ/g, 'd')
        // Arabic: the stretching sign is decoration; final ى is often typed as ي.
        .replace(/\u0640/g, '')
        .replace(/ى/g, 'ي')
        .replace(/\s+/g, ' ')
        .trim();
    if (/^[¿?؟]+$/.test(folded)) return '?';
    return folded.replace(/^[\s\p{P}]+|[\s\p{P}]+$/gu, '');
}
