/**
 * Only the traditional-to-simplified tables (about 110 KB), not the package's 1.2 MB main file with both directions:
 * its export map names them, which this project's module resolution does not read, so the types come from the main entry.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { Converter } = require('opencc-js/t2cn') as typeof import('opencc-js');

const HAN = /\p{Script=Han}/u;

let toSimplified: ((text: string) => string) | undefined;

/**
 * Chinese as people in Taiwan and Hong Kong write it (traditional characters: 帳號, 線上, 綫) in the simplified
 * characters of Sendero's Chinese texts, word lists and training sentences, for reading only: what a person wrote is
 * kept as written. OpenCC's character tables (opencc-js), from Hong Kong's variants, which take Taiwan's too; not its
 * phrase tables, which rewrite simplified words ("文件" to "文档", "呼叫中心" to "调用中心"). 帐 and 账 are both
 * written for an account ("帐号", "账号"): one here. The tables are read at the first Chinese message (about 3 MB).
 */
export function simplifiedChinese(text: string): string {
    if (!HAN.test(text)) return text;
    toSimplified ??= Converter({ from: 'hk', to: 'cn' });
    return toSimplified(text).replace(/帐/g, '账');
}
