import { i18n, say, texts, TEST_ORGANIZATION, type DialogHarness } from '../../support/dialogHarness';
import { openWordsHarness } from '../words/wordsFixture';
import { openCaseHarness } from '../cases/caseFixture';
import { LANGUAGES, opening } from './qualityKit';
import { askingAtTheMenu } from '../menuWithEveryFlow';

/**
 * "Thanks" and "are you a real person?" are neither an answer nor a command. Wherever a question waits (the menu, a
 * choice, a typed answer), they get one line and the same question ("are you a real person?" also inside a short
 * message: "hi, are you a real person or a bot?"); they never count as a failed try, so they never
 * bring "this step seems to be giving you trouble". A goodbye ("bye", and "no thanks" at "anything else?") gets one
 * line and the question stays open without being asked again.
 */
let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

async function open(locale?: string): Promise<DialogHarness> {
    harness = await openCaseHarness({ locale });
    return harness;
}

const SAID = {
    en: { thanks: ['thanks', 'Thank you!', 'ok thanks'], aboutMe: ['are you a real person?', 'Is this USCIS?', 'who are you?', 'hi, are you a real person or a bot?', 'I got a text from you, are you a real person?'], thanksWithAnswer: 'thanks, it is EAC9999103403' },
    es: { thanks: ['gracias', '¡Muchas gracias!', 'ok gracias'], aboutMe: ['¿eres una persona real?', '¿Esto es USCIS?', '¿quién eres?', 'hola, ¿eres una persona real o un robot?', 'me llegó un mensaje de ustedes, ¿esto es USCIS?'], thanksWithAnswer: 'gracias, es EAC9999103403' },
};

describe.each(LANGUAGES)('remarks ($language)', ({ language, locale, t }) => {
    const said = SAID[language];
    const thanks = t('remarks.thanks.answer');
    const aboutMe = t('remarks.aboutMe.answer');

    test('at the menu: a line, then the menu; never the stuck message, however many', async () => {
        const h = await open(locale);
        await say(h.client, 'hi');
        for (const text of [...said.thanks, ...said.aboutMe]) {
            const replies = texts(await say(h.client, text));
            expect([text, replies[0]]).toEqual([text, text.match(/gra|than/i) ? thanks : aboutMe]);
            expect(replies).toHaveLength(2);
            expect(replies[1]).toMatch(opening(t('menu.prompt')));
        }
        // The menu still works after them.
        expect(texts(await say(h.client, '4'))).toEqual([t('caseStatus.ask.receipt')]);
    });

    test('at a typed answer: a line, then the same question; an answer with thanks in it is an answer', async () => {
        const h = await open(locale);
        await say(h.client, 'hi');
        await say(h.client, '4');
        for (const text of [...said.thanks, ...said.aboutMe]) {
            expect([text, texts(await say(h.client, text))]).toEqual([text, [text.match(/gra|than/i) ? thanks : aboutMe, t('caseStatus.ask.receipt')]]);
        }
        // Six remarks, then two wrong numbers: the wrong numbers are the first two failures, so no stuck message yet.
        for (const wrong of ['EAC12', 'EAC1234']) expect(texts(await say(h.client, wrong)).join('\n')).not.toContain(t('prompts.stuck'));
        const answer = texts(await say(h.client, said.thanksWithAnswer)).join('\n');
        expect(answer).toContain('EAC9999103403');
        expect(answer).not.toContain(thanks);
    });

    test('"are you a real person?" at a question is about the bot; asking for one still asks for one', async () => {
        const h = await open(locale);
        await say(h.client, 'hi');
        await say(h.client, '4');
        expect(texts(await say(h.client, said.aboutMe[0]))).toEqual([aboutMe, t('caseStatus.ask.receipt')]);
        // The words the answer suggests ask for a person (here, with no help desk: how to reach one).
        const suggested = /["«“]\s?([^"»”]+?)\s?["»”]/.exec(aboutMe)?.[1];
        expect(texts(await say(h.client, suggested!)).join('\n')).toContain(t('contact.intro'));
    });
});

test('"thanks" in English in a Spanish conversation is answered in Spanish', async () => {
    const h = await open('es-US');
    await say(h.client, 'hola');
    const es = i18n.getFixedT('es');
    expect(texts(await say(h.client, 'thank you'))[0]).toBe(es('remarks.thanks.answer'));
});

