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
    // Hedged, and "I'm good" (found the same way: "I guess not" and "nah I'm good" were asked again).
    ['en-US', 'I guess not', false],
    ['en-US', "nah I'm good", false],
    ['en-US', 'that would be great', true],
    ['es-US', 'creo que no', false],
    ['fr-FR', 'je ne pense pas', false],
    ['vi-VN', 'chắc không', false],
    ['tl-PH', 'sa tingin ko hindi', false],
    ['zh-CN', '我觉得不用', false],
    ['ko-KR', '아닌 것 같아요', false],
    ['ar-EG', 'لا أظن', false],
    // Once the language detector stopped letting an English "so" outweigh unaccented Vietnamese.
    ['en-US', 'I think so', true],
    ['en-US', "I don't think so", false],
    // The offer taken or turned down in a sentence of its own words (caseSubscriptions.offer.yesWords / noWords). Before:
    // "can you tell me when it changes?" got "I only know what USCIS shows for this case", the others "Please answer yes
    // or no" (Spanish "no hace falta" and Tagalog "wag na" passed before).
    ['en-US', 'can you tell me when it changes?', true],
    ['en-US', 'please notify me', true],
    ['en-US', "I don't need updates", false],
    ['es-US', 'sí, avíseme por favor', true],
    ['es-US', 'no, no hace falta', false],
    ['fr-FR', 'tenez-moi au courant', true],
    ['vi-VN', 'có thay đổi thì báo cho tôi nhé', true],
    ['zh-CN', '有变化告诉我', true],
    ['zh-CN', '不用通知我', false],
    ['ko-KR', '바뀌면 알려 주세요', true],
    ['ar-EG', 'أخبرني عندما يتغير', true],
    ['tl-PH', 'sabihan nyo ako kapag nagbago', true],
    ['tl-PH', 'wag na po', false],
])('%s: "%s" at the offer of updates is a %s', async (locale, said, yes) => {
    const t = i18n.getFixedT(locale.slice(0, 2));
    harness = await openCaseHarness({ locale });
    await say(harness.client, 'hi');
    expect(texts(await say(harness.client, 'EAC9999103403')).at(-1)).toContain(t('caseSubscriptions.offer.prompt').split('\n')[0]);
    const reply = texts(await say(harness.client, said))[0];
    expect(reply).toBe(yes ? t('caseSubscriptions.subscribed.conversation', { receipt: 'EAC9999103403' }) : t('caseSubscriptions.declined'));
    expect(await harness.store.client.caseSubscription.count()).toBe(yes ? 1 : 0);
});
