import type { Activity } from 'botbuilder';
import { CaseServiceUnavailable } from '../../../services/cases/caseErrors';
import { RESERVED_RECEIPTS } from '../../../services/cases/sandboxFixtures';
import { i18n, say, texts, type DialogHarness } from '../../support/dialogHarness';
import { createTestAccount, LOCALES, opening } from '../account/accountFixture';
import { allText, openCaseHarness } from './caseFixture';
import { RECEIPTS_AT_ONCE } from '../../../dialogs/cases/checkStatusDialog';

let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

async function open(options: Parameters<typeof openCaseHarness>[0]): Promise<DialogHarness> {
    harness = await openCaseHarness(options);
    return harness;
}

const CARD = 'application/vnd.microsoft.card.adaptive';
/** The sandbox's reserved receipt that answers "unavailable" (outside hours, an outage). */
const UNAVAILABLE_RECEIPT = Object.entries(RESERVED_RECEIPTS).find(([, answer]) => answer() instanceof CaseServiceUnavailable)?.[0] ?? 'none';
/** A well-formed receipt the sandbox does not know: the service's 404. */
const UNKNOWN_RECEIPT = 'EAC1234567890';
const isTyping = (reply: Partial<Activity>) => reply.type === 'typing';

describe.each(LOCALES)('check case status ($language)', ({ language, locale, t }) => {
    /** The status answer for EAC9999103403 (approved, with history), as the sandbox gives it. */
    function expectApprovedAnswer(replies: Partial<Activity>[]): void {
        const typing = replies.findIndex(isTyping);
        const firstMessage = replies.findIndex((reply) => reply.type === 'message');
        // "typing" is shown before any part of the answer, while the case service is asked.
        expect(typing).toBeGreaterThanOrEqual(0);
        expect(typing).toBeLessThan(firstMessage);
        const said = allText(replies);
        expect(said).toContain('EAC9999103403');
        expect(said).toContain(t('caseStatus.form', { form: 'I-130' }));
        expect(said).toContain(language === 'es' ? 'Caso Fue Aprobado' : 'Case Was Approved');
        expect(said).toContain(t('caseStatus.buckets.approved.explanation'));
        expect(said).toContain(`${t('caseStatus.nextStepLabel')} ${t('caseStatus.buckets.approved.nextStep')}`);
        expect(said).toContain(t('caseStatus.timeline.intro'));
        // The offer to follow the case comes last.
        expect(texts(replies).at(-1)).toMatch(opening(t('caseSubscriptions.offer.prompt')));
    }

    test('anyone can type a receipt number: asked for it, then the status', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        expect(texts(await say(h.client, '4'))).toEqual([t('caseStatus.ask.receipt')]);
        expectApprovedAnswer(await say(h.client, 'EAC9999103403'));
    });

    test('"I don\'t have a receipt number", "I don\'t know it", "where is it?": where it is printed and when the first notice comes, then the same question', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        const missing =
            language === 'es'
                ? ['no tengo el número de recibo', 'no lo sé', '¿Dónde está?', 'no encuentro el número', 'perdí la carta']
                : ["I don't have a receipt number", "I don't know it", 'where is it?', 'Where do I find the receipt number?', 'I lost the notice'];
        // Answered, so none is a failed try: five in a row bring no "this step seems to be giving you trouble".
        for (const text of missing) expect([text, texts(await say(h.client, text))]).toEqual([text, [t('prompts.missing.receipt.answer'), t('caseStatus.ask.receipt')]]);
        expectApprovedAnswer(await say(h.client, 'EAC9999103403'));
    });

    // A notice not come yet, said as such (before: "I need the receipt number itself", a failed try).
    if (language === 'en') {
        test('"I didn\'t get it", "I never received one": where it is printed and when the first notice comes', async () => {
            const h = await open({ locale });
            await say(h.client, 'hi');
            await say(h.client, '4');
            for (const text of ["I didn't get it", 'I never received one', "I haven't received my receipt number"]) {
                expect([text, texts(await say(h.client, text))]).toEqual([text, [t('prompts.missing.receipt.answer'), t('caseStatus.ask.receipt')]]);
            }
        });
    }

    test('a third receipt in a row that cannot be one also says how to reach a person (no help desk to hand over to)', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        for (const attempt of ['abc', 'EAC12']) expect(texts(await say(h.client, attempt)).join('\n')).not.toContain(t('prompts.stuck'));
        const third = texts(await say(h.client, 'xyz'));
        expect(third).toHaveLength(2);
        expect(third[1]).toMatch(opening(`${t('prompts.stuck')}\n\n${t('contact.intro')}`));
        expect(third[1]).toContain(t('contact.uscis'));
        // The question still stands.
        expectApprovedAnswer(await say(h.client, 'EAC9999103403'));
    });

    test('"status of EAC9999103403" at the menu goes straight to the answer', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        expectApprovedAnswer(await say(h.client, language === 'es' ? 'estado de EAC9999103403' : 'status of EAC9999103403'));
    });

    test('a number a digit short or long at the menu is said to be so, then asked for again', async () => {
        // Before: only "What is the receipt number?", as if nothing had been typed.
        const h = await open({ locale });
        await say(h.client, 'hi');
        expect(texts(await say(h.client, 'EAC999910340'))).toEqual([t('prompts.receiptDigitCount', { typed: 'EAC999910340', digits: 9 }), t('caseStatus.ask.receipt')]);
        expectApprovedAnswer(await say(h.client, 'EAC9999103403'));
        // At the question that offers the case just checked too: how many digits, then the cases again.
        await say(h.client, t('menu.options.checkStatus.title'));
        expect(texts(await say(h.client, 'EAC99991034033'))[0]).toMatch(opening(t('prompts.receiptDigitCount', { typed: 'EAC99991034033', digits: 11 })));
        // And at the receipt question: how many digits, not "too short".
        await say(h.client, t('caseStatus.ask.anotherNumber'));
        expect(texts(await say(h.client, 'EAC99991034033'))).toEqual([t('prompts.receiptDigitCount', { typed: 'EAC99991034033', digits: 11 })]);
    });

    test('just the number at the menu goes straight to the answer', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        expectApprovedAnswer(await say(h.client, 'eac 999 910 3403'));
    });

    test('a number read with O for 0 is shown back for a yes before it is used', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        const asked = await say(h.client, 'EAC99991O34O3');
        expect(asked.some(isTyping)).toBe(false);
        expect(texts(asked)[0]).toMatch(opening(t('caseStatus.corrected.confirm', { receipt: 'EAC9999103403' })));
        expectApprovedAnswer(await say(h.client, t('prompts.yesNo.yes')));
    });

    test('"no" to the corrected number asks for it again', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        await say(h.client, 'EAC99991O34O3');
        expect(texts(await say(h.client, t('prompts.yesNo.no')))).toEqual([t('caseStatus.corrected.retype'), t('caseStatus.ask.receipt')]);
    });

    test('a number that is not a receipt number is refused with the reason', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        expect(texts(await say(h.client, 'EAC12345'))).toEqual([t('caseStatus.receiptProblems.tooShort')]);
    });

    test('an A-Number or an online account number at the receipt question is named as such, not "too short"', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        expect(texts(await say(h.client, 'A123456789'))).toEqual([t('caseStatus.receiptProblems.looksLikeANumber')]);
        expect(texts(await say(h.client, '1234 5678 9012'))).toEqual([t('caseStatus.receiptProblems.looksLikeAccountNumber')]);
    });

    test('the form\'s name at the receipt question ("I-130", how many people name their case) is said to be one, not "too short"', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        expect(texts(await say(h.client, 'I-130'))).toEqual([t('caseStatus.receiptProblems.looksLikeFormName')]);
    });

    test('a petition sent on to the Department of State: what that means, and where the case is followed now (CEAC)', async () => {
        // Before: an unknown title ("Status update"), with no word of the National Visa Center.
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        const said = texts(await say(h.client, 'SRC9999132719')).join('\n');
        expect(said).toContain(t('caseStatus.buckets.sentToState.explanation'));
        expect(said).toContain('https://ceac.state.gov');
    });

    test('a Notice of Intent to Deny: not yet a denial and not a Request for Evidence; answer by its deadline, a lawyer now', async () => {
        // Before: the requests for evidence's text, "This is often called a Request for Evidence".
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        const said = texts(await say(h.client, 'SRC9999102779')).join('\n');
        expect(said).toContain(t('caseStatus.buckets.intentToDeny.explanation'));
        expect(said).toContain(t('caseStatus.buckets.intentToDeny.nextStep'));
        expect(said).not.toContain(t('caseStatus.buckets.actionNeeded.explanation'));
    });

    test('"Expedite Request Denied", "Case Was Reopened", "Fees Were Waived", a case closed: what each means, not "I don\'t have a plain summary"', async () => {
        // Before: the 'other' bucket's "USCIS changed the status of your case. I don't have a plain summary for this one."
        // under a title that opens with "Denied" to many readers.
        for (const [receipt, bucket] of [
            ['SRC9999132695', 'expediteDenied'],
            ['SRC9999102781', 'reopened'],
            ['LIN9999106501', 'feeWaived'],
            ['LIN9999106507', 'closedOtherMeans'],
        ] as const) {
            const h = await open({ locale });
            await say(h.client, 'hi');
            await say(h.client, '4');
            const said = texts(await say(h.client, receipt)).join('\n');
            expect(said).toContain(t(`caseStatus.buckets.${bucket}.explanation`));
            expect(said).not.toContain(t('caseStatus.buckets.other.explanation'));
            await h.dispose();
            harness = undefined;
        }
    });

    test('an unknown prefix is warned about, not refused; the service then does not recognise it', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        const replies = await say(h.client, 'ZZZ9999103403');
        const said = texts(replies);
        expect(said[0]).toBe(t('caseStatus.unknownPrefix', { prefix: 'ZZZ' }));
        // An NVC case number (3 letters, 10 numbers, like a receipt) is the Department of State's: where it is checked.
        expect(said[0]).toContain('https://ceac.state.gov');
        expect(said[1]).toBe(t('caseErrors.caseNotRecognized'));
        expect(replies.findIndex(isTyping)).toBe(1);
    });

    test('not recognised: check for typos (O/0, I/1); a very new case can take time to appear', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        const said = texts(await say(h.client, UNKNOWN_RECEIPT));
        expect(said[0]).toBe(t('caseErrors.caseNotRecognized'));
        expect(said[0]).toMatch(/\(0\).*O.*\(1\).*I/);
        expect(said[0]).toMatch(language === 'es' ? /muy nuevo/ : /very new/);
        // Then the menu again ("anything else?").
        expect(said[1]).toMatch(opening(t('menu.again')));
    });

    // Before: only the first number was checked at the menu, and at the receipt question two numbers were "too long".
    test('two receipt numbers in one message: said, then each status with its offer, one after the other', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        const first = await say(h.client, language === 'es' ? 'estado de EAC9999103403 y EAC9999103400' : 'status of EAC9999103403 and EAC9999103400');
        expect(texts(first)[0]).toBe(t('caseStatus.severalReceipts', { count: 2, max: RECEIPTS_AT_ONCE }));
        expectApprovedAnswer(first.slice(1));
        expect(allText(first)).not.toContain('EAC9999103400');
        const second = await say(h.client, t('prompts.yesNo.no'));
        expect(allText(second)).toContain('EAC9999103400');
        expect(texts(second).at(-1)).toMatch(opening(t('caseSubscriptions.offer.prompt')));
        expect(texts(await say(h.client, t('prompts.yesNo.no'))).at(-1)).toMatch(opening(t('menu.again')));
    });

    test('two at the receipt question, the first not recognized: named with the words, then the second', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        const said = texts(await say(h.client, `${UNKNOWN_RECEIPT}, EAC9999103403`));
        expect(said[0]).toBe(t('caseStatus.severalReceipts', { count: 2, max: RECEIPTS_AT_ONCE }));
        expect(said[1]).toBe(`${t('caseStatus.receiptHeading', { receipt: UNKNOWN_RECEIPT })}\n${t('caseErrors.caseNotRecognized')}`);
        expect(said.join('\n')).toContain('EAC9999103403');
        expect(said.at(-1)).toMatch(opening(t('caseSubscriptions.offer.prompt')));
    });

    test('more than five at once: the first five are checked, and it says so', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        const numbers = ['EAC9999103403', 'EAC9999103400', 'EAC9999103401', 'EAC9999103402', 'EAC9999103404', 'EAC9999103405'];
        const said = texts(await say(h.client, numbers.join(' ')));
        expect(said[0]).toBe(t('caseStatus.severalReceiptsCapped', { count: 6, max: RECEIPTS_AT_ONCE }));
        // "Cancel" at an offer ends the offer and the numbers still to check.
        expect(texts(await say(h.client, t('prompts.yesNo.no'))).join('\n')).toContain('EAC9999103400');
        const cancelled = texts(await say(h.client, 'cancel'));
        expect(cancelled.join('\n')).not.toContain('EAC9999103401');
        expect(cancelled.at(-1)).toMatch(opening(t('menu.again')));
    });

    test('unavailable is never "not found": try later or talk to a person', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        const said = texts(await say(h.client, UNAVAILABLE_RECEIPT));
        expect(said[0]).toBe(t('caseErrors.caseServiceUnavailable'));
        expect(said[0]).not.toMatch(/not recognize|not found|no reconoce|no se encontr/i);
        expect(said[0]).toContain(t('menu.options.talkToPerson.title').toLowerCase());
    });

    test('a status the service gives only in English: our words, marked as our translation (Spanish only)', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        const said = allText(await say(h.client, 'IOE0900000200'));
        expect(said).toContain(t('caseStatus.buckets.received.explanation'));
        if (language === 'es') {
            expect(said).toContain(t('caseStatus.translatedMarker'));
            expect(said).toContain(t('caseStatus.buckets.received.title'));
            expect(said).toContain(t('caseStatus.serviceSaysEnglishOnly', { marker: t('caseStatus.translatedMarker') }));
        } else {
            expect(said).not.toContain(t('caseStatus.translatedMarker'));
            expect(said).toContain(t('caseStatus.serviceSays', { text: '' }).trim());
        }
    });

    test('a status the service gives in Spanish is shown in its own words, with no translation marker', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        const said = allText(await say(h.client, 'EAC9999103403'));
        expect(said).not.toContain(t('caseStatus.translatedMarker'));
        expect(said).toContain(t('caseStatus.serviceSays', { text: '' }).trim());
    });

    test('on a card channel the history is an Adaptive Card', async () => {
        const h = await open({ locale, channelId: 'directline' });
        await say(h.client, 'hi');
        const replies = await say(h.client, 'EAC9999103403');
        const timeline = replies.find((reply) => reply.attachments?.some((attachment) => attachment.contentType === CARD));
        expect(timeline).toBeDefined();
        const card = timeline?.attachments?.[0].content as { body: Array<{ type: string; facts?: Array<{ title: string; value: string }> }> };
        const facts = card.body.find((block) => block.type === 'FactSet')?.facts ?? [];
        expect(facts.map((fact) => fact.value)).toEqual(language === 'es' ? ['Caso Fue Recibido', 'Caso Fue Aprobado'] : ['Case Was Received', 'Case Was Approved']);
    });

    test('on a channel without cards (SMS) the history is short text lines', async () => {
        const h = await open({ locale, channelId: 'sms' });
        await say(h.client, 'hi');
        const replies = await say(h.client, 'EAC9999103403');
        expect(replies.some((reply) => (reply.attachments ?? []).length > 0)).toBe(false);
        const timeline = texts(replies).find((text) => text.startsWith(t('caseStatus.timeline.intro'))) ?? '';
        expect(timeline.split('\n').slice(1)).toEqual([
            expect.stringContaining(language === 'es' ? 'Caso Fue Recibido' : 'Case Was Received'),
            expect.stringContaining(language === 'es' ? 'Caso Fue Aprobado' : 'Case Was Approved'),
        ]);
    });

    test('a signed-in user picks one of their linked cases', async () => {
        const h = await open({ locale });
        const account = await createTestAccount(h, `status.${language}@example.com`);
        const { id } = await h.store.client.account.findUniqueOrThrow({ where: { email: account.email } });
        await h.services.cases.links.link(id, 'EAC9999103403');
        await say(h.client, 'hi');
        // "my cases" is reached by saying it; it signs in first.
        expect(texts(await say(h.client, language === 'es' ? 'mis casos' : 'my cases'))).toEqual([t('myCases.signInIntro'), t('signIn.askEmail')]);
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        await say(h.client, await h.latestCode(account.email));
        // "My cases" offers to check the one case; not now.
        await say(h.client, t('prompts.yesNo.noWords.0'));
        const offered = texts(await say(h.client, '4'));
        expect(offered[0]).toMatch(opening(t('caseStatus.ask.chooseCase')));
        expect(offered[0]).toContain('EAC9999103403');
        expect(offered[0]).toContain(t('caseStatus.ask.anotherNumber'));
        expectApprovedAnswer(await say(h.client, '1'));
    });

    // Before: "What is the receipt number?" again, right after the status of that very case.
    test('asked again after a status, the case just checked is offered, and chosen shows its status again', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        await say(h.client, 'EAC9999103403');
        await say(h.client, t('prompts.yesNo.noWords.0'));
        const offered = texts(await say(h.client, t('menu.options.checkStatus.title')));
        expect(offered.at(-1)).toMatch(opening(t('caseStatus.ask.chooseCase')));
        expect(offered.at(-1)).toContain(t('caseStatus.ask.linkedCase', { receipt: 'EAC9999103403', form: 'I-130' }));
        expect(offered.at(-1)).toContain(t('caseStatus.ask.anotherNumber'));
        expect(offered).not.toContain(t('caseStatus.ask.receipt'));
        expectApprovedAnswer(await say(h.client, '1'));
    });

    test('the cases checked are offered most recent first, at most three; another number is still asked for', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        for (const receipt of ['EAC9999103403', 'EAC9999103400', 'EAC9999103412', 'EAC9999103424']) {
            await say(h.client, receipt);
            await say(h.client, t('prompts.yesNo.noWords.0'));
        }
        const offered = texts(await say(h.client, '4')).at(-1) ?? '';
        const order = ['EAC9999103424', 'EAC9999103412', 'EAC9999103400'].map((receipt) => offered.indexOf(receipt));
        expect(order.every((at) => at >= 0)).toBe(true);
        expect([...order].sort((a, b) => a - b)).toEqual(order);
        expect(offered).not.toContain('EAC9999103403');
        expect(texts(await say(h.client, t('caseStatus.ask.anotherNumber')))).toEqual([t('caseStatus.ask.receipt')]);
    });

    test('"no thanks" at the cases offered leaves the check', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, 'EAC9999103403');
        await say(h.client, t('prompts.yesNo.noWords.0'));
        await say(h.client, '4');
        expect(texts(await say(h.client, t('interruptions.declineWords.0')))[0]).toBe(t('cancel.declined'));
    });

    test('a signed-in user can type another number at the list', async () => {
        const h = await open({ locale });
        const account = await createTestAccount(h, `other.${language}@example.com`);
        const { id } = await h.store.client.account.findUniqueOrThrow({ where: { email: account.email } });
        await h.services.cases.links.link(id, 'EAC9999103400');
        await say(h.client, 'hi');
        await say(h.client, language === 'es' ? 'mis casos' : 'my cases');
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        await say(h.client, await h.latestCode(account.email));
        await say(h.client, '4');
        expectApprovedAnswer(await say(h.client, 'EAC9999103403'));
    });
});

