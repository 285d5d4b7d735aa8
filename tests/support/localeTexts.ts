import { loadTranslations } from '../../locales';

type Tree = { [key: string]: Tree | string | string[] };

/**
 * Every text a language's translations hold, as [key, text]: what the bot says. Lists (synonyms, cue words) are words
 * it reads, not messages, and are left out.
 */
export function localeTexts(language: string): Array<[key: string, text: string]> {
    return textsOf(loadTranslations(language) as Tree);
}

function textsOf(tree: Tree, prefix = ''): Array<[string, string]> {
    return Object.entries(tree).flatMap(([key, value]): Array<[string, string]> => {
        const at = prefix ? `${prefix}.${key}` : key;
        if (typeof value === 'string') return [[at, value]];
        return Array.isArray(value) ? [] : textsOf(value, at);
    });
}
