import { createTestAccount } from '../account/accountFixture';
import { Chat, LANGUAGES, opening, type T, useQualityChats } from './qualityKit';

const chat = useQualityChats();

const SAID = {
    en: {
        locked: 'locked',
        codesDontArrive: 'my codes dont arrive',
        nonsense: 'my computer is old',
        app: 'the app',
        text: 'text message',
        email: 'email',
        questions: 'questions',
        yes: ['si', 'I have it', 'dale', 'yes'],
        no: ['not yet', 'no'],
        cancel: 'cancel',
        help: 'help',
    },
    es: {
        locked: 'bloqueada',
        codesDontArrive: 'no me llegan los códigos',
        nonsense: 'mi computadora es vieja',
        app: 'la app',
        text: 'mensaje de texto',
        email: 'correo',
        questions: 'preguntas',
        yes: ['si', 'bueno', 'está bien', 'dale'],
        no: ['todavía no', 'aún no'],
        cancel: 'cancelar',
        help: 'ayuda',
    },
};

describe.each(LANGUAGES)('a prompt that does not understand says so, and natural words are understood ($language)', ({ language, locale, t }) => {
    const said = SAID[language];

    test('"What is stopping you from signing in?": "locked" and "my codes don\'t arrive" are understood; anything else gets one line first', async () => {
        const c = await chat(t, locale);
        await c.send('hi');
        await c.send('6');
        const unknown = await c.send(said.nonsense);
        expect(unknown[0]).toMatch(opening(`${t('prompts.notUnderstood.choice')}\n\n${t('recoverAccess.chooseTopic')}`));
        expect(await c.send(said.locked)).toEqual([t('recoverAccess.lockedOut.advice'), expect.stringMatching(opening(t('recoverAccess.lockedOut.offerReset')))]);
        await c.send(t('prompts.yesNo.no'));
        await c.send('6');
        expect((await c.send(said.codesDontArrive))[0]).toBe(t('recoverAccess.noCodes.advice'));
    });

    test.each(SAID[language].yes)('yes/no: "%s" is yes', async (yes) => {
        const c = await chat(t, locale);
        await c.send('hi');
        await c.send('6');
        await c.send(t('recoverAccess.topics.noCodes'));
        expect((await c.send(yes))[0]).toBe(t('recoverAccess.noCodes.useBackupCode'));
    });

    test.each(SAID[language].no)('yes/no: "%s" is no', async (no) => {
        const c = await chat(t, locale);
        await c.send('hi');
        await c.send('6');
        await c.send(t('recoverAccess.topics.lockedOut'));
        expect((await c.send(no))[0]).toBe(t('recoverAccess.lockedOut.waitFirst'));
    });

    test('yes/no: anything else says "please answer yes or no" before the question', async () => {
        const c = await chat(t, locale);
        await c.send('hi');
        await c.send('6');
        await c.send(t('recoverAccess.topics.noCodes'));
        expect((await c.send(said.nonsense))[0]).toMatch(opening(`${t('prompts.notUnderstood.yesNo')}\n\n${t('recoverAccess.noCodes.haveBackupCode')}`));
    });

    test.each([
        ['app', 'totp'],
        ['text', 'sms'],
        ['email', 'email'],
    ] as const)('the sign-in method: "%s" words choose it', async (key, method) => {
        const c = await chat(t, locale);
        await createTestAccount(c.h, 'methods@example.com', { email: true, smsPhone: '+15551234567', authenticatorApp: true });
        await c.send('hi');
        await c.send('1');
        await c.send('4');
        await c.send('methods@example.com');
        const replies = await c.send(said[key]);
        expect(replies.at(-1)).toBe(t(`signIn.enterCode.${method}`));
    });

    test('the sign-in method: an unknown answer says so first', async () => {
        const c = await chat(t, locale);
        await createTestAccount(c.h, 'methods@example.com');
        await c.send('hi');
        await c.send('1');
        await c.send('4');
        await c.send('methods@example.com');
        expect((await c.send(said.nonsense))[0]).toMatch(opening(`${t('prompts.notUnderstood.choice')}\n\n${t('signIn.chooseMethod')}`));
    });

    test('"How do you want to prove it\'s you?": "questions" is understood', async () => {
        const c = await chat(t, locale);
        const account = await createTestAccount(c.h, 'proof@example.com');
        await c.send('hi');
        await c.send('6');
        await c.send(t('recoverAccess.topics.forgotPassword'));
        await c.send(account.email);
        await c.send(await c.h.latestCode(account.email));
        expect(await c.send(said.nonsense)).toEqual([expect.stringMatching(opening(`${t('prompts.notUnderstood.choice')}\n\n${t('recoverAccess.reset.chooseProof')}`))]);
        expect((await c.send(said.questions))[0]).toBe(t('recoverAccess.reset.questionsIntro', { count: 3 }));
    });

    test('at the language question, help explains it and cancel keeps the language and goes back to the question before', async () => {
        const c = await chat(t, locale);
        await c.send('hi');
        await c.send(language === 'es' ? 'idioma' : 'language');
        const help = await c.send(said.help);
        expect(help[0]).toMatch(opening(t('language.help')));
        expect(help[1]).toMatch(opening(t('language.prompt')));
        const unknown = await c.send(said.nonsense);
        expect(unknown[0]).toMatch(opening(t('language.retry')));
        expect(await c.send(said.cancel)).toEqual([t('language.unchanged'), expect.stringMatching(opening(t('menu.prompt')))]);
        // Back at the menu, in the same language.
        expect((await c.send('xyz'))[0]).toMatch(opening(t('menu.retry')));
    });
});