describe.each(LOCALES)('free text at the menu reaches the case flows ($language)', ({ language, locale, t }) => {
    test('"I mailed a paper I-130 last year, how do I add it to my account?" starts adding a paper case', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        const sentence =
            language === 'es' ? 'Mandé una I-130 en papel el año pasado, ¿cómo la agrego a mi cuenta?' : 'I mailed a paper I-130 last year, how do I add it to my account?';
        expect(texts(await say(h.client, sentence))[0]).toMatch(opening(t('addCase.signInIntro')));
    });

    test('the same sentence at the menu question also starts it', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        const sentence = language === 'es' ? 'envié mi formulario en papel, ¿cómo lo vinculo?' : 'I sent my form on paper, how do I link it?';
        expect(texts(await say(h.client, sentence))[0]).toMatch(opening(t('addCase.signInIntro')));
    });

    test('"how is my application going?" asks for the receipt number', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        const sentence = language === 'es' ? '¿cómo va mi solicitud?' : 'how is my application going?';
        expect(texts(await say(h.client, sentence))).toEqual([t('caseStatus.ask.receipt')]);
    });

    test('"my cases" opens the list of linked cases (after sign-in)', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        expect(texts(await say(h.client, language === 'es' ? 'ver mis casos' : 'show my cases'))[0]).toBe(t('myCases.signInIntro'));
    });
});

