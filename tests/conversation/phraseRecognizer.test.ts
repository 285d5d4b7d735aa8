import { PhraseRecognizer } from '../../conversation/phraseRecognizer';
import { topIntent, TASK_INTENTS, type RecognizerInput, type RecognizerResult } from '../../conversation/recognizer';
import { createI18n } from '../../locales';

const i18n = createI18n('en');
const en = i18n.getFixedT('en');
const es = i18n.getFixedT('es');
const recognizer = new PhraseRecognizer(i18n);

const recognize = (input: RecognizerInput): Promise<RecognizerResult> => recognizer.recognize(input);
const intents = async (input: RecognizerInput) => (await recognize(input)).intents;

describe.each([
    { language: 'en', t: en },
    { language: 'es', t: es },
])('the phrase recognizer ($language)', ({ language, t }) => {
    const words = (key: string) => t(key, { returnObjects: true }) as unknown as string[];

    test.each([
        ['interruptions.helpWords', 'help'],
        ['interruptions.cancelWords', 'cancel'],
        ['interruptions.startOverWords', 'startOver'],
        ['interruptions.languageWords', 'chooseLanguage'],
        ['menu.options.talkToPerson.synonyms', 'talkToPerson'],
    ] as const)('every phrase of %s, as the whole message, is %s with score 1', async (key, intent) => {
        for (const phrase of words(key)) {
            expect({ phrase, intents: await intents({ text: phrase, locale: language }) }).toEqual({ phrase, intents: [{ name: intent, score: 1 }] });
        }
    });

    test('a phrase inside a longer answer is no command', async () => {
        const phrase = words('interruptions.helpWords')[0];
        expect(await intents({ text: `${phrase} ${t('menu.options.checkStatus.title')} 12345`, locale: language, expecting: 'answer' })).toEqual([]);
    });

    test('a language name, in any language, switches to it and carries the language as an entity', async () => {
        for (const target of ['en', 'es']) {
            const name = i18n.t('language.name', { lng: target });
            const result = await recognize({ text: name, locale: language });
            expect(result.intents).toEqual([{ name: 'switchLanguage', score: 1 }]);
            expect(result.entities).toEqual([{ type: 'language', value: target, text: name }]);
        }
    });

    test('at the menu, each option title names its task; a bare number names the option in that place', async () => {
        for (const [index, task] of TASK_INTENTS.entries()) {
            expect(topIntent(await recognize({ text: t(`menu.options.${task}.title`), locale: language, expecting: 'menu' }), TASK_INTENTS, 0.5)?.name).toBe(task);
            expect(await intents({ text: String(index + 1), locale: language, expecting: 'menu' })).toEqual([{ name: task, score: 1 }]);
        }
    });

    test('at the menu, a sentence that contains one option\'s words names it, with a lower score', async () => {
        const sentence = `${language === 'es' ? 'mi hermano me pidió' : 'my brother asked me to'} ${t('menu.options.checkStatus.title').toLowerCase()}`;
        expect(await intents({ text: sentence, locale: language, expecting: 'menu' })).toEqual([{ name: 'checkStatus', score: 0.8 }]);
    });

    test('outside the menu, option titles and numbers are not tasks', async () => {
        expect(await intents({ text: t('menu.options.checkStatus.title'), locale: language, expecting: 'answer' })).toEqual([]);
        expect(await intents({ text: '2', locale: language })).toEqual([]);
    });
});

describe('entities', () => {
    test.each([
        ['my receipt is EAC 219 000 0001', { type: 'receiptNumber', value: 'EAC2190000001' }],
        ['IOE0912345678', { type: 'receiptNumber', value: 'IOE0912345678' }],
        ['my number is 1234-5678-9012', { type: 'accountNumber', value: '123456789012' }],
        ['write to Ana.Lopez@Example.org please', { type: 'email', value: 'ana.lopez@example.org' }],
        ['text me at (555) 867-5309', { type: 'phone', value: '+15558675309' }],
    ])('%s', async (text, expected) => {
        const { entities } = await recognize({ text, locale: 'en' });
        expect(entities).toEqual([expect.objectContaining(expected)]);
    });

    test('ordinary words carry none', async () => {
        expect((await recognize({ text: 'quiero revisar mi caso', locale: 'es' })).entities).toEqual([]);
    });
});

describe('asking for a person in a sentence (interruptions.personCues)', () => {
    test.each([
        ['en', 'can I talk to a real person please'],
        ['en', 'I need to speak with an agent'],
        ['es', 'quiero hablar con una persona'],
        ['es', 'me puede pasar con un agente'],
        ['vi', 'nói chuyện với người thật'],
        ['vi', 'tôi muốn gặp nhân viên'],
        ['fr', "je veux parler à quelqu'un"],
        ['tl', 'pwede ba makipag-usap sa totoong tao'],
        ['zh', '我想跟真人说话'],
        ['ko', '상담원과 통화하고 싶어요'],
        ['ar', 'أريد التحدث مع موظف'],
    ])('%s: "%s" at a question asks for a person, in an English conversation too', async (_language, text) => {
        for (const locale of [_language, 'en']) {
            expect(await intents({ text, locale, expecting: 'answer' })).toEqual([{ name: 'talkToPerson', score: 0.8 }]);
        }
    });

    test.each([
        'my person of contact is my sister',
        'I am a real estate agent',
        'the agent told me to call',
        'someone stole my card',
        'quiero ver mi caso',
        'tôi muốn tạo tài khoản',
    ])('"%s" is no such request', async (text) => {
        expect(await intents({ text, locale: 'en', expecting: 'answer' })).toEqual([]);
    });

    test('where any words answer (a security answer), a sentence is never read so', async () => {
        expect(await intents({ text: 'I want to speak to someone', locale: 'en', expecting: 'anyWords' })).toEqual([]);
    });

    test('a long message that mentions speaking to someone is a story, not a request', async () => {
        const story = 'last year I went to the office to speak to someone about my case and they told me to wait for a letter in the mail';
        expect(await intents({ text: story, locale: 'en', expecting: 'answer' })).toEqual([]);
    });
});

describe('asking what was said (interruptions.clarifyWords)', () => {
    const LANGUAGES = ['en', 'es', 'fr', 'vi', 'zh', 'ko', 'tl', 'ar'];

    test.each(LANGUAGES)('%s: every phrase, as the whole message and with a question mark, is help at a question and at the menu', async (language) => {
        const phrases = i18n.getFixedT(language)('interruptions.clarifyWords', { returnObjects: true }) as unknown as string[];
        expect(phrases.length).toBeGreaterThan(3);
        for (const phrase of phrases) {
            for (const text of [phrase, `${phrase}?`]) {
                for (const expecting of ['answer', 'menu'] as const) {
                    expect({ text, expecting, intents: await intents({ text, locale: language, expecting }) }).toEqual({ text, expecting, intents: [{ name: 'help', score: 1 }] });
                }
            }
        }
    });

    test('where any words answer (a security answer: "Como", the city), they are the answer', async () => {
        for (const text of ['Como', 'what', 'ano']) expect(await intents({ text, locale: 'en', expecting: 'anyWords' })).toEqual([]);
    });

    test.each(['what is TPS?', 'what do you mean by biometrics', '¿qué es un número A?', 'como puedo ver mi caso'])('"%s" opens a question, no command', async (text) => {
        expect(await intents({ text, locale: 'en', expecting: 'answer' })).toEqual([]);
    });
});
