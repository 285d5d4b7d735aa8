import { localeTexts } from '../support/localeTexts';

/*
 * Plain words: every English message is scored with the Flesch-Kincaid grade level (the US school grade a reader needs).
 *
 * Thresholds (also in README.md, Development):
 * - any single message of MIN_WORDS words or more: grade MAX_GRADE at most;
 * - all such messages on average: grade MAX_MEAN_GRADE at most (we aim at about grade 6);
 * - no sentence longer than MAX_SENTENCE_WORDS words.
 * Shorter texts (button labels, headings, subjects) are left out: the formula means nothing for three words.
 *
 * Before scoring, what the reader does not read as prose is taken out: {{placeholders}} and $t() nesting, web
 * addresses, markdown marks, text in quotes (commands to type and official USCIS labels, copied as they are), product
 * names, and tokens with digits (codes, example numbers).
 *
 * Syllables come from `syllable` (wooorm, CommonJS 3.x: Jest here runs CommonJS) and the formula from `flesch-kincaid`
 * (same author), rather than a hand-written syllable counter.
 */
const syllable = require('syllable') as (value: string) => number;
const fleschKincaid = require('flesch-kincaid') as (counts: { sentence: number; word: number; syllable: number }) => number;

const MIN_WORDS = 8;
const MAX_GRADE = 8;
const MAX_MEAN_GRADE = 6;
const MAX_SENTENCE_WORDS = 25;

const PRODUCT_NAMES = /Google Authenticator|Microsoft Authenticator|App Store|Google Play/g;


/** The prose a reader reads: placeholders, addresses, markdown, quoted labels, product names and numbers removed. */
function proseOf(text: string): string {
    return text
        .replace(/"[^"]*"|«[^»]*»/g, ' ')
        .replace(PRODUCT_NAMES, ' ')
        .replace(/\$t\([^)]*\)/g, ' ')
        .replace(/{{[^}]*}}/g, ' ')
        .replace(/https?:\/\/\S+/g, ' ')
        .replace(/\b[\w.-]+\.(?:gov|com|org)\b\S*/g, ' ')
        .replace(/\S*\d\S*/g, ' ')
        .replace(/[*_`#>]/g, ' ');
}

const wordsOf = (text: string) => text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
/** Sentences end at . ! ? or a line break (each list item is read as one). */
const sentencesOf = (prose: string) => prose.split(/[.!?\n]+/).filter((sentence) => wordsOf(sentence).length > 0);

function gradeOf(text: string): { words: number; grade: number } {
    const prose = proseOf(text);
    const words = wordsOf(prose);
    const sentences = sentencesOf(prose).length;
    if (words.length === 0 || sentences === 0) return { words: 0, grade: 0 };
    const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
    return { words: words.length, grade: fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables }) };
}

const scored = localeTexts('en')
    .map(([key, text]) => ({ key, text, ...gradeOf(text) }))
    .filter((message) => message.words >= MIN_WORDS);

describe('English messages read at about grade 6', () => {
    test('the scorer tells plain words from hard ones', () => {
        expect(gradeOf('Type the code from the email. It has 6 digits.').grade).toBeLessThan(MAX_GRADE);
        expect(gradeOf('Authentication necessitates verification of your identification documentation via multifactor mechanisms.').grade).toBeGreaterThan(MAX_GRADE);
        expect(proseOf('Type "new code" at {{orgName}} or https://example.org/x, code 123456.')).not.toMatch(/new code|orgName|example|123456/);
    });

    test(`every message of ${MIN_WORDS}+ words is at grade ${MAX_GRADE} or below`, () => {
        expect(scored.length).toBeGreaterThan(100);
        const hard = scored.filter((message) => message.grade > MAX_GRADE).map(({ key, grade }) => `${key}: grade ${grade.toFixed(1)}`);
        expect(hard).toEqual([]);
    });

    test(`on average the messages are at grade ${MAX_MEAN_GRADE} or below`, () => {
        const mean = scored.reduce((sum, message) => sum + message.grade, 0) / scored.length;
        expect(mean).toBeLessThanOrEqual(MAX_MEAN_GRADE);
    });

    test(`no sentence is longer than ${MAX_SENTENCE_WORDS} words`, () => {
        const long = scored.flatMap(({ key, text }) =>
            sentencesOf(proseOf(text))
                .filter((sentence) => wordsOf(sentence).length > MAX_SENTENCE_WORDS)
                .map((sentence) => `${key}: ${sentence.trim()}`),
        );
        expect(long).toEqual([]);
    });
});
