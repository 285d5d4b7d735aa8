import {
    DialogContextError,
    DialogTurnStatus,
    WaterfallDialog,
    type Dialog,
    type DialogContext,
    type DialogTurnResult,
    type FoundChoice,
    type PromptValidatorContext,
    type WaterfallStepContext,
} from '../../conversation/dialogKit';
import type { TurnContext } from 'botbuilder';
import { FlowNotFound } from '../../services/accounts/accountErrors';
import { ACCOUNT_TYPES, type AccountType, type RegistrationStep, type TwoStepChoice } from '../../services/accounts/registrationService';
import { parseEmail, parseUsPhone, phoneWrittenIn } from '../../services/validators';
import { conversationKey } from '../../conversation/conversationKey';
import type { ConversationServices } from '../conversationServices';
import { leftFlow, type FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { scopedKey, withLanguage } from '../organization';
import { localizedChoiceOptions, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { localizedTextOptions } from '../prompts/localizedTextPrompt';
import { CODE_NOT_ARRIVED, saysMissing } from '../prompts/missingMeans';
import { refuseWith } from '../prompts/promptRefusal';
import { showOnce } from '../../conversation/sensitiveInput';
import { translator, turnLocale } from '../../conversation/turnLanguage';
import { AccountChoicePrompt } from './accountChoicePrompt';
import { accountErrorMessage } from './accountErrorMessage';
import { AccountTextPrompt } from './accountTextPrompt';
import { isNewCodeRequest, takeEmailInMessage } from './accountPrompts';
import { checkingDomainTypos, emailTypoQuestion } from './emailTypoCheck';
import { codePromptSpec, refuseForAccountError, typedCode, type CodePromptSpec } from './codeInput';
import { emailChangeOfTurn, noteEmailChange } from './emailChangeAsked';
import type { PasswordCaptureOptions } from './passwordCaptureDialog';
import type { AccountPrefill } from './accountPrefill';
import { notice } from './promptRetries';
import { groupForReading } from './readableGroups';
import { registrationHelp } from './registrationHelp';
import { beginSignedInSession } from './signedInMemory';
import type { ResetQuestionsOptions } from './resetQuestionsDialog';
import type { TwoStepSetupOptions, TwoStepSetupResult } from './twoStepSetupDialog';

export const CREATE_ACCOUNT_DIALOG = 'createAccountDialog';

/** The steps of a registration that are dialogs of their own, handed in so a test can pass a fake. */
export interface CreateAccountChildren {
    /** The password, in a masked card or on the password page (PasswordCaptureDialog). */
    passwordCapture: Dialog<PasswordCaptureOptions>;
    /** Each chosen two-step method's check (TwoStepSetupDialog). */
    twoStepSetup: Dialog<TwoStepSetupOptions>;
    /** The five reset questions (ResetQuestionsDialog). */
    resetQuestions: Dialog<ResetQuestionsOptions>;
}
const REGISTRATION_WATERFALL = 'createAccountWaterfall';
const RESUME_PROMPT = 'createAccountResumePrompt';
const EMAIL_PROMPT = 'createAccountEmailPrompt';
const CONFIRMATION_CODE_PROMPT = 'createAccountConfirmationCodePrompt';
const TERMS_PROMPT = 'createAccountTermsPrompt';
const TWO_STEP_METHOD_PROMPT = 'createAccountTwoStepMethodPrompt';
const PHONE_PROMPT = 'createAccountPhonePrompt';
const BACKUP_SAVED_PROMPT = 'createAccountBackupSavedPrompt';
const ACCOUNT_TYPE_PROMPT = 'createAccountTypePrompt';

/** Started from the menu with no options; `registrationId` goes straight on with that registration (no resume offer). */
export interface CreateAccountOptions {
    registrationId?: string;
    /** Ask for the two-step methods again (the user asked to change them while verifying a code). */
    rechooseTwoStep?: boolean;
    /** The email given with the request ("sign me up, a@b.org"): not asked again. */
    prefill?: AccountPrefill;
}

/** What the waterfall keeps between steps: ids and choices only, never an email code, password or answer. */
interface RegistrationValues {
    registrationId?: string;
    /** An unfinished registration found in this conversation, while the user decides whether to continue it. */
    openRegistrationId?: string;
    twoStepOption?: TwoStepOption;
}

const TWO_STEP_OPTIONS = ['email', 'sms', 'totp', 'emailAndSms'] as const;
type TwoStepOption = (typeof TWO_STEP_OPTIONS)[number];

const usesSms = (option: TwoStepOption) => option === 'sms' || option === 'emailAndSms';

/**
 * "Create an account": email, confirmation code, terms of use, password, two-step verification, backup code, five
 * reset questions and account type, then the new online account number. Each step is a call to the registration
 * service, which keeps the progress: the dialog keeps only the registration id, and every step first asks the service
 * whether it is still to do, so a user who comes back later continues at the step they left.
 */
export class CreateAccountDialog extends InterruptibleDialog {
    protected readonly helpKey = 'createAccount.help';

    /** "8 short steps; you are on step N", N from the registration's progress (step 1 before there is one). */
    protected override async helpText(innerDc: DialogContext): Promise<string> {
        // The waterfall sits under the prompt that asked; its values hold the registration, if one started.
        const waterfall = innerDc.stack.find((instance) => instance.id === REGISTRATION_WATERFALL);
        const registrationId = (waterfall?.state as { values?: RegistrationValues } | undefined)?.values?.registrationId;
        let next: RegistrationStep | undefined;
        try {
            next = registrationId ? await this.nextStep(registrationId) : undefined;
        } catch (error) {
            // An expired registration starts again at the email: step 1.
            if (!(error instanceof FlowNotFound)) throw error;
        }
        return registrationHelp(innerDc.context, this.services.organization, next);
    }

    constructor(
        services: ConversationServices,
        private readonly children: CreateAccountChildren,
    ) {
        super(CREATE_ACCOUNT_DIALOG, services);
        const { organization } = services;
        this.addDialog(new AccountChoicePrompt(RESUME_PROMPT, organization));
        this.addDialog(new AccountTextPrompt(EMAIL_PROMPT, organization, checkingDomainTypos(checkEmail)));
        this.addDialog(new AccountTextPrompt(CONFIRMATION_CODE_PROMPT, organization, this.checkConfirmationCode.bind(this)));
        this.addDialog(new AccountChoicePrompt(TERMS_PROMPT, organization));
        this.addDialog(new AccountChoicePrompt(TWO_STEP_METHOD_PROMPT, organization));
        this.addDialog(new AccountTextPrompt(PHONE_PROMPT, organization, checkPhone));
        this.addDialog(new AccountChoicePrompt(BACKUP_SAVED_PROMPT, organization));
        this.addDialog(new AccountChoicePrompt(ACCOUNT_TYPE_PROMPT, organization));
        this.addDialog(children.passwordCapture);
        this.addDialog(children.twoStepSetup);
        this.addDialog(children.resetQuestions);
        this.addDialog(
            new WaterfallDialog<CreateAccountOptions>(REGISTRATION_WATERFALL, [
                this.offerResumeStep.bind(this),
                this.applyResumeChoiceStep.bind(this),
                this.askEmailStep.bind(this),
                this.startRegistrationStep.bind(this),
                this.askConfirmationCodeStep.bind(this),
                this.applyEmailChangeStep.bind(this),
                this.showTermsStep.bind(this),
                this.recordTermsStep.bind(this),
                this.capturePasswordStep.bind(this),
                this.askTwoStepMethodStep.bind(this),
                this.askPhoneStep.bind(this),
                this.setUpTwoStepStep.bind(this),
                this.showBackupCodeStep.bind(this),
                this.recordBackupSavedStep.bind(this),
                this.setResetQuestionsStep.bind(this),
                this.askAccountTypeStep.bind(this),
                this.completeStep.bind(this),
            ]),
        );
        this.initialDialogId = REGISTRATION_WATERFALL;
    }

    /**
     * A registration that expired or was ended elsewhere between two turns: say so and start again from the email.
     * One that was completed by a turn whose reply was lost (the process died after the account was created) is shown
     * as done, from the store, whatever the next message is.
     */
    protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
        const completed = await this.completedMeanwhile(innerDc);
        if (completed) return completed;
        try {
            return await super.onContinueDialog(innerDc);
        } catch (error) {
            const cause = error instanceof DialogContextError ? error.error : error;
            if (!(cause instanceof FlowNotFound)) throw error;
            await innerDc.context.sendActivity(accountErrorMessage(innerDc.context, cause) ?? '');
            await innerDc.cancelAllDialogs();
            return innerDc.beginDialog(REGISTRATION_WATERFALL, {} satisfies CreateAccountOptions);
        }
    }

    /** When this flow's registration was completed (in this conversation, recently) by a turn we never saw end: done. */
    private async completedMeanwhile(innerDc: DialogContext): Promise<DialogTurnResult | undefined> {
        const waterfall = innerDc.stack.find((instance) => instance.id === REGISTRATION_WATERFALL);
        const registrationId = (waterfall?.state as { values?: RegistrationValues } | undefined)?.values?.registrationId;
        if (!registrationId) return undefined;
        const { registration } = this.services.accounts;
        if (!(await registration.findCompletedRecently(conversationKey(innerDc.context), registrationId))) return undefined;
        // complete() again: the same account, and its email handed over again under the same key (sent if it never went).
        const { accountNumber } = await registration.complete(registrationId);
        await this.sendAccountNumber(innerDc.context, accountNumber);
        await innerDc.cancelAllDialogs();
        return { status: DialogTurnStatus.complete, result: { outcome: 'completed' } satisfies FlowOutcome };
    }

    /** Step 0: an unfinished registration in this conversation is offered to continue or to be replaced. */
    private async offerResumeStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        if (step.options.registrationId) {
            values(step).registrationId = step.options.registrationId;
            return step.next();
        }
        const open = await this.services.accounts.registration.findOpen(conversationKey(step.context));
        if (!open) return step.next();
        values(step).openRegistrationId = open.registrationId;
        return step.prompt(RESUME_PROMPT, localizedChoiceOptions(resumeSpec));
    }

    /** Continues the open registration, or abandons it so a new one starts. */
    private async applyResumeChoiceStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const state = values(step);
        const open = state.openRegistrationId;
        delete state.openRegistrationId;
        if (open && chosen(step) === 'continue') {
            state.registrationId = open;
            await step.context.sendActivity(translator(step.context)('createAccount.resume.continuing'));
        } else if (open) {
            await this.services.accounts.registration.abandon(open);
        }
        return step.next();
    }

    /** Step 1: the email address (checked with parseEmail before anything is sent). */
    private async askEmailStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        if (values(step).registrationId) return step.next();
        const email = step.options.prefill?.email;
        delete step.options.prefill;
        // An address given with the request ("sign me up, ana@gmial.com") is asked about as a typed one is.
        const typo = email ? emailTypoQuestion(email, 'createAccount.email.prompt') : undefined;
        if (email && !typo) return step.next(email);
        return step.prompt(
            EMAIL_PROMPT,
            localizedTextOptions({
                promptKey: 'createAccount.email.prompt',
                missing: { thing: 'email', answerKey: 'prompts.missing.email.createAccount' },
                leftWhenDeclined: true,
                ...typo,
            }),
        );
    }

    /** Opens the registration and has the service email the code (or, for a taken address, the same-looking notice). */
    private async startRegistrationStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const state = values(step);
        if (state.registrationId) return step.next();
        const email = parseEmail(String(step.result));
        if (!email.ok) throw new Error('the email prompt let an invalid address through');
        const { registrationId } = await this.services.accounts.registration.start(email.value, conversationKey(step.context), turnLocale(step.context));
        state.registrationId = registrationId;
        // The address is shown, not stored: the prompt that follows is rendered from keys alone.
        await step.context.sendActivity(translator(step.context)('createAccount.email.sent', { email: email.value }));
        return step.next();
    }

    /** Step 2: the 6-digit confirmation code; the prompt's validator checks it with the service. */
    private async askConfirmationCodeStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const registrationId = this.registrationId(step);
        if ((await this.nextStep(registrationId)) !== 'confirmEmail') return step.next();
        const spec: CodePromptSpec = { promptKey: 'createAccount.confirmEmail.prompt', registrationId, sensitive: true, missing: CODE_NOT_ARRIVED.newEmail };
        return step.prompt(CONFIRMATION_CODE_PROMPT, localizedTextOptions(spec));
    }

    /**
     * "I typed the wrong email", or another address typed at the question for the code: the code sent stops working (the
     * registration is abandoned) and the flow starts again at the email, with the new address when one was written
     * (checked for typos as any address is). Otherwise the code prompt's result goes on.
     */
    private async applyEmailChangeStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const change = emailChangeOfTurn(step.context);
        if (!change) return step.next(step.result);
        await this.services.accounts.registration.abandon(this.registrationId(step));
        await step.context.sendActivity(translator(step.context)('prompts.emailChange.changing'));
        return step.replaceDialog(REGISTRATION_WATERFALL, { prefill: change.email === undefined ? undefined : { email: change.email } } satisfies CreateAccountOptions);
    }

    /** Step 3: a summary of the terms of use with the link to the full text, and an explicit agree / do not agree. */
    private async showTermsStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const t = translator(step.context);
        // The code prompt returns only after the service accepted the code; the code itself goes no further.
        if (typeof step.result === 'string') await step.context.sendActivity(t('createAccount.confirmEmail.confirmed'));
        if ((await this.nextStep(this.registrationId(step))) !== 'acceptTerms') return step.next();
        const { name, termsUrl } = this.services.organization;
        // The terms page opens in the conversation's language, whatever the browser says.
        await step.context.sendActivity(t('createAccount.terms.summary', { orgName: name, url: withLanguage(termsUrl, turnLocale(step.context)) }));
        return step.prompt(TERMS_PROMPT, localizedChoiceOptions(termsSpec));
    }

    /** Records the agreement; a refusal abandons the registration and ends politely with nothing created. */
    private async recordTermsStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const registrationId = this.registrationId(step);
        const answer = chosen(step);
        const t = translator(step.context);
        if (answer === 'disagree') {
            await this.services.accounts.registration.abandon(registrationId);
            await step.context.sendActivity(t('createAccount.terms.declined'));
            return step.endDialog({ outcome: 'completed' } satisfies FlowOutcome);
        }
        if (answer === 'agree') {
            await this.services.accounts.registration.acceptTerms(registrationId);
            await step.context.sendActivity(t('createAccount.terms.accepted'));
        }
        return step.next();
    }

    /** Step 4: the password, through the masked card or a single-use link (PasswordCaptureDialog sets it). */
    private async capturePasswordStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const targetId = this.registrationId(step);
        if ((await this.nextStep(targetId)) !== 'setPassword') return step.next();
        return step.beginDialog(this.children.passwordCapture.id, { purpose: 'registration', targetId } satisfies PasswordCaptureOptions);
    }

    /** Step 5: where the one-time codes should go. */
    private async askTwoStepMethodStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        if (leftFlow(step.result)) return step.endDialog(step.result);
        const next = await this.nextStep(this.registrationId(step));
        if (next !== 'chooseTwoStep' && !(step.options.rechooseTwoStep && next === 'verifyTwoStep')) return step.next();
        return step.prompt(TWO_STEP_METHOD_PROMPT, localizedChoiceOptions(twoStepSpec));
    }

    /** Asks for a US mobile number when text messages were chosen. */
    private async askPhoneStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const option = chosen(step) as TwoStepOption | undefined;
        if (!option) return step.next();
        values(step).twoStepOption = option;
        if (!usesSms(option)) return step.next();
        return step.prompt(PHONE_PROMPT, localizedTextOptions({ promptKey: 'createAccount.twoStep.phonePrompt' }));
    }

    /** Step 6: records the choice, then proves each chosen method with a code (TwoStepSetupDialog). */
    private async setUpTwoStepStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const state = values(step);
        const registrationId = this.registrationId(step);
        const option = state.twoStepOption;
        delete state.twoStepOption;
        // "I don't have a phone": nothing is recorded, and the choice of methods is asked again.
        if (option && usesSms(option) && saysMissing(step.context, 'phone', String(step.result))) {
            await step.context.sendActivity(translator(step.context)('prompts.missing.phone.createAccount'));
            return step.replaceDialog(REGISTRATION_WATERFALL, { registrationId, rechooseTwoStep: step.options.rechooseTwoStep } satisfies CreateAccountOptions);
        }
        if (option) await this.services.accounts.registration.chooseTwoStep(registrationId, twoStepChoice(option, step.result));
        if ((await this.nextStep(registrationId)) !== 'verifyTwoStep') return step.next();
        return step.beginDialog(this.children.twoStepSetup.id, { registrationId } satisfies TwoStepSetupOptions);
    }

    /** Step 7: a new backup code, shown once in a message and kept nowhere; then "I saved it". */
    private async showBackupCodeStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        if (leftFlow(step.result)) return step.endDialog(step.result);
        const registrationId = this.registrationId(step);
        if ((step.result as TwoStepSetupResult | undefined)?.changeMethod) {
            return step.replaceDialog(REGISTRATION_WATERFALL, { registrationId, rechooseTwoStep: true } satisfies CreateAccountOptions);
        }
        if ((await this.nextStep(registrationId)) !== 'saveBackupCode') return step.next();
        const code = await this.services.accounts.registration.issueBackupCode(registrationId);
        // Delivered once, then replaced in the stored chat history (sensitiveInput.showOnce).
        await step.context.sendActivity(showOnce({ type: 'message', text: translator(step.context)('createAccount.backup.show', { code }) }));
        return step.prompt(BACKUP_SAVED_PROMPT, localizedChoiceOptions(backupSpec));
    }

    /** Records that the code is saved; "give me a new one" goes round again, which replaces the code. */
    private async recordBackupSavedStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const registrationId = this.registrationId(step);
        const answer = chosen(step);
        if (answer === 'newCode') return step.replaceDialog(REGISTRATION_WATERFALL, { registrationId } satisfies CreateAccountOptions);
        if (answer === 'saved') {
            await this.services.accounts.registration.confirmBackupSaved(registrationId);
            await step.context.sendActivity(translator(step.context)('createAccount.backup.confirmed'));
        }
        return step.next();
    }

    /** Step 8: five password-reset questions (ResetQuestionsDialog). */
    private async setResetQuestionsStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const registrationId = this.registrationId(step);
        if ((await this.nextStep(registrationId)) !== 'setResetAnswers') return step.next();
        return step.beginDialog(this.children.resetQuestions.id, { registrationId } satisfies ResetQuestionsOptions);
    }

    /** Step 9: the account type. */
    private async askAccountTypeStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        if (leftFlow(step.result)) return step.endDialog(step.result);
        if ((await this.nextStep(this.registrationId(step))) !== 'chooseAccountType') return step.next();
        return step.prompt(ACCOUNT_TYPE_PROMPT, localizedChoiceOptions(accountTypeSpec));
    }

    /** Step 10: records the type, creates the account and shows its 12-digit number (also emailed by the service). */
    private async completeStep(step: WaterfallStepContext<CreateAccountOptions>): Promise<DialogTurnResult> {
        const registrationId = this.registrationId(step);
        const accountType = chosen(step) as AccountType | undefined;
        const { registration } = this.services.accounts;
        if (accountType) await registration.setAccountType(registrationId, accountType);
        const { accountId, accountNumber } = await registration.complete(registrationId);
        await this.sendAccountNumber(step.context, accountNumber);
        // The email code and the second step were just proven: that is a sign-in, so the next flow does not ask again.
        await beginSignedInSession(this.services, step.context, accountId);
        return step.endDialog({ outcome: 'completed' } satisfies FlowOutcome);
    }

    /** The new account's number, as the last step shows it. */
    private async sendAccountNumber(context: TurnContext, accountNumber: string): Promise<void> {
        const { organization } = this.services;
        // "Your <organisation> account number", unless this deployment issues the number USCIS forms ask for.
        await context.sendActivity(
            translator(context)(scopedKey(organization, 'createAccount.complete.done'), { accountNumber: groupForReading(accountNumber), orgName: organization.name }),
        );
    }

    /** Checks the emailed code with the service; "new code" sends another one. */
    private async checkConfirmationCode(prompt: PromptValidatorContext<string>): Promise<boolean> {
        const { registrationId } = codePromptSpec(prompt.options);
        const { registration } = this.services.accounts;
        if (isNewCodeRequest(prompt.context, prompt.recognized.value ?? '')) {
            try {
                await registration.resendConfirmation(registrationId);
            } catch (error) {
                return refuseForAccountError(prompt, error);
            }
            return notice(prompt, 'createAccount.confirmEmail.resent');
        }
        // "Wrong email", or another address: the next step drops this registration and asks for the address again. The
        // same address sent again is no change, and is refused as any non-code is.
        if (await noteEmailChange(prompt.context, prompt.recognized.value ?? '', (email) => registration.codeWentTo(registrationId, email))) return true;
        const code = typedCode(prompt);
        if (code === false) return false;
        try {
            await registration.confirmEmail(registrationId, code);
            return true;
        } catch (error) {
            return refuseForAccountError(prompt, error);
        }
    }

    private registrationId(step: WaterfallStepContext<CreateAccountOptions>): string {
        const { registrationId } = values(step);
        if (!registrationId) throw new Error('no registration in this step');
        return registrationId;
    }

    private async nextStep(registrationId: string): Promise<RegistrationStep> {
        return (await this.services.accounts.registration.progress(registrationId)).nextStep;
    }
}

