import { buildAccountFlows } from '../../dialogs/account/accountFlows';
import { buildCaseFlows } from '../../dialogs/cases/caseFlows';
import { CommonQuestionsDialog } from '../../dialogs/faq/commonQuestionsDialog';
import { ClassifierRecognizer } from '../../conversation/classifierRecognizer';
import type { ConversationStart } from '../../conversation/conversationStart';
import type { IntentClassifier } from '../../conversation/intentClassifier';
import type { TFunction } from 'i18next';
import { loadIntentClassifier } from '../../conversation/nluTraining';
import { i18n, say, startDialogHarness, texts, type DialogHarness } from '../support/dialogHarness';

/**
 * The main dialog as the app builds it, for reading free text at the menu: the classifier behind the recognizer, the
 * account and case flows, and the common questions behind option 5.
 */
export function openMenuWithEveryFlow(classifier: IntentClassifier, options: { locale?: string; channelId?: string; start?: ConversationStart } = {}): Promise<DialogHarness> {
    return startDialogHarness({
        ...options,
        recognizer: (phrases) => new ClassifierRecognizer(phrases, classifier),
        flows: (services) => {
            const accounts = buildAccountFlows(services);
            const { addPaperCase, checkStatus, myCases, stopCaseUpdates } = buildCaseFlows(services, { signIn: accounts.signIn });
            const cases = { addPaperCase, checkStatus, myCases, stopCaseUpdates };
            return { findAccountNumber: accounts.findAccountNumber, createAccount: accounts.chooseAccount, recoverAccess: accounts.recoverAccess, ...cases, commonQuestions: new CommonQuestionsDialog(services) };
        },
    });
}

/**
 * For a test file that asks questions at that menu: loads the classifier once, disposes each test's harness after it;
 * `open` gives the harness, `askAtMenu` plays a greeting, then the question, and `firstMessage` a first message, each
 * returning the replies and the locale's translator.
 */
export function askingAtTheMenu(): {
    /** That menu's harness, for a test that goes on talking (disposed after the test). */
    open(options?: { locale?: string; channelId?: string; start?: ConversationStart }): Promise<DialogHarness>;
    askAtMenu(locale: string, greeting: string, question: string): Promise<{ t: TFunction; replies: string[] }>;
    /** The replies to `utterance` as the conversation's first message (the way a channel without a welcome sends it). */
    firstMessage(locale: string, utterance: string): Promise<{ t: TFunction; replies: string[] }>;
} {
    let classifier: IntentClassifier;
    let harness: DialogHarness | undefined;
    beforeAll(async () => {
        classifier = await loadIntentClassifier();
    }, 120_000);
    afterEach(async () => {
        await harness?.dispose();
        harness = undefined;
    });
    const open = async (options: { locale?: string; channelId?: string; start?: ConversationStart } = {}) => {
        harness = await openMenuWithEveryFlow(classifier, options);
        return harness;
    };
    return {
        open,
        async askAtMenu(locale, greeting, question) {
            const { client } = await open({ locale });
            await say(client, greeting);
            return { t: i18n.getFixedT(locale.slice(0, 2)), replies: texts(await say(client, question)) };
        },
        async firstMessage(locale, utterance) {
            const { client } = await open({ locale, start: { utterance } });
            return { t: i18n.getFixedT(locale.slice(0, 2)), replies: texts(await say(client, utterance)) };
        },
    };
}