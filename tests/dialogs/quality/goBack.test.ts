import { i18n, say, texts, TEST_ORGANIZATION, type DialogHarness } from '../../support/dialogHarness';
import { opening } from '../account/accountFixture';
import { openCaseHarness } from '../cases/caseFixture';
import { openWordsHarness } from '../words/wordsFixture';

/*
 * Found by helpers chatting with the bot: "go back", "volver", "retour", "رجوع", "quay lại", "balik" at a question got
 * the question's format error again ("That doesn't look like an email address"), then "this step seems to be giving
 * you trouble". Only "cancel" (and a few translations) left a question. "Go back" now leaves the flow as cancel does,
 * where the question has no option named so (the common questions' "Back to the menu" and the confirm question's
 * "something else" keep theirs).
 */

let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

describe.each([
    { locale: 'en-US', back: 'go back' },
    { locale: 'es-US', back: 'volver' },
    { locale: 'fr-FR', back: 'retour' },
    { locale: 'vi-VN', back: 'quay lại' },
    { locale: 'zh-CN', back: '上一步' },
    { locale: 'ko-KR', back: '뒤로' },
    { locale: 'tl-PH', back: 'balik' },
    { locale: 'ar-EG', back: 'رجوع' },
])('"go back" at a question ($locale)', ({ locale, back }) => {
    const t = i18n.getFixedT(locale.slice(0, 2));

    test('at the sign-in\'s email question: the flow stops and the menu follows', async () => {
        harness = await openCaseHarness({ locale });
        await say(harness.client, 'hi');
        expect(texts(await say(harness.client, '3'))).toEqual([t('addCase.signInIntro'), t('signIn.askEmail')]);
        const replies = texts(await say(harness.client, back));
        expect(replies[0]).toBe(t('cancel.done'));
        expect(replies.join('\n')).not.toContain(t('signIn.emailInvalid'));
        expect(replies.join('\n')).toContain(t('menu.options.addPaperCase.title'));
    });

    test('at "Which account do you want to create?": the same', async () => {
        harness = await openWordsHarness({ locale });
        await say(harness.client, 'hi');
        expect(texts(await say(harness.client, '2'))).toEqual([expect.stringMatching(opening(t('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name })))]);
        const replies = texts(await say(harness.client, back));
        expect(replies[0]).toBe(t('cancel.done'));
        expect(replies.join('\n')).not.toContain(t('chooseAccount.retry'));
    });
});
