import fs from 'node:fs';
import path from 'node:path';
import { availableLanguages, createI18n, foldUtterance, loadTranslations, matchLanguage } from '../../locales';

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

describe('locales', () => {
    test('English and Spanish are both there', () => {
        expect(languages).toEqual(expect.arrayContaining(['en', 'es']));
    });

    describe.each(languages.filter((language) => language !== 'en'))('%s matches English', (language) => {
        const translated = leaves(loadTranslations(language) as Tree);

        test('it has exactly the same keys', () => {
            expect([...translated.keys()].sort()).toEqual([...reference.keys()].sort());
        });

        test('every text keeps the same placeholders and every list is non-empty', () => {
            for (const [key, english] of reference) {
                const other = translated.get(key);
                if (typeof english === 'string') {
                    expect({ key, placeholders: placeholders(String(other)) }).toEqual({ key, placeholders: placeholders(english) });
                } else {
                    expect({ key, isList: Array.isArray(other) && other.length > 0 }).toEqual({ key, isList: true });
                }
            }
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
        expect(matchLanguage('fr-FR', languages)).toBeUndefined();
        expect(matchLanguage(undefined, languages)).toBeUndefined();
    });

    test('utterances fold accents, case and punctuation', () => {
        expect(foldUtterance('¡Español!')).toBe('espanol');
        expect(foldUtterance('  Start   Over. ')).toBe('start over');
        expect(foldUtterance('¿?')).toBe('?');
    });
});
