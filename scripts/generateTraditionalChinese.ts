/**
 * `npm run locales:traditional`: writes locales/zh/traditional/texts.json, Sendero's Chinese texts in traditional
 * characters, from the simplified ones (locales/zh/*.json, the one source), and locales/simplifiedOnlyCharacters.ts.
 * Someone who writes traditional characters is answered in them (conversation/turnLanguage.ts).
 * tests/locales/traditionalChineseTexts.test.ts fails when the committed files have drifted: change the simplified
 * text, then run this.
 *
 * OpenCC (opencc-js) converts the characters and Taiwan's usual words ("在线" 線上, "登录" 登入, "菜单" 選單,
 * "短信" 簡訊), except the words it would get wrong here: a person's documents are 文件, not 檔案 (computer files), a
 * form is 表格, not 錶格 (a watch's), a type is 類型, not 型別 (a programming language's), a code (a backup code) is 代碼,
 * not 程式碼 (a program's source), the Social Security Administration is 社會安全局, not 安全域性 (its "全局", global
 * scope, read as a programmer's word), good news is 好消息, and to sign is 簽, not 籤 (a lot drawn, kept for the green card
 * lottery's 抽籤 and 中籤).
 * Taiwan writes an account 帳戶 and 帳號, and quotes 「」. Word lists are not converted: they are read, never shown, and
 * reading folds traditional characters to simplified anyway.
 *
 * The converter is generated here, not at start-up: its phrase tables take about 80 MB while they are built.
 */
import fs from 'node:fs';
import path from 'node:path';
import { loadTranslations, localesDirectory } from '../locales';

export const TRADITIONAL_TEXTS = path.join(localesDirectory(), 'zh', 'traditional', 'texts.json');
export const SIMPLIFIED_ONLY_SOURCE = path.join(localesDirectory(), 'simplifiedOnlyCharacters.ts');
/**
 * The few texts written in traditional characters rather than converted: the language's name, which the widget's
 * picker shows beside the simplified one ("中文" and "繁體中文") and which says the script, not only the language.
 */
export const WRITTEN_TEXTS = path.join(localesDirectory(), 'zh', 'traditional', 'written.json');

/** Words kept as the characters alone say them, not as Taiwan's word for something else (see above). */
const KEPT_WORDS = /(文件|好消息|表格|类型|代码|安全局)/;

type Texts = { [key: string]: string | Texts };

/** Every text of the simplified Chinese locale, in traditional characters and Taiwan's usual words. */
export function traditionalTexts(): Texts {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Converter } = require('opencc-js/cn2t') as typeof import('opencc-js');
    const words = Converter({ from: 'cn', to: 'twp' });
    const characters = Converter({ from: 'cn', to: 'tw' });
    const convert = (text: string) =>
        text
            .split(KEPT_WORDS)
            .map((part, index) => (index % 2 === 1 ? characters(part) : words(part)))
            .join('')
            .replace(/賬/g, '帳')
            // 签 alone is read as 籤 (a lot drawn); to sign is 簽, and so is a visa (簽證). Only the lottery draws lots.
            .replace(/(?<![抽中])籤/g, '簽')
            .replace(/“/g, '「')
            .replace(/”/g, '」');
    const walk = (value: unknown): string | Texts | undefined => {
        if (typeof value === 'string') return convert(value);
        if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
        const entries = Object.entries(value).flatMap(([key, inner]) => {
            const converted = walk(inner);
            return converted === undefined ? [] : [[key, converted] as const];
        });
        return Object.fromEntries(entries);
    };
    return withWritten(walk(loadTranslations('zh')) as Texts, JSON.parse(fs.readFileSync(WRITTEN_TEXTS, 'utf8')) as Texts);
}

/** `texts` with `written` laid over it, key by key: the texts written in traditional characters, not converted. */
function withWritten(texts: Texts, written: Texts): Texts {
    const merged: Texts = { ...texts };
    for (const [key, value] of Object.entries(written)) {
        const under = merged[key];
        merged[key] = typeof value === 'object' && typeof under === 'object' ? withWritten(under, value) : value;
    }
    return merged;
}

/**
 * Characters only simplified Chinese writes, for writtenScript: those OpenCC's simplified-to-traditional character
 * table changes ("发", "账"; not "真" or "人", which both write), less those its phrase table keeps in traditional words
 * ("准" in "批准", "后" in "皇后"). Generated here: reading the tables at run time took 250 ms and about 50 MB.
 */
export function simplifiedOnlyCharacters(): string {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Locale } = require('opencc-js/cn2t') as typeof import('opencc-js');
    const pairs = Locale.from.cn
        .flat()
        .flatMap((table) => (typeof table === 'string' ? table.split('|') : []))
        .map((pair) => pair.split(' '))
        .filter(([from, to]) => from && to);
    const single = (text: string) => [...text].length === 1;
    const keptInTraditional = new Set(pairs.filter(([from]) => !single(from)).flatMap(([, to]) => [...to]));
    const only = pairs.filter(([from, to]) => single(from) && single(to) && from !== to && !keptInTraditional.has(from)).map(([from]) => from);
    return [...new Set(only)].sort().join('');
}

/** locales/simplifiedOnlyCharacters.ts as committed. */
export function renderSimplifiedOnlySource(): string {
    const characters = simplifiedOnlyCharacters();
    const lines = characters.match(/.{1,100}/gu) ?? [];
    return [
        '// GENERATED from OpenCC\'s tables (opencc-js) by scripts/generateTraditionalChinese.ts (`npm run locales:traditional`).',
        '// Do not edit.',
        '',
        '/** Characters only simplified Chinese writes (see writtenScript in locales/chineseScript.ts). */',
        'export const SIMPLIFIED_ONLY_CHARACTERS =',
        ...lines.map((line, index) => `    '${line}'${index === lines.length - 1 ? ';' : ' +'}`),
        '',
    ].join('\n');
}

/** The file as committed: the texts, two spaces, a final newline. */
export function renderTraditionalTexts(): string {
    return `${JSON.stringify(traditionalTexts(), null, 2)}\n`;
}

if (require.main === module) {
    fs.mkdirSync(path.dirname(TRADITIONAL_TEXTS), { recursive: true });
    fs.writeFileSync(TRADITIONAL_TEXTS, renderTraditionalTexts());
    fs.writeFileSync(SIMPLIFIED_ONLY_SOURCE, renderSimplifiedOnlySource());
    console.log(`wrote ${[TRADITIONAL_TEXTS, SIMPLIFIED_ONLY_SOURCE].map((file) => path.relative(process.cwd(), file)).join(', ')}`);
}
