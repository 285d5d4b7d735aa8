import type { IntentClassifier } from '../../../conversation/intentClassifier';
import { loadIntentClassifier } from '../../../conversation/nluTraining';
import { i18n, say, texts, type DialogHarness } from '../../support/dialogHarness';
import { openMenuWithEveryFlow } from '../menuWithEveryFlow';

/*
 * Found by chatting: "I want to add my case to my account" as a first message checked a status ("my case" names the
 * status check; the option's own words were only "add a case", "add case"). Adding a paper case names "add my case" and
 * its translations now, so the sentence names both options and the classifier decides, as it does at the menu.
 */
let classifier: IntentClassifier;
let harness: DialogHarness | undefined;
beforeAll(async () => {
    classifier = await loadIntentClassifier();
}, 120_000);
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

describe('adding my case to my account, said in a first message', () => {
    test.each([
        ['en-US', 'I want to add my case to my account'],
        ['es-US', 'quiero agregar mi caso a mi cuenta'],
        ['fr-FR', 'je veux ajouter mon dossier à mon compte'],
        ['ar', 'أريد إضافة ملفي إلى حسابي'],
        ['ko-KR', '제 케이스를 계정에 추가하고 싶어요'],
    ])('%s: "%s" starts adding a case (sign-in first), not a status check', async (locale, utterance) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        harness = await openMenuWithEveryFlow(classifier, { locale, start: { utterance } });
        const replies = texts(await say(harness.client, utterance));
        expect(replies.join('\n')).toContain(t('addCase.signInIntro'));
        expect(replies).not.toContain(t('caseStatus.ask.receipt'));
    });

    test('en: "what is the status of my case" still checks a status', async () => {
        const utterance = 'what is the status of my case';
        harness = await openMenuWithEveryFlow(classifier, { locale: 'en-US', start: { utterance } });
        expect(texts(await say(harness.client, utterance))).toContain(i18n.getFixedT('en')('caseStatus.ask.receipt'));
    });
});
