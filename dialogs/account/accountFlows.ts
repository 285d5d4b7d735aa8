import type { ConversationServices } from '../conversationServices';
import { CommonQuestionsDialog } from '../faq/commonQuestionsDialog';
import { ChooseAccountDialog } from './chooseAccountDialog';
import { CreateAccountDialog } from './createAccountDialog';
import { DeleteAccountDialog } from './deleteAccountDialog';
import { FindAccountNumberDialog } from './findAccountNumberDialog';
import { ForgotPasswordDialog } from './forgotPasswordDialog';
import { PasswordCaptureDialog } from './passwordCaptureDialog';
import { RecoverAccessDialog } from './recoverAccessDialog';
import { ResetQuestionsDialog } from './resetQuestionsDialog';
import { SignInDialog } from './signInDialog';
import { SignInTroubleDialog } from './signInTroubleDialog';
import { TwoStepSetupDialog } from './twoStepSetupDialog';
import { UscisAccountGuideDialog } from './uscisAccountGuideDialog';

/** The account flows, each built once, with the children they share. */
export interface AccountFlows {
    /** The one sign-in, required by every flow that shows account details. */
    signIn: SignInDialog;
    findAccountNumber: FindAccountNumberDialog;
    /** "Create an account": which account first, then the USCIS guide or the registration here. */
    chooseAccount: ChooseAccountDialog;
    /** The registration with the organisation, on its own (tests start it directly). */
    createAccount: CreateAccountDialog;
    /** "I can't sign in": this assistant's recovery, after asking which account when a sentence did not say. */
    recoverAccess: SignInTroubleDialog;
    /** "Delete my account" (reached by saying it): after the one sign-in and a yes. */
    deleteAccount: DeleteAccountDialog;
}

/**
 * Builds the account flows for the composition root: every dialog once, each handed the children it needs (one
 * password step for registration and reset, one recover-access flow for the menu and after a lockout, one sign-in).
 *
 * @example
 * const flows = buildAccountFlows(services);
 * new MainDialog(services, { findAccountNumber: flows.findAccountNumber, createAccount: flows.chooseAccount, ... });
 */
export function buildAccountFlows(services: ConversationServices): AccountFlows {
    const passwordCapture = new PasswordCaptureDialog(services);
    const recoverAccess = new RecoverAccessDialog(services, { forgotPassword: new ForgotPasswordDialog(services, { passwordCapture }) });
    const signIn = new SignInDialog(services, { recoverAccess });
    const createAccount = new CreateAccountDialog(services, {
        passwordCapture,
        twoStepSetup: new TwoStepSetupDialog(services),
        resetQuestions: new ResetQuestionsDialog(services),
    });
    return {
        signIn,
        findAccountNumber: new FindAccountNumberDialog(services, { signIn }),
        chooseAccount: new ChooseAccountDialog(services, { uscis: new UscisAccountGuideDialog(services), organization: createAccount }),
        createAccount,
        recoverAccess: new SignInTroubleDialog(services, { recoverAccess, commonQuestions: new CommonQuestionsDialog(services) }),
        deleteAccount: new DeleteAccountDialog(services, { signIn }),
    };
}
