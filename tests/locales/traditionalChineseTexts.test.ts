import fs from 'node:fs';
import { renderSimplifiedOnlySource, renderTraditionalTexts, SIMPLIFIED_ONLY_SOURCE, TRADITIONAL_TEXTS } from '../../scripts/generateTraditionalChinese';
import { writtenScript } from '../../locales/chineseScript';

/*
 * locales/zh/traditional/texts.json is generated from the simplified Chinese texts, the one source: after changing one,
 * run `npm run locales:traditional`. A text left out would be answered in simplified characters to someone who reads
 * traditional ones.
 */
describe('Chinese texts in traditional characters', () => {
    const committed = fs.readFileSync(TRADITIONAL_TEXTS, 'utf8');

    test('the committed files are what the simplified texts and OpenCC\'s tables generate', () => {
        expect(committed).toBe(renderTraditionalTexts());
        expect(fs.readFileSync(SIMPLIFIED_ONLY_SOURCE, 'utf8')).toBe(renderSimplifiedOnlySource());
    });

    test('no text in it reads as simplified, and documents stay 文件 (not 檔案, computer files)', () => {
        const strings: string[] = [];
        const walk = (value: unknown): void => {
            if (typeof value === 'string') strings.push(value);
            else if (value && typeof value === 'object') Object.values(value).forEach(walk);
        };
        walk(JSON.parse(committed));
        expect(strings.filter((text) => writtenScript(text) === 'simplified')).toEqual([]);
        expect(strings.filter((text) => text.includes('檔案'))).toEqual([]);
        expect(strings.some((text) => text.includes('文件'))).toBe(true);
    });
});
