import fs from 'node:fs';
import { renderSimplifiedOnlySource, renderTraditionalTexts, SIMPLIFIED_ONLY_SOURCE, TRADITIONAL_TEXTS } from '../../scripts/generateTraditionalChinese';
import { writtenScript } from '../../locales/chineseScript';
import { loadTranslations } from '../../locales';

/*
 * locales/zh/traditional/texts.json is generated from the simplified Chinese texts, the one source: after changing one,
 * run `npm run locales:traditional`. A text left out would be answered in simplified characters to someone who reads
 * traditional ones.
 */
/** The texts (strings, not word lists) in a locale tree. */
function textsIn(value: unknown): string[] {
    if (typeof value === 'string') return [value];
    if (!value || typeof value !== 'object' || Array.isArray(value)) return [];
    return Object.values(value).flatMap(textsIn);
}

function occurrences(texts: readonly string[], word: string): number {
    return texts.reduce((count, text) => count + text.split(word).length - 1, 0);
}

describe('Chinese texts in traditional characters', () => {
    const committed = fs.readFileSync(TRADITIONAL_TEXTS, 'utf8');

    test('the committed files are what the simplified texts and OpenCC\'s tables generate', () => {
        expect(committed).toBe(renderTraditionalTexts());
        expect(fs.readFileSync(SIMPLIFIED_ONLY_SOURCE, 'utf8')).toBe(renderSimplifiedOnlySource());
    });

    test('no text in it reads as simplified, and documents stay 文件 (not 檔案, computer files)', () => {
        const traditional = textsIn(JSON.parse(committed));
        const simplified = textsIn(loadTranslations('zh'));
        expect(traditional.filter((text) => writtenScript(text) === 'simplified')).toEqual([]);
        expect(traditional.some((text) => text.includes('文件'))).toBe(true);
        // Every 文件 is still one, and 檔案 only writes 档案 (an immigration file, "移民档案").
        expect(occurrences(traditional, '文件')).toBe(occurrences(simplified, '文件'));
        expect(occurrences(traditional, '檔案')).toBe(occurrences(simplified, '档案'));
    });

    test('a form is 表格 and a type 類型, not Taiwan\'s words for a watch (錶格) or a programming type (型別)', () => {
        const traditional = textsIn(JSON.parse(committed));
        expect(traditional.filter((text) => /錶格|型別/.test(text))).toEqual([]);
        expect(occurrences(traditional, '表格')).toBe(occurrences(textsIn(loadTranslations('zh')), '表格'));
    });

    test('a backup code is 代碼, not program code (程式碼), and the Social Security Administration 安全局, not 安全域性', () => {
        const traditional = textsIn(JSON.parse(committed));
        const simplified = textsIn(loadTranslations('zh'));
        expect(traditional.filter((text) => /程式碼|域性/.test(text))).toEqual([]);
        expect(occurrences(traditional, '代碼')).toBe(occurrences(simplified, '代码'));
        expect(occurrences(traditional, '安全局')).toBe(occurrences(simplified, '安全局'));
    });

    // Taiwan's phrase table reads "算法" as an algorithm (演算法), even across words: "就算法院…" ("even if a court…") came
    // out as "就演算法院…". The criminal record's answer says it another way (即使); this keeps it from coming back.
    // OpenCC reads 签 alone as 籤, a lot drawn: "什么都不要签" (sign nothing) came out as "不要籤".
    test('to sign is 簽; 籤 (a lot drawn) is only the lottery\'s', () => {
        const traditional = textsIn(JSON.parse(committed));
        expect(traditional.filter((text) => /(?<![抽中])籤/.test(text))).toEqual([]);
        expect(traditional.filter((text) => text.includes('不要簽')).length).toBeGreaterThan(0);
    });

    test('no text speaks of an algorithm (演算法)', () => {
        expect(textsIn(JSON.parse(committed)).filter((text) => text.includes('演算法'))).toEqual([]);
    });
});
