import type { TurnContext } from 'botbuilder';
import type { RegistrationStep } from '../../services/accounts/registrationService';
import type { OrganizationProfile } from '../organization';
import { translator } from '../../conversation/turnLanguage';

/**
 * The eight short steps the create-account help names, in order: email address, confirmation code, terms of use,
 * password, two-step verification, backup code, security questions, account type.
 */
const STEP_NUMBERS: Record<RegistrationStep, number> = {
    confirmEmail: 2,
    acceptTerms: 3,
    setPassword: 4,
    chooseTwoStep: 5,
    verifyTwoStep: 5,
    saveBackupCode: 6,
    setResetAnswers: 7,
    chooseAccountType: 8,
    complete: 8,
    done: 8,
};

/** Which of the eight steps the user is on; before a registration exists they are on the first (the email address). */
export function registrationStepNumber(nextStep: RegistrationStep | undefined): number {
    return nextStep ? STEP_NUMBERS[nextStep] : 1;
}

/** The create-account help: "8 short steps; you are on step N". */
export function registrationHelp(context: TurnContext, organization: OrganizationProfile, nextStep: RegistrationStep | undefined): string {
    return translator(context)('createAccount.help', { orgName: organization.name, step: registrationStepNumber(nextStep) });
}
