import { say, texts, TEST_ORGANIZATION, type DialogHarness } from '../../support/dialogHarness';
import { LOCALES, opening } from '../account/accountFixture';
import { openCaseHarness } from '../cases/caseFixture';
import { openWordsHarness } from '../words/wordsFixture';

/*
 * Found by chatting with the bot: after a status, at "Do you want me to tell you when this status changes?", "I want to
 * add my paper case to my account" got "Please answer yes or no", again and again, then "this step seems to be giving
 * you trouble". A task of the menu asked at a choice question inside a flow now starts it, as at a typed-answer
 * question; an option, a question about the step and a remark stay the question's.
 */

let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

const APPROVED = 'EAC9999103403';

describe.each(LOCALES)('a task asked at a choice question ($language)', ({ language, locale, t }) => {
    const addCase = language === 'es' ? 'quiero agregar un caso' : 'I want to add a case';
    const findNumber = language === 'es' ? 'quiero encontrar mi número de cuenta' : 'I want to find my account number';

    /** What the menu answers to `text` as a first request. */
    async function menuAnswer(text: string, openHarness: typeof openCaseHarness = openCaseHarness): Promise<string[]> {
        const atMenu = await openHarness({ locale });
        await say(atMenu.client, 'hi');
        const replies = texts(await say(atMenu.client, text));
        await atMenu.dispose();
        return replies;
    }

    test('at the offer of updates after a status: the task starts as from the menu, and nothing is followed', async () => {
        const fromMenu = await menuAnswer(addCase);
        expect(fromMenu).toEqual([t('addCase.signInIntro'), t('signIn.askEmail')]);
        harness = await openCaseHarness({ locale });
        const h = harness;
        await say(h.client, 'hi');
        expect(texts(await say(h.client, APPROVED)).join('\n')).toContain(t('caseSubscriptions.offer.prompt'));
        expect(texts(await say(h.client, addCase))).toEqual(fromMenu);
        expect(await h.store.client.caseSubscription.count()).toBe(0);
        // The offer is gone: "yes" now answers the sign-in's email question, not the offer.
        expect(texts(await say(h.client, t('prompts.yesNo.yes')))[0]).toBe(t('signIn.emailInvalid'));
    });

    test('at the offer of updates, the options and a remark are still the question\'s', async () => {
        harness = await openCaseHarness({ locale });
        const h = harness;
        await say(h.client, 'hi');
        await say(h.client, APPROVED);
        expect(texts(await say(h.client, t('remarks.thanks.phrases.0')))[0]).toBe(t('remarks.thanks.answer'));
        expect(texts(await say(h.client, t('prompts.yesNo.no')))[0]).toBe(t('caseSubscriptions.declined'));
    });

    test('"start over" at the offer of updates shows the menu from the top', async () => {
        harness = await openCaseHarness({ locale });
        const h = harness;
        await say(h.client, 'hi');
        await say(h.client, APPROVED);
        const replies = texts(await say(h.client, t('interruptions.startOverWords.0')));
        expect(replies[0]).toBe(t('startOver.done'));
        expect(replies.join('\n')).toContain(t('menu.prompt'));
        expect(replies.join('\n')).not.toContain(t('menu.again'));
    });

    test('at "Which account do you want to create?": another task asked in a sentence starts it', async () => {
        const fromMenu = await menuAnswer(findNumber, openWordsHarness);
        harness = await openWordsHarness({ locale });
        const h = harness;
        await say(h.client, 'hi');
        expect(texts(await say(h.client, '2'))).toEqual([expect.stringMatching(opening(t('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name })))]);
        expect(texts(await say(h.client, findNumber))).toEqual(fromMenu);
        expect(fromMenu.join('\n')).not.toContain(t('chooseAccount.retry'));
    });
});