describe.each(LOCALES)('a sentence at the status question ($language)', ({ language, locale, t }) => {
    test('is not "too long": it is told what is needed and how to say it is missing; a sentence that opens with it is missing', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        const sentence = language === 'es' ? 'es el caso de la tarjeta verde de mi esposa' : "it is my wife's green card case";
        expect(texts(await say(h.client, sentence))).toEqual([t('prompts.receiptWords')]);
        const missingSentence = language === 'es' ? 'no lo tengo todavía, mandé los papeles la semana pasada' : "I don't have it yet, I just mailed my application last week";
        expect(texts(await say(h.client, missingSentence))).toEqual([t('prompts.missing.receipt.answer'), t('caseStatus.ask.receipt')]);
    });
});

describe.each(LOCALES)('another task asked at the status question ($language)', ({ language, locale, t }) => {
    const asked = language === 'es' ? 'quiero encontrar mi número de cuenta' : 'I want to find my account number';

    test('starts it, as the menu would; words with a number or an address stay an answer', async () => {
        const atMenu = await open({ locale });
        await say(atMenu.client, 'hi');
        const fromMenu = texts(await say(atMenu.client, asked));
        await atMenu.dispose();
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '4');
        expect(texts(await say(h.client, asked))).toEqual(fromMenu);
        expect(fromMenu.join('\n')).not.toContain(t('caseStatus.ask.receipt'));
        // The flow it left is gone: the next message answers the new question, not the receipt one.
        await say(h.client, 'cancel');
        await say(h.client, '4');
        expect(texts(await say(h.client, `${asked} EAC12`))).toEqual([t('caseStatus.receiptProblems.tooLong')]);
    });
});

