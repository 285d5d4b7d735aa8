import { madeOfOptionWords, matchChoice, type MatchableChoice } from '../../conversation/choiceMatching';
import { localePhrases } from '../../conversation/turnLanguage';
import { createI18n } from '../../locales';

/**
 * A position ("the second one", "la deuxième") is read from each locale's own words (prompts.positionWords). Microsoft's
 * number recognizers are asked only in English and Chinese, only about answers of a few words: their French and
 * Spanish models take seconds of CPU to build on the first texts they read, blocking the whole process, and a sentence
 * is never a position. (The library's own module object, so its functions can be watched without touching ours.)
 */
const numbers = require('@microsoft/recognizers-text-number') as typeof import('@microsoft/recognizers-text-number');

const i18n = createI18n('en');
const CHOICES: MatchableChoice[] = [
    { title: 'Apple', synonyms: [] },
    { title: 'Pear', synonyms: [] },
    { title: 'Plum', synonyms: [] },
];

afterEach(() => jest.restoreAllMocks());

test('a sentence is never given to the number recognizers, in any language', () => {
    const read = jest.spyOn(numbers, 'recognizeNumber');
    const ordinal = jest.spyOn(numbers, 'recognizeOrdinal');
    for (const [language, sentence] of [
        ['fr', "Quelle est la capitale de l'Italie ?"],
        ['es', '¿Cuál es la capital de Francia, por favor?'],
        ['en', 'I would like to hear a joke about two cats'],
    ]) {
        expect(matchChoice(localePhrases(i18n, language), CHOICES, sentence)).toBeUndefined();
    }
    expect(read.mock.calls).toEqual([]);
    expect(ordinal.mock.calls).toEqual([]);
});

const FIVE: MatchableChoice[] = ['Apple', 'Pear', 'Plum', 'Fig', 'Lime'].map((title) => ({ title, synonyms: [] }));

test.each([
    ['en', 'the second one', 2],
    ['en', 'one', 1],
    ['en', '3rd', 3],
    ['es', 'la segunda', 2],
    ['es', 'uno', 1],
    ['es', 'el 3º', 3],
    ['es', 'opción cuatro', 4],
    ['fr', 'la deuxième', 2],
    ['fr', 'un', 1],
    ['fr', 'option un', 1],
    ['fr', 'le cinquième', 5],
    ['zh', '第二个', 2],
    ['zh', '三', 3],
    // Chinese filler words cling to the number; Korean endings to the word.
    ['zh', '我选第三个', 3],
    ['zh', '我要第二个', 2],
    ['ko', '2번이요', 2],
    ['ko', '두 번째로요', 2],
    ['ko', '첫번째로 할게요', 1],
    ['vi', 'thứ hai', 2],
    ['vi', 'số ba', 3],
    ['ko', '두 번째', 2],
    ['ko', '3번', 3],
    ['ar', 'الثاني', 2],
    ['ar', 'رقم ٣', 3],
    ['ar', '٤', 4],
    ['tl', 'pangalawa', 2],
    ['tl', 'ang ikatlo', 3],
    // English number words count in every language: many people mix them in.
    ['vi', 'two', 2],
    ['fr', 'second', 2],
])('%s: "%s" is option %i, read from the locale\'s words without the recognizers', (language, answer, position) => {
    const read = jest.spyOn(numbers, 'recognizeNumber');
    const ordinal = jest.spyOn(numbers, 'recognizeOrdinal');
    expect(matchChoice(localePhrases(i18n, language), FIVE, answer)).toBe(position - 1);
    expect(read).not.toHaveBeenCalled();
    expect(ordinal).not.toHaveBeenCalled();
});

test('a position beyond the options, or a word that is no position, names none; French and Spanish never reach the recognizers', () => {
    const read = jest.spyOn(numbers, 'recognizeNumber');
    const ordinal = jest.spyOn(numbers, 'recognizeOrdinal');
    expect(matchChoice(localePhrases(i18n, 'fr'), CHOICES, 'la quatrième')).toBeUndefined();
    expect(matchChoice(localePhrases(i18n, 'fr'), CHOICES, 'vingt et un')).toBeUndefined();
    expect(matchChoice(localePhrases(i18n, 'es'), CHOICES, 'veintiuno')).toBeUndefined();
    expect(matchChoice(localePhrases(i18n, 'es'), CHOICES, 'quiero la otra')).toBeUndefined();
    expect(read).not.toHaveBeenCalled();
    expect(ordinal).not.toHaveBeenCalled();
});

test('a number inside a sentence is no position, in Chinese and Korean either', () => {
    expect(matchChoice(localePhrases(i18n, 'zh'), CHOICES, '我有三个问题')).toBeUndefined();
    expect(matchChoice(localePhrases(i18n, 'ko'), CHOICES, '질문이 두 개 있어요')).toBeUndefined();
    expect(matchChoice(localePhrases(i18n, 'ko'), CHOICES, '이 사람이요')).toBeUndefined();
});

test('in English a few words the lists miss still go to the recognizers', () => {
    const read = jest.spyOn(numbers, 'recognizeNumber');
    expect(matchChoice(localePhrases(i18n, 'en'), CHOICES, 'twenty')).toBeUndefined();
    expect(read).toHaveBeenCalledWith('twenty', 'en-us');
});

test('every locale gives twelve positions, none of them a word of another position', () => {
    for (const language of ['en', 'es', 'fr', 'zh', 'vi', 'ko', 'ar', 'tl']) {
        const phrases = localePhrases(i18n, language);
        const seen = new Map<string, number>();
        for (let position = 1; position <= 12; position++) {
            const words = phrases.list(`prompts.positionWords.${position}`);
            expect(words.length).toBeGreaterThan(0);
            for (const word of words) {
                expect([language, word, seen.get(word) ?? position]).toEqual([language, word, position]);
                seen.set(word, position);
            }
        }
    }
});

describe('a message made of the options\' words only', () => {
    const YES_NO: MatchableChoice[] = [
        { title: 'Có', synonyms: ['vâng', 'được'] },
        { title: 'Không', synonyms: ['không cần', 'thôi'] },
    ];

    test.each([['có không'], ['Có, không'], ['không cần']])('"%s" is an answer that names the options, not a question', (text) => {
        expect(madeOfOptionWords(YES_NO, text)).toBe(true);
    });

    test.each([['có cần mang gì không'], ['bao lâu thì xong không'], ['']])('"%s" is not', (text) => {
        expect(madeOfOptionWords(YES_NO, text)).toBe(false);
    });
});
