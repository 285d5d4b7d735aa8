import { i18n, say, TEST_ORGANIZATION, texts, type DialogHarness } from '../../support/dialogHarness';
import { opening } from '../account/accountFixture';
import { openCaseHarness } from './caseFixture';

/*
 * Found by chatting with the bot: right after "Interview Was Scheduled", at "Do you want me to tell you when this status
 * changes?", "when is it?" got USCIS's processing times, and "what should I bring" or "can I expedite it?" got "Please
 * answer yes or no". Each now gets its answer, then the same offer. So does "when will my card come?" after a card's
 * status (it got USCIS's processing times, under "Card Was Delivered").
 */
let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

const INTERVIEW_SCHEDULED = 'EAC9999103412';
const APPROVED = 'EAC9999103403';
const CARD_MAILED = 'EAC9999103424';
const CARD_DELIVERED = 'EAC9999103404';

/** The replies to `asked` at the offer of updates after the status of `receipt`, and the offer's opening. */
async function askAtOffer(locale: string, receipt: string, asked: string) {
    const t = i18n.getFixedT(locale.slice(0, 2));
    harness = await openCaseHarness({ locale });
    await say(harness.client, 'hi');
    const offer = opening(t('caseSubscriptions.offer.prompt'));
    expect(texts(await say(harness.client, receipt)).some((reply) => offer.test(reply))).toBe(true);
    return { t, offer, replies: texts(await say(harness.client, asked)) };
}

describe('questions at the offer of updates, after a status', () => {
    test.each([
        ['en-US', 'when is it?'],
        ['en-US', 'where do I go?'],
        ['es-US', '¿cuándo es?'],
        ['fr-FR', "c'est quand ?"],
        ['zh-CN', '面试是哪天？'],
        ['ko-KR', '인터뷰 언제예요?'],
        ['vi-VN', 'phỏng vấn ngày nào?'],
        ['tl-PH', 'kailan po ang interview?'],
        ['ar-EG', 'متى المقابلة؟'],
    ])('%s: "%s" after an interview is scheduled: where its date is, then the offer again', async (locale, asked) => {
        const { t, offer, replies } = await askAtOffer(locale, INTERVIEW_SCHEDULED, asked);
        expect(replies).toEqual([t('understanding.uscisMatters.appointment.answer'), expect.stringMatching(offer)]);
    });

    test.each([
        ['en-US', CARD_DELIVERED, 'when will my green card arrive'],
        ['en-US', CARD_MAILED, 'when will I get my card?'],
        ['es-US', CARD_MAILED, '¿cuándo me llega la tarjeta?'],
        ['fr-FR', CARD_MAILED, 'quand vais-je recevoir ma carte ?'],
        ['vi-VN', CARD_DELIVERED, 'thẻ xanh của tôi khi nào đến'],
        ['tl-PH', CARD_MAILED, 'kailan darating ang green card ko?'],
        ['zh-CN', CARD_MAILED, '我的绿卡什么时候到？'],
        ['ko-KR', CARD_MAILED, '카드가 언제 와요?'],
        ['ar-EG', CARD_MAILED, 'متى تصل بطاقتي؟'],
    ])('%s: after a card is mailed or delivered (%s), "%s": where the mailing shows and when to ask USCIS, then the offer', async (locale, receipt, asked) => {
        // Before: "USCIS doesn't say when a case will be done", under a status that says the card was delivered.
        const { t, offer, replies } = await askAtOffer(locale, receipt, asked);
        expect(replies).toEqual([t('understanding.uscisMatters.cardNotDelivered.answer'), expect.stringMatching(offer)]);
    });

    test('en: "what does that mean?" after a card is mailed is still what the status means', async () => {
        const { t, replies } = await askAtOffer('en-US', CARD_MAILED, 'what does that mean?');
        expect(replies[0]).not.toBe(t('understanding.uscisMatters.cardNotDelivered.answer'));
        expect(replies[0]).toBe(t('prompts.stepHelp.statusMeaning.answer', { bucket: 'cardMailed' }));
    });

    test('en: "when will I get my card?" after an approval (no card on its way yet) is what comes next for a card, not a card not come', async () => {
        // Before: USCIS's usual processing times, which say nothing of a card made after an approval, or of none.
        const { t, replies } = await askAtOffer('en-US', APPROVED, 'when will I get my card?');
        expect(replies[0]).toBe(t('prompts.stepHelp.cardAfterApproval.answer'));
        expect(replies).not.toContain(t('understanding.uscisMatters.cardNotDelivered.answer'));
    });

    test('en: "when is it?" after an approval is still the processing-time question', async () => {
        const { t, replies } = await askAtOffer('en-US', APPROVED, 'when is it?');
        expect(replies[0]).toBe(t('prompts.stepHelp.processingTime.answer'));
    });

    // What to bring is an interview's question (statusMeaningQuestion.test.ts): after an approval, nothing is to be brought.
    test.each([
        ['en-US', APPROVED, 'what should I bring'],
        ['en-US', INTERVIEW_SCHEDULED, 'do I need a lawyer?'],
        ['es-US', APPROVED, '¿qué tengo que llevar?'],
        ['ko-KR', APPROVED, '뭘 가져가야 해요?'],
        // A question closed by "không", though "có không" alone (yes no) is an answer that could not be read.
        ['vi-VN', APPROVED, 'tôi cần mang theo giấy tờ gì không'],
    ])('%s: after %s, "%s", a question the status cannot answer: what it can, and who can, then the offer again', async (locale, receipt, asked) => {
        const { t, offer, replies } = await askAtOffer(locale, receipt, asked);
        expect(replies).toEqual([t('caseSubscriptions.offer.question'), expect.stringMatching(offer)]);
    });

    test.each([
        ['en-US', INTERVIEW_SCHEDULED, 'can I expedite it?', 'expedite'],
        ['en-US', CARD_MAILED, "I still haven't received the card", 'cardNotDelivered'],
    ])('%s: after %s, "%s" gets what USCIS asks for (%s), then the offer again; "no" still declines', async (locale, receipt, asked, matter) => {
        const { t, offer, replies } = await askAtOffer(locale, receipt, asked);
        expect(replies).toEqual([t(`understanding.uscisMatters.${matter}.answer`, { orgName: TEST_ORGANIZATION.name }), expect.stringMatching(offer)]);
        expect(texts(await say(harness!.client, t('prompts.yesNo.no')))[0]).toBe(t('caseSubscriptions.declined'));
    });
});