describe.each([
    { locale: 'en-US' },
    { locale: 'es-US' },
    { locale: 'fr-FR' },
    { locale: 'vi-VN' },
    { locale: 'zh-CN' },
    { locale: 'ko-KR' },
    { locale: 'ar-EG' },
    { locale: 'tl-PH' },
])('the words a sentence at the status question suggests ($locale)', ({ locale }) => {
    test('say the receipt is missing, in that language', async () => {
        const h = await open({ locale });
        const t = i18n.getFixedT(locale.slice(0, 2));
        const suggested = /["«“]\s?([^"»”]+?)\s?["»”]/.exec(t('prompts.receiptWords'))?.[1];
        expect(suggested).toBeDefined();
        await say(h.client, '4');
        await say(h.client, '4');
        expect(texts(await say(h.client, suggested!))).toEqual([t('prompts.missing.receipt.answer'), t('caseStatus.ask.receipt')]);
    });
});

describe.each([
    // Each with a "not yet" too: the forms were just mailed, so no notice has come (before: "I need the number itself").
    { locale: 'en-US', missing: ['I just mailed my forms last week', 'not yet'] },
    { locale: 'es-US', missing: ['acabo de enviar mis formularios', 'todavía no me llega'] },
    { locale: 'fr-FR', missing: ["je n'ai pas le numéro de reçu", 'je ne sais pas', "je viens d'envoyer mon dossier"] },
    { locale: 'vi-VN', missing: ['tôi không có số biên nhận', 'không biết', 'tôi mới gửi hồ sơ tuần trước'] },
    { locale: 'zh-CN', missing: ['我没有收据号码', '找不到', '我刚寄出去'] },
    { locale: 'ko-KR', missing: ['접수 번호 없어요', '몰라요', '아직 못 받았어요'] },
    { locale: 'ar-EG', missing: ['ما عندي رقم الإيصال', 'لا أعرف', 'لم يصلني بعد'] },
    { locale: 'tl-PH', missing: ['wala akong receipt number', 'hindi ko alam', 'kakapadala ko lang ng forms'] },
])('a missing receipt number at the status question ($locale)', ({ locale, missing }) => {
    test('is told where it is printed, and the question stands', async () => {
        const h = await open({ locale });
        const t = i18n.getFixedT(locale.slice(0, 2));
        // The first message gets the welcome and the menu; the second picks "check a status".
        await say(h.client, '4');
        expect(texts(await say(h.client, '4'))).toEqual([t('caseStatus.ask.receipt')]);
        for (const text of missing) expect([text, texts(await say(h.client, text))]).toEqual([text, [t('prompts.missing.receipt.answer'), t('caseStatus.ask.receipt')]]);
    });
});

