import { randomUUID } from 'node:crypto';
import { NotSignedIn } from '../../../services/accounts/accountErrors';
import type { TwoStepChoice } from '../../../services/accounts/registrationService';
import { AccountClosure } from '../../../services/accounts/accountClosure';
import type { TestStoreProvider } from '../../support/testPostgres';
import { describeWithPostgres } from '../../support/testPostgres';
import { createAccountTestKit, createRegistrationService, createSignIn, otherCode, registerFully, type AccountTestKit, type RegisteredAccount } from './accountTestKit';

/* "Delete my account" in the store: everything kept for the account goes in one transaction, nothing of anyone else's. */
function closureTests(provider: TestStoreProvider): void {
    let kit: AccountTestKit;
    afterEach(async () => {
        await kit?.dispose();
    });

    /** A registered account, signed in in `conversationKey`, with a sign-in code sent, cases linked and updates followed. */
    async function accountInUse(email: string, conversationKey: string, receipts: [string, string], choice: TwoStepChoice = { email: true }): Promise<RegisteredAccount> {
        const registered = await registerFully(kit, createRegistrationService(kit), email, choice, conversationKey);
        const { signIn, sessions } = createSignIn(kit);
        // A sign-in under way (its attempt and its emailed code), and a signed-in session.
        const started = await signIn.start(email, conversationKey);
        await signIn.sendCode(started.signInId, 'email');
        await sessions.begin(conversationKey, registered.accountId);
        const db = kit.testStore.client;
        for (const receiptNumber of receipts) {
            await db.linkedCase.create({ data: { id: randomUUID(), accountId: registered.accountId, receiptNumber, linkedBy: 'receipt' } });
        }
        const subscription = (receiptNumber: string, deliverBy: 'email' | 'conversation') => ({
            id: randomUUID(),
            receiptNumber,
            conversationKey,
            reference: deliverBy === 'conversation' ? '{}' : null,
            channelId: 'webchat',
            deliverBy,
            accountId: registered.accountId,
            locale: 'en',
            lastHash: 'h',
            nextCheckAt: new Date(),
        });
        await db.caseSubscription.create({ data: subscription(receipts[0], 'email') });
        await db.caseSubscription.create({ data: subscription(receipts[1], 'conversation') });
        return registered;
    }

    /** Every row that belongs to the account, by table. */
    async function rowsOf(account: RegisteredAccount): Promise<Record<string, number>> {
        const db = kit.testStore.client;
        const owners = [account.accountId, account.registrationId];
        const signIns = (await db.signInAttempt.findMany({ where: { accountId: account.accountId }, select: { id: true } })).map((row) => row.id);
        return {
            account: await db.account.count({ where: { id: account.accountId } }),
            registration: await db.registration.count({ where: { OR: [{ accountId: account.accountId }, { email: account.email }] } }),
            twoStepMethod: await db.twoStepMethod.count({ where: { ownerId: { in: owners } } }),
            backupCode: await db.backupCode.count({ where: { ownerId: { in: owners } } }),
            resetAnswer: await db.resetAnswer.count({ where: { ownerId: { in: owners } } }),
            oneTimeCode: await db.oneTimeCode.count({ where: { subjectId: { in: [...owners, ...signIns] } } }),
            signInAttempt: signIns.length,
            signInSession: await db.signInSession.count({ where: { accountId: account.accountId } }),
            linkedCase: await db.linkedCase.count({ where: { accountId: account.accountId } }),
            caseSubscription: await db.caseSubscription.count({ where: { accountId: account.accountId } }),
        };
    }

    test('deletes the signed-in account and everything kept for it, tells its address, and touches no one else', async () => {
        kit = await createAccountTestKit(provider);
        const ana = await accountInUse('ana@example.com', 'webchat/ana', ['EAC9999103403', 'IOE0900000001'], { email: true, authenticatorApp: true });
        const ben = await accountInUse('ben@example.com', 'webchat/ben', ['EAC9999103400', 'EAC9999103401']);
        const before = await rowsOf(ana);
        // The fixture really holds something in every table, so "none left" below means something.
        for (const [table, count] of Object.entries(before)) expect([table, count > 0]).toEqual([table, true]);
        const benBefore = await rowsOf(ben);
        const { sessions } = createSignIn(kit);
        const closure = new AccountClosure({ accounts: kit.repositories.accounts, sessions, notifier: kit.notifier, messages: kit.messages });

        // Wrong codes counted against the address before: deleting the account must not reset a guesser's count.
        const { signIn } = createSignIn(kit);
        const attempt = await signIn.start('ana@example.com', 'webchat/guesser');
        await signIn.sendCode(attempt.signInId, 'email');
        await signIn.verify(attempt.signInId, otherCode(await kit.latestCode('ana@example.com'))).catch(() => undefined);
        const locks = await kit.testStore.client.signInLock.findMany();
        expect(locks.some((lock) => lock.failures > 0)).toBe(true);

        expect(await closure.deleteSignedInAccount('webchat/ana')).toEqual({ emailedTo: 'a•••@example.com' });
        expect(await kit.testStore.client.signInLock.findMany()).toEqual(locks);

        expect(Object.values(await rowsOf(ana)).every((count) => count === 0)).toBe(true);
        expect(await rowsOf(ben)).toEqual(benBefore);
        const db = kit.testStore.client;
        // Updates asked for in the chat belong to that conversation: they stay, no longer tied to the account.
        const left = await db.caseSubscription.findMany({ where: { conversationKey: 'webchat/ana' } });
        expect(left.map((row) => [row.receiptNumber, row.deliverBy, row.accountId])).toEqual([['IOE0900000001', 'conversation', null]]);
        // The address is told, in the account's language.
        const mail = await kit.inbox('ana@example.com');
        expect(mail.at(-1)?.subject).toBe(kit.messages.compose('accountDeleted', 'email', 'en').subject);
        // The session went with the account.
        await expect(closure.deleteSignedInAccount('webchat/ana')).rejects.toBeInstanceOf(NotSignedIn);
    });

    test('a conversation that is not signed in deletes nothing', async () => {
        kit = await createAccountTestKit(provider);
        const ana = await accountInUse('ana@example.com', 'webchat/ana', ['EAC9999103403', 'IOE0900000001']);
        const before = await rowsOf(ana);
        const { sessions } = createSignIn(kit);
        const closure = new AccountClosure({ accounts: kit.repositories.accounts, sessions, notifier: kit.notifier, messages: kit.messages });
        await expect(closure.deleteSignedInAccount('webchat/someone-else')).rejects.toBeInstanceOf(NotSignedIn);
        expect(await rowsOf(ana)).toEqual(before);
    });
}

describe('account closure (SQLite)', () => closureTests('sqlite'));
describeWithPostgres('account closure (PostgreSQL)', () => closureTests('postgresql'));
