import { buildAccountFlows } from '../../../dialogs/account/accountFlows';
import { buildCaseFlows } from '../../../dialogs/cases/caseFlows';
import { UscisCaseService } from '../../../services/cases/uscisCaseService';
import { say, startDialogHarness, texts, type DialogHarness } from '../../support/dialogHarness';
import { FAKE_USCIS_RECEIPTS, startFakeUscisApi, type FakeUscisApi } from '../../support/fakeUscisApi';
import { createTestAccount, LOCALES, opening, type TestAccount } from '../account/accountFixture';

/*
 * "Add a paper-filed case", in English and Spanish, through the main menu with the real sign-in, the real case links
 * on the harness's SQLite store and the embedded sandbox (IOE0900000001/2 have working codes, IOE0900000003's code has
 * expired, IOE0900000004's was used; EAC9999000503 is "unavailable"), or the real USCIS client against the local fake
 * USCIS API for a back end that cannot check codes.
 */
let harness: DialogHarness | undefined;
let api: FakeUscisApi | undefined;
afterEach(async () => {
    await harness?.dispose();
    await api?.close();
    harness = undefined;
    api = undefined;
});

const APPROVED_I130 = 'EAC9999103403';
const IOE_VALID = { receipt: 'IOE0900000001', code: 'SNDBX7Q2M9X4' };
const IOE_EXPIRED = { receipt: 'IOE0900000003', code: 'SNDBX9R4T6Y1' };
const IOE_USED = { receipt: 'IOE0900000004', code: 'SNDBX5H2J8N6' };

/** The main dialog with the add-a-case and my-cases flows sharing the one sign-in. */
function openCasesHarness(locale: string | undefined, caseService?: () => UscisCaseService): Promise<DialogHarness> {
    return startDialogHarness({
        locale,
        caseService,
        flows: (services) => {
            const { signIn } = buildAccountFlows(services);
            const { addPaperCase, myCases } = buildCaseFlows(services, { signIn });
            return { addPaperCase, myCases };
        },
    });
}

async function linkedRows(h: DialogHarness) {
    return h.store.client.linkedCase.findMany({ orderBy: { receiptNumber: 'asc' } });
}

