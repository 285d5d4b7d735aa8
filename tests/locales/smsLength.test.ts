import { availableLanguages } from '../../locales';
import { smsGaps } from '../../scripts/smsGaps';

/**
 * Every text Sendero may send by SMS fits in three segments in every locale (GSM-7 153 per part, UCS-2 67): a locale
 * writes a shorter `key_sms` variant where its text is longer, and the SMS channel uses it.
 */
describe.each(availableLanguages())('SMS texts in %s', (language) => {
    test('none is over three segments', () => {
        expect(smsGaps(language)).toEqual([]);
    });
});