/*
 * At "What is the receipt number?", "when is my interview?" or "I got a letter from USCIS" got "I need the receipt
 * number itself"; three of them offered a person for a step giving trouble. They get the request's answer, then the
 * same question; a receipt number typed with such words is still the answer.
 */
describe('requests only USCIS can act on, at the receipt question of the status check', () => {
    async function atReceiptQuestion(locale: string) {
        const t = i18n.getFixedT(locale.slice(0, 2));
        harness = await openCaseHarness({ locale });
        await say(harness.client, 'hi');
        expect(texts(await say(harness.client, t('menu.options.checkStatus.title')))).toEqual([t('caseStatus.ask.receipt')]);
        return { t, client: harness.client };
    }

    test.each([
        ['en-US', 'when is my interview?', 'appointment'],
        ['en-US', 'I got a letter from USCIS', 'letter'],
        ['en-US', 'can I expedite it?', 'expedite'],
        ['es-US', 'me llegó una carta de USCIS', 'letter'],
        ['zh-CN', '我一直没收到绿卡', 'cardNotDelivered'],
        // A case in immigration court has no receipt number: where its hearings are found (before: "I need the receipt
        // number itself").
        ['en-US', "I don't have one, my case is in immigration court", 'courtCase'],
        ['es-US', 'mi caso está en la corte', 'courtCase'],
        ['en-US', "I don't have one, ICE detained my husband", 'detention'],
        ['en-US', "I don't have one, my case is at the NVC now", 'visaAbroad'],
    ])('%s: "%s" gets what USCIS does (%s), then the receipt question again', async (locale, said, matter) => {
        const { t, client } = await atReceiptQuestion(locale);
        expect(texts(await say(client, said))).toEqual([t(`understanding.uscisMatters.${matter}.answer`, { orgName: TEST_ORGANIZATION.name }), t('caseStatus.ask.receipt')]);
        expect(texts(await say(client, APPROVED)).join('\n')).toContain(APPROVED);
    });

    test('en: a receipt number typed with those words is the answer', async () => {
        const { client } = await atReceiptQuestion('en-US');
        expect(texts(await say(client, `${INTERVIEW_SCHEDULED} when is my interview`)).join('\n')).toContain('Interview Was Scheduled');
    });
});
