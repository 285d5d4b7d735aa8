import { buildAccountFlows } from '../../dialogs/account/accountFlows';
import { buildCaseFlows } from '../../dialogs/cases/caseFlows';
import { CommonQuestionsDialog } from '../../dialogs/faq/commonQuestionsDialog';
import { ClassifierRecognizer } from '../../conversation/classifierRecognizer';
import type { ConversationStart } from '../../conversation/conversationStart';
import type { IntentClassifier } from '../../conversation/intentClassifier';
import { startDialogHarness, type DialogHarness } from '../support/dialogHarness';

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
