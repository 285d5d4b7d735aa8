import type { Activity } from 'botbuilder';
import { buildAccountFlows } from '../../../dialogs/account/accountFlows';
import { buildCaseFlows } from '../../../dialogs/cases/caseFlows';
import type { ConversationStart } from '../../../conversation/conversationStart';
import { startDialogHarness, type DialogHarness } from '../../support/dialogHarness';

/** The main dialog with the real case flows (and the sign-in they share) behind the menu, on the embedded sandbox. */
export function openCaseHarness(options: { locale?: string; channelId?: string; start?: ConversationStart } = {}): Promise<DialogHarness> {
    return startDialogHarness({
        ...options,
        flows: (services) => {
            const accounts = buildAccountFlows(services);
            const { addPaperCase, checkStatus, myCases, stopCaseUpdates } = buildCaseFlows(services, { signIn: accounts.signIn });
            return { findAccountNumber: accounts.findAccountNumber, addPaperCase, checkStatus, myCases, stopCaseUpdates };
        },
    });
}

/** Every text of a turn's replies joined, for "does the answer say X" checks. */
export function allText(replies: Partial<Activity>[]): string {
    return replies.map((reply) => reply.text ?? '').join('\n');
}
