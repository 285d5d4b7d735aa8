import { i18n, say, texts, type DialogHarness } from '../../support/dialogHarness';
import { openCaseHarness } from './caseFixture';

/*
 * Found by chatting with the bot: at "Do you want me to tell you when this status changes?", "nah" and "mejor no" got
 * "Please answer yes or no". Everyday ways of saying yes and no (prompts.yesNo.yesWords / noWords) in every language.
 */
let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

test.each([
    ['en-US', 'nah', false],
    ['en-US', 'sounds good', true],
    ['es-US', 'mejor no', false],
    ['es-US', 'por supuesto', true],
    ['fr-FR', 'pas besoin', false],
    ['fr-FR', 'avec plaisir', true],
    ['vi-VN', 'không cần đâu', false],
    ['vi-VN', 'có chứ', true],
    ['tl-PH', 'hindi na po', false],
    ['tl-PH', 'syempre', true],
    ['zh-CN', '不需要', false],
    ['zh-CN', '当然可以', true],
    ['ko-KR', '필요 없어요', false],
    ['ko-KR', '그럼요', true],
    ['ar-EG', 'مش لازم', false],
    ['ar-EG', 'بالتأكيد', true],
])('%s: "%s" at the offer of updates is a %s', async (locale, said, yes) => {
    const t = i18n.getFixedT(locale.slice(0, 2));
    harness = await openCaseHarness({ locale });
    await say(harness.client, 'hi');
    expect(texts(await say(harness.client, 'EAC9999103403')).at(-1)).toContain(t('caseSubscriptions.offer.prompt').split('\n')[0]);
    const reply = texts(await say(harness.client, said))[0];
    expect(reply).toBe(yes ? t('caseSubscriptions.subscribed.conversation', { receipt: 'EAC9999103403' }) : t('caseSubscriptions.declined'));
    expect(await harness.store.client.caseSubscription.count()).toBe(yes ? 1 : 0);
});
