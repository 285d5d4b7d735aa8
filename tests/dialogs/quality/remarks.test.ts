import { i18n, say, texts, type DialogHarness } from '../../support/dialogHarness';
import { openCaseHarness } from '../cases/caseFixture';
import { LANGUAGES, opening } from './qualityKit';

/**
 * "Thanks" and "are you a real person?" are neither an answer nor a command. Wherever a question waits (the menu, a
 * choice, a typed answer), they get one line and the same question; they never count as a failed try, so they never
 * bring "this step seems to be giving you trouble".
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
    en: { thanks: ['thanks', 'Thank you!', 'ok thanks'], aboutMe: ['are you a real person?', 'Is this USCIS?', 'who are you?'], thanksWithAnswer: 'thanks, it is EAC9999103403' },
    es: { thanks: ['gracias', '¡Muchas gracias!', 'ok gracias'], aboutMe: ['¿eres una persona real?', '¿Esto es USCIS?', '¿quién eres?'], thanksWithAnswer: 'gracias, es EAC9999103403' },
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
