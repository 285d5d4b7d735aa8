import { i18n, say, texts, type DialogHarness } from '../../support/dialogHarness';
import { opening } from '../account/accountFixture';
import { openCaseHarness } from './caseFixture';

/*
 * Found by chatting with the bot: right after a status, at "Do you want me to tell you when this status changes?",
 * "what does this mean?" and "what should I do now?" got "Please answer yes or no", twice, then an offer of a person.
 * They get the status's plain explanation and next step again (the same words as under the status), then the offer.
 */
let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

const APPROVED = 'EAC9999103403';
const RETURNED = 'LIN9999106505';

describe.each([
    { locale: 'en-US', receipt: RETURNED, asked: 'what does this mean?', channelId: 'webchat' },
    { locale: 'en-US', receipt: APPROVED, asked: 'what should I do now', channelId: 'webchat' },
    { locale: 'es-US', receipt: APPROVED, asked: '¿qué significa eso?', channelId: 'sms' },
    { locale: 'fr-FR', receipt: RETURNED, asked: "qu'est-ce que ça veut dire ?", channelId: 'webchat' },
    { locale: 'vi-VN', receipt: APPROVED, asked: 'cái này nghĩa là gì', channelId: 'webchat' },
    { locale: 'zh-CN', receipt: RETURNED, asked: '这是什么意思', channelId: 'webchat' },
    { locale: 'ko-KR', receipt: APPROVED, asked: '이게 무슨 뜻이에요', channelId: 'webchat' },
    { locale: 'tl-PH', receipt: RETURNED, asked: 'ano ang ibig sabihin nito?', channelId: 'webchat' },
    { locale: 'ar-EG', receipt: RETURNED, asked: 'ماذا يعني هذا', channelId: 'webchat' },
    // Asked as a request, not a question (before: "Please answer yes or no").
    { locale: 'en-US', receipt: APPROVED, asked: 'tell me what this means', channelId: 'webchat' },
    { locale: 'es-US', receipt: APPROVED, asked: 'explíqueme qué significa esto', channelId: 'webchat' },
])('"what does this mean?" after a status ($locale, $channelId)', ({ locale, receipt, asked, channelId }) => {
    test('gets the explanation shown with the status again, then the offer; "yes" still follows the case', async () => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        harness = await openCaseHarness({ locale, channelId });
        const h = harness;
        await say(h.client, 'hi');
        const offer = opening(t('caseSubscriptions.offer.prompt'));
        const status = texts(await say(h.client, receipt));
        expect(offer.test(status.at(-1) ?? '')).toBe(true);
        const explanation = status[1];
        expect(explanation).toContain(t('caseStatus.nextStepLabel'));

        const replies = texts(await say(h.client, asked));
        expect(replies).toEqual([explanation, expect.stringMatching(offer)]);
        expect(texts(await say(h.client, t('prompts.yesNo.yes'))).join('\n')).toContain(t('caseSubscriptions.subscribed.conversation', { receipt }));
    });
});

/*
 * Also found by chatting: "ok what should I do now" at the offer was taken as yes ("ok" opens it) and the case was
 * followed. A yes that only opens a question about the step is not consent yet: the question is answered, the offer
 * made again. "yes please tell me" still follows the case.
 */
describe.each([
    { locale: 'en-US', asked: 'ok what should I do now' },
    { locale: 'en-US', asked: 'yes, but what does this mean?' },
    { locale: 'es-US', asked: 'sí, pero ¿qué significa eso?' },
])('"$asked" at the offer ($locale)', ({ locale, asked }) => {
    test('answers the question and asks again, without following the case', async () => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        harness = await openCaseHarness({ locale });
        const h = harness;
        await say(h.client, 'hi');
        const offer = opening(t('caseSubscriptions.offer.prompt'));
        const explanation = texts(await say(h.client, APPROVED))[1];
        expect(texts(await say(h.client, asked))).toEqual([explanation, expect.stringMatching(offer)]);
        expect(texts(await say(h.client, t('prompts.yesNo.no'))).join('\n')).not.toContain(t('caseSubscriptions.subscribed.conversation', { receipt: APPROVED }));
    });
});

test('a yes that goes on without a question still follows the case', async () => {
    const t = i18n.getFixedT('en');
    harness = await openCaseHarness({ locale: 'en-US' });
    await say(harness.client, 'hi');
    await say(harness.client, APPROVED);
    expect(texts(await say(harness.client, 'yes please tell me')).join('\n')).toContain(t('caseSubscriptions.subscribed.conversation', { receipt: APPROVED }));
});

