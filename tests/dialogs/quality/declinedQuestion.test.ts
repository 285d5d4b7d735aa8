import { i18n, say, texts } from '../../support/dialogHarness';
import { askingAtTheMenu } from '../menuWithEveryFlow';

// Before: "no thanks" at "What is the receipt number?" was taken as "I don't have it": where the number is printed, and
// the same question again, for every "no thanks", "not now" or "no" after it. Only "cancel" got out, and a nervous
// person who does not know that word was stuck.

const { open } = askingAtTheMenu();

/** The menu's options, as every test's harness numbers them. */
const MENU = { createAccount: '2', addCase: '3', checkStatus: '4', cantSignIn: '6' };

/** A greeting in each language, so the conversation opens in it. */
const GREETING: Record<string, string> = { en: 'hi', es: 'hola', fr: 'bonjour', zh: '你好', vi: 'xin chào', tl: 'kumusta', ko: '안녕하세요', ar: 'مرحبا' };

async function chat(locale = 'en-US') {
    const { client } = await open({ locale });
    const language = locale.slice(0, 2);
    const t = i18n.getFixedT(language);
    const send = async (text: string) => texts(await say(client, text));
    await send(GREETING[language]);
    return { t, send };
}

/** The replies of a question left: the gentle line, then the menu asking what else. */
function expectLeft(replies: string[], t: (key: string) => string): void {
    expect(replies[0]).toBe(t('cancel.declined'));
    expect(replies[1]).toMatch(new RegExp(`^${escapeRegExp(t('menu.again'))}`));
    expect(replies).toHaveLength(2);
}

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('"no thanks" at a flow\'s first question leaves it', () => {
    test.each([
        ['en-US', 'no thanks'],
        ['en-US', 'Not now.'],
        ['en-US', "I'm good, thanks"],
        ['es-US', 'no gracias'],
        ['es-US', 'Ahora no'],
        ['fr-FR', 'Non merci'],
        ['zh-CN', '不用了，谢谢'],
        ['vi-VN', 'không cảm ơn'],
        ['tl-PH', 'hindi na salamat'],
        ['ko-KR', '괜찮아요'],
        ['ar-SA', 'لا شكرا'],
    ])('%s: "%s" at the receipt question, then the menu works', async (locale, said) => {
        const { t, send } = await chat(locale);
        expect(await send(MENU.checkStatus)).toEqual([t('caseStatus.ask.receipt')]);
        expectLeft(await send(said), t);
        expect(await send(MENU.checkStatus)).toEqual([t('caseStatus.ask.receipt')]);
    });

    test('a plain "no" is told where the number is; a second "no" leaves', async () => {
        const { t, send } = await chat();
        await send(MENU.checkStatus);
        expect(await send('no')).toEqual([t('prompts.missing.receipt.answer'), t('caseStatus.ask.receipt')]);
        expectLeft(await send('nope'), t);
    });

    test('a "no" after another answer is told again: only a "no" right after a "no" leaves', async () => {
        const { t, send } = await chat();
        await send(MENU.checkStatus);
        await send('no');
        expect(await send('where is it?')).toEqual([t('prompts.missing.receipt.answer'), t('caseStatus.ask.receipt')]);
        expect(await send('no')).toEqual([t('prompts.missing.receipt.answer'), t('caseStatus.ask.receipt')]);
        expectLeft(await send('no'), t);
    });

    test('after a "no", the number is still the answer', async () => {
        const { send } = await chat();
        await send(MENU.checkStatus);
        await send('no');
        expect((await send('EAC9999103403')).join('\n')).toContain('Case Was Approved');
    });

    test('after a common question\'s answer leads to the receipt question ("when is my oath ceremony?")', async () => {
        const { t, send } = await chat();
        const replies = await send('when is my oath ceremony?');
        expect(replies.at(-1)).toBe(t('caseStatus.ask.receipt'));
        expectLeft(await send('no thank you'), t);
    });

    test('the sign-in email before adding a case, and which account to create or to get back into', async () => {
        const { t, send } = await chat();
        expect((await send(MENU.addCase)).at(-1)).toBe(t('signIn.askEmail'));
        expectLeft(await send('not now'), t);
        expect((await send(MENU.createAccount)).at(-1)).toMatch(new RegExp(`^${escapeRegExp(t('chooseAccount.prompt').split('\n')[0])}`));
        expectLeft(await send('maybe later'), t);
        await send(MENU.cantSignIn);
        expectLeft(await send('no thanks'), t);
    });
});

describe('where "no thanks" is an answer, or leaving would lose something, it is not taken so', () => {
    test('a yes/no question takes it as its "no"', async () => {
        const { t, send } = await chat();
        await send(MENU.checkStatus);
        await send('EAC9999103403');
        const replies = await send('no thanks');
        expect(replies[0]).toBe(t('caseSubscriptions.declined'));
        expect(replies).not.toContain(t('cancel.declined'));
    });

    test('"Did you mean …?" about a typed address takes it as its "no"', async () => {
        const { t, send } = await chat();
        await send(MENU.addCase);
        const asked = await send('ana@gmial.com');
        expect(asked.join('\n')).toContain('ana@gmail.com');
        expect(await send('no thanks')).not.toContain(t('cancel.declined'));
    });

    test('mid-way through a sign-up (the emailed code), it is not a way out: the sign-up stays where it was', async () => {
        const { t, send } = await chat();
        await send(MENU.createAccount);
        await send('2');
        await send('ana.lopez@example.com');
        const replies = await send('no thanks');
        expect(replies).not.toContain(t('cancel.declined'));
        expect(replies.at(-1)).toBe(t('createAccount.confirmEmail.prompt'));
    });
});