describe.each(LOCALES)('add a paper-filed case ($language)', ({ language, locale, t }) => {
    const menuTitle = t('menu.options.addPaperCase.title');
    let account: TestAccount;

    async function send(text: string): Promise<string[]> {
        return texts(await say(harness!.client, text));
    }

    /** Menu, "add a paper-filed case", sign in by an emailed code: the receipt number is asked. */
    async function signedInAtReceipt(caseService?: () => UscisCaseService): Promise<DialogHarness> {
        const h = (harness = await openCasesHarness(locale, caseService));
        account = await createTestAccount(h, `cases.${language}@example.com`);
        await send('hi');
        expect(await send(menuTitle)).toEqual([t('addCase.signInIntro'), t('signIn.askEmail')]);
        await send(account.email);
        await send(t('signIn.methods.email'));
        const replies = await send(await h.latestCode(account.email));
        expect(replies).toEqual([t('signIn.signedIn'), t('addCase.askReceipt')]);
        return h;
    }

    async function accountId(h: DialogHarness, email: string): Promise<string> {
        return (await h.store.client.account.findUniqueOrThrow({ where: { email } })).id;
    }

    test('a receipt number typed at the sign-in email question is kept, and not asked again after sign-in', async () => {
        const h = (harness = await openCasesHarness(locale));
        account = await createTestAccount(h, `kept.${language}@example.com`);
        await send('hi');
        expect(await send(menuTitle)).toEqual([t('addCase.signInIntro'), t('signIn.askEmail')]);
        expect(await send(APPROVED_I130)).toEqual([t('signIn.receiptKept', { receipt: APPROVED_I130 }), t('signIn.askEmail')]);
        await send(account.email);
        await send(t('signIn.methods.email'));
        const replies = await send(await h.latestCode(account.email));
        expect(replies.slice(0, 2)).toEqual([t('signIn.signedIn'), t('addCase.linked', { receipt: APPROVED_I130 })]);
        expect((await linkedRows(h)).map((row) => row.receiptNumber)).toEqual([APPROVED_I130]);
    });

    test('"I don\'t have the receipt number" is told where it is printed, and the question stands', async () => {
        await signedInAtReceipt();
        for (const text of language === 'es' ? ['no tengo el número de recibo', 'no sé dónde está'] : ["I don't have the receipt number", "I can't find it"]) {
            expect([text, await send(text)]).toEqual([text, [t('prompts.missing.receipt.answer'), t('addCase.askReceipt')]]);
        }
    });

    test('a sentence at the receipt question is not "too long": it is told what is needed, and how to say it is missing', async () => {
        await signedInAtReceipt();
        expect(await send(language === 'es' ? 'lo mandé por correo postal hace un mes' : 'I mailed it a month ago')).toEqual([t('prompts.receiptWords')]);
    });

    test('a receipt filed by mail (not IOE) is added by its number alone and its status is shown', async () => {
        const h = await signedInAtReceipt();
        const replies = await send('eac-999-910-3403');
        expect(replies[0]).toBe(t('addCase.linked', { receipt: APPROVED_I130 }));
        expect(replies[1]).toContain(APPROVED_I130);
        expect(replies[1]).toContain('I-130');
        expect(replies).toContain(`${t('caseStatus.buckets.approved.explanation')}\n\n${t('caseStatus.nextStepLabel')} ${t('caseStatus.buckets.approved.nextStep')}`);
        expect(replies.at(-1)).toMatch(opening(t('menu.again')));
        expect(await linkedRows(h)).toEqual([expect.objectContaining({ accountId: await accountId(h, account.email), receiptNumber: APPROVED_I130, linkedBy: 'receipt' })]);
    });

    test('"what does this mean?" at the menu after the case is added explains the status it showed', async () => {
        await signedInAtReceipt();
        const replies = await send(APPROVED_I130);
        const explanation = `${t('caseStatus.buckets.approved.explanation')}\n\n${t('caseStatus.nextStepLabel')} ${t('caseStatus.buckets.approved.nextStep')}`;
        expect(replies).toContain(explanation);
        expect(await send(language === 'es' ? '¿qué significa esto?' : 'what does this mean?')).toEqual([explanation, expect.stringMatching(opening(t('menu.again')))]);
    });

    // The case added is a relative's petition, approved: what follows that approval, as after a status check.
    test('"what\'s next?" at the menu after an approved Form I-130 is added is what follows that approval', async () => {
        await signedInAtReceipt();
        await send(APPROVED_I130);
        expect((await send(language === 'es' ? '¿qué sigue?' : "what's next?"))[0]).toBe(t('prompts.stepHelp.nextAfterPetitionApproved.answer'));
    });

    test('an IOE receipt asks for the Online Access Code; a valid one (typed with dashes) adds the case', async () => {
        const h = await signedInAtReceipt();
        expect(await send(IOE_VALID.receipt)).toEqual([t('addCase.askCode')]);
        const replies = await send('sndbx-7q2m-9x4');
        expect(replies[0]).toBe(t('addCase.linked', { receipt: IOE_VALID.receipt }));
        expect(replies).not.toContain(t('addCase.codeNotChecked'));
        expect(replies[1]).toContain('I-485');
        expect(await linkedRows(h)).toEqual([expect.objectContaining({ receiptNumber: IOE_VALID.receipt, linkedBy: 'accessCode' })]);
    });

    test('a receipt with O or I in a digit place is corrected and confirmed before it is used; "no" asks again', async () => {
        const h = await signedInAtReceipt();
        const corrected = t('addCase.corrected.confirm', { receipt: APPROVED_I130 });
        expect((await send('EAC99991034O3'))[0]).toMatch(opening(corrected));
        expect(await linkedRows(h)).toEqual([]);
        expect(await send(t('prompts.yesNo.no'))).toEqual([t('addCase.corrected.retype'), t('addCase.askReceipt')]);
        expect((await send('EAC9999IO34O3'))[0]).toMatch(opening(corrected));
        expect((await send(t('prompts.yesNo.yes')))[0]).toBe(t('addCase.linked', { receipt: APPROVED_I130 }));
        expect(await linkedRows(h)).toHaveLength(1);
    });

    test('an unknown prefix gets a warning, not a refusal; a receipt not recognized gets the typo and "very new" hints', async () => {
        const h = await signedInAtReceipt();
        const replies = await send('NYC9999103403');
        expect(replies[0]).toBe(t('addCase.unknownPrefix', { prefix: 'NYC' }));
        expect(replies[1]).toBe(t('caseErrors.caseNotRecognized'));
        expect(replies[1]).toMatch(language === 'es' ? /muy nuevo|días/ : /very new/);
        expect(replies[2]).toMatch(opening(t('addCase.notRecognizedAgain')));
        expect(await send(t('prompts.yesNo.yes'))).toEqual([t('addCase.askReceipt')]);
        await send('EAC0000000000');
        const later = await send(t('prompts.yesNo.no'));
        expect(later[0]).toBe(t('addCase.notRecognizedLater'));
        expect(later.at(-1)).toMatch(opening(t('menu.again')));
        expect(await linkedRows(h)).toEqual([]);
    });

    test('"what does that mean?" after a receipt not recognized gets what it means, then the question again', async () => {
        // Found by chatting: it got the answer about which number is which (the status check already said what it means).
        await signedInAtReceipt();
        expect((await send('EAC9999999999')).at(-1)).toMatch(opening(t('addCase.notRecognizedAgain')));
        const asked = await send(language === 'es' ? '¿qué significa eso?' : 'what does that mean?');
        expect(asked[0]).toBe(t('prompts.stepHelp.receiptNotRecognizedShown.answer'));
        expect(asked[1]).toMatch(opening(t('addCase.notRecognizedAgain')));
        expect(await send(t('prompts.yesNo.yes'))).toEqual([t('addCase.askReceipt')]);
    });

    test.each([
        ['EAC12345', 'tooShort'],
        // Two numbers: one case at a time (before: "too long").
        ['EAC9999103403 EAC9999103400', 'several'],
        ['EAC99991X3403', 'lettersInDigits'],
        ['12A9999103403', 'invalidFormat'],
        ['A123456789', 'looksLikeANumber'],
        ['1234 5678 9012', 'looksLikeAccountNumber'],
        ['I-485', 'looksLikeFormName'],
    ])('a bad receipt number %j gets its own reason (%s) and the question stays', async (typed, reason) => {
        await signedInAtReceipt();
        expect(await send(typed)).toEqual([t(`addCase.receiptProblems.${reason}`)]);
        expect((await send(APPROVED_I130))[0]).toBe(t('addCase.linked', { receipt: APPROVED_I130 }));
    });

    test('a receipt number a digit short is told how many digits it has, and the question stays', async () => {
        await signedInAtReceipt();
        expect(await send('EAC99991034')).toEqual([t('prompts.receiptDigitCount', { typed: 'EAC99991034', digits: 8 })]);
        expect((await send(APPROVED_I130))[0]).toBe(t('addCase.linked', { receipt: APPROVED_I130 }));
    });

    test.each([
        ['A123456789', 'looksLikeANumber'],
        ['1234-5678-9012', 'looksLikeAccountNumber'],
        ['EAC9999103403', 'looksLikeReceiptNumber'],
        ['abc', 'wrongLength'],
        ['SNDBX_7Q2M9X4', 'invalidCharacters'],
    ])('at the access code, %j gets a clear reason (%s) and the code is asked again', async (typed, reason) => {
        const h = await signedInAtReceipt();
        await send(IOE_VALID.receipt);
        expect(await send(typed)).toEqual([t(`addCase.codeProblems.${reason}`)]);
        expect(await linkedRows(h)).toEqual([]);
        expect((await send(IOE_VALID.code))[0]).toBe(t('addCase.linked', { receipt: IOE_VALID.receipt }));
    });

    test('a wrong code is asked for again; after 3 wrong codes the flow says how to get help', async () => {
        const h = await signedInAtReceipt();
        await send(IOE_VALID.receipt);
        expect(await send('WRONG1234CODE')).toEqual([t('caseErrors.accessCodeRejected_invalid'), t('addCase.askCode')]);
        expect(await send('WRONG5678CODE')).toEqual([t('caseErrors.accessCodeRejected_invalid'), t('addCase.askCode')]);
        const replies = await send('WRONG9999CODE');
        expect(replies[0]).toBe(t('addCase.codeTooManyTries'));
        expect(replies.at(-1)).toMatch(opening(t('menu.again')));
        expect(await linkedRows(h)).toEqual([]);
    });

    test.each([
        ['expired', IOE_EXPIRED],
        ['alreadyUsed', IOE_USED],
    ])('an %s code: said so, and how to get a new one; nothing added', async (verdict, ioe) => {
        const h = await signedInAtReceipt();
        await send(ioe.receipt);
        const replies = await send(ioe.code);
        expect(replies[0]).toBe(t(`caseErrors.accessCodeRejected_${verdict}`));
        expect(replies[1]).toBe(t('addCase.newCodeHow'));
        expect(replies[1]).toContain('my.uscis.gov/account/v1/needhelp');
        expect(replies.at(-1)).toMatch(opening(t('menu.again')));
        expect(await linkedRows(h)).toEqual([]);
    });

    test('a case already in this account: said so, and its status shown', async () => {
        const h = await signedInAtReceipt();
        await send(APPROVED_I130);
        await send(menuTitle);
        const replies = await send(APPROVED_I130);
        expect(replies[0]).toBe(t('addCase.alreadyHere', { receipt: APPROVED_I130 }));
        expect(replies[1]).toContain(APPROVED_I130);
        expect(await linkedRows(h)).toHaveLength(1);
    });

    test('a case linked to another account is refused without saying whose', async () => {
        const h = await signedInAtReceipt();
        const other = await createTestAccount(h, `other.${language}@example.com`);
        await h.services.cases.links.link(await accountId(h, other.email), APPROVED_I130);
        const replies = await send(APPROVED_I130);
        expect(replies[0]).toBe(t('caseErrors.caseLinkedElsewhere'));
        const all = replies.join('\n');
        for (const secret of [other.email, other.accountNumber, await accountId(h, other.email), 'other.']) expect(all).not.toContain(secret);
        expect(replies.at(-1)).toMatch(opening(t('menu.again')));
        expect(await linkedRows(h)).toEqual([expect.objectContaining({ accountId: await accountId(h, other.email) })]);
    });

    test('the service unavailable: said so (never "not found"), try again now or later; nothing added', async () => {
        const h = await signedInAtReceipt();
        const replies = await send('EAC9999000503');
        expect(replies[0]).toBe(t('caseErrors.caseServiceUnavailable'));
        expect(replies.join('\n')).not.toContain(t('caseErrors.caseNotRecognized'));
        expect(replies[1]).toMatch(opening(t('addCase.unavailableOffer')));
        expect(replies[1]).toContain(t('addCase.unavailableChoices.tryAgain'));
        // "Talk to a person" works at the offer, which then stays.
        const person = await send(t('menu.options.talkToPerson.title'));
        expect(person[0]).toContain(h.services.organization.helpdeskPhone);
        expect(person[1]).toMatch(opening(t('addCase.unavailableOffer')));
        // Trying again asks the service again (it is still down).
        expect((await send(t('addCase.unavailableChoices.tryAgain')))[0]).toBe(t('caseErrors.caseServiceUnavailable'));
        const later = await send(t('addCase.unavailableChoices.later'));
        expect(later[0]).toBe(t('addCase.unavailableLater'));
        expect(later.at(-1)).toMatch(opening(t('menu.again')));
        expect(await linkedRows(h)).toEqual([]);
    });

    test('with a back end that cannot check codes, the case is added and the user is told plainly the code was not checked', async () => {
        api = await startFakeUscisApi();
        const fake = api;
        const h = await signedInAtReceipt(
            () =>
                new UscisCaseService({
                    baseUrl: fake.baseUrl,
                    clientId: fake.clientId,
                    clientSecret: fake.clientSecret,
                    timeoutMs: 5000,
                    dailyQuota: 100,
                    ratePerSecond: 100,
                    sleep: async () => undefined,
                }),
        );
        expect(await send(FAKE_USCIS_RECEIPTS.ioeWithoutDates)).toEqual([t('addCase.askCode')]);
        const replies = await send('ANYCODE12345');
        expect(replies[0]).toBe(t('addCase.linked', { receipt: FAKE_USCIS_RECEIPTS.ioeWithoutDates }));
        expect(replies[1]).toBe(t('addCase.codeNotChecked'));
        expect(replies[2]).toContain('I-485');
        expect(await linkedRows(h)).toEqual([expect.objectContaining({ linkedBy: 'accessCodeUnverified' })]);
    });

    test('cancel at the access code leaves nothing added', async () => {
        const h = await signedInAtReceipt();
        await send(IOE_VALID.receipt);
        const replies = await send(t('interruptions.cancelWords.0'));
        expect(replies[0]).toBe(t('cancel.done'));
        expect(await linkedRows(h)).toEqual([]);
    });
});
