import { withoutPhrases } from '../../conversation/utteranceWords';

describe('withoutPhrases', () => {
    test('takes out whole words only, the longest phrase first', () => {
        expect(withoutPhrases('you dont understand me at all', ['you dont understand', 'you dont understand me'])).toBe('at all');
        expect(withoutPhrases('this is so frustrating', ['frustrating'])).toBe('this is so');
        // Part of a word is no phrase: "useless" is not taken from "uselessness".
        expect(withoutPhrases('uselessness', ['useless'])).toBe('uselessness');
    });

    test('takes out every time a phrase occurs, and leaves nothing of a message that is only phrases', () => {
        expect(withoutPhrases('so annoying so annoying', ['annoying', 'so'])).toBe('');
    });

    test('takes a Chinese phrase out of a run of Chinese characters, never out of a word of another script', () => {
        expect(withoutPhrases('我真的好担心我的案子', ['担心'])).toBe('我真的好 我的案子');
        expect(withoutPhrases('担心abc', ['担心'])).toBe('担心abc');
        expect(withoutPhrases('abc担心', ['bc担'])).toBe('abc担心');
    });
});