describe.each([
    { locale: 'en-US', said: 'my receipt number is EAC9999103403' },
    { locale: 'ko-KR', said: '제 접수 번호는 EAC9999103403이에요' },
    { locale: 'es-US', said: 'el número es EAC 999 910 3403, gracias' },
])('a receipt number written in a sentence at the status question ($locale)', ({ locale, said }) => {
    test('is the answer: the status is shown, not "too long"', async () => {
        const h = await open({ locale });
        const t = i18n.getFixedT(locale.slice(0, 2));
        await say(h.client, '4');
        expect(texts(await say(h.client, '4'))).toEqual([t('caseStatus.ask.receipt')]);
        const replies = allText(await say(h.client, said));
        expect(replies).toContain('EAC9999103403');
        expect(replies).not.toContain(t('caseStatus.receiptProblems.tooLong'));
        expect(replies).toContain(t('caseSubscriptions.offer.prompt'));
    });
});

describe('a receipt number in a first message written in another language', () => {
    test('is kept through the language question: "sí" shows its status, the number is not asked for', async () => {
        const utterance = 'quiero saber el estado de mi caso EAC9999103403';
        const h = await open({ locale: 'en-US', start: { utterance } });
        const es = i18n.getFixedT('es');
        expect(texts(await say(h.client, utterance))[0]).toMatch(opening(es('language.offer')));
        const replies = allText(await say(h.client, es('prompts.yesNo.yes')));
        expect(replies).toContain('EAC9999103403');
        expect(replies).not.toContain(es('caseStatus.ask.receipt'));
    });
});
