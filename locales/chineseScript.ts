import { SIMPLIFIED_ONLY_CHARACTERS } from './simplifiedOnlyCharacters';

/**
 * opencc-js's traditional-to-simplified entry point (about 110 KB), not its main file with both directions: its export
 * map names it, which this project's module resolution does not read, so the types come from the main entry.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Converter } = require('opencc-js/t2cn') as typeof import('opencc-js');

const HAN = /\p{Script=Han}/u;

let toSimplified: ((text: string) => string) | undefined;

/** OpenCC's traditional-to-simplified converter, built at the first Chinese message. */
function simplifier(): (text: string) => string {
    toSimplified ??= Converter({ from: 'hk', to: 'cn' });
    return toSimplified;
}

/** The two ways of writing Chinese characters: as in Taiwan and Hong Kong, or as in mainland China and Singapore. */
export type ChineseScript = 'traditional' | 'simplified';

/** A locale written in traditional characters: Taiwan, Hong Kong, Macau, or one that names the script ("zh-Hant"). */
export function isTraditionalLocale(locale: string): boolean {
    return /^zh[-_](tw|hk|mo|hant)\b/i.test(locale.trim());
}

/**
 * Chinese as people in Taiwan and Hong Kong write it (traditional characters: 帳號, 線上, 綫) in the simplified
 * characters of Sendero's Chinese texts, word lists and training sentences, for reading only: what a person wrote is
 * kept as written. OpenCC's character tables (opencc-js), from Hong Kong's variants, which take Taiwan's too; not its
 * phrase tables, which rewrite simplified words ("文件" to "文档", "呼叫中心" to "调用中心"). 帐 and 账 are both
 * written for an account ("帐号", "账号"): one here. The tables are read at the first Chinese message (about 30 ms,
 * once, and 2 MB of heap).
 */
export function simplifiedChinese(text: string): string {
    if (!HAN.test(text)) return text;
    return simplifier()(text)
        .replace(/帐/g, '账')
        .replace(CANTONESE, (word) => MANDARIN_OF[word] ?? word);
}

/**
 * Written Cantonese's own words (Hong Kong, Guangdong), read as the Mandarin ones Sendero's word lists and training
 * sentences use, in the simplified characters the conversion has left them in (諗 is 谂, 搵 揾 here): "我登入唔到"
 * (I can't sign in) is "我登入不到", "我唔記得咗密碼" (I forgot my password) "我不记得了密码", "點樣" (how) "怎么".
 * Only characters written for Cantonese alone, never 係 (是 in Cantonese, but 系 in 关系).
 */
const MANDARIN_OF: Readonly<Record<string, string>> = {
    唔: '不',
    冇: '没',
    咗: '了',
    嘅: '的',
    哋: '们',
    喺: '在',
    睇: '看',
    揾: '找',
    啲: '些',
    佢: '他',
    畀: '给',
    谂: '想',
    点样: '怎么',
    乜嘢: '什么',
};
const CANTONESE = new RegExp(Object.keys(MANDARIN_OF).sort((a, b) => b.length - a.length).join('|'), 'g');

/** Characters only simplified Chinese writes (generated: see SIMPLIFIED_ONLY_CHARACTERS), as a set at first use. */
let simplifiedOnly: ReadonlySet<string> | undefined;

/** A message that asks for one way of writing by its name ("繁體中文", "traditional Chinese", "简体"). */
const NAMED_SCRIPTS: ReadonlyArray<[RegExp, ChineseScript]> = [
    [/繁[體体]|正[體体]中文|\btraditional chinese\b|\bchinese,? traditional\b/i, 'traditional'],
    [/[简簡][体體]|\bsimplified chinese\b|\bchinese,? simplified\b/i, 'simplified'],
];

/**
 * Which characters a message is written in, or asks for by name ("traditional Chinese", "繁体中文" typed in simplified
 * characters): traditional when more of its characters are traditional only ("帳號", "線上") than simplified only
 * ("账号", "线上"); undefined when it has no Chinese or could be either ("你好", "是").
 */
export function writtenScript(text: string): ChineseScript | undefined {
    // Every message passes here (bot/languageMiddleware.ts): one test settles most of them.
    const han = HAN.test(text);
    if (!han && !/chinese/i.test(text)) return undefined;
    const named = NAMED_SCRIPTS.find(([name]) => name.test(text));
    if (named) return named[1];
    if (!han) return undefined;
    const simplified = [...simplifier()(text)];
    const only = (simplifiedOnly ??= new Set(SIMPLIFIED_ONLY_CHARACTERS));
    let traditional = 0;
    let simplifiedCount = 0;
    [...text].forEach((character, index) => {
        if (simplified[index] !== undefined && simplified[index] !== character) traditional += 1;
        else if (only.has(character)) simplifiedCount += 1;
    });
    if (traditional === simplifiedCount) return undefined;
    return traditional > simplifiedCount ? 'traditional' : 'simplified';
}
