import type { DialogHarness } from '../../support/dialogHarness';
import { Chat, LANGUAGES, opening, openQualityHarness } from './qualityKit';

let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

async function chat(t: Chat['t'], locale?: string, channelId?: string): Promise<Chat> {
    harness = await openQualityHarness({ locale, channelId });
    return new Chat(harness, t);
}

const QUESTIONS = {
    en: {
        termsIfNot: 'what if I do not agree?',
        twoStep: 'what is 2-step verification?',
        backupCode: 'what is a backup code?',
        specialCharacter: 'what is a special character?',
        otherAtPassword: 'can I use my name?',
        setupKey: 'what is a setup key?',
    },
    es: {
        termsIfNot: '¿qué pasa si no acepto?',
        twoStep: '¿qué es la verificación en dos pasos?',
        backupCode: '¿qué es un código de respaldo?',
        specialCharacter: '¿qué es un carácter especial?',
        otherAtPassword: '¿puedo usar mi nombre?',
        setupKey: '¿qué es la clave de configuración?',
    },
};

describe.each(LANGUAGES)('a question about the current step is answered and the same question asked again ($language)', ({ language, locale, t }) => {
    const asked = QUESTIONS[language];

    test('at the terms, "what if I do not agree?" is answered; nothing is agreed or declined', async () => {
        const c = await chat(t, locale);
        await c.toTerms();
        const replies = await c.send(asked.termsIfNot);
        expect(replies[0]).toBe(t('prompts.stepHelp.terms.answer'));
        expect(replies[1]).toMatch(opening(t('createAccount.terms.prompt')));
        expect(replies).toHaveLength(2);
        expect(await c.registrationStep()).toBe('acceptTerms');
    });

    test('at the two-step choice, "what is 2-step verification?" is answered and no method is chosen', async () => {
        const c = await chat(t, locale);
        await c.toTwoStep();
        const replies = await c.send(asked.twoStep);
        expect(replies).toEqual([t('prompts.stepHelp.twoStep.answer'), expect.stringMatching(opening(t('createAccount.twoStep.prompt')))]);
        expect(await c.registrationStep()).toBe('chooseTwoStep');
        // The question is still open: a real answer works.
        expect(await c.send(t('createAccount.twoStep.email'))).toEqual([t('createAccount.twoStep.emailSent'), t('createAccount.twoStep.emailPrompt')]);
    });

    test('at "Have you written down your backup code?", "what is a backup code?" is answered; the code is not marked saved', async () => {
        const c = await chat(t, locale);
        await c.toBackupSaved();
        const replies = await c.send(asked.backupCode);
        expect(replies).toEqual([t('prompts.stepHelp.backupCode.answer'), expect.stringMatching(opening(t('createAccount.backup.prompt')))]);
        expect(await c.registrationStep()).toBe('saveBackupCode');
    });

    test('at the password step, a question is answered and not treated as a password typed in the chat', async () => {
        const c = await chat(t, locale, 'directline');
        await c.toTerms();
        await c.send(t('createAccount.terms.agree'));
        const special = await c.send(asked.specialCharacter);
        expect(special[0]).toBe(t('prompts.stepHelp.specialCharacter.answer'));
        expect(special).not.toContain(t('passwordCapture.typedInChat'));
        expect(special[1]).toBe(t('passwordCapture.cardIntro'));
        const other = await c.send(asked.otherAtPassword);
        expect(other[0]).toBe(t('passwordCapture.questionNotPassword'));
        expect(other).not.toContain(t('passwordCapture.typedInChat'));
        expect(await c.registrationStep()).toBe('setPassword');
    });

    test('at the authenticator code, "what is a setup key?" is answered and the code is asked for again', async () => {
        const c = await chat(t, locale, 'sms');
        await c.toTwoStep();
        await c.send(t('createAccount.twoStep.totp'));
        const replies = await c.send(asked.setupKey);
        expect(replies[0]).toBe(t('prompts.stepHelp.setupKey.answer'));
        expect(replies[1]).toMatch(opening(t('createAccount.twoStep.appPrompt', { orgName: c.h.services.organization.name }).slice(0, 20)));
        expect(replies).toHaveLength(2);
    });
});
