import { buildAccountFlows } from '../../../dialogs/account/accountFlows';
import { AddPaperCaseDialog } from '../../../dialogs/cases/addPaperCaseDialog';
import { MyCasesDialog } from '../../../dialogs/cases/myCasesDialog';
import { say, startDialogHarness, texts, type DialogHarness } from '../../support/dialogHarness';
import { createTestAccount, LOCALES, opening, type TestAccount } from '../account/accountFixture';

/* "My cases", in English and Spanish: the real sign-in, the real case links on SQLite and the embedded sandbox. */
let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

describe.each(LOCALES)('my cases ($language)', ({ language, locale, t }) => {
    const myCases = t('menu.spoken.myCases.synonyms.0');
    let account: TestAccount;

    async function send(text: string): Promise<string[]> {
        return texts(await say(harness!.client, text));
    }

    async function open(): Promise<DialogHarness> {
        const h = (harness = await startDialogHarness({
            locale,
            flows: (services) => {
                const { signIn } = buildAccountFlows(services);
                return { addPaperCase: new AddPaperCaseDialog(services, { signIn }), myCases: new MyCasesDialog(services, { signIn }) };
            },
        }));
        account = await createTestAccount(h, `mine.${language}@example.com`);
        await send('hi');
        return h;
    }

    /** Answers the sign-in questions (email, method, emailed code) and returns the replies to the code. */
    async function signIn(h: DialogHarness): Promise<string[]> {
        await send(account.email);
        await send(t('signIn.methods.email'));
        return send(await h.latestCode(account.email));
    }

    const accountId = async (h: DialogHarness, email: string) => (await h.store.client.account.findUniqueOrThrow({ where: { email } })).id;

    test('requires sign-in; with no cases yet it says so and how to add one', async () => {
        const h = await open();
        expect(await send(myCases)).toEqual([t('myCases.signInIntro'), t('signIn.askEmail')]);
        const replies = await signIn(h);
        expect(replies[0]).toBe(t('signIn.signedIn'));
        expect(replies[1]).toBe(t('myCases.none'));
        expect(replies.at(-1)).toMatch(opening(t('menu.again')));
    });

    test("lists the account's own linked cases with the form and the date, and nobody else's", async () => {
        const h = await open();
        const other = await createTestAccount(h, `someone.${language}@example.com`);
        const { links } = h.services.cases;
        await links.link(await accountId(h, account.email), 'EAC9999103403');
        await links.link(await accountId(h, account.email), 'IOE0900000001', 'SNDBX7Q2M9X4');
        await links.link(await accountId(h, other.email), 'EAC9999103400');
        await send(myCases);
        const replies = await signIn(h);
        const list = replies[1].split('\n');
        expect(list[0]).toBe(t('myCases.intro', { count: 2 }));
        expect(list).toHaveLength(3);
        expect(list[1]).toMatch(opening(`- EAC9999103403, ${t('myCases.form', { form: 'I-130' })}, `));
        expect(list[2]).toMatch(opening(`- IOE0900000001, ${t('myCases.form', { form: 'I-485' })}, `));
        expect(replies[1]).not.toContain('EAC9999103400');
    });

    test('one sign-in serves adding a case and then listing it', async () => {
        const h = await open();
        await send(t('menu.options.addPaperCase.title'));
        await signIn(h);
        await send('EAC9999103403');
        const replies = await send(myCases);
        expect(replies).not.toContain(t('signIn.askEmail'));
        expect(replies[0].split('\n')).toEqual([t('myCases.intro', { count: 1 }), expect.stringMatching(/^- EAC9999103403, /)]);
    });
});
