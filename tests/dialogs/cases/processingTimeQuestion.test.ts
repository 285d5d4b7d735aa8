import { i18n, say, texts, type DialogHarness } from '../../support/dialogHarness';
import { opening } from '../account/accountFixture';
import { openCaseHarness } from './caseFixture';

/*
 * Found by chatting with the bot in Korean: right after a status, at "Do you want me to tell you when this status
 * changes?", "언제 끝나요?" (when will it be done?) got "Please answer yes or no". After a status that is the question
 * people ask. It gets what USCIS publishes (the usual times, e-Request past them), then the same offer.
 */
let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

const RECEIVED = 'EAC9999103400';

describe.each([
    { locale: 'en-US', asked: 'how long will it take?' },
    { locale: 'es-US', asked: '¿cuánto tiempo tarda?' },
    { locale: 'fr-FR', asked: 'combien de temps ça prend ?' },
    { locale: 'vi-VN', asked: 'bao lâu thì xong?' },
    { locale: 'zh-CN', asked: '要多久？' },
    { locale: 'ko-KR', asked: '언제 끝나요?' },
    { locale: 'tl-PH', asked: 'gaano katagal ito?' },
    { locale: 'ar-EG', asked: 'كم يستغرق هذا؟' },
])('"how long will it take?" after a status ($locale)', ({ locale, asked }) => {
    test('gets the usual processing times and e-Request, then the offer again; "yes" still follows the case', async () => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        harness = await openCaseHarness({ locale });
        const h = harness;
        await say(h.client, 'hi');
        const offer = opening(t('caseSubscriptions.offer.prompt'));
        expect(texts(await say(h.client, RECEIVED)).some((reply) => offer.test(reply))).toBe(true);
        const replies = texts(await say(h.client, asked));
        expect(replies).toEqual([t('prompts.stepHelp.processingTime.answer'), expect.stringMatching(offer)]);
        expect(replies[0]).toContain('https://egov.uscis.gov/processing-times');
        expect(texts(await say(h.client, t('prompts.yesNo.yes'))).join('\n')).toContain(t('caseSubscriptions.subscribed.conversation', { receipt: RECEIVED }));
    });
});

describe.each([
    { locale: 'en-US', yes: 'yes please notify me', no: 'no, thanks for asking', neither: 'yes but no emails' },
    { locale: 'es-US', yes: 'sí quiero que me avisen porfa', no: 'no, gracias', neither: 'no sé' },
    { locale: 'ko-KR', yes: '네 알려주세요', no: '아니요, 괜찮아요', neither: '네 아니요' },
    { locale: 'zh-CN', yes: '好的，请通知我', no: '不用了，谢谢', neither: '好的 不要' },
    { locale: 'vi-VN', yes: 'có, báo cho tôi nhé', no: 'không, cảm ơn', neither: 'có không' },
])('a yes or no that goes on, at the offer of updates ($locale)', ({ locale, yes, no, neither }) => {
    const t = i18n.getFixedT(locale.slice(0, 2));

    async function atOffer(): Promise<DialogHarness> {
        harness = await openCaseHarness({ locale });
        await say(harness.client, 'hi');
        await say(harness.client, RECEIVED);
        return harness;
    }

    test('"yes, please tell me" is a yes', async () => {
        const h = await atOffer();
        expect(texts(await say(h.client, yes)).join('\n')).toContain(t('caseSubscriptions.subscribed.conversation', { receipt: RECEIVED }));
    });

    test('"no," and more is a no; a message that says both, or "no" as in "I don\'t know", is neither', async () => {
        const h = await atOffer();
        expect(texts(await say(h.client, neither))[0]).toMatch(opening(t('prompts.notUnderstood.yesNo')));
        expect(texts(await say(h.client, no))[0]).toBe(t('caseSubscriptions.declined'));
        expect(await h.store.client.caseSubscription.count()).toBe(0);
    });
});
