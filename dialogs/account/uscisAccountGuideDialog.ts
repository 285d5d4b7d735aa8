import { WaterfallDialog, type DialogContext, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from '../../conversation/dialogKit';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { LocalizedChoicePrompt, localizedChoiceOptions } from '../prompts/localizedChoicePrompt';
import { translator } from '../../conversation/turnLanguage';
import type { StepTopic } from '../prompts/stepHelp';
import { yesNoSpec } from './accountPrompts';
import { stuckText } from '../contactDetails';
import { handoffOfferedThisTurn, offerWhenStaffed } from '../handoff/personOffer';

export const USCIS_ACCOUNT_GUIDE_DIALOG = 'uscisAccountGuideDialog';
const GUIDE_STEPS = 'uscisAccountGuideSteps';
const CHECK_IN_PROMPT = 'uscisAccountGuideCheckInPrompt';

/**
 * The stages of the sign-up at the USCIS site, in order. Each has three texts under uscisAccountGuide.stages.<id>:
 * `say` (what to do), `check` (a yes/no check-in) and `ifNot` (what to do when the answer is no).
 */
export const USCIS_SIGN_UP_STAGES = ['email', 'confirmLink', 'password', 'twoStep', 'backupCode', 'resetQuestions', 'accountType'] as const;
export type UscisSignUpStage = (typeof USCIS_SIGN_UP_STAGES)[number];

/** What may be asked at a stage's check-in, answered in words that hold for USCIS's site as for this one. */
const STAGE_TOPICS: Partial<Record<UscisSignUpStage, readonly StepTopic[]>> = {
    password: ['specialCharacter'],
    twoStep: ['authenticatorApp'],
    backupCode: ['backupCode'],
};

/** Where the guide is: the stage, and whether the user just said no (then only the check-in is asked again). */
export interface UscisAccountGuideOptions {
    stage?: number;
    afterProblem?: boolean;
}

const COMPLETED: FlowOutcome = { outcome: 'completed' };

/**
 * Walks someone through creating their USCIS online account at the USCIS site, which only USCIS can do: what to have
 * ready, then one stage of the sign-up at a time, each with a check-in ("Did the confirmation email arrive?") and,
 * when the answer is no, what to do about it before asking again. Nothing the user types here is kept by this flow, and
 * an email address, a password or a code typed at a check-in is not kept in the conversation's record either.
 */
export class UscisAccountGuideDialog extends InterruptibleDialog {
    protected readonly helpKey = 'uscisAccountGuide.help';

    constructor(services: ConversationServices) {
        super(USCIS_ACCOUNT_GUIDE_DIALOG, services);
        this.addDialog(new LocalizedChoicePrompt(CHECK_IN_PROMPT)).addDialog(
            new WaterfallDialog<UscisAccountGuideOptions>(GUIDE_STEPS, [this.showStageStep.bind(this), this.answerCheckInStep.bind(this)]),
        );
        this.initialDialogId = GUIDE_STEPS;
    }

    protected override async helpText(innerDc: DialogContext): Promise<string> {
        return translator(innerDc.context)(this.helpKey, { orgName: this.services.organization.name, total: USCIS_SIGN_UP_STAGES.length });
    }

    /** Says what to have ready (first time only), then what to do at this stage, and asks whether it worked. */
    private async showStageStep(step: WaterfallStepContext<UscisAccountGuideOptions>): Promise<DialogTurnResult> {
        const t = translator(step.context);
        const index = step.options.stage ?? 0;
        const stage = USCIS_SIGN_UP_STAGES[index];
        if (!step.options.afterProblem) {
            if (index === 0) await step.context.sendActivity(t('uscisAccountGuide.intro', { orgName: this.services.organization.name }));
            await step.context.sendActivity(t(`uscisAccountGuide.stages.${stage}.say`, { number: index + 1, total: USCIS_SIGN_UP_STAGES.length }));
        }
        // A question at the check-in ("how long does it take to arrive?") is about this stage not working (yet): what to
        // do then, before the check-in again; "what is an authenticator app?" has its own answer.
        return step.prompt(
            CHECK_IN_PROMPT,
            localizedChoiceOptions({
                ...yesNoSpec(`uscisAccountGuide.stages.${stage}.check`),
                // "I checked spam already", "still nothing", "it worked": how the step went, said in a sentence.
                wordsInside: 'uscisAccountGuide.checkIn',
                stepHelp: STAGE_TOPICS[stage],
                questionKey: `uscisAccountGuide.stages.${stage}.ifNot`,
                // "maria@gmail.com", "Secret#Pass123" typed here, at "Did the confirmation email arrive?": typed on
                // USCIS's site only, and not kept (before: "please answer yes or no", and the message kept in the
                // record).
                signInDetailsTypedKey: 'uscisAccountGuide.typedHere',
                // Taking the person offered just now (a second "no") is for that reason.
                offeredBefore: handoffOfferedThisTurn(step.context),
            }),
        );
    }

    /** Yes: the next stage (or the end). No: what to do about it (or, the second time, a person), then the same check-in. */
    private async answerCheckInStep(step: WaterfallStepContext<UscisAccountGuideOptions>): Promise<DialogTurnResult> {
        const t = translator(step.context);
        const index = step.options.stage ?? 0;
        if ((step.result as FoundChoice).value === 'no') {
            // "No" again at the same stage: the same advice once more would not help, and a person can. Offered when a
            // help desk is staffed; otherwise how to reach one (the USCIS Contact Center among them).
            if (!step.options.afterProblem) {
                await step.context.sendActivity(t(`uscisAccountGuide.stages.${USCIS_SIGN_UP_STAGES[index]}.ifNot`));
            } else if (!(await offerWhenStaffed(step.context, this.services.handoff, 'retries'))) {
                await step.context.sendActivity(stuckText(step.context, this.services.organization));
            }
            return step.replaceDialog(GUIDE_STEPS, { stage: index, afterProblem: true } satisfies UscisAccountGuideOptions);
        }
        if (index + 1 < USCIS_SIGN_UP_STAGES.length) {
            return step.replaceDialog(GUIDE_STEPS, { stage: index + 1 } satisfies UscisAccountGuideOptions);
        }
        await step.context.sendActivity(t('uscisAccountGuide.done'));
        return step.endDialog(COMPLETED);
    }
}
