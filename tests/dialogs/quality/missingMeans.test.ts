import type { DialogHarness } from '../../support/dialogHarness';
import { i18n } from '../../support/dialogHarness';
import { Chat, LANGUAGES, opening, openQualityHarness, type T } from './qualityKit';

let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

async function chat(t: T, locale?: string, channelId?: string): Promise<Chat> {
    harness = await openQualityHarness({ locale, channelId });
    return new Chat(harness, t);
}

const SAID = {
    en: { noEmail: "I don't have an email", noPhone: "I don't have a cell phone", noApp: "I don't have the app", noCode: "I don't see the email", noText: 'the text never came' },
    es: { noEmail: 'no tengo correo electrónico', noPhone: 'no tengo celular', noApp: 'no tengo la aplicación', noCode: 'no me llegó el correo', noText: 'no me ha llegado el mensaje' },
};

describe.each(LANGUAGES)('"I don\'t have one" gets a real next step, not a format error ($language)', ({ language, locale, t }) => {
    const said = SAID[language];

    test('no email when creating an account: where to get a free address, then the same question', async () => {
        const c = await chat(t, locale);
        await c.send('hi');
        await c.send('2');
        const replies = await c.send(said.noEmail);
        expect(replies[0]).toBe(t('prompts.missing.email.createAccount'));
        expect(replies[0]).toContain('gmail.com');
        expect(replies).not.toContain(t('createAccount.email.invalid'));
        expect(replies).toHaveLength(2);
        expect(await c.h.store.client.registration.count()).toBe(0);
    });

    test('no email when signing in: the help desk and where to get an address', async () => {
        const c = await chat(t, locale);
        await c.send('hi');
        await c.send('1');
        await c.send('4');
        const replies = await c.send(said.noEmail);
        expect(replies).toEqual([t('prompts.missing.email.signIn'), t('signIn.askEmail')]);
    });

    test('no phone for text messages: nothing is recorded and the choice of methods is asked again', async () => {
        const c = await chat(t, locale);
        await c.toTwoStep();
        expect(await c.send(t('createAccount.twoStep.sms'))).toEqual([t('createAccount.twoStep.phonePrompt')]);
        const replies = await c.send(said.noPhone);
        expect(replies[0]).toBe(t('prompts.missing.phone.createAccount'));
        expect(replies[1]).toMatch(opening(t('createAccount.twoStep.prompt')));
        expect(replies.join('\n')).not.toContain(t('createAccount.twoStep.phone.invalid'));
        expect(await c.registrationStep()).toBe('chooseTwoStep');
        expect(await c.send(t('createAccount.twoStep.email'))).toEqual([t('createAccount.twoStep.emailSent'), t('createAccount.twoStep.emailPrompt')]);
    });

    // Before: "A code has 6 digits, like 123456", to each of them, and then "This step seems to be giving you trouble".
    test('a confirmation email that has not come: minutes, the spam folder, "new code", a mistyped address; not a failed try', async () => {
        const c = await chat(t, locale);
        await c.send(language === 'es' ? 'hola' : 'hi');
        await c.send('2');
        await c.send('ana.lopez@example.com');
        for (const said of [SAID[language].noCode, language === 'es' ? 'todavía nada' : 'still nothing']) {
            expect(await c.send(said)).toEqual([t('prompts.missing.code.newEmail'), t('createAccount.confirmEmail.prompt')]);
        }
        // The code, typed after all, confirms the address.
        expect(await c.send(await c.h.latestCode('ana.lopez@example.com'))).toContain(t('createAccount.confirmEmail.confirmed'));
        expect(await c.registrationStep()).toBe('acceptTerms');
    });

    // Before: "¿cuánto tarda?" got which forms are filed online, and their fees.
    test('"how long does it take?" at the emailed code question: that emails can take minutes, then the same question', async () => {
        const c = await chat(t, locale);
        await c.send(language === 'es' ? 'hola' : 'hi');
        await c.send('2');
        await c.send('ana.lopez@example.com');
        for (const said of language === 'es' ? ['¿cuánto tarda?', '¿Cuándo llega?'] : ['how long does it take?', 'When will it come?']) {
            expect(await c.send(said)).toEqual([t('prompts.missing.code.newEmail'), t('createAccount.confirmEmail.prompt')]);
        }
    });

    test('a second-step code that has not come, by email or by text: what to do, then the same question', async () => {
        const c = await chat(t, locale);
        await c.toTwoStep();
        expect(await c.send(t('createAccount.twoStep.sms'))).toEqual([t('createAccount.twoStep.phonePrompt')]);
        expect(await c.send('(555) 123-4567')).toEqual([t('createAccount.twoStep.smsSent'), t('createAccount.twoStep.smsPrompt')]);
        expect(await c.send(SAID[language].noText)).toEqual([t('prompts.missing.code.sms'), t('createAccount.twoStep.smsPrompt')]);
        const other = await chat(t, locale);
        await other.toTwoStep('eva.ruiz@example.com');
        await other.send(t('createAccount.twoStep.email'));
        expect(await other.send(SAID[language].noCode)).toEqual([t('prompts.missing.code.email'), t('createAccount.twoStep.emailPrompt')]);
    });

    test('no authenticator app: where to get one free, or another method; then the same question', async () => {
        const c = await chat(t, locale, 'sms');
        await c.toTwoStep();
        await c.send(t('createAccount.twoStep.totp'));
        const replies = await c.send(said.noApp);
        // By SMS the short variant is said, where the locale has one.
        expect(replies[0]).toBe(t('prompts.missing.app.setup', { context: 'sms' }));
        expect(replies).not.toContain(t('createAccount.code.notSixDigits'));
        expect(replies[1]).toBe(t('createAccount.twoStep.appPrompt', { orgName: c.h.services.organization.name }));
    });
});

// The confirmation email not come, said in each language the chat speaks.
describe('a confirmation email that has not come, in eight languages', () => {
    test.each([
        ['fr-FR', 'bonjour', "je n'ai rien reçu"],
        ['vi-VN', 'xin chào', 'tôi chưa nhận được email'],
        ['tl-PH', 'kumusta', 'wala pa rin pong dumating na email'],
        ['zh-CN', '你好', '我还没收到邮件'],
        ['ko-KR', '안녕하세요', '이메일이 아직 안 왔어요'],
        ['ar', 'مرحبا', 'ما وصلني الإيميل'],
    ])('%s: "%s", then "%s" at the code question', async (locale, greeting, said) => {
        const t = i18n.getFixedT(locale.split('-')[0]!);
        const c = await chat(t as T, locale);
        await c.send(greeting);
        await c.send('2');
        await c.send('ana.lopez@example.com');
        expect(await c.send(said)).toEqual([t('prompts.missing.code.newEmail'), t('createAccount.confirmEmail.prompt')]);
    });
});
