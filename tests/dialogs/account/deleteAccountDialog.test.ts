import { randomUUID } from 'node:crypto';
import { buildAccountFlows } from '../../../dialogs/account/accountFlows';
import { buildCaseFlows } from '../../../dialogs/cases/caseFlows';
import { en, i18n, say, startDialogHarness, texts, type DialogHarness } from '../../support/dialogHarness';
import { createTestAccount, LOCALES, opening, type TestAccount } from './accountFixture';

/* "Delete my account", in English and Spanish: the real sign-in, the real store on SQLite. */
let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

describe.each(LOCALES)('delete my account ($language)', ({ language, locale, t }) => {
    const deleteMyAccount = t('menu.spoken.deleteAccount.synonyms.0');
    const myCases = t('menu.spoken.myCases.synonyms.0');
    let account: TestAccount;

    async function send(text: string): Promise<string[]> {
        return texts(await say(harness!.client, text));
    }

    async function open(): Promise<DialogHarness> {
        const h = (harness = await startDialogHarness({
            locale,
            flows: (services) => {
                const accounts = buildAccountFlows(services);
                const { myCases: cases } = buildCaseFlows(services, { signIn: accounts.signIn });
                return { deleteAccount: accounts.deleteAccount, myCases: cases };
            },
        }));
        account = await createTestAccount(h, `leaving.${language}@example.com`);
        await send('hi');
        return h;
    }

    async function signIn(h: DialogHarness): Promise<string[]> {
        await send(account.email);
        await send(t('signIn.methods.email'));
        return send(await h.latestCode(account.email));
    }

    const accountsWith = (h: DialogHarness, email: string) => h.store.client.account.count({ where: { email } });

    test('asks which account; a USCIS online account is not ours to delete, and nothing is', async () => {
        const h = await open();
        const which = await send(language === 'es' ? '¿cómo borro mi cuenta?' : 'how do I delete my account?');
        expect(which).toEqual([expect.stringMatching(opening(t('deleteAccount.which', { orgName: h.services.organization.name })))]);
        const replies = await send(t('chooseAccount.uscis'));
        expect(replies[0]).toBe(t('deleteAccount.uscis'));
        expect(replies.at(-1)).toMatch(opening(t('menu.again')));
        expect(await accountsWith(h, account.email)).toBe(1);
    });

    test('a message that names the USCIS account gets the answer at once', async () => {
        const h = await open();
        const replies = await send(language === 'es' ? 'quiero borrar mi cuenta de USCIS' : 'delete my USCIS account');
        expect(replies[0]).toBe(t('deleteAccount.uscis'));
        expect(await accountsWith(h, account.email)).toBe(1);
    });

    test('"no" at the question that says what goes keeps the account, and the conversation stays signed in', async () => {
        const h = await open();
        await send(deleteMyAccount);
        expect(await send(t('chooseAccount.organization'))).toEqual([t('deleteAccount.signInIntro'), t('signIn.askEmail')]);
        const asked = await signIn(h);
        expect(asked.at(-1)).toMatch(opening(t('deleteAccount.confirm', { orgName: h.services.organization.name })));
        // Only an explicit yes or no counts.
        expect((await send(language === 'es' ? 'tal vez' : 'maybe')).at(-1)).toContain(t('deleteAccount.confirm', { orgName: h.services.organization.name }));
        const kept = await send(t('prompts.yesNo.noWords.0'));
        expect(kept[0]).toBe(t('deleteAccount.kept'));
        expect(await accountsWith(h, account.email)).toBe(1);
        expect(await send(myCases)).not.toContain(t('signIn.askEmail'));
    });

    test('"yes": the account and what it kept are gone, its address is told, the chat is signed out; no one else is touched', async () => {
        const h = await open();
        const other = await createTestAccount(h, `staying.${language}@example.com`);
        const db = h.store.client;
        const { id } = await db.account.findUniqueOrThrow({ where: { email: account.email } });
        await db.linkedCase.create({ data: { id: randomUUID(), accountId: id, receiptNumber: 'EAC9999103403', linkedBy: 'receipt' } });
        await send(deleteMyAccount);
        await send(t('chooseAccount.organization'));
        await signIn(h);
        // Updates asked for in this chat (about a case of the account, say) belong to the chat and stay.
        const { conversationKey } = await db.signInSession.findFirstOrThrow({ where: { accountId: id } });
        await db.caseSubscription.create({
            data: { id: randomUUID(), receiptNumber: 'EAC9999103403', conversationKey, reference: '{}', channelId: 'test', deliverBy: 'conversation', accountId: id, locale: 'en', lastHash: 'h', nextCheckAt: new Date() },
        });
        const replies = await send(t('prompts.yesNo.yesWords.0'));
        const masked = `${account.email[0]}•••@example.com`;
        expect(replies[0]).toBe(`${t('deleteAccount.done', { email: masked })}\n\n${t('deleteAccount.chatUpdatesStay')}`);
        expect(replies.at(-1)).toMatch(opening(t('menu.again')));
        expect(await accountsWith(h, account.email)).toBe(0);
        expect(await db.linkedCase.count({ where: { accountId: id } })).toBe(0);
        expect(await accountsWith(h, other.email)).toBe(1);
        // The note is in the account's language (the fixture's accounts are English).
        expect((await h.inbox(account.email)).at(-1)?.subject).toBe(en('notifications.accountDeleted.subject', { orgName: h.services.organization.name }));
        // Signed out: anything about an account asks to sign in again, and that email has no account now.
        expect(await send(myCases)).toEqual([t('myCases.signInIntro'), t('signIn.askEmail')]);
    });

    // A task reached by saying it, typed at a question of another flow (before: taken as a wrong answer, and the question
    // again: "That doesn't look like an email address", "I need the receipt number itself").
    test('"delete my account" at the sign-in\'s email question of "my cases" leaves it for the deletion\'s first question', async () => {
        const h = await open();
        expect(await send(myCases)).toEqual([t('myCases.signInIntro'), t('signIn.askEmail')]);
        expect(await send(deleteMyAccount)).toEqual([expect.stringMatching(opening(t('deleteAccount.which', { orgName: h.services.organization.name })))]);
    });

    test('"my cases" at the deletion\'s question of which account leaves it for the list (after the sign-in)', async () => {
        const h = await open();
        await send(deleteMyAccount);
        expect(await send(myCases)).toEqual([t('myCases.signInIntro'), t('signIn.askEmail')]);
        expect(await accountsWith(h, account.email)).toBe(1);
    });

    test('a sentence that says not to delete does not start it: the account stays, and the menu follows', async () => {
        await open();
        const replies = await send(language === 'es' ? 'no quiero borrar mi cuenta' : "I don't want to delete my account");
        expect(replies.join('\n')).not.toContain(t('deleteAccount.which', { orgName: harness!.services.organization.name }).split('\n')[0]);
        // Before: "Did you want to get back into your account?"
        expect(replies[0]).toBe(t('deleteAccount.kept'));
        expect(replies[1]).toMatch(opening(t('menu.prompt')));
    });
});

/* The privacy answer tells people what to type to delete their account: in every language, those words start it. */
describe.each([
    ['en-US', 'delete my account'],
    ['es-US', 'borrar mi cuenta'],
    ['fr-FR', 'supprimer mon compte'],
    ['vi-VN', 'xóa tài khoản'],
    ['zh-CN', '删除账户'],
    ['ko-KR', '계정 삭제'],
    ['tl-PH', 'burahin ang account ko'],
    ['ar-EG', 'احذف حسابي'],
])('"%s": "%s"', (locale, said) => {
    test('is quoted by the privacy answer and starts the deletion with the question of which account', async () => {
        const h = (harness = await startDialogHarness({ locale, flows: (services) => ({ deleteAccount: buildAccountFlows(services).deleteAccount }) }));
        const t = i18n.getFixedT(locale.slice(0, 2));
        const params = { orgName: h.services.organization.name, termsUrl: 'https://example.org/terms' };
        expect(t('faq.answers.privacy.full', params)).toContain(said);
        await say(h.client, 'hi');
        expect(texts(await say(h.client, said))[0]).toMatch(opening(t('deleteAccount.which', { orgName: h.services.organization.name })));
    });
});
