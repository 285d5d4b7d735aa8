import crypto from 'node:crypto';
import { buildAccountFlows } from '../../dialogs/account/accountFlows';
import { scopedKey } from '../../dialogs/organization';
import { createAccountServices } from '../../services/accounts/accountServices';
import { testHasher } from '../support/testHasher';
import { NotificationFailed, type Notifier } from '../../services/notifications/notifier';
import { en, es, i18n, say, startDialogHarness, texts, TEST_ORGANIZATION, type DialogHarness } from '../support/dialogHarness';
import { createRepositories } from '../../store/repositories';

// Issue item 10: kill -9 during the last create-account step (slow SMTP) left one account, but the chat then said
// "I couldn't find what we were working on" and asked for the email again. The next message now resumes from what the
// store says: the registration is done, and its number is shown as the last step shows it.

const EMAIL = 'ana.lopez@example.com';
const PASSWORD = 'Str0ng!Passw0rd';

let harness: DialogHarness;
afterEach(() => harness.dispose());

/** Walks the conversation to the account-type question, the last one before the account is created. */
async function toAccountTypeQuestion(locale?: string): Promise<string> {
    harness = await startDialogHarness({ locale, flows: (services) => ({ createAccount: buildAccountFlows(services).createAccount }) });
    const send = (text: string | { value: Record<string, unknown> }) => say(harness.client, typeof text === 'string' ? text : { type: 'message', ...text });
    await send('hi');
    await send('2');
    await send(EMAIL);
    await send(await harness.latestCode(EMAIL));
    await send('1');
    await send({ value: { secret_password: PASSWORD, secret_confirm: PASSWORD } });
    await send('1');
    await send(await harness.latestCode(EMAIL));
    await send('1');
    for (const [index, answer] of ['Toyota Corolla', 'Calle Olmo', 'Escuela Juárez', 'Canela', 'Marisol'].entries()) {
        await send(String(index + 1));
        await send(answer);
    }
    const registration = await harness.store.client.registration.findFirstOrThrow();
    expect(registration.resetAnswersSetAt).not.toBeNull();
    return registration.id;
}

/**
 * The lost turn: the account type is recorded and the account created, then the process dies while the email is
 * being sent (a notifier that never completes its send), so the chat never says anything and the dialog state is
 * still at the account-type question.
 */
async function completeInALostTurn(registrationId: string): Promise<void> {
    const dyingSmtp: Notifier = { send: () => Promise.reject(new NotificationFailed('process killed mid-send', 'email', true)) };
    const lostProcess = createAccountServices({
        repositories: createRepositories(harness.store.client),
        notifier: dyingSmtp,
        i18n,
        secretsKey: crypto.randomBytes(32),
        orgName: TEST_ORGANIZATION.name,
        publicBaseUrl: 'http://127.0.0.1:3978',
        now: harness.clock.now,
        hasher: testHasher(),
    });
    await lostProcess.registration.setAccountType(registrationId, 'applicant');
    await expect(lostProcess.registration.complete(registrationId)).rejects.toThrow();
    expect(await harness.store.client.account.count()).toBe(1);
}

function done(t: typeof en, accountNumber: string): string {
    const grouped = accountNumber.replace(/(\d{4})(\d{4})(\d{4})/, '$1 $2 $3');
    return t(scopedKey(TEST_ORGANIZATION, 'createAccount.complete.done'), { accountNumber: grouped, orgName: TEST_ORGANIZATION.name });
}

describe.each([
    { name: 'en', t: en, locale: undefined, nextMessage: '1' },
    { name: 'es', t: es, locale: 'es-MX', nextMessage: '¿hola?' },
])('a registration completed by a lost turn ($name)', ({ t, locale, nextMessage }) => {
    it('the next message shows the account as done, with its number, instead of "couldn\'t find" and the email question', async () => {
        const registrationId = await toAccountTypeQuestion(locale);
        await completeInALostTurn(registrationId);
        const account = await harness.store.client.account.findUniqueOrThrow({ where: { email: EMAIL } });
        expect(await harness.inbox(EMAIL)).not.toContainEqual(expect.objectContaining({ body: expect.stringContaining(account.accountNumber) }));

        const replies = texts(await say(harness.client, nextMessage));
        expect(replies[0]).toBe(done(t, account.accountNumber));
        expect(replies.join('\n')).not.toContain(t('accountErrors.flowNotFound'));
        expect(replies.join('\n')).not.toContain(t('createAccount.email.prompt', { orgName: TEST_ORGANIZATION.name }));
        expect(replies.at(-1)).toMatch(new RegExp(`^${t('menu.again').replace(/[.*+?^${}()|[\]\\?¿]/g, '\\$&')}`));

        // The email with the number, which the dying process never sent, goes now, once.
        const withNumber = (await harness.inbox(EMAIL)).filter((mail) => mail.body.includes(account.accountNumber));
        expect(withNumber).toHaveLength(1);
        expect(await harness.store.client.account.count()).toBe(1);
    });
});

describe('RegistrationService.findCompletedRecently', () => {
    it('finds only a registration of this conversation completed within the window', async () => {
        const registrationId = await toAccountTypeQuestion();
        const { registration } = harness.services.accounts;
        const conversationKey = (await harness.store.client.registration.findUniqueOrThrow({ where: { id: registrationId } })).conversationKey;
        await expect(registration.findCompletedRecently(conversationKey, registrationId)).resolves.toBeUndefined();
        await registration.setAccountType(registrationId, 'applicant');
        const { accountNumber } = await registration.complete(registrationId);
        await expect(registration.findCompletedRecently(conversationKey, registrationId)).resolves.toEqual({ registrationId, accountNumber });
        await expect(registration.findCompletedRecently('another/conversation', registrationId)).resolves.toBeUndefined();
        harness.clock.advanceMinutes(25 * 60);
        await expect(registration.findCompletedRecently(conversationKey, registrationId)).resolves.toBeUndefined();
    });
});
