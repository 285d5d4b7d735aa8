import { FAQ_TOPICS, RELATED_TOPICS } from '../../../dialogs/faq/faqTopics';
import { availableLanguages, loadTranslations } from '../../../locales';

/*
 * The answers as written in the locale files: short where they must be short, links only to the USCIS pages named in
 * the reference facts (shared/reference/uscis-facts.md), and the account number never confused with the access code.
 */
type Answers = Record<string, { full: string; short: string }>;
const answersOf = (language: string) => (loadTranslations(language).faq as { answers: Answers }).answers;

/**
 * The USCIS addresses the facts name (and the Spanish home page the es locale already uses), and the fee waiver form's
 * own page, at the address USCIS gives every form (uscis.gov/<form>, as the fee answer's `formPage` links).
 */
const FACT_ADDRESSES = new Set([
    'www.uscis.gov/i-912',
    'uscis.gov/i-912',
    'my.uscis.gov',
    'myaccount.uscis.gov/users/sign_up',
    'my.uscis.gov/account/v1/needhelp',
    'www.uscis.gov',
    'uscis.gov',
    'www.uscis.gov/es',
    'www.uscis.gov/addresschange',
    'uscis.gov/addresschange',
    'www.uscis.gov/casestatus',
    'uscis.gov/casestatus',
    'www.uscis.gov/e-request',
    'uscis.gov/e-request',
]);

/** Every web address in a text, without the scheme and trailing punctuation; "uscis.dhs.gov" (email senders) is not one. */
function addressesIn(text: string): string[] {
    return [...text.matchAll(/(?:https?:\/\/)?((?:[\w-]+\.)+gov(?:\/[\w\-/]*)?)/g)].map((match) => match[1].replace(/[./]+$/, '')).filter((address) => address !== 'uscis.dhs.gov');
}

describe('common-question answers', () => {
    test.each(['en', 'es'])('every topic has a full and a short answer in %s', (language) => {
        const answers = answersOf(language);
        expect(Object.keys(answers).sort()).toEqual([...FAQ_TOPICS].sort());
        for (const topic of FAQ_TOPICS) {
            expect(answers[topic].short.length).toBeGreaterThan(50);
            expect(answers[topic].short.length).toBeLessThan(answers[topic].full.length);
        }
    });

    test('every short English answer is 300 characters at most', () => {
        const long = FAQ_TOPICS.filter((topic) => answersOf('en')[topic].short.length > 300);
        expect(long).toEqual([]);
    });

    test.each(['en', 'es'])('in %s, links go only to USCIS pages the facts name', (language) => {
        const answers = answersOf(language);
        const found = FAQ_TOPICS.flatMap((topic) => [...addressesIn(answers[topic].full), ...addressesIn(answers[topic].short)]);
        expect(found.length).toBeGreaterThan(10);
        expect(found.filter((address) => !FACT_ADDRESSES.has(address))).toEqual([]);
    });

    // Most who ask hold a letter with a deadline: what it is and what to do come before how the upload page works.
    test.each(availableLanguages())('in %s, the evidence answer opens with the Request for Evidence, then how to upload', (language) => {
        const [first, second] = answersOf(language).evidence.full.split('\n\n');
        expect(first).toMatch(/RFE/);
        expect(second).not.toMatch(/RFE/);
        expect(second.split('\n').length).toBeGreaterThan(2);
    });

    // Since mid-2023 most fingerprint appointments move in the online account; the Contact Center moves the rest.
    test('moving a fingerprint appointment: the account first, then the Contact Center', () => {
        expect(answersOf('en').manageCase.full).toMatch(/fingerprint\) appointment\? Most can be moved in your account before the appointment day\. Or call the USCIS Contact Center/);
    });

    test('the account number and the Online Access Code are told apart, and the code is good for 90 days', () => {
        const { benefits, manageCase, troubleshooting } = answersOf('en');
        expect(benefits.full).toMatch(/12-digit online account number[\s\S]*not your Online Access Code/);
        expect(manageCase.full).toMatch(/Online Access Code[^\n]*\n?[^\n]*90 days/);
        expect(troubleshooting.full).toMatch(/Online Access Code[^\n]*90 days/);
    });

    test('the three numbers are told apart by their form and where they are printed (the reference facts)', () => {
        const { numbers } = answersOf('en');
        expect(numbers.full).toMatch(/Receipt number: 3 letters and 10 numbers[^\n]*top left of each notice/);
        expect(numbers.full).toMatch(/A-Number[^\n]*letter A and 7 to 9 numbers[^\n]*green card[^\n]*Not everyone has one/);
        expect(numbers.full).toMatch(/Online account number: 12 numbers[^\n]*profile[^\n]*Online Account Access Notice/);
    });

    test('answers that touch eligibility send the question to a person or a lawyer', () => {
        const answers = answersOf('en');
        for (const topic of ['fileOnline', 'formsOnline', 'evidence', 'legalAdvice'] as const) expect(answers[topic].full).toMatch(/lawyer/);
        expect(answers.legalAdvice.full).toMatch(/^I can't give legal advice\./);
    });

    test('each topic offers two or three related topics, never itself', () => {
        for (const topic of FAQ_TOPICS) {
            expect(RELATED_TOPICS[topic].length).toBeGreaterThanOrEqual(2);
            expect(RELATED_TOPICS[topic].length).toBeLessThanOrEqual(3);
            expect(RELATED_TOPICS[topic]).not.toContain(topic);
        }
    });
});