describe.each(['fr-FR', 'vi-VN', 'zh-CN', 'ko-KR', 'ar-EG', 'tl-PH'])('remarks in %s', (locale) => {
    test('the first "thanks" and "who are you" phrases get their line at the receipt question; the suggested words ask for a person', async () => {
        const h = await open(locale);
        const t = i18n.getFixedT(locale.slice(0, 2));
        const list = (key: string) => t(key, { returnObjects: true }) as unknown as string[];
        await say(h.client, '4');
        await say(h.client, '4');
        for (const remark of ['thanks', 'aboutMe']) {
            const text = list(`remarks.${remark}.phrases`)[0];
            expect([text, texts(await say(h.client, text))]).toEqual([text, [t(`remarks.${remark}.answer`), t('caseStatus.ask.receipt')]]);
        }
        const suggested = /["«“]\s?([^"»”]+?)\s?["»”]/.exec(t('remarks.aboutMe.answer'))?.[1];
        expect(suggested).toBeDefined();
        expect(texts(await say(h.client, suggested!)).join('\n')).toContain(t('contact.intro'));
    });
});

test('fr: "est-ce que vous êtes l\'USCIS ?", asked the usual French way, gets the line about what it is talking to', async () => {
    // Before: out of scope ("Désolé, je ne peux pas vous aider pour cela").
    const h = await open('fr-FR');
    const t = i18n.getFixedT('fr');
    await say(h.client, 'bonjour');
    for (const text of ["Est-ce que vous êtes l'USCIS ?", 'est-ce que je parle à un robot']) {
        expect([text, texts(await say(h.client, text))[0]]).toEqual([text, t('remarks.aboutMe.answer')]);
    }
});

test.each([
    ['en-US', 'are you guys USCIS?'],
    ['es-US', '¿ustedes son de USCIS?'],
    ['vi-VN', 'đây là USCIS à?'],
    ['zh-CN', '你们是移民局的吗？'],
    ['ko-KR', 'USCIS 맞아요?'],
    ['tl-PH', 'USCIS ba kayo?'],
    ['ar-EG', 'هل أنتم USCIS؟'],
    // Whether it is the real USCIS, or the government at all: before, the scams answer, or "Sorry, I can't help".
    ['en-US', 'is this the real USCIS?'],
    ['en-US', 'are you from the government'],
    ['es-US', '¿es esto el USCIS de verdad?'],
    ['fr-FR', 'vous êtes du gouvernement ?'],
    ['vi-VN', 'đây có phải USCIS thật không?'],
    ['zh-CN', '这是真的USCIS吗？'],
    ['ko-KR', '정부 기관이에요?'],
    ['tl-PH', 'gobyerno po ba ito?'],
    ['ar-EG', 'هل أنتم من الحكومة؟'],
])('%s: "%s" (asking the organisation, not the bot) gets that this is not USCIS', async (locale, text) => {
    // Before: the scams answer in ko, tl and ar; "which number is which?" in vi.
    const h = await open(locale);
    await say(h.client, '4');
    await say(h.client, '4');
    const t = i18n.getFixedT(locale.slice(0, 2));
    expect(texts(await say(h.client, text))).toEqual([t('remarks.aboutMe.answer'), t('caseStatus.ask.receipt')]);
});

test.each([
    ['en-US', 'is this chat really from USCIS?'],
    ['en-US', 'is this the official USCIS website?'],
    ['en-US', 'who runs this chat?'],
    ['es-US', '¿este chat es de USCIS?'],
    ['fr-FR', 'qui gère ce chat ?'],
    ['vi-VN', 'đây có phải USCIS không?'],
    ['zh-CN', '这是移民局吗？'],
    ['ko-KR', '이 채팅은 누가 운영해요?'],
    ['tl-PH', 'USCIS ba ito?'],
    ['ar-EG', 'من يدير هذه المحادثة؟'],
    ['en-US', 'who made you?'],
    ['en-US', 'who created this chat?'],
    ['es-US', '¿quién te hizo?'],
    ['zh-CN', '这个聊天是谁做的？'],
])('%s: "%s" at the menu gets that this is an assistant, not USCIS', async (locale, text) => {
    // Before: the scams answer ("Keep your account safe"), or "choose one of the options"; "who made you?", "Sorry, I
    // can't help with that".
    const h = await open(locale);
    const t = i18n.getFixedT(locale.slice(0, 2));
    await say(h.client, 'hi');
    expect(texts(await say(h.client, text))[0]).toBe(t('remarks.aboutMe.answer'));
});

/** Goodbyes in the words people use, with the punctuation they type. */
const GOODBYES = {
    en: { bye: ['bye', 'Thank you, bye!', "that's all"], no: ['no', 'no thanks'] },
    es: { bye: ['adiós', 'Gracias, adiós.', 'eso es todo'], no: ['no', 'no, gracias'] },
};

