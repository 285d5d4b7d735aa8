import fc from 'fast-check';
import { containsAnyOf, containsAnyPhrase, containsWords, plainPhrase, plainPhrases, plainWords, splitAtPhrases, withoutPhrases } from '../../conversation/utteranceWords';
import { turnIn } from '../support/turnInLanguage';

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

describe('splitAtPhrases', () => {
    test('cuts at whole words only, the longest phrase first, and keeps no empty part', () => {
        expect(splitAtPhrases('check my status and also find my number', ['and', 'and also', 'also'])).toEqual(['check my status', 'find my number']);
        // Part of a word is no phrase: "and" is not cut out of "band" or "andrea".
        expect(splitAtPhrases('my band andrea', ['and'])).toEqual(['my band andrea']);
        expect(splitAtPhrases('and then and', ['and', 'then'])).toEqual([]);
    });

    test('cuts a run of Chinese characters at a Chinese phrase, never a word of another script', () => {
        expect(splitAtPhrases('我想查案件状态和找账户号码', ['和'])).toEqual(['我想查案件状态', '找账户号码']);
        expect(splitAtPhrases('abc和', ['c和'])).toEqual(['abc和']);
    });
});

describe('plainWords', () => {
    test('ends a word where Chinese meets Latin letters or digits, as a space would', () => {
        expect(plainWords('怎么取消I-130申请？')).toBe('怎么取消 i 130 申请');
        expect(plainWords('我的EAD丢了')).toBe('我的 ead 丢了');
        expect(containsWords(plainWords('怎么取消I-130申请'), plainPhrase('I-130'))).toBe(true);
        expect(containsWords(plainWords('怎么取消I-130申请'), plainPhrase('申请'))).toBe(true);
        expect(containsWords(plainWords('我的EAD丢了'), plainPhrase('EAD'))).toBe(true);
        // A phrase of both scripts is folded the same way, and still found.
        expect(containsWords(plainWords('我的EAD卡丢了'), plainPhrase('EAD卡'))).toBe(true);
        // Korean is written with spaces, and a particle joined to a Latin word stays as it is written.
        expect(plainWords('EAD를 잃어버렸어요')).toBe('ead를 잃어버렸어요');
    });

    test('puts back the silent h Spanish written as it sounds drops before a participle, and only there', () => {
        // Before: "no me a llegado mi tarjeta" matched none of the lists written "no me ha llegado" (out of scope).
        expect(plainWords('No me a llegado mi tarjeta')).toBe('no me ha llegado mi tarjeta');
        expect(plainWords('no e recibido el código')).toBe('no he recibido el codigo');
        expect(plainWords('ya an pasado 6 meses')).toBe('ya han pasado 6 meses');
        expect(plainWords('la e perdido')).toBe('la he perdido');
        // "a" the preposition and "e" the "and" stay.
        expect(plainWords('voy a cambiar mi dirección')).toBe('voy a cambiar mi direccion');
        expect(plainWords('mi padre e hijo')).toBe('mi padre e hijo');
        expect(plainWords('no a la cita')).toBe('no a la cita');
    });

    test('spells the words of this chat\'s topics as the lists do, whole words only', () => {
        expect(plainWords('i lost my recipt')).toBe('i lost my receipt');
        expect(plainWords('When is my Apointment?')).toBe('when is my appointment');
        expect(plainWords('my greencard expired')).toBe('my green card expired');
        expect(plainWords('change my adress')).toBe('change my address');
        // Inside another word, nothing changes.
        expect(plainWords('staussen recipto')).toBe('staussen recipto');
    });
});

describe('containsAnyPhrase', () => {
    // Lists of spaced and unspaced scripts, and messages that match none, one at the start or the end, part of a word,
    // or a Chinese phrase inside a run of Chinese characters.
    const CASES: ReadonlyArray<readonly [language: string, key: string, said: string]> = [
        ['en', 'understanding.uscisMatters.interview.words', 'what should i bring to my interview'],
        ['en', 'understanding.uscisMatters.interview.words', 'bring'],
        ['en', 'understanding.uscisMatters.tps.words', 'tps'],
        ['en', 'understanding.uscisMatters.tps.words', 'tpsx renewal'],
        ['en', 'understanding.uscisMatters.i94.words', 'where is my i 94'],
        ['es', 'understanding.uscisMatters.asylum.words', 'como pido asilo'],
        ['zh', 'understanding.uscisMatters.medicalExam.words', '绿卡体检去哪里做'],
        ['zh', 'understanding.uscisMatters.tps.words', '怎么申请 tps'],
        ['zh', 'understanding.uscisMatters.tps.words', '我的tpsx'],
        ['ko', 'understanding.uscisMatters.daca.words', 'daca를 갱신하고 싶어요'],
        ['ko', 'understanding.uscisMatters.daca.words', 'dacax'],
    ];

    test.each(CASES)('%s: %s in "%s" is what reading each phrase with containsWords finds', (language, key, said) => {
        const context = turnIn(language);
        const each = [...plainPhrases(context, key)].some((phrase) => containsWords(said, phrase));
        expect(containsAnyPhrase(context, key, said)).toBe(each);
    });

    test('finds whole words at the start, in the middle and at the end, and never part of a word', () => {
        const context = turnIn('en');
        const key = 'understanding.uscisMatters.tps.words';
        expect(['tps', 'my tps renewal', 'renew my tps'].map((said) => containsAnyPhrase(context, key, said))).toEqual([true, true, true]);
        expect(['tpss', 'atps', 'gtp s'].map((said) => containsAnyPhrase(context, key, said))).toEqual([false, false, false]);
    });

    test('finds a Chinese phrase inside a run of Chinese characters, and a message read against two lists in turn', () => {
        const context = turnIn('zh');
        expect(containsAnyPhrase(context, 'understanding.uscisMatters.medicalExam.words', '绿卡体检去哪里做')).toBe(true);
        expect(containsAnyPhrase(context, 'understanding.uscisMatters.tps.words', '绿卡体检去哪里做')).toBe(false);
        expect(containsAnyPhrase(context, 'understanding.uscisMatters.medicalExam.words', '我想问工卡')).toBe(false);
    });
});

describe('containsAnyOf', () => {
    // It looks only for the phrases that open with one of the message's words, when the list is longer than the
    // message: the same answer as looking for every phrase, for any message and list.
    const word = fc.constantFrom('my', 'green', 'card', 'lost', 'i', 'a', 'card2', '绿卡', '丢了', '我的', 'ab', 'b');
    const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((list) => list.join(' '));
    const glued = fc.array(fc.constantFrom('绿卡', '丢了', '我的'), { minLength: 1, maxLength: 3 }).map((list) => list.join(''));

    test('finds a phrase exactly when containsWords finds one of them', () => {
        fc.assert(
            fc.property(fc.oneof(words(8), glued), fc.uniqueArray(fc.oneof(words(3), glued), { maxLength: 20 }), (said, list) => {
                expect(containsAnyOf(said, new Set(list))).toBe(list.some((phrase) => containsWords(said, phrase)));
            }),
            { numRuns: 3000 },
        );
    });

    test('reads a message after another with the same lists (the words it keeps are the new message\'s)', () => {
        const list = new Set(['lost my green card', 'green card', 'card', 'my', 'i lost', 'a b', 'b a', 'ab', 'lost', 'card2', 'x']);
        expect(containsAnyOf('i lost it', list)).toBe(true);
        expect(containsAnyOf('nothing here', list)).toBe(false);
        expect(containsAnyOf('where is the green card', list)).toBe(true);
        expect(containsAnyOf('', list)).toBe(false);
    });
});
