/**
 * Lists what a locale lacks against English: missing and extra keys, placeholders that differ, lists that are
 * empty, and texts still identical to English. Translators run it before handing a locale over.
 *
 * @example
 * npx tsx scripts/localeGaps.ts fr          # one language
 * npx tsx scripts/localeGaps.ts --all       # every locale folder
 */
import { availableLanguages, loadTranslations } from '../locales';

type Tree = { [key: string]: Tree | string | string[] };
type Leaf = string | string[];

function leaves(tree: Tree, prefix = '', found = new Map<string, Leaf>()): Map<string, Leaf> {
    for (const [key, value] of Object.entries(tree)) {
        const at = prefix ? `${prefix}.${key}` : key;
        if (typeof value === 'string' || Array.isArray(value)) found.set(at, value);
        else leaves(value, at, found);
    }
    return found;
}

/** i18next plural suffixes: a language has the forms its own plural rules need (Chinese only `_other`, Arabic six). */
const PLURAL = /_(zero|one|two|few|many|other)$/;
const pluralBase = (key: string) => key.replace(PLURAL, '');

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort().join(',');

/** The gaps of one language, one line each; empty when the locale is complete. */
export function localeGaps(language: string): string[] {
    const english = leaves(loadTranslations('en') as Tree);
    const other = leaves(loadTranslations(language) as Tree);
    const gaps: string[] = [];
    for (const [key, value] of english) {
        const translated = other.get(key);
        // A plural form English has and this language does not use (Chinese has no `_one`) is not a gap.
        if (translated === undefined && PLURAL.test(key) && other.has(`${pluralBase(key)}_other`)) continue;
        if (translated === undefined) gaps.push(`missing   ${key}`);
        else if (typeof value === 'string') {
            if (typeof translated !== 'string') gaps.push(`not text  ${key}`);
            else if (placeholders(value) !== placeholders(translated)) gaps.push(`placehold ${key}: en {${placeholders(value)}} ${language} {${placeholders(translated)}}`);
            else if (language !== 'en' && translated === value && /[a-z]{3}/.test(value.replace(/{{\s*\w+\s*}}/g, ''))) gaps.push(`english?  ${key}`);
        } else if (!Array.isArray(translated) || translated.length === 0) gaps.push(`empty     ${key}`);
    }
    const englishPluralBases = new Set([...english.keys()].filter((key) => PLURAL.test(key)).map(pluralBase));
    for (const key of other.keys()) {
        if (english.has(key)) continue;
        // A short SMS variant of a key English has, or a plural form this language needs, is expected.
        if (key.endsWith('_sms') && english.has(key.slice(0, -'_sms'.length))) continue;
        if (PLURAL.test(key) && englishPluralBases.has(pluralBase(key))) continue;
        gaps.push(`extra     ${key}`);
    }
    return gaps;
}

if (require.main === module) {
    const args = process.argv.slice(2);
    const languages = args.includes('--all') ? availableLanguages().filter((language) => language !== 'en') : args;
    let total = 0;
    for (const language of languages) {
        const gaps = localeGaps(language);
        total += gaps.length;
        console.log(`${language}: ${gaps.length} gap(s)`);
        for (const gap of gaps) console.log(`  ${gap}`);
    }
    process.exitCode = total > 0 ? 1 : 0;
}