describe.each(LANGUAGES)('goodbye ($language)', ({ language, locale, t }) => {
    const farewell = t('remarks.farewell.answer');

    test('"anything else?" answered no: a goodbye and no menu; the menu still takes a choice afterwards', async () => {
        const h = await open(locale);
        await say(h.client, 'hi');
        await say(h.client, '4');
        await say(h.client, 'EAC9999103403');
        // Whatever the status flow asks after the status (updates?), "no" ends it and the menu asks "anything else?".
        let replies = texts(await say(h.client, t('prompts.yesNo.no')));
        for (let tries = 0; tries < 2 && !replies.some((reply) => opening(t('menu.again')).test(reply)); tries++) replies = texts(await say(h.client, t('prompts.yesNo.no')));
        expect(replies.some((reply) => opening(t('menu.again')).test(reply))).toBe(true);
        for (const text of [...GOODBYES[language].no, ...GOODBYES[language].bye]) expect([text, texts(await say(h.client, text))]).toEqual([text, [farewell]]);
        // The case just checked is offered first (see checkedCases).
        expect(texts(await say(h.client, '4'))[0]).toMatch(opening(t('caseStatus.ask.chooseCase')));
    });

    test('a goodbye at a question: one line, the question not asked again, and it still takes its answer', async () => {
        const h = await open(locale);
        await say(h.client, 'hi');
        await say(h.client, '4');
        for (const text of GOODBYES[language].bye) expect([text, texts(await say(h.client, text))]).toEqual([text, [farewell]]);
        // Three goodbyes are no failed tries: the next wrong number gets its reason, never "giving you trouble".
        expect(texts(await say(h.client, 'EAC12')).join('\n')).not.toContain(t('prompts.stuck'));
        expect(texts(await say(h.client, 'EAC9999103403')).join('\n')).toContain('EAC9999103403');
    });

    test('"no" at the first menu is not a goodbye (nothing was done yet): it is read as any message', async () => {
        const h = await open(locale);
        await say(h.client, 'hi');
        expect(texts(await say(h.client, 'no'))).not.toEqual([farewell]);
    });
});

// Before: "no thanks" at the welcome's menu got "Hello! I am glad you are here." (read as a greeting), or "There's
// nothing to cancel right now" in French and Chinese.
test.each([
    ['en-US', 'hi', 'no thanks'],
    ['es-US', 'hola', 'no, gracias'],
    ['fr-FR', 'bonjour', 'non merci'],
    ['zh-CN', '你好', '不用了，谢谢'],
    ['vi-VN', 'xin chào', 'không, cảm ơn'],
    ['tl-PH', 'kumusta', 'hindi na, salamat'],
    ['ko-KR', '안녕하세요', '아니요, 괜찮아요'],
    ['ar-EG', 'مرحبا', 'لا شكرا'],
])('%s: "%s", then "%s" at the welcome\'s menu is a goodbye; the menu still takes a choice', async (locale, greeting, said) => {
    const h = await open(locale);
    const t = i18n.getFixedT(locale.slice(0, 2));
    await say(h.client, greeting);
    expect(texts(await say(h.client, said))).toEqual([t('remarks.farewell.answer')]);
    expect(texts(await say(h.client, '4'))).toEqual([t('caseStatus.ask.receipt')]);
});

// Found by chatting with the bot: "yes" at "What can I help you with?" (or "Is there anything else…?") got "Sorry, I
// can't help with that… type 'talk to a person'". It is how to say what is needed, then the question again.
describe.each(['en-US', 'es-US', 'zh-CN', 'ar-EG'])('"yes" at the menu (%s)', (locale) => {
    test('gets how to choose or say what is needed, then the menu; never "I can\'t help with that"', async () => {
        const h = await open(locale);
        const t = i18n.getFixedT(locale.slice(0, 2));
        await say(h.client, 'hi');
        const replies = texts(await say(h.client, t('prompts.yesNo.yes')));
        expect(replies[0]).toBe(t('help.menu'));
        expect(replies[1]).toMatch(opening(t('menu.prompt')));
        expect(replies).not.toContain(t('understanding.outOfScope'));
    });
});

describe.each(['en-US', 'es-US', 'fr-FR', 'vi-VN', 'zh-CN', 'ko-KR', 'ar-EG', 'tl-PH'])('goodbye in %s', (locale) => {
    test('every goodbye phrase at the receipt question gets the goodbye line alone', async () => {
        const h = await open(locale);
        const t = i18n.getFixedT(locale.slice(0, 2));
        await say(h.client, '4');
        await say(h.client, '4');
        for (const text of t('remarks.farewell.phrases', { returnObjects: true }) as unknown as string[]) {
            expect([text, texts(await say(h.client, text))]).toEqual([text, [t('remarks.farewell.answer')]]);
        }
    });
});

