import type { Dialog } from '../../conversation/dialogKit';
import type { ConversationServices } from '../conversationServices';
import type { SignInDialogOptions } from '../account/signInDialog';
import { AddPaperCaseDialog } from './addPaperCaseDialog';
import { CaseSubscriptionDialog } from './caseSubscriptionDialog';
import { CheckStatusDialog } from './checkStatusDialog';
import { MyCasesDialog } from './myCasesDialog';
import { StopCaseUpdatesDialog } from './stopCaseUpdatesDialog';

/** The case flows, each built once. */
export interface CaseFlows {
    addPaperCase: AddPaperCaseDialog;
    /** Reached by saying it ("my cases", "mis casos"), not from the numbered menu. */
    myCases: MyCasesDialog;
    checkStatus: CheckStatusDialog;
    /** "Stop updates" ("dejar de recibir"), reached by saying it. */
    stopCaseUpdates: StopCaseUpdatesDialog;
}

/**
 * Builds the case flows for the composition root, with the conversation's one sign-in and, after a status, the offer
 * to follow the case ("tell me when this changes").
 *
 * @example
 * const cases = buildCaseFlows(services, { signIn: accountFlows.signIn });
 * new MainDialog(services, { ..., addPaperCase: cases.addPaperCase, checkStatus: cases.checkStatus, myCases: cases.myCases });
 */
export function buildCaseFlows(services: ConversationServices, children: { signIn: Dialog<SignInDialogOptions> }): CaseFlows {
    const checkStatus = new CheckStatusDialog(services, { offerUpdates: new CaseSubscriptionDialog(services) });
    return {
        addPaperCase: new AddPaperCaseDialog(services, { signIn: children.signIn }),
        myCases: new MyCasesDialog(services, { signIn: children.signIn, checkStatus }),
        checkStatus,
        stopCaseUpdates: new StopCaseUpdatesDialog(services),
    };
}
