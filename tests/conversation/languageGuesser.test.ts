import fs from 'node:fs';
import path from 'node:path';
import { detectAll } from 'tinyld';
import { guessLanguages, guesserFor } from '../../conversation/languageGuesser';
import { localesDirectory } from '../../locales';
import { nluLanguages, readNluExamples } from '../../conversation/nluTraining';

const LOCALES = fs
    .readdirSync(localesDirectory(), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
const LATIN = ['en', 'es', 'fr', 'tl', 'vi'];

describe("tinyld's model trimmed to Sendero's languages (scripts/tinyldModel.cjs, run by npm install)", () => {
    test('the trimmed copy is there, keeps every language with a locale, and is what answers for them', () => {
        const guesser = guesserFor(LOCALES);
        expect(guesser.languages && [...guesser.languages].sort()).toEqual([...LOCALES].sort());
        expect(fs.statSync(path.join(path.dirname(require.resolve('tinyld')), 'tinyld.normal.sendero.js')).size).toBeLessThan(
            fs.statSync(require.resolve('tinyld')).size / 2,
        );
    });

    test('a language it does not keep is guessed by tinyld as published', () => {
        expect(guesserFor(['en', 'de']).languages).toBeUndefined();
        expect(guessLanguages('ich möchte den Status meines Antrags wissen', ['en', 'de'])).toEqual(detectAll('ich möchte den Status meines Antrags wissen', { only: ['en', 'de'] }));
    });

    test.each(nluLanguages('heldout'))('%s: every held-out sentence gets the guesses tinyld as published gives, among several sets of languages', (language) => {
        for (const { text } of readNluExamples(language, 'heldout')) {
            for (const only of [LATIN, ['en', 'es'], [language === 'en' ? 'fr' : 'en']]) {
                expect(guessLanguages(text, only)).toEqual(detectAll(text, { only }));
            }
        }
    });
});
