import { i18n, say, texts, TEST_ORGANIZATION, type DialogHarness } from '../../support/dialogHarness';
import { openCaseHarness } from '../cases/caseFixture';

/*
 * Found by chatting: "I don't understand" at a question got "Sorry, I didn't understand" (as if the bot were the one
 * lost), and "no entiendo" at the receipt question was read as a receipt number too short. The person does not
 * understand the question: they get the step's help, as "help" gives it, and the question again. So does a message
 * that asks what was said ("what?", "¿cómo?", "hein ?"): before, "That is too short", as if it were a receipt number.
 */
let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

test.each([
    ['en-US', "I don't understand"],
    ['en-US', 'I don’t understand'],
    ['es-US', 'no entiendo'],
    ['fr-FR', 'je ne comprends pas'],
    ['vi-VN', 'tôi không hiểu'],
    ['zh-CN', '我不明白'],
    ['ko-KR', '이해가 안 돼요'],
    ['tl-PH', 'hindi ko maintindihan'],
    ['ar-EG', 'لا أفهم'],
    ['en-US', 'what?'],
    ['en-US', 'Huh?'],
    ['en-US', 'what do you mean?'],
    ['es-US', '¿Qué?'],
    ['es-US', '¿cómo?'],
    ['es-US', '¿Qué quiere decir?'],
    ['fr-FR', 'hein ?'],
    ['fr-FR', 'Comment ?'],
    ['vi-VN', 'gì vậy?'],
    ['zh-CN', '什么？'],
    ['ko-KR', '뭐라고요?'],
    ['tl-PH', 'ano po?'],
    ['ar-EG', 'ماذا تقصد؟'],
])('%s: "%s" at the receipt question gets the step\'s help, then the question', async (locale, said) => {
    const t = i18n.getFixedT(locale.slice(0, 2));
    harness = await openCaseHarness({ locale });
    await say(harness.client, 'hi');
    expect(texts(await say(harness.client, '4'))).toEqual([t('caseStatus.ask.receipt')]);
    expect(texts(await say(harness.client, said))).toEqual([`${t('caseStatus.help', { orgName: TEST_ORGANIZATION.name })}\n\n${t('help.commands')}`, t('caseStatus.ask.receipt')]);
});
