import fs from 'node:fs';
import path from 'node:path';
import { availableLanguages, createI18n, foldUtterance, loadTranslations, matchLanguage } from '../../locales';
import { localeGaps } from '../../scripts/localeGaps';

type Tree = { [key: string]: Tree | string | string[] };

/** Every leaf path of a translation tree, with the kind of value there. */
function leaves(tree: Tree, prefix = ''): Map<string, string | string[]> {
    const found = new Map<string, string | string[]>();
    for (const [key, value] of Object.entries(tree)) {
        const at = prefix ? `${prefix}.${key}` : key;
        if (typeof value === 'string' || Array.isArray(value)) found.set(at, value);
        else for (const [leaf, leafValue] of leaves(value, at)) found.set(leaf, leafValue);
    }
    return found;
}

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();
const languages = availableLanguages();
const reference = leaves(loadTranslations('en') as Tree);

/** The languages Sendero speaks (issue 10): each must have a folder. */
const EIGHT_LANGUAGES = ['en', 'es', 'zh', 'vi', 'tl', 'ar', 'fr', 'ko'];

/**
 * Keys whose text may stay as in English in another language: names and codes that are not translated. Keep it short:
 * anything else identical to English is English left behind.
 */
const SAME_AS_ENGLISH_ALLOWED: ReadonlySet<string> = new Set<string>([]);

/**
 * The letters of a text that a translator would translate: without placeholders, links, emails, acronyms (USCIS, FAQ,
 * A-Number's "A"), form names and numbers ("I-130", "800-375-5283").
 */
function translatableLetters(text: string): string {
    return text
        .replace(/{{\s*\w+\s*}}/g, ' ')
        // Another key's text, nested ("$t(caseStatus.nextStepLabel)"), is translated where it is.
        .replace(/\$t\([^)]*\)/g, ' ')
        .replace(/\bhttps?:\/\/\S+|\bwww\.\S+/g, ' ')
        .replace(/\S+@\S+/g, ' ')
        .replace(/\b[\p{Lu}\d][\p{Lu}\d-]*\b/gu, ' ')
        .replace(/[^\p{L}]+/gu, '');
}

/** Texts of a locale that are English left behind: identical to English, with 3 or more letters to translate. */
function englishLeftIn(translated: Map<string, string | string[]>): string[] {
    return [...reference]
        .filter(([key, english]) => typeof english === 'string' && !SAME_AS_ENGLISH_ALLOWED.has(key))
        .filter(([key, english]) => translated.get(key) === english && translatableLetters(english as string).length >= 3)
        .map(([key]) => key);
}

describe('locales', () => {
    test('English and Spanish are both there', () => {
        expect(languages).toEqual(expect.arrayContaining(['en', 'es']));
    });

    test('all eight languages are there', () => {
        expect(EIGHT_LANGUAGES.filter((language) => !languages.includes(language))).toEqual([]);
    });

    test('the leftover-English check finds English left in a locale', () => {
        const copy = new Map(reference);
        expect(englishLeftIn(copy)).toEqual(expect.arrayContaining(['menu.prompt', 'welcome.greeting']));
        // Text with nothing to translate (a name, an acronym, a number) is not English left behind.
        expect(translatableLetters('USCIS {{orgName}} 800-375-5283 https://www.uscis.gov I-130')).toBe('');
    });

    describe.each(languages.filter((language) => language !== 'en'))('%s matches English', (language) => {
        const translated = leaves(loadTranslations(language) as Tree);

        test('it has the same keys as English (plus its own plural forms and short SMS variants of English keys)', () => {
            // One rule for translators and tests: scripts/localeGaps.ts decides what is missing and what is extra.
            expect(localeGaps(language).filter((gap) => /^(missing|extra|not text)/.test(gap))).toEqual([]);
        });

        test('every text keeps the same placeholders and every list is non-empty', () => {
            for (const [key, english] of reference) {
                const other = translated.get(key);
                if (typeof english === 'string') {
                    // Sorted lists compared whole: a placeholder missing and one added both fail.
                    expect({ key, placeholders: placeholders(String(other)) }).toEqual({ key, placeholders: placeholders(english) });
                    expect({ key, empty: english.trim() !== '' && String(other ?? '').trim() === '' }).toEqual({ key, empty: false });
                } else if (english.length === 0) {
                    // A list English leaves empty is one only some languages need (Arabic "and" written on a word).
                    expect({ key, isList: Array.isArray(other) && other.every((item) => item.trim() !== '') }).toEqual({ key, isList: true });
                } else {
                    expect({ key, isList: Array.isArray(other) && other.length > 0 && other.every((item) => item.trim() !== '') }).toEqual({ key, isList: true });
                }
            }
        });

        test('no English is left in it', () => {
            expect(englishLeftIn(translated)).toEqual([]);
        });

        test('every long answer has its paragraphs where English has them', () => {
            // Found by chatting: eight of the common questions' full answers ran their paragraphs together in six languages.
            const paragraphs = (text: unknown) => String(text).split('\n\n').length;
            const differ = [...reference]
                .filter(([key, english]) => typeof english === 'string' && translated.has(key) && paragraphs(english) !== paragraphs(translated.get(key)))
                .map(([key]) => key);
            expect(differ).toEqual([]);
        });
    });

    test('every locale key the code uses exists in English', () => {
        const roots = ['bot', 'dialogs', 'services'].map((dir) => path.resolve(__dirname, '..', '..', dir)).filter((dir) => fs.existsSync(dir));
        const used = new Set<string>();
        const walk = (dir: string) => {
            for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
                const full = path.join(dir, entry.name);
                if (entry.isDirectory()) walk(full);
                else if (entry.name.endsWith('.ts')) {
                    const source = fs.readFileSync(full, 'utf8');
                    for (const match of source.matchAll(/(?:\bt|translator\([^)]*\)|Key:|Key =)\s*\(?\s*'([a-z][A-Za-z]+(?:\.[A-Za-z]+)+)'/g)) used.add(match[1]);
                }
            }
        };
        roots.forEach(walk);
        expect(used.size).toBeGreaterThan(10);
        const missing = [...used].filter((key) => ![...reference.keys()].some((leaf) => leaf === key || leaf.startsWith(`${key}.`) || leaf.startsWith(`${key}_`)));
        expect(missing).toEqual([]);
    });

    test('a missing default language stops start-up with a clear message', () => {
        expect(() => createI18n('xx')).toThrow(/DEFAULT_LOCALE "xx" has no folder under locales/);
    });

    test('channel locales map onto supported languages', () => {
        expect(matchLanguage('es-MX', languages)).toBe('es');
        expect(matchLanguage('EN_us', languages)).toBe('en');
        expect(matchLanguage('de-DE', languages)).toBeUndefined();
        expect(matchLanguage(undefined, languages)).toBeUndefined();
    });

    test('utterances fold accents, case and punctuation', () => {
        expect(foldUtterance('¡Español!')).toBe('espanol');
        expect(foldUtterance('  Start   Over. ')).toBe('start over');
        expect(foldUtterance('¿?')).toBe('?');
        expect(foldUtterance('Tiếng Việt')).toBe('tieng viet');
        expect(foldUtterance('한국어')).toBe('한국어');
    });
});
