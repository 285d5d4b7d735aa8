import { WaterfallDialog, type Dialog, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from '../../conversation/dialogKit';
import { BackupCodeInvalid, FlowNotFound, ResetAnswersIncorrect, ResetLocked, TooManyAttempts } from '../../services/accounts/accountErrors';
import type { ResetQuestionId } from '../../services/accounts/resetQuestions';
import { conversationKey } from '../../conversation/conversationKey';
import type { ConversationServices } from '../conversationServices';
import { isFlowOutcome, type FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { offerWhenStaffed } from '../handoff/personOffer';
import { LocalizedChoicePrompt, localizedChoiceOptions } from '../prompts/localizedChoicePrompt';
import { LocalizedTextPrompt, localizedTextOptions, type LocalizedTextSpec } from '../prompts/localizedTextPrompt';
import { CODE_NOT_ARRIVED, SIGN_IN_EMAIL_MISSING } from '../prompts/missingMeans';
import { showOnce } from '../../conversation/sensitiveInput';
import { translator, turnLocale } from '../../conversation/turnLanguage';
import {
    backupCodeValidator,
    codeValidator,
    emailValidator,
    isNewCodeRequest,
    resetAnswerValidator,
    sendAccountError,
    sendHelpDeskRoute,
} from './accountPrompts';
import { emailChangeOfTurn, noteEmailChange, type EmailChange } from './emailChangeAsked';
import { checkingDomainTypos, emailTypoQuestion } from './emailTypoCheck';
import type { PasswordCaptureOptions } from './passwordCaptureDialog';

export const FORGOT_PASSWORD_DIALOG = 'forgotPasswordDialog';
const RESET_STEPS = 'forgotPasswordSteps';
const EMAIL_CODE_STEPS = 'forgotPasswordEmailCodeSteps';
const QUESTION_STEPS = 'forgotPasswordQuestionSteps';
const BACKUP_CODE_STEPS = 'forgotPasswordBackupCodeSteps';
const EMAIL_PROMPT = 'forgotPasswordEmailPrompt';
const CODE_PROMPT = 'forgotPasswordCodePrompt';
const PROOF_PROMPT = 'forgotPasswordProofPrompt';
const ANSWER_PROMPT = 'forgotPasswordAnswerPrompt';
const BACKUP_CODE_PROMPT = 'forgotPasswordBackupCodePrompt';

/** How the user proves who they are once the email is confirmed. */
const PROOFS = ['questions', 'backupCode'] as const;
type Proof = (typeof PROOFS)[number];

interface ResetValues {
    resetId: string;
}

interface ResetOptions {
    /** The address to use, typed at the code question in place of the first one ("wrong email, it's ana@..."). */
    email?: string;
}

/** The question for the emailed code, with the reset it is for (the validator checks an address typed against it). */
interface ResetCodeSpec extends LocalizedTextSpec {
    resetId: string;
}

/** How the emailed code's question ended, when it did not end with the code: another address is to be used. */
interface EmailCodeResult {
    emailChange?: EmailChange;
}

interface ResetStepOptions {
    resetId: string;
}

interface QuestionRoundOptions extends ResetStepOptions {
    /** The question to ask now. Each answer is checked by the service as it is given; none is kept here. */
    questionId: ResetQuestionId;
}

/** Whether identity was proven (or the reset was stopped after too many wrong tries). */
interface IdentityResult {
    proven: boolean;
}

const COMPLETED: FlowOutcome = { outcome: 'completed' };

/**
 * "Forgot password": the email, the code sent to it, three of the five reset questions or the backup code, then the
 * new password in PasswordCaptureDialog. An email without an account gets the same words; its code never arrives,
 * so the reset never gets past that step. Too many wrong answers end in the help desk route.
 */
export class ForgotPasswordDialog extends InterruptibleDialog {
    protected readonly helpKey = 'recoverAccess.reset.help';

    /** `passwordCapture` takes the new password (PasswordCaptureDialog). */
    constructor(
        services: ConversationServices,
        private readonly children: { passwordCapture: Dialog<PasswordCaptureOptions> },
    ) {
        super(FORGOT_PASSWORD_DIALOG, services);
        this.addDialog(new LocalizedTextPrompt(EMAIL_PROMPT, checkingDomainTypos(emailValidator)))
            .addDialog(new LocalizedTextPrompt(CODE_PROMPT, this.checkCodeOrEmailChange.bind(this)))
            .addDialog(new LocalizedChoicePrompt(PROOF_PROMPT))
            .addDialog(new LocalizedTextPrompt(ANSWER_PROMPT, resetAnswerValidator))
            .addDialog(new LocalizedTextPrompt(BACKUP_CODE_PROMPT, backupCodeValidator))
            .addDialog(children.passwordCapture)
            .addDialog(
                new WaterfallDialog<ResetOptions>(RESET_STEPS, [
                    this.askEmailStep.bind(this),
                    this.sendCodeStep.bind(this),
                    this.chooseProofStep.bind(this),
                    this.proveIdentityStep.bind(this),
                    this.capturePasswordStep.bind(this),
                    this.finishStep.bind(this),
                ]),
            )
            .addDialog(new WaterfallDialog<ResetStepOptions>(EMAIL_CODE_STEPS, [this.askEmailCodeStep.bind(this), this.checkEmailCodeStep.bind(this)]))
            .addDialog(new WaterfallDialog<QuestionRoundOptions>(QUESTION_STEPS, [this.askQuestionStep.bind(this), this.collectAnswerStep.bind(this)]))
            .addDialog(
                new WaterfallDialog<ResetStepOptions>(BACKUP_CODE_STEPS, [this.askBackupCodeStep.bind(this), this.checkBackupCodeStep.bind(this)]),
            );
        this.initialDialogId = RESET_STEPS;
    }

    /** Asks for the account's email, unless another one was typed at the code question (checked for typos as any is). */
    private async askEmailStep(step: WaterfallStepContext<ResetOptions>): Promise<DialogTurnResult> {
        const email = step.options?.email;
        const typo = email ? emailTypoQuestion(email, 'recoverAccess.reset.askEmail') : undefined;
        if (email && !typo) return step.next(email);
        return step.prompt(
            EMAIL_PROMPT,
            localizedTextOptions({
                promptKey: 'recoverAccess.reset.askEmail',
                retryKey: 'signIn.emailInvalid',
                missing: SIGN_IN_EMAIL_MISSING,
                leftWhenDeclined: true,
                ...typo,
            }),
        );
    }

    /** Opens the reset (which emails the code when the address has an account), then asks for the code. */
    private async sendCodeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const { resetId } = await this.services.accounts.passwordReset.start(step.result as string, conversationKey(step.context), turnLocale(step.context));
        (step.values as ResetValues).resetId = resetId;
        await step.context.sendActivity(translator(step.context)('recoverAccess.reset.codeSent'));
        return step.beginDialog(EMAIL_CODE_STEPS, { resetId } satisfies ResetStepOptions);
    }

    /**
     * Email confirmed: the reset questions, or the backup code instead. "Wrong email" at the code question starts again
     * at the email (with the new address when one was typed); the code sent before goes nowhere from here.
     */
    private async chooseProofStep(step: WaterfallStepContext<ResetOptions>): Promise<DialogTurnResult> {
        const change = (step.result as EmailCodeResult | undefined)?.emailChange;
        if (change) {
            await step.context.sendActivity(translator(step.context)('prompts.emailChange.changing'));
            return step.replaceDialog(RESET_STEPS, { email: change.email } satisfies ResetOptions);
        }
        return step.prompt(
            PROOF_PROMPT,
            localizedChoiceOptions({
                promptKey: 'recoverAccess.reset.chooseProof',
                choices: PROOFS.map((value) => ({ value, titleKey: `recoverAccess.reset.proofs.${value}`, synonymsKey: `recoverAccess.reset.proofs.${value}Synonyms` })),
                stepHelp: ['securityQuestions', 'backupCode'],
                // "I'd rather answer my security questions", "I'll use the backup code".
                wordsInside: 'recoverAccess.reset.proofs',
            }),
        );
    }

    /** Starts the questions (three of the five saved ones) or the backup-code entry. */
    private async proveIdentityStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const { resetId } = step.values as ResetValues;
        const proof = (step.result as FoundChoice).value as Proof;
        if (proof === 'backupCode') return step.beginDialog(BACKUP_CODE_STEPS, { resetId } satisfies ResetStepOptions);
        let questionIds: ResetQuestionId[];
        try {
            questionIds = await this.services.accounts.passwordReset.questions(resetId);
        } catch (error) {
            return this.handleResetError(step, error, resetId);
        }
        await step.context.sendActivity(translator(step.context)('recoverAccess.reset.questionsIntro', { count: questionIds.length }));
        return step.beginDialog(QUESTION_STEPS, { resetId, questionId: questionIds[0] } satisfies QuestionRoundOptions);
    }

    /** Identity proven: the new password, typed in a masked field or on the password page. */
    private async capturePasswordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const identity = step.result as IdentityResult;
        if (!identity.proven) return step.endDialog(COMPLETED);
        const { resetId } = step.values as ResetValues;
        return step.beginDialog(this.children.passwordCapture.id, { purpose: 'reset', targetId: resetId } satisfies PasswordCaptureOptions);
    }

    /** Password saved: what changed and what to do next. */
    private async finishStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const outcome = isFlowOutcome(step.result) ? step.result : COMPLETED;
        if (outcome.outcome === 'completed') await step.context.sendActivity(translator(step.context)('recoverAccess.reset.done'));
        return step.endDialog(outcome);
    }

    /** Asks for the emailed code. */
    private async askEmailCodeStep(step: WaterfallStepContext<ResetStepOptions>): Promise<DialogTurnResult> {
        const spec: ResetCodeSpec = { promptKey: 'recoverAccess.reset.enterCode', retryKey: 'signIn.codeFormat', missing: CODE_NOT_ARRIVED.email, resetId: step.options.resetId };
        return step.prompt(CODE_PROMPT, localizedTextOptions(spec));
    }

    /**
     * A code (or "new code"), or "wrong email" or another address, which checkEmailCodeStep starts again with. The same
     * address sent again (twice at once on a slow phone) is no change, and is refused as any non-code is.
     */
    private async checkCodeOrEmailChange(prompt: PromptValidatorContext<string>): Promise<boolean> {
        const { resetId } = prompt.options.validations as ResetCodeSpec;
        const codeWentTo = (email: string) => this.services.accounts.passwordReset.codeWentTo(resetId, email);
        return (await noteEmailChange(prompt.context, prompt.recognized.value ?? '', codeWentTo)) !== undefined || codeValidator(prompt);
    }

    /** Sends a new code on request, or checks the code. */
    private async checkEmailCodeStep(step: WaterfallStepContext<ResetStepOptions>): Promise<DialogTurnResult> {
        const typed = step.result as string;
        const { resetId } = step.options;
        const { passwordReset } = this.services.accounts;
        const emailChange = emailChangeOfTurn(step.context);
        if (emailChange) return step.endDialog({ emailChange } satisfies EmailCodeResult);
        try {
            if (isNewCodeRequest(step.context, typed)) {
                await passwordReset.resendCode(resetId);
                await step.context.sendActivity(translator(step.context)('recoverAccess.reset.codeResent'));
                return step.replaceDialog(EMAIL_CODE_STEPS, step.options);
            }
            await passwordReset.confirmEmail(resetId, typed);
        } catch (error) {
            return this.handleResetError(step, error, resetId);
        }
        return step.endDialog();
    }

    /** Asks one of the three questions. */
    private async askQuestionStep(step: WaterfallStepContext<QuestionRoundOptions>): Promise<DialogTurnResult> {
        return step.prompt(ANSWER_PROMPT, localizedTextOptions({ promptKey: `resetQuestions.${step.options.questionId}`, sensitive: true, anyWordsAnswer: true }));
    }

    /** Hands the answer to the service at once; after the round's last answer, the service gives its verdict. */
    private async collectAnswerStep(step: WaterfallStepContext<QuestionRoundOptions>): Promise<DialogTurnResult> {
        const { resetId, questionId } = step.options;
        const { passwordReset } = this.services.accounts;
        try {
            const outcome = await passwordReset.answerQuestion(resetId, questionId, step.result as string);
            if (outcome.status === 'next') return step.replaceDialog(QUESTION_STEPS, { resetId, questionId: outcome.remaining[0] } satisfies QuestionRoundOptions);
        } catch (error) {
            if (error instanceof ResetAnswersIncorrect) {
                await sendAccountError(step.context, error);
                const [first] = await passwordReset.questions(resetId);
                return step.replaceDialog(QUESTION_STEPS, { resetId, questionId: first } satisfies QuestionRoundOptions);
            }
            return this.handleIdentityError(step, error, resetId);
        }
        return step.endDialog({ proven: true } satisfies IdentityResult);
    }

    /** Asks for the backup code. */
    private async askBackupCodeStep(step: WaterfallStepContext<ResetStepOptions>): Promise<DialogTurnResult> {
        return step.prompt(BACKUP_CODE_PROMPT, localizedTextOptions({ promptKey: 'recoverAccess.reset.enterBackupCode', retryKey: 'signIn.backupCodeFormat' }));
    }

    /** Checks the backup code; its replacement is shown once, to save. */
    private async checkBackupCodeStep(step: WaterfallStepContext<ResetStepOptions>): Promise<DialogTurnResult> {
        let newBackupCode: string;
        try {
            ({ newBackupCode } = await this.services.accounts.passwordReset.useBackupCode(step.options.resetId, step.result as string));
        } catch (error) {
            if (error instanceof BackupCodeInvalid) {
                await sendAccountError(step.context, error);
                return step.replaceDialog(BACKUP_CODE_STEPS, step.options);
            }
            return this.handleIdentityError(step, error, step.options.resetId);
        }
        // Delivered once, then replaced in the stored chat history.
        await step.context.sendActivity(showOnce({ type: 'message', text: translator(step.context)('signIn.newBackupCode', { code: newBackupCode }) }));
        return step.endDialog({ proven: true } satisfies IdentityResult);
    }

    /**
     * A reset error while waiting for the code: the reset expired (start again from the email), or a code problem
     * (say why and ask for the code again).
     */
    private async handleResetError(step: WaterfallStepContext, error: unknown, resetId: string): Promise<DialogTurnResult> {
        await sendAccountError(step.context, error);
        if (error instanceof ResetLocked) {
            // Asking for the code again would only meet the lock: end here, with the way to a person (a live one when
            // the help desk is staffed; else where to unlock the account).
            if (!(await offerWhenStaffed(step.context, this.services.handoff, 'blocked'))) await sendHelpDeskRoute(step.context, this.services.organization);
            return step.cancelAllDialogs();
        }
        if (error instanceof FlowNotFound) {
            await step.cancelAllDialogs();
            return step.beginDialog(RESET_STEPS);
        }
        return step.replaceDialog(EMAIL_CODE_STEPS, { resetId } satisfies ResetStepOptions);
    }

    /** Too many wrong answers or backup codes close the reset: say so plainly and give the help desk route. */
    private async handleIdentityError(step: WaterfallStepContext, error: unknown, resetId: string): Promise<DialogTurnResult> {
        if (!(error instanceof TooManyAttempts)) return this.handleResetError(step, error, resetId);
        // The service reports the last wrong round as TooManyAttempts, whose general text is about codes.
        await step.context.sendActivity(translator(step.context)('recoverAccess.reset.identityFailed'));
        if (!(await offerWhenStaffed(step.context, this.services.handoff, 'blocked'))) await sendHelpDeskRoute(step.context, this.services.organization);
        return step.endDialog({ proven: false } satisfies IdentityResult);
    }
}