function values(step: WaterfallStepContext<CreateAccountOptions>): RegistrationValues {
    return step.values as RegistrationValues;
}

/** The value of the option the previous prompt returned, if the previous step prompted. */
function chosen(step: WaterfallStepContext<CreateAccountOptions>): string | undefined {
    const result = step.result as FoundChoice | undefined;
    return typeof result?.value === 'string' ? result.value : undefined;
}

/** A child flow that was cancelled or asked to start over: this flow ends the same way. */
function twoStepChoice(option: TwoStepOption, phone: unknown): TwoStepChoice {
    const smsPhone = usesSms(option) ? String(phone) : undefined;
    return { email: option === 'email' || option === 'emailAndSms', smsPhone, authenticatorApp: option === 'totp' };
}

async function checkEmail(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const email = takeEmailInMessage(prompt);
    return email.ok || refuseWith(prompt, `createAccount.email.${email.reason}`);
}

async function checkPhone(prompt: PromptValidatorContext<string>): Promise<boolean> {
    // Taken here and answered by the next step, which asks for another method.
    if (saysMissing(prompt.context, 'phone', prompt.recognized.value ?? '')) return true;
    const text = prompt.recognized.value ?? '';
    // The number alone or in a sentence ("my number is (555) 123-4567"); taken, it becomes the answer.
    const phone = phoneWrittenIn(text) ?? parseUsPhone(text);
    if (phone.ok) prompt.recognized.value = phone.value;
    return phone.ok || refuseWith(prompt, `createAccount.twoStep.phone.${phone.reason}`);
}