/*
 * Found by chatting: "wait", "let me look for it", "un momento" at the receipt question got "That is too short" or "I
 * need the receipt number itself", as if the person had answered wrong. A moment asked for gets one line, and the
 * question stays open without being asked again, as after a goodbye; it is no failed try.
 */
describe.each(['en-US', 'es-US', 'fr-FR', 'vi-VN', 'zh-CN', 'ko-KR', 'ar-EG', 'tl-PH'])('a moment asked for, in %s', (locale) => {
    test('every "wait" phrase at the receipt question gets the take-your-time line alone; the question still takes its answer', async () => {
        const h = await open(locale);
        const t = i18n.getFixedT(locale.slice(0, 2));
        await say(h.client, '4');
        expect(texts(await say(h.client, '4'))).toEqual([t('caseStatus.ask.receipt')]);
        for (const text of t('remarks.wait.phrases', { returnObjects: true }) as unknown as string[]) {
            expect([text, texts(await say(h.client, text))]).toEqual([text, [t('remarks.wait.answer')]]);
        }
        expect(texts(await say(h.client, 'EAC12')).join('\n')).not.toContain(t('prompts.stuck'));
        expect(texts(await say(h.client, 'EAC9999103403')).join('\n')).toContain('EAC9999103403');
    });
});

test('en: "one moment" at a yes/no question gets the line alone, and "no" still answers it', async () => {
    const h = await open('en-US');
    const t = i18n.getFixedT('en');
    await say(h.client, 'hi');
    await say(h.client, '4');
    const status = texts(await say(h.client, 'EAC9999103403'));
    expect(status.at(-1)).toMatch(opening(t('caseSubscriptions.offer.prompt')));
    expect(texts(await say(h.client, 'one moment'))).toEqual([t('remarks.wait.answer')]);
    expect(texts(await say(h.client, t('prompts.yesNo.no'))).join('\n')).not.toContain(t('remarks.wait.answer'));
});

/*
 * Found by chatting: "thank you so much, you helped me a lot" at the menu got the menu again without a word back, and
 * "thank you, how do I add my case?" as a first message lost its request (read whole, a greeting): the menu alone, or
 * "Hello! I am glad you are here." Thanks said with praise is the thanks remark; thanks before a request is read for
 * the request; "thanks for your time, bye" is a goodbye.
 */
