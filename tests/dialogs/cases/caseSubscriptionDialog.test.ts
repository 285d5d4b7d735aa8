import { caseStatusHash } from '../../../services/cases/caseStatusHash';
import { i18n, say, texts, type DialogHarness } from '../../support/dialogHarness';
import { createTestAccount, LOCALES, opening } from '../account/accountFixture';
import { openCaseHarness } from './caseFixture';

/**
 * "Tell me when this changes" after a status, and "stop updates" / "dejar de recibir" at the menu, in both languages,
 * on the real case flows and the embedded sandbox. What is stored is read back from the store.
 */
let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

const APPROVED = 'EAC9999103403';
const RECEIVED = 'EAC9999103400';

describe.each(LOCALES)('case updates ($language)', ({ language, locale, t }) => {
    async function open(): Promise<DialogHarness> {
        harness = await openCaseHarness({ locale });
        await say(harness.client, 'hi');
        return harness;
    }
    const subscriptionRows = (h: DialogHarness) => h.store.client.caseSubscription.findMany({ orderBy: { createdAt: 'asc' } });
    const lastText = async (h: DialogHarness, text: string) => texts(await say(h.client, text)).join('\n');

    test('yes after a status: updates in this chat, stored with the reference, the language and what was shown', async () => {
        const h = await open();
        expect(await lastText(h, APPROVED)).toMatch(new RegExp(t('caseSubscriptions.offer.prompt').replace(/[?¿]/g, '.')));
        const done = await lastText(h, t('prompts.yesNo.yes'));
        expect(done).toContain(t('caseSubscriptions.subscribed.conversation', { receipt: APPROVED }));
        const [row] = await subscriptionRows(h);
        expect(row).toMatchObject({ receiptNumber: APPROVED, deliverBy: 'conversation', locale: language, accountId: null, cancelledAt: null });
        expect(row.lastHash).toBe(caseStatusHash(await h.services.cases.service.getCase(APPROVED)));
        expect(JSON.parse(row.reference ?? '{}')).toMatchObject({ conversation: { id: expect.any(String) } });

        // The same case again: it says so, and does not offer twice.
        const again = await lastText(h, APPROVED);
        expect(again).toContain(t('caseSubscriptions.already.conversation'));
        expect(again).not.toContain(t('caseSubscriptions.offer.prompt'));
    });

    test('no after a status: nothing is stored', async () => {
        const h = await open();
        await say(h.client, APPROVED);
        expect(await lastText(h, t('prompts.yesNo.no'))).toContain(t('caseSubscriptions.declined'));
        expect(await subscriptionRows(h)).toEqual([]);
    });

    test('"stop updates" at the menu ends the one case followed; with none, it says there is nothing to stop', async () => {
        const h = await open();
        expect(await lastText(h, t('caseSubscriptions.stop.phrases.0'))).toContain(t('caseSubscriptions.stop.none'));
        await say(h.client, APPROVED);
        await say(h.client, t('prompts.yesNo.yes'));
        expect(await lastText(h, t('caseSubscriptions.stop.phrases.0'))).toContain(t('caseSubscriptions.stop.done', { receipt: APPROVED }));
        const [row] = await subscriptionRows(h);
        expect(row.cancelledAt).not.toBeNull();
        expect(await h.services.cases.subscriptions.listForConversation(row.conversationKey)).toEqual([]);
    });

    test('with two cases followed, "stop updates" asks which; "all of them" ends both', async () => {
        const h = await open();
        for (const receipt of [APPROVED, RECEIVED]) {
            await say(h.client, receipt);
            await say(h.client, t('prompts.yesNo.yes'));
        }
        expect(await subscriptionRows(h)).toHaveLength(2);
        const asked = await lastText(h, t('caseSubscriptions.stop.phrases.0'));
        expect(asked).toMatch(opening(t('caseSubscriptions.stop.which')));
        expect(asked).toContain(RECEIVED);
        expect(await lastText(h, t('caseSubscriptions.stop.all'))).toContain(t('caseSubscriptions.stop.doneAll'));
        expect((await subscriptionRows(h)).every((row) => row.cancelledAt !== null)).toBe(true);
    });

    test('signed in: chat or email; email keeps the account and no chat reference', async () => {
        const h = await open();
        const { email } = await createTestAccount(h, `subscriber.${language}@example.org`);
        const account = await h.store.client.account.findUniqueOrThrow({ where: { email } });
        // Not signed in yet: updates come in the chat, without a question. That row names this conversation's key.
        await say(h.client, RECEIVED);
        expect(await lastText(h, t('prompts.yesNo.yes'))).toContain(t('caseSubscriptions.subscribed.conversation', { receipt: RECEIVED }));
        const key = (await subscriptionRows(h))[0].conversationKey;
        // Signed in as the sign-in flow would leave it (the flow itself has its own tests).
        await h.services.accounts.sessions.begin(key, account.id);

        await say(h.client, APPROVED);
        expect(await lastText(h, t('prompts.yesNo.yes'))).toContain(t('caseSubscriptions.how.prompt'));
        expect(await lastText(h, t('caseSubscriptions.how.email'))).toContain(t('caseSubscriptions.subscribed.email', { receipt: APPROVED }));
        const row = (await subscriptionRows(h)).find((subscription) => subscription.receiptNumber === APPROVED);
        expect(row).toMatchObject({ deliverBy: 'email', accountId: account.id, reference: null, conversationKey: key });

        // "My updates": each case followed, and how its updates come; nothing is stopped.
        const listed = await lastText(h, t('caseSubscriptions.list.phrases.0'));
        expect(listed).toContain(t('caseSubscriptions.list.line', { receipt: RECEIVED, how: t('caseSubscriptions.how.conversation') }));
        expect(listed).toContain(t('caseSubscriptions.list.line', { receipt: APPROVED, how: t('caseSubscriptions.how.email') }));
        expect((await subscriptionRows(h)).every((subscription) => subscription.cancelledAt === null)).toBe(true);
    });

    test('"which cases am I following?" with none says so, and how to get updates', async () => {
        const h = await open();
        expect(await lastText(h, t('caseSubscriptions.list.phrases.5'))).toContain(t('caseSubscriptions.list.none'));
    });
});

