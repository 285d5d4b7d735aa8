import { availableLanguages } from '../../locales';
import { smsGaps, withNestedTexts } from '../../scripts/smsGaps';

/**
 * Every text Sendero may send by SMS fits in three segments in every locale (GSM-7 153 per part, UCS-2 67): a locale
 * writes a shorter `key_sms` variant where its text is longer, and the SMS channel uses it.
 */
describe.each(availableLanguages())('SMS texts in %s', (language) => {
    test('none is over three segments', () => {
        expect(smsGaps(language)).toEqual([]);
    });
});

describe('a text that nests other keys', () => {
    const all = new Map([
        ['how', 'Ask at the help page, within ten business days.'],
        ['how_sms', 'Ask at the help page.'],
        ['buckets.short.nextStep', 'Wait.'],
        ['buckets.long.nextStep', 'Read the whole notice and answer it before its deadline.'],
        ['buckets.long.nextStep_sms', 'Answer the notice in time.'],
    ]);

    test('is measured with what is sent for them: the SMS variant, where there is one', () => {
        expect(withNestedTexts(all, 'Lost it? $t(how) Thanks.')).toBe('Lost it? Ask at the help page. Thanks.');
    });

    test('a key built from a placeholder stands for the longest text it can name, the same value throughout', () => {
        expect(withNestedTexts(all, '$t(buckets.{{bucket}}.nextStep) / $t(buckets.{{bucket}}.nextStep)')).toBe('Answer the notice in time. / Answer the notice in time.');
    });
});
