import { WaterfallDialog, type Dialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from '../../conversation/dialogKit';
import type { ConversationServices } from '../conversationServices';
import { isFlowOutcome, type FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { LocalizedChoicePrompt, localizedChoiceOptions } from '../prompts/localizedChoicePrompt';
import { SIGN_IN_EMAIL_MISSING } from '../prompts/missingMeans';
import { optionNamedIn } from '../../conversation/choiceMatching';
import { translator, type LocalePhrases } from '../../conversation/turnLanguage';
import { sendHelpDeskRoute, yesNoSpec } from './accountPrompts';

export const RECOVER_ACCESS_DIALOG = 'recoverAccessDialog';
const RECOVER_STEPS = 'recoverAccessSteps';
const NO_CODES_STEPS = 'recoverAccessNoCodesSteps';
const LOCKED_OUT_STEPS = 'recoverAccessLockedOutSteps';
const TOPIC_PROMPT = 'recoverAccessTopicPrompt';
const YES_NO_PROMPT = 'recoverAccessYesNoPrompt';

/** The three reasons someone cannot sign in, in the order they are offered. */
export const RECOVER_TOPICS = ['forgotPassword', 'noCodes', 'lockedOut'] as const;
export type RecoverTopic = (typeof RECOVER_TOPICS)[number];

export interface RecoverAccessOptions {
    /** Skip the question when the reason is already known (for example right after a sign-in lockout). */
    topic?: RecoverTopic;
}

const COMPLETED: FlowOutcome = { outcome: 'completed' };

const TOPIC_CHOICES = RECOVER_TOPICS.map((value) => ({ value, titleKey: `recoverAccess.topics.${value}`, synonymsKey: `recoverAccess.topics.${value}Synonyms` }));

/**
 * The reason a message gives for not signing in, by the words of one topic anywhere in it ("I forgot my password",
 * "olvidé mi contraseña"); undefined when it names none, or more than one.
 */
export function recoverTopicNamed(phrases: LocalePhrases, text: string): RecoverTopic | undefined {
    const index = optionNamedIn(phrases, TOPIC_CHOICES, text);
    return index === undefined ? undefined : RECOVER_TOPICS[index];
}

/**
 * "I can't sign in": a forgotten password (reset in the chat), codes that do not arrive, or a locked account. Every
 * path ends with a concrete next step, and with the help desk and the contact details when the chat cannot help.
 */
export class RecoverAccessDialog extends InterruptibleDialog {
    protected readonly helpKey = 'recoverAccess.help';

    /** `forgotPassword` resets a forgotten password (ForgotPasswordDialog). */
    constructor(
        services: ConversationServices,
        private readonly children: { forgotPassword: Dialog },
    ) {
        super(RECOVER_ACCESS_DIALOG, services);
        this.addDialog(new LocalizedChoicePrompt(TOPIC_PROMPT))
            .addDialog(new LocalizedChoicePrompt(YES_NO_PROMPT))
            .addDialog(children.forgotPassword)
            .addDialog(
                new WaterfallDialog<RecoverAccessOptions>(RECOVER_STEPS, [
                    this.chooseTopicStep.bind(this),
                    this.startTopicStep.bind(this),
                    this.finishStep.bind(this),
                ]),
            )
            .addDialog(new WaterfallDialog(NO_CODES_STEPS, [this.adviseOnCodesStep.bind(this), this.answerBackupCodeStep.bind(this)]))
            .addDialog(
                new WaterfallDialog(LOCKED_OUT_STEPS, [
                    this.adviseOnLockoutStep.bind(this),
                    this.routeResetOfferStep.bind(this),
                    this.endLockedOutStep.bind(this),
                ]),
            );
        this.initialDialogId = RECOVER_STEPS;
    }

    /** Asks what is stopping the sign-in, unless the caller already knows. */
    private async chooseTopicStep(step: WaterfallStepContext<RecoverAccessOptions>): Promise<DialogTurnResult> {
        const { topic } = step.options;
        if (topic) return step.next({ value: topic, index: RECOVER_TOPICS.indexOf(topic), score: 1 } satisfies FoundChoice);
        return step.prompt(
            TOPIC_PROMPT,
            // "I forgot my email" or "I don't have an account" is not one of the reasons, but has its own next step.
            // A reason said in a sentence ("I don't remember my password", "the code never comes") by `<topic>Words`:
            // not the bare "forgot" of the synonyms, which "I forgot my email" says too.
            localizedChoiceOptions({ promptKey: 'recoverAccess.chooseTopic', choices: TOPIC_CHOICES, missing: SIGN_IN_EMAIL_MISSING, wordsInside: 'recoverAccess.topics', leftWhenDeclined: true }),
        );
    }

    /** Starts the path for the chosen reason. */
    private async startTopicStep(step: WaterfallStepContext<RecoverAccessOptions>): Promise<DialogTurnResult> {
        const topic = (step.result as FoundChoice).value as RecoverTopic;
        if (topic === 'forgotPassword') return step.beginDialog(this.children.forgotPassword.id);
        return step.beginDialog(topic === 'noCodes' ? NO_CODES_STEPS : LOCKED_OUT_STEPS);
    }

    /** Passes on how the path ended (a cancel or start over inside the password reset included). */
    private async finishStep(step: WaterfallStepContext<RecoverAccessOptions>): Promise<DialogTurnResult> {
        return step.endDialog(isFlowOutcome(step.result) ? step.result : COMPLETED);
    }

    /** Codes not arriving: spam folder, waiting, a new code, then asks whether the backup code is at hand. */
    private async adviseOnCodesStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        await step.context.sendActivity(translator(step.context)('recoverAccess.noCodes.advice'));
        return step.prompt(YES_NO_PROMPT, localizedChoiceOptions(yesNoSpec('recoverAccess.noCodes.haveBackupCode')));
    }

    /** With a backup code: how to use it. Without: the help desk, which takes about 10 business days. */
    private async answerBackupCodeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        if ((step.result as FoundChoice).value === 'yes') {
            await step.context.sendActivity(translator(step.context)('recoverAccess.noCodes.useBackupCode'));
        } else {
            await sendHelpDeskRoute(step.context, this.services.organization);
        }
        return step.endDialog(COMPLETED);
    }

    /** Locked out: the 20-minute wait, then offers to reset the password now. */
    private async adviseOnLockoutStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        await step.context.sendActivity(translator(step.context)('recoverAccess.lockedOut.advice'));
        return step.prompt(YES_NO_PROMPT, localizedChoiceOptions(yesNoSpec('recoverAccess.lockedOut.offerReset')));
    }

    /** Yes: the password reset. No: wait, and the help desk if waiting does not help. */
    private async routeResetOfferStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        if ((step.result as FoundChoice).value === 'yes') return step.beginDialog(this.children.forgotPassword.id);
        await step.context.sendActivity(translator(step.context)('recoverAccess.lockedOut.waitFirst'));
        await sendHelpDeskRoute(step.context, this.services.organization);
        return step.next(COMPLETED);
    }

    /** Ends the locked-out path with the reset's outcome, or completed. */
    private async endLockedOutStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        return step.endDialog(isFlowOutcome(step.result) ? step.result : COMPLETED);
    }
}