test('"dejar de recibir" works in an English conversation too (a subscriber may have switched language)', async () => {
    harness = await openCaseHarness({});
    await say(harness.client, 'hi');
    await say(harness.client, APPROVED);
    await say(harness.client, 'yes');
    expect(texts(await say(harness.client, 'dejar de recibir')).join('\n')).toContain('updates about EAC9999103403');
});


// Asked inside a sentence (before: "nothing to cancel", the help line, or "Sorry"): the case followed ends, in the
// conversation's language.
test.each([
    ['en-US', 'please stop sending me messages'],
    ['en-US', 'how do I unsubscribe?'],
    ['es-US', 'ya no me manden mensajes'],
    ['fr-FR', "arrêtez de m'envoyer des messages"],
    ['vi-VN', 'đừng gửi tin nhắn cho tôi nữa'],
    ['zh-CN', '不要再发消息给我了'],
    ['ko-KR', '문자 그만 보내세요'],
    ['ar-EG', 'توقف عن إرسال الرسائل لي'],
    ['tl-PH', 'huwag na kayong mag-text sa akin'],
])('%s: a case followed, then "%s", ends its updates', async (locale, said) => {
    harness = await openCaseHarness({ locale });
    const t = i18n.getFixedT(locale.split('-')[0]);
    await say(harness.client, 'hi');
    await say(harness.client, APPROVED);
    await say(harness.client, t('prompts.yesNo.yes'));
    expect(texts(await say(harness.client, said)).join('\n')).toContain(t('caseSubscriptions.stop.done', { receipt: APPROVED }));
    const [row] = await harness.store.client.caseSubscription.findMany();
    expect(row.cancelledAt).not.toBeNull();
});

// The codes an account sends are not case updates: the case stays followed.
test('"stop sending me codes" does not end a case followed', async () => {
    harness = await openCaseHarness({});
    await say(harness.client, 'hi');
    await say(harness.client, APPROVED);
    await say(harness.client, 'yes');
    await say(harness.client, 'stop sending me codes');
    const [row] = await harness.store.client.caseSubscription.findMany();
    expect(row.cancelledAt).toBeNull();
});