/** A choice between options whose labels and synonyms are the keys `<prefix>.<value>` and `<prefix>.<value>Synonyms`. */
function choiceSpec(prefix: string, options: readonly string[], listening: Pick<LocalizedChoiceSpec, 'explicitOnly' | 'stepHelp' | 'wordsInside'> = {}): LocalizedChoiceSpec {
    return {
        ...listening,
        promptKey: `${prefix}.prompt`,
        retryKey: `${prefix}.retry`,
        choices: options.map((value) => ({ value, titleKey: `${prefix}.${value}`, synonymsKey: `${prefix}.${value}Synonyms` })),
    };
}

const resumeSpec = choiceSpec('createAccount.resume', ['continue', 'startNew']);
/** Consent is explicit: "I agree", "yes", its button or its number; never a number word inside a sentence. */
const termsSpec = choiceSpec('createAccount.terms', ['agree', 'disagree'], { explicitOnly: true, stepHelp: ['terms'] });
/** "Send them to my phone please", "I'd rather use an app": a way named in a sentence (`createAccount.twoStep.<value>Words`). */
const twoStepSpec = choiceSpec('createAccount.twoStep', TWO_STEP_OPTIONS, { stepHelp: ['twoStep', 'authenticatorApp', 'backupCode'], wordsInside: 'createAccount.twoStep' });
const backupSpec = choiceSpec('createAccount.backup', ['saved', 'newCode'], { stepHelp: ['backupCode'] });
const accountTypeSpec = choiceSpec('createAccount.accountType', ACCOUNT_TYPES);