describe('thanks with praise, or before something else', () => {
    const withClassifier = askingAtTheMenu();
    test.each([
        ['en-US', 'thank you so much, you helped me a lot'],
        ['en-US', 'thanks a lot for your help'],
        ['en-US', 'very helpful, thanks'],
        ['es-US', 'muchas gracias, me ayudó mucho'],
        ['fr-FR', "merci, vous m'avez beaucoup aidé"],
        ['vi-VN', 'cảm ơn, bạn giúp tôi nhiều lắm'],
        ['zh-CN', '谢谢你帮了我很多'],
        ['ko-KR', '도와주셔서 정말 감사합니다'],
        ['ar-EG', 'شكرا على مساعدتك'],
        ['tl-PH', 'salamat po sa tulong ninyo'],
        // Praise said as "you are …" (before: "Sorry, I can't help with that", or in Spanish the greeting).
        ['en-US', 'thank you so much, you are very helpful'],
        ['en-US', 'you are so kind'],
        ['en-US', 'thanks so much, you are amazing'],
        ['es-US', 'muchas gracias, es usted muy amable'],
        ['fr-FR', 'merci beaucoup, vous êtes très gentil'],
        ['vi-VN', 'cảm ơn bạn rất nhiều, bạn thật tốt'],
        ['zh-CN', '谢谢，你真好'],
        ['ko-KR', '감사합니다, 정말 친절하시네요'],
        ['ar-EG', 'شكرا جزيلا، أنت لطيف جدا'],
        ['tl-PH', 'salamat po, ang bait niyo'],
        // Folded hands or a heart alone (before: "Sorry, I can't help with that").
        ['en-US', '🙏'],
        ['es-US', '🙏🏽'],
        ['vi-VN', '❤️'],
    ])('%s: "%s" at the menu is thanks: a line back, then the menu', async (locale, said) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        const h = await open(locale);
        await say(h.client, 'hi');
        const replies = texts(await say(h.client, said));
        expect(replies[0]).toBe(t('remarks.thanks.answer'));
        expect(replies[1]).toMatch(opening(t('menu.prompt')));
    });

    test.each([
        ['en-US', 'thank you, how do I add my case?', 'addCase.signInIntro'],
        ['en-US', 'thank you for your help, where is my account number?', 'findAccountNumber.whereToFind'],
        ['es-US', 'gracias, ¿cómo agrego mi caso?', 'addCase.signInIntro'],
    ])('%s: "%s" as a first message is read for what follows the thanks', async (locale, said, key) => {
        // The classifier reads the request, as on the live menu (the case harness reads phrases only).
        const { t, replies } = await withClassifier.firstMessage(locale, said);
        expect(replies.join('\n')).toContain(t(key).split('\n')[0]);
    });

    // A request after greetings (before: "Hello! I am glad you are here." and the menu, the request lost). A message of
    // greetings alone, or a greeting and "how are you?", is still greeted.
    test.each([
        ['en-US', 'hello good afternoon I would like to know how my case is going', 'caseStatus.ask.receipt'],
        ['es-US', 'hola buenas tardes quisiera saber cómo va mi trámite', 'caseStatus.ask.receipt'],
        // Read whole as nothing (before: "Sorry, I can't help with that").
        ['tl-PH', 'magandang umaga po, paano po mag-check ng status', 'caseStatus.ask.receipt'],
        ['es-US', 'hola buenas tardes', 'understanding.greeting'],
        ['en-US', 'hi how are you', 'understanding.greeting'],
    ])('%s: "%s" at the menu is read for what follows the greetings', async (locale, said, key) => {
        const { t, replies } = await withClassifier.askAtMenu(locale, { 'es-US': 'hola', 'tl-PH': 'kumusta' }[locale] ?? 'hi', said);
        expect(replies[0]).toBe(t(key));
    });

    test('en: "thanks for your time, bye" is a goodbye; "thanks, it is EAC9999103403" at the receipt question is still an answer', async () => {
        const t = i18n.getFixedT('en');
        const h = await open('en-US');
        await say(h.client, 'hi');
        expect(texts(await say(h.client, 'thanks for your time, bye'))[0]).toBe(t('remarks.farewell.answer'));
        await say(h.client, '4');
        expect(texts(await say(h.client, 'thanks, it is EAC9999103403')).join('\n')).toContain('EAC9999103403');
    });
});

/*
 * Found by chatting: "is this the real USCIS website?" at "Which account do you want to create?" named the USCIS
 * account's word and was taken as choosing it: the walk-through began. A question about what this chat is chooses
 * nothing: it is answered, and the question asked again; "the USCIS one" still chooses.
 */
test.each([
    ['en-US', 'is this the real USCIS website?', 'the USCIS one'],
    ['en-US', 'Is this USCIS?', 'USCIS online account'],
    ['es-US', '¿esto es USCIS?', 'la de USCIS'],
])('%s: "%s" at the account question gets what this chat is, and the question again', async (locale, asked, answer) => {
    const t = i18n.getFixedT(locale.slice(0, 2));
    const h = (harness = await openWordsHarness({ locale }));
    await say(h.client, 'hi');
    const question = expect.stringMatching(opening(t('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name })));
    expect(texts(await say(h.client, '2'))).toEqual([question]);
    expect(texts(await say(h.client, asked))).toEqual([t('remarks.aboutMe.answer'), question]);
    expect(texts(await say(h.client, answer))[0]).toMatch(opening(t('uscisAccountGuide.intro', { orgName: TEST_ORGANIZATION.name })));
});

// Found by chatting: "who made this bot?" got "Sorry, I can't help with that". Who made or runs this chat is what it is
// (the Korean was read so already: a guard row).
test.each([
    ['en-US', 'who made this bot?'],
    ['en-US', 'Who runs this?'],
    ['es-US', '¿quién hizo este bot?'],
    ['fr-FR', 'qui a créé ce bot ?'],
    ['vi-VN', 'ai làm ra bot này?'],
    ['zh-CN', '这个机器人是谁做的？'],
    ['ko-KR', '이 봇은 누가 만들었어요?'],
    ['tl-PH', 'sino ang gumawa ng bot na ito?'],
    ['ar-EG', 'من صنع هذا البوت؟'],
])('%s: "%s" at the menu gets what this chat is, then the menu', async (locale, asked) => {
    const t = i18n.getFixedT(locale.slice(0, 2));
    const h = await open(locale);
    await say(h.client, 'hi');
    expect(texts(await say(h.client, asked))).toEqual([t('remarks.aboutMe.answer'), expect.stringMatching(opening(t('menu.prompt')))]);
});
