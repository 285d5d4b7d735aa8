import type { DialogHarness } from '../../support/dialogHarness';
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
    en: { noEmail: "I don't have an email", noPhone: "I don't have a cell phone", noApp: "I don't have the app" },
    es: { noEmail: 'no tengo correo electrónico', noPhone: 'no tengo celular', noApp: 'no tengo la aplicación' },
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
