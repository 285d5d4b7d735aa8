import type { Activity } from 'botbuilder';
import { buildAccountFlows } from '../../../dialogs/account/accountFlows';
import { en, es, say, startDialogHarness, texts, type DialogHarness } from '../../support/dialogHarness';

export type T = typeof en;

/** Every quality test runs in English and in Spanish (the channel sends es-US). */
export const LANGUAGES: Array<{ language: 'en' | 'es'; locale?: string; t: T }> = [
    { language: 'en', t: en },
    { language: 'es', locale: 'es-US', t: es },
];

export const PASSWORD = 'Str0ng!Passw0rd';
export const PASSWORD_SUBMISSION = { value: { secret_password: PASSWORD, secret_confirm: PASSWORD } };

/** The main dialog with the real create-account, find-account-number and recover-access flows. */
export function openQualityHarness(options: { locale?: string; channelId?: string } = {}): Promise<DialogHarness> {
    return startDialogHarness({
        ...options,
        flows: (services) => {
            const { createAccount, findAccountNumber, recoverAccess } = buildAccountFlows(services);
            return { createAccount, findAccountNumber, recoverAccess };
        },
    });
}

/** For a test file: a function that opens a fresh quality harness per chat; each is disposed after its test. */
export function useQualityChats(): (t: T, locale?: string) => Promise<Chat> {
    let harness: DialogHarness | undefined;
    afterEach(async () => {
        await harness?.dispose();
        harness = undefined;
    });
    return async (t, locale) => {
        harness = await openQualityHarness({ locale });
        return new Chat(harness, t);
    };
}

/** One user's conversation: sends messages and returns the text of every reply. */
export class Chat {
    constructor(
        readonly h: DialogHarness,
        readonly t: T,
    ) {}

    async send(input: string | Partial<Activity>): Promise<string[]> {
        return texts(await say(this.h.client, input));
    }

    /** Where the open registration stands, from the service (not from what the bot said). */
    async registrationStep(): Promise<string> {
        const { id } = await this.h.store.client.registration.findFirstOrThrow({ orderBy: { createdAt: 'desc' } });
        return (await this.h.services.accounts.registration.progress(id)).nextStep;
    }

    /** Menu, "Create an account", the email and its code: the terms question is on screen. */
    async toTerms(email = 'ana.lopez@example.com'): Promise<void> {
        await this.send(this.t === es ? 'hola' : 'hi');
        await this.send('2');
        await this.send(email);
        await this.send(await this.h.latestCode(email));
    }

    /** On to the two-step question: agree, then the password in the masked card. */
    async toTwoStep(email = 'ana.lopez@example.com'): Promise<void> {
        await this.toTerms(email);
        await this.send(this.t('createAccount.terms.agree'));
        await this.send(PASSWORD_SUBMISSION);
    }

    /** On to "Have you written down your backup code?": email codes, typed. */
    async toBackupSaved(email = 'ana.lopez@example.com'): Promise<void> {
        await this.toTwoStep(email);
        await this.send(this.t('createAccount.twoStep.email'));
        await this.send(await this.h.latestCode(email));
    }

    /** On to the first reset question choice. */
    async toResetQuestions(email = 'ana.lopez@example.com'): Promise<void> {
        await this.toBackupSaved(email);
        await this.send(this.t('createAccount.backup.saved'));
    }
}

export function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A reply that opens with the given text. */
export function opening(text: string): RegExp {
    return new RegExp(`^${escapeRegExp(text)}`);
}
