import { matchChoice, type MatchableChoice } from '../../conversation/choiceMatching';
import { localePhrases } from '../../conversation/turnLanguage';
import { createI18n } from '../../locales';

/**
 * Microsoft's number recognizers read a position ("the second one", "la deuxième") only in answers of a few words. Their
 * French models take seconds to build on the first sentences they read, and a sentence is never a position: it must not
 * reach them. (The library's own module object, so its function can be watched without touching ours.)
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

test('a position in a few words is still read by them', () => {
    const read = jest.spyOn(numbers, 'recognizeNumber');
    expect(matchChoice(localePhrases(i18n, 'en'), CHOICES, 'the second one')).toBe(1);
    expect(matchChoice(localePhrases(i18n, 'en'), CHOICES, 'three')).toBe(2);
    expect(read).toHaveBeenCalled();
});
