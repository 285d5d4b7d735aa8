import { randomUUID } from 'node:crypto';
import { buildAccountFlows } from '../../../dialogs/account/accountFlows';
import { buildCaseFlows } from '../../../dialogs/cases/caseFlows';
import { MAX_CASES_CHECKED_AT_ONCE } from '../../../dialogs/cases/myCasesDialog';
import { say, startDialogHarness, texts, type DialogHarness } from '../../support/dialogHarness';
import { allText } from './caseFixture';
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
                const { addPaperCase, checkStatus, myCases } = buildCaseFlows(services, { signIn });
                return { addPaperCase, checkStatus, myCases };
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

    /** A case linked earlier, as the store keeps it (the service may no longer know it, or be down now). */
    const linkAsStored = (h: DialogHarness, accountId: string, receiptNumber: string) =>
        h.store.client.linkedCase.create({ data: { id: randomUUID(), accountId, receiptNumber, linkedBy: 'receipt' } });

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
        // Then which one to check: each case by its receipt number and form, or not now.
        expect(replies[2]).toMatch(opening(t('myCases.check.which')));
        expect(replies[2]).toContain(t('caseStatus.ask.linkedCase', { receipt: 'EAC9999103403', form: 'I-130' }));
        expect(replies[2]).toContain(t('myCases.check.notNow'));
        expect(replies[2]).not.toContain('EAC9999103400');
    });

    /** The status answer for EAC9999103403 (approved), as the sandbox gives it, then the offer to follow the case. */
    function expectApprovedAnswer(replies: string[]): void {
        const said = replies.join('\n');
        expect(said).toContain('EAC9999103403');
        expect(said).toContain(language === 'es' ? 'Caso Fue Aprobado' : 'Case Was Approved');
        expect(replies.at(-1)).toMatch(opening(t('caseSubscriptions.offer.prompt')));
    }

    test('one case: a yes checks its status at once, and the offer to follow it comes next', async () => {
        const h = await open();
        await h.services.cases.links.link(await accountId(h, account.email), 'EAC9999103403');
        await send(myCases);
        const replies = await signIn(h);
        expect(replies[1].split('\n')[0]).toBe(t('myCases.intro', { count: 1 }));
        expect(replies.at(-1)).toMatch(opening(t('myCases.check.one')));
        expectApprovedAnswer(await send(t('prompts.yesNo.yesWords.0')));
    });

    test('several cases: the one chosen by its receipt number is checked; "no" and "not now" end with how to ask later', async () => {
        const h = await open();
        const id = await accountId(h, account.email);
        await h.services.cases.links.link(id, 'IOE0900000001', 'SNDBX7Q2M9X4');
        await h.services.cases.links.link(id, 'EAC9999103403');
        await send(myCases);
        await signIn(h);
        expectApprovedAnswer(await send('eac 9999103403'));
        for (const no of [t('prompts.yesNo.noWords.0'), t('myCases.check.notNow')]) {
            await send(t('prompts.yesNo.noWords.0'));
            const listed = await send(myCases);
            expect(listed.at(-1)).toMatch(opening(t('myCases.check.which')));
            const replies = await send(no);
            expect(replies[0]).toBe(t('myCases.check.declined'));
            expect(replies.at(-1)).toMatch(opening(t('menu.again')));
        }
    });

    test('a receipt number typed at the offer, not in the list, is checked too; an unclear answer gets the question again', async () => {
        const h = await open();
        await h.services.cases.links.link(await accountId(h, account.email), 'IOE0900000001', 'SNDBX7Q2M9X4');
        await send(myCases);
        await signIn(h);
        const unclear = await send('hmm');
        expect(unclear.at(-1)).toContain(t('myCases.check.one'));
        expect(allText(await say(h.client, 'EAC9999103403'))).toContain(language === 'es' ? 'Caso Fue Aprobado' : 'Case Was Approved');
    });

    test('"all of them": each status in one line as the service gives it, then which one to see in full', async () => {
        const h = await open();
        const id = await accountId(h, account.email);
        await h.services.cases.links.link(id, 'EAC9999103403');
        await h.services.cases.links.link(id, 'IOE0900000001', 'SNDBX7Q2M9X4');
        await linkAsStored(h, id, 'EAC9999000404');
        await send(myCases);
        const offered = (await signIn(h)).at(-1) ?? '';
        expect(offered).toContain(t('myCases.check.all'));
        const replies = await send(t('myCases.check.allWords.0'));
        const lines = replies[0].split('\n');
        expect(lines[0]).toBe(t('myCases.all.intro'));
        expect(lines.slice(1).sort()).toEqual(
            [
                t('myCases.all.line', { receipt: 'EAC9999103403', form: t('myCases.form', { form: 'I-130' }), title: language === 'es' ? 'Caso Fue Aprobado' : 'Case Was Approved' }),
                t('myCases.all.line', { receipt: 'IOE0900000001', form: t('myCases.form', { form: 'I-485' }), title: language === 'es' ? 'Caso Fue Recibido' : 'Case Was Received' }),
                // The service does not know it: said, not guessed; choosing it shows why.
                t('myCases.all.noStatus', { receipt: 'EAC9999000404', form: t('myCases.formUnknown') }),
            ].sort(),
        );
        expect(replies[1]).toMatch(opening(t('myCases.check.more')));
        expect(replies[1]).not.toContain(t('myCases.check.all'));
        const chosen = await send('EAC9999000404');
        expect(chosen).toContain(t('caseErrors.caseNotRecognized'));
    });

    test('"all of them" when the case service is down: said once, and the question is not asked again', async () => {
        const h = await open();
        const id = await accountId(h, account.email);
        await linkAsStored(h, id, 'EAC9999000503');
        await h.services.cases.links.link(id, 'EAC9999103403');
        await send(myCases);
        await signIn(h);
        const replies = await send(t('myCases.check.all'));
        expect(replies.join('\n')).toContain(t('caseErrors.caseServiceUnavailable'));
        expect(replies.join('\n')).not.toContain(t('myCases.check.more'));
        expect(replies.at(-1)).toMatch(opening(t('menu.again')));
    });

    test('more cases than are checked at once: no "all of them"; a question at the offer gets what a check shows', async () => {
        const h = await open();
        const id = await accountId(h, account.email);
        for (let n = 0; n <= MAX_CASES_CHECKED_AT_ONCE; n += 1) await linkAsStored(h, id, `EAC99991034${String(n).padStart(2, '0')}`);
        await send(myCases);
        const offered = (await signIn(h)).at(-1) ?? '';
        expect(offered).toMatch(opening(t('myCases.check.which')));
        expect(offered).not.toContain(t('myCases.check.all'));
        const asked = await send(language === 'es' ? '¿qué significa aprobado?' : 'what does approved mean?');
        expect(asked[0]).toBe(t('myCases.check.question'));
        expect(asked[1]).toMatch(opening(t('myCases.check.which')));
    });

    test('a case this chat follows says how its updates come', async () => {
        const h = await open();
        const id = await accountId(h, account.email);
        await h.services.cases.links.link(id, 'EAC9999103403');
        await h.services.cases.links.link(id, 'IOE0900000001', 'SNDBX7Q2M9X4');
        await send(myCases);
        await signIn(h);
        await send(t('myCases.check.notNow'));
        const { conversationKey } = await h.store.client.signInSession.findFirstOrThrow({ where: { accountId: id } });
        const follow = (receiptNumber: string, deliverBy: 'conversation' | 'email') =>
            h.store.client.caseSubscription.create({
                data: { id: randomUUID(), receiptNumber, conversationKey, reference: deliverBy === 'conversation' ? '{}' : null, channelId: 'test', deliverBy, accountId: id, locale: 'en', lastHash: 'h', nextCheckAt: new Date() },
            });
        await follow('IOE0900000001', 'email');
        const list = (await send(myCases))[0].split('\n');
        expect(list[1]).toMatch(/^- EAC9999103403, .*\d$/);
        expect(list[2].endsWith(t('myCases.followed.email'))).toBe(true);
        await h.store.client.caseSubscription.deleteMany();
        await follow('EAC9999103403', 'conversation');
        await send(t('myCases.check.notNow'));
        expect((await send(myCases))[0].split('\n')[1].endsWith(t('myCases.followed.conversation'))).toBe(true);
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
