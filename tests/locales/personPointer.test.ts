import { availableLanguages, createI18n } from '../../locales';

/*
 * Answers that end by pointing to "talk to a person" said "a person at {{orgName}}". That reaches someone at the
 * organisation only when it has a help desk or agents; a deployment with neither (the quick start's) then answered
 * "talk to a person" with the USCIS Contact Center. The pointer now names a person, not the organisation, which is
 * true of every deployment; "talk to a person" itself says whom it reaches.
 */
const POINTING_TO_A_PERSON = [
    'faq.help',
    'faq.answers.legalAdvice.full',
    'faq.answers.legalAdvice.short',
    'understanding.documentsNeeded',
    ...['copies', 'denied', 'payment', 'proofOfFiling', 'proofOfStatus', 'rejected', 'replaceCard'].map((matter) => `understanding.uscisMatters.${matter}.answer`),
];

const i18n = createI18n('en');

describe.each(availableLanguages())('the pointer to a person in %s', (language) => {
    test.each(POINTING_TO_A_PERSON)('%s (and its SMS version) does not promise someone at the organisation', (key) => {
        const t = i18n.getFixedT(language);
        for (const variant of [key, `${key}_sms`]) {
            const raw = i18n.getResource(language, 'translation', variant) as string | undefined;
            if (raw === undefined) continue;
            expect(raw).not.toContain('{{orgName}}');
            expect(t(variant, { orgName: 'Centro Legal' })).not.toContain('Centro Legal');
        }
    });
});