test('the answer names a text for every status bucket in every language, over SMS too', () => {
    const buckets = Object.keys(i18n.t('caseStatus.buckets', { lng: 'en', returnObjects: true }) as Record<string, unknown>);
    expect(buckets).toEqual(expect.arrayContaining(['received', 'approved', 'denied', 'other']));
    const languages = (i18n.options.supportedLngs || []).filter((language) => language !== 'cimode');
    expect(languages).toHaveLength(8);
    for (const lng of languages) {
        for (const bucket of buckets) {
            for (const context of [undefined, 'sms']) {
                const answer = i18n.t('prompts.stepHelp.statusMeaning.answer', { lng, bucket, context });
                expect(answer).toContain(i18n.t(`caseStatus.buckets.${bucket}.explanation`, { lng, context }));
                expect(answer).not.toMatch(/\$t\(|caseStatus\.|{{/);
            }
        }
    }
});

describe.each([
    { locale: 'en-US', receipt: RETURNED, asked: 'what does this mean?' },
    { locale: 'zh-CN', receipt: APPROVED, asked: '这是什么意思？' },
    { locale: 'es-US', receipt: APPROVED, asked: '¿qué significa eso?' },
])('"what does this mean?" at the menu right after a status ($locale)', ({ locale, receipt, asked }) => {
    test('gets that status explained again, then the menu; with no status just shown, it is a question about the menu', async () => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        harness = await openCaseHarness({ locale });
        const h = harness;
        await say(h.client, 'hi');
        const status = texts(await say(h.client, receipt));
        const explanation = status[1];
        // "No" to updates: the menu asks "anything else?", the status three messages up.
        expect(texts(await say(h.client, t('prompts.yesNo.no'))).at(-1)).toMatch(opening(t('menu.again')));
        expect(texts(await say(h.client, asked))).toEqual([explanation, expect.stringMatching(opening(t('menu.again')))]);
        // After something else, the menu no longer has a status to explain.
        await say(h.client, t('interruptions.startOverWords.0'));
        expect(texts(await say(h.client, asked))).not.toContain(explanation);
    });
});

/*
 * Found by chatting: "when is it?" at the menu right after an interview's status (updates accepted) got USCIS's usual
 * processing times and the receipt question, as if no case had been shown. Like "what does this mean?", it is about
 * the status just shown: where the interview's date is; after a card's status, "when will it come?" is where its
 * mailing shows. Once the menu has moved on, they are new questions again.
 */
describe.each([
    { locale: 'en-US', receipt: 'EAC9999103412', asked: 'when is it?', key: 'prompts.stepHelp.appointmentDate.answer' },
    { locale: 'es-US', receipt: 'EAC9999103412', asked: '¿cuándo es?', key: 'prompts.stepHelp.appointmentDate.answer' },
    { locale: 'en-US', receipt: 'EAC9999103424', asked: 'when will it arrive?', key: 'prompts.stepHelp.cardArrival.answer' },
    // After an approval (an I-130 here): a card, if any, comes next, and some approvals have none (before: USCIS's usual
    // processing times, then the receipt question).
    { locale: 'en-US', receipt: 'EAC9999103403', asked: 'when will I get my green card?', key: 'prompts.stepHelp.cardAfterApproval.answer' },
    { locale: 'es-US', receipt: 'EAC9999103403', asked: '¿cuándo me llega la tarjeta?', key: 'prompts.stepHelp.cardAfterApproval.answer' },
])('"$asked" at the menu right after a status ($locale, $receipt)', ({ locale, receipt, asked, key }) => {
    test('is about the status just shown, then the menu', async () => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        harness = await openCaseHarness({ locale });
        const h = harness;
        await say(h.client, 'hi');
        await say(h.client, receipt);
        expect(texts(await say(h.client, t('prompts.yesNo.yes'))).at(-1)).toMatch(opening(t('menu.again')));
        expect(texts(await say(h.client, asked))).toEqual([t(key), expect.stringMatching(opening(t('menu.again')))]);
    });
});

/*
 * Found by chatting, each at the offer of updates right after a status, then the offer again:
 * - "when will I get my card?" after "Case Was Approved" got USCIS's usual processing times. A card, if the case comes
 *   with one, is made and mailed after the approval, and the status says so first; a relative's petition (the sandbox's
 *   I-130) comes with none.
 * - "how long do I have to respond?" after a notice of intent to deny (or a request for evidence) got the usual times too,
 *   which say when a case may end, not when an answer is due: the notice gives that date. "What do I need to send?"
 *   after a request for evidence got "I only know what USCIS shows": how one is answered, and uploaded, is known.
 * - "what's next?" after "Case Was Received" got "I only know what USCIS shows for this case". What follows a filing is
 *   known in general: often fingerprints, then evidence asked for, an interview or a decision, each by notice; after
 *   fingerprints, the background checks and what may follow them; after an interview set, what happens at one.
 * - "it never arrived" after "Card Was Mailed To Me" got "Please answer yes or no": told, not asked, it is the card not
 *   come, as "when will it arrive?" is.
 * - "how long until the embassy contacts me?" after "Case Was Sent To The Department of State" got USCIS's usual times:
 *   USCIS's part is done, and the National Visa Center's and the consulate's steps are the answer. So did "how long until
 *   she gets the visa?" after a relative's petition approved, where what follows that approval is.
 */
test.each([
    // A card after an approval in English: tests/dialogs/cases/questionsDuringStatusCheck.test.ts.
    ['fr-FR', 'EAC9999103403', 'quand est-ce que je vais recevoir ma carte ?', 'cardAfterApproval'],
    ['zh-CN', 'EAC9999103403', '我什么时候能拿到卡？', 'cardAfterApproval'],
    ['ko-KR', 'EAC9999103403', '카드는 언제 받아요?', 'cardAfterApproval'],
    ['en-US', 'SRC9999102779', 'how long do I have to respond?', 'responseDeadline'],
    ['en-US', 'EAC9999103413', 'when is the deadline?', 'responseDeadline'],
    ['es-US', 'SRC9999102779', '¿cuánto tiempo tengo para responder?', 'responseDeadline'],
    ['fr-FR', 'EAC9999103413', 'combien de temps ai-je pour répondre ?', 'responseDeadline'],
    ['zh-CN', 'SRC9999102779', '我有多长时间回复？', 'responseDeadline'],
    ['ar', 'SRC9999102779', 'كم من الوقت لدي للرد؟', 'responseDeadline'],
    ['en-US', 'EAC9999103413', 'what do I need to send?', 'evidenceToSend'],
    ['en-US', 'EAC9999103413', 'how do I respond?', 'evidenceToSend'],
    ['es-US', 'EAC9999103413', '¿qué tengo que enviar?', 'evidenceToSend'],
    ['ko-KR', 'EAC9999103413', '뭘 보내야 해요?', 'evidenceToSend'],
    ['en-US', 'EAC9999103400', "what's next?", 'nextAfterReceipt'],
    ['fr-FR', 'EAC9999103400', 'quelle est la suite ?', 'nextAfterReceipt'],
    ['zh-CN', 'EAC9999103400', '下一步是什么？', 'nextAfterReceipt'],
    ['ar', 'EAC9999103400', 'ما الخطوة التالية؟', 'nextAfterReceipt'],
    ['en-US', 'SRC9999102778', "what's next?", 'nextAfterBiometrics'],
    ['es-US', 'SRC9999102778', '¿qué sigue?', 'nextAfterBiometrics'],
    ['en-US', 'EAC9999103412', "what's next?", 'nextAfterInterviewSet'],
    ['vi-VN', 'EAC9999103412', 'bước tiếp theo là gì?', 'nextAfterInterviewSet'],
    ['en-US', 'EAC9999103424', 'it never arrived', 'cardArrival'],
    ['es-US', 'EAC9999103424', 'nunca me llegó', 'cardArrival'],
    ['ko-KR', 'EAC9999103424', '아직 안 왔어요', 'cardArrival'],
    ['en-US', 'SRC9999132719', 'how long until the embassy contacts me?', 'afterSentToState'],
    ['es-US', 'SRC9999132719', '¿y ahora qué sigue?', 'afterSentToState'],
    ['zh-CN', 'SRC9999132719', '大使馆什么时候联系我？', 'afterSentToState'],
    // A relative's petition (Form I-130) approved: what follows it, the National Visa Center or Form I-485 (before: USCIS's
    // usual times, or "I only know what USCIS shows for this case").
    ['en-US', 'EAC9999103403', 'how long until she gets the visa?', 'nextAfterPetitionApproved'],
    ['en-US', 'EAC9999103403', "what's next?", 'nextAfterPetitionApproved'],
    ['es-US', 'EAC9999103403', '¿y ahora qué sigue?', 'nextAfterPetitionApproved'],
    ['zh-CN', 'EAC9999103403', '下一步是什么？', 'nextAfterPetitionApproved'],
    ['vi-VN', 'EAC9999103403', 'bước tiếp theo là gì?', 'nextAfterPetitionApproved'],
    ['ar', 'EAC9999103403', 'ما الخطوة التالية؟', 'nextAfterPetitionApproved'],
    // "Can I appeal?" after a status that is no denial got the denied answer ("I'm sorry… why your case was denied"):
    // nothing is decided against the user yet.
    ['en-US', 'EAC9999103400', 'can I appeal?', 'appealBeforeDecision'],
    ['en-US', 'SRC9999102779', 'can I appeal this?', 'appealBeforeDecision'],
    ['en-US', 'EAC9999103412', 'I want to appeal', 'appealBeforeDecision'],
    ['es-US', 'EAC9999103400', '¿puedo apelar?', 'appealBeforeDecision'],
    ['fr-FR', 'EAC9999103413', 'est-ce que je peux faire appel ?', 'appealBeforeDecision'],
    ['vi-VN', 'EAC9999103400', 'tôi có thể kháng cáo không?', 'appealBeforeDecision'],
    ['zh-CN', 'EAC9999103400', '我可以上诉吗？', 'appealBeforeDecision'],
    ['ko-KR', 'EAC9999103400', '항소할 수 있나요?', 'appealBeforeDecision'],
    ['tl-PH', 'EAC9999103400', 'puwede ba akong mag-apela?', 'appealBeforeDecision'],
    ['ar', 'EAC9999103400', 'هل يمكنني الاستئناف؟', 'appealBeforeDecision'],
    // "Can I reschedule it?" right after an interview's or a fingerprint appointment's status got "I only know what USCIS
    // shows for this case" (or in Spanish, what the appointment notice is): how each is moved.
    ['en-US', 'EAC9999103412', 'can I reschedule it?', 'interviewMove'],
    ['en-US', 'EAC9999103412', "I can't go that day", 'interviewMove'],
    ['en-US', 'SRC9999102778', 'can I change the date?', 'appointmentMove'],
    ['es-US', 'SRC9999102778', '¿puedo cambiar la fecha?', 'appointmentMove'],
    ['fr-FR', 'EAC9999103412', 'est-ce que je peux changer la date ?', 'interviewMove'],
    ['vi-VN', 'EAC9999103412', 'tôi có thể dời lịch không?', 'interviewMove'],
    ['zh-CN', 'SRC9999102778', '可以改期吗？', 'appointmentMove'],
    ['ko-KR', 'EAC9999103412', '날짜를 바꿀 수 있나요?', 'interviewMove'],
    ['tl-PH', 'SRC9999102778', 'puwede ko bang i-reschedule?', 'appointmentMove'],
    ['ar', 'EAC9999103412', 'هل يمكنني تغيير الموعد؟', 'interviewMove'],
    // "Do I have to go?", "can I skip it?" right after an interview's status got "I only know what USCIS shows for this
    // case": USCIS decides, no one can ask to skip one, and a missed one can lead to a denial.
    ['en-US', 'EAC9999103412', 'do I have to go?', 'interviewSkip'],
    ['en-US', 'EAC9999103412', 'can I skip it?', 'interviewSkip'],
    ['en-US', 'EAC9999103412', "I don't want to go", 'interviewSkip'],
    ['es-US', 'EAC9999103412', '¿tengo que ir?', 'interviewSkip'],
    ['fr-FR', 'EAC9999103412', 'est-ce obligatoire ?', 'interviewSkip'],
    ['vi-VN', 'EAC9999103412', 'tôi có phải đi không?', 'interviewSkip'],
    ['tl-PH', 'EAC9999103412', 'kailangan ko bang pumunta?', 'interviewSkip'],
    ['zh-CN', 'EAC9999103412', '一定要去吗？', 'interviewSkip'],
    ['ko-KR', 'EAC9999103412', '꼭 가야 하나요?', 'interviewSkip'],
    ['ar', 'EAC9999103412', 'هل يجب أن أذهب؟', 'interviewSkip'],
    // Guard row (passed before): what to bring stays what to bring.
    ['en-US', 'EAC9999103412', 'is it necessary to bring my kids?', 'interviewBring'],
])('%s: after %s, "%s" at the offer is about the status shown (%s), then the offer', async (locale, receipt, asked, topic) => {
    const t = i18n.getFixedT(locale.slice(0, 2));
    harness = await openCaseHarness({ locale });
    await say(harness.client, 'hi');
    await say(harness.client, receipt);
    expect(texts(await say(harness.client, asked))).toEqual([t(`prompts.stepHelp.${topic}.answer`), expect.stringMatching(opening(t('caseSubscriptions.offer.prompt')))]);
});

/*
 * Found by chatting: "what should I bring?" at the offer of updates right after "Interview Was Scheduled" got "I only
 * know what USCIS shows for this case". What to bring to an interview is known (the notice, an ID, the originals), and
 * after a fingerprint appointment's status, the notice says it. Then the offer again. After another status it is not
 * this answer.
 */
test.each([
    ['en-US', 'EAC9999103412', 'what should I bring?', 'prompts.stepHelp.interviewBring.answer'],
    ['es-US', 'EAC9999103412', '¿qué tengo que llevar?', 'prompts.stepHelp.interviewBring.answer'],
    ['fr-FR', 'EAC9999103412', "qu'est-ce que je dois apporter ?", 'prompts.stepHelp.interviewBring.answer'],
    ['vi-VN', 'EAC9999103412', 'tôi cần mang theo gì?', 'prompts.stepHelp.interviewBring.answer'],
    ['zh-CN', 'EAC9999103412', '面试要带什么？', 'prompts.stepHelp.interviewBring.answer'],
    ['ko-KR', 'EAC9999103412', '뭘 가져가야 해요?', 'prompts.stepHelp.interviewBring.answer'],
    ['tl-PH', 'EAC9999103412', 'ano ang dadalhin ko?', 'prompts.stepHelp.interviewBring.answer'],
    ['ar', 'EAC9999103412', 'ماذا أحضر معي؟', 'prompts.stepHelp.interviewBring.answer'],
    ['en-US', 'SRC9999102778', 'what do I need to bring?', 'prompts.stepHelp.appointmentBring.answer'],
])('%s: after %s, "%s" at the offer gets what to bring, then the offer', async (locale, receipt, asked, key) => {
    const t = i18n.getFixedT(locale.slice(0, 2));
    harness = await openCaseHarness({ locale });
    await say(harness.client, 'hi');
    await say(harness.client, receipt);
    expect(texts(await say(harness.client, asked))).toEqual([t(key), expect.stringMatching(opening(t('caseSubscriptions.offer.prompt')))]);
});

test('en-US: "what should I bring?" right after an approval is not what to bring to an interview', async () => {
    const t = i18n.getFixedT('en');
    harness = await openCaseHarness({ locale: 'en-US' });
    await say(harness.client, 'hi');
    await say(harness.client, 'EAC9999103403');
    expect(texts(await say(harness.client, 'what should I bring?'))).not.toContain(t('prompts.stepHelp.interviewBring.answer'));
});

/*
 * Found by chatting: "what does that mean?" right after "USCIS does not recognize that receipt number" got the answer
 * about which number is which. It is about the answer just given: what "not recognized" means (not a lost or denied
 * case), what to check, and whom to call. Once the menu has moved on, it is not said again.
 */
const NOT_RECOGNIZED = 'EAC9999999999';

describe.each([
    { locale: 'en-US', asked: 'what does that mean?' },
    { locale: 'es-US', asked: '¿qué significa eso?' },
    { locale: 'fr-FR', asked: "qu'est-ce que ça veut dire ?" },
    { locale: 'vi-VN', asked: 'cái này nghĩa là gì' },
    { locale: 'tl-PH', asked: 'ano ang ibig sabihin nito?' },
    { locale: 'zh-CN', asked: '这是什么意思？' },
    { locale: 'ko-KR', asked: '이게 무슨 뜻이에요' },
    { locale: 'ar-EG', asked: 'ماذا يعني هذا' },
])('"what does that mean?" right after an unknown receipt number ($locale)', ({ locale, asked }) => {
    test('says what "not recognized" means, then the menu; after something else, it does not', async () => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        harness = await openCaseHarness({ locale });
        const h = harness;
        await say(h.client, 'hi');
        const answer = texts(await say(h.client, NOT_RECOGNIZED));
        expect(answer[0]).toBe(t('caseErrors.caseNotRecognized'));
        expect(answer.at(-1)).toMatch(opening(t('menu.again')));
        const meaning = t('prompts.stepHelp.receiptNotRecognizedShown.answer');
        expect(texts(await say(h.client, asked))).toEqual([meaning, expect.stringMatching(opening(t('menu.again')))]);
        await say(h.client, t('interruptions.startOverWords.0'));
        expect(texts(await say(h.client, asked))).not.toContain(meaning);
    });
});

// The offer turned down, the menu that follows is still right after that approval: "what's next?" is what follows it.
test('en-US: after a relative\'s petition approved and the offer declined, "what\'s next?" at the menu is what follows that approval', async () => {
    const t = i18n.getFixedT('en');
    harness = await openCaseHarness({ locale: 'en-US' });
    await say(harness.client, 'hi');
    await say(harness.client, 'EAC9999103403');
    await say(harness.client, 'no');
    expect(texts(await say(harness.client, "what's next?"))[0]).toBe(t('prompts.stepHelp.nextAfterPetitionApproved.answer'));
});
