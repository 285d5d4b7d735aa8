import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import {
    normaliseResetAnswer,
    RESET_ANSWERS_REQUIRED,
    RESET_QUESTION_IDS,
    type ResetAnswerInput,
    type ResetQuestionId,
} from '../../services/accounts/resetQuestions';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { localizedChoiceOptions, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { localizedTextOptions, refuseWith } from '../prompts/localizedTextPrompt';
import { translator } from '../turnLanguage';
import { AccountChoicePrompt } from './accountChoicePrompt';
import { AccountTextPrompt } from './accountTextPrompt';
import { refuse } from './promptRetries';

export const RESET_QUESTIONS_DIALOG = 'resetQuestionsDialog';
const QUESTIONS_WATERFALL = 'resetQuestionsWaterfall';
const QUESTION_CHOICE_PROMPT = 'resetQuestionChoicePrompt';
const ANSWER_PROMPT = 'resetAnswerPrompt';

/** Longer answers are refused: nobody retypes a paragraph exactly at a password reset. */
export const MAX_RESET_ANSWER_LENGTH = 100;

/**
 * The registration, and the questions answered so far. The service takes all five answers in one call, so the answers
 * wait here, in dialog state, until the fifth; this dialog then saves them (hashed, by the service) and ends in the
 * same turn, which removes them from the state.
 */
export interface ResetQuestionsOptions {
    registrationId: string;
    answered?: ResetAnswerInput[];
}

/** The question list as a choice prompt, with the ids already chosen so the validator can refuse them. */
interface QuestionChoiceSpec extends LocalizedChoiceSpec {
    alreadyChosen: string[];
}

/**
 * Lets the user pick five different password-reset questions from the localized list, one at a time, answering each
 * right after choosing it, then saves the five with `registration.setResetAnswers`.
 */
export class ResetQuestionsDialog extends InterruptibleDialog {
    protected readonly helpKey = 'createAccount.help';

    constructor(services: ConversationServices) {
        super(RESET_QUESTIONS_DIALOG, services);
        this.addDialog(new AccountChoicePrompt(QUESTION_CHOICE_PROMPT, services.organization, this.checkQuestionChoice.bind(this)));
        this.addDialog(new AccountTextPrompt(ANSWER_PROMPT, services.organization, this.checkAnswer.bind(this)));
        this.addDialog(
            new WaterfallDialog<ResetQuestionsOptions>(QUESTIONS_WATERFALL, [
                this.askQuestionChoiceStep.bind(this),
                this.askAnswerStep.bind(this),
                this.recordAnswerStep.bind(this),
            ]),
        );
        this.initialDialogId = QUESTIONS_WATERFALL;
    }

    /** Explains the questions the first time, then asks which question comes next. */
    private async askQuestionChoiceStep(step: WaterfallStepContext<ResetQuestionsOptions>): Promise<DialogTurnResult> {
        const answered = step.options.answered ?? [];
        if (answered.length === 0) await step.context.sendActivity(translator(step.context)('createAccount.resetQuestions.intro'));
        const spec: QuestionChoiceSpec = {
            promptKey: 'createAccount.resetQuestions.choose',
            retryKey: 'createAccount.resetQuestions.retry',
            params: { number: String(answered.length + 1) },
            choices: RESET_QUESTION_IDS.map((id) => ({ value: id, titleKey: `resetQuestions.${id}` })),
            alreadyChosen: answered.map((answer) => answer.questionId),
        };
        return step.prompt(QUESTION_CHOICE_PROMPT, localizedChoiceOptions(spec));
    }

    /** Asks the chosen question; the question text is rendered from its id each time, so it follows a language change. */
    private async askAnswerStep(step: WaterfallStepContext<ResetQuestionsOptions>): Promise<DialogTurnResult> {
        const questionId = (step.result as FoundChoice).value as ResetQuestionId;
        questionValues(step).questionId = questionId;
        return step.prompt(ANSWER_PROMPT, localizedTextOptions({ promptKey: 'createAccount.resetQuestions.answer', params: { questionId }, sensitive: true }));
    }

    /** Adds the answer; after the fifth, saves all five through the service and ends (dropping them from state). */
    private async recordAnswerStep(step: WaterfallStepContext<ResetQuestionsOptions>): Promise<DialogTurnResult> {
        const { questionId } = questionValues(step);
        if (!questionId) throw new Error('reset answer without its question');
        const answered = [...(step.options.answered ?? []), { questionId, answer: String(step.result) }];
        if (answered.length < RESET_ANSWERS_REQUIRED) {
            return step.replaceDialog(QUESTIONS_WATERFALL, { registrationId: step.options.registrationId, answered } satisfies ResetQuestionsOptions);
        }
        await this.services.accounts.registration.setResetAnswers(step.options.registrationId, answered);
        await step.context.sendActivity(translator(step.context)('createAccount.resetQuestions.saved'));
        return step.endDialog({ outcome: 'completed' } satisfies FlowOutcome);
    }

    /** Refuses a question that was already chosen. */
    private async checkQuestionChoice(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
        const spec = prompt.options.validations as QuestionChoiceSpec;
        const chosen = prompt.recognized.value?.value;
        if (chosen !== undefined && spec.alreadyChosen.includes(chosen)) return refuse(prompt, 'createAccount.resetQuestions.duplicate');
        return true;
    }

    /** An answer must have something in it once folded, and be short enough to retype (the spec keeps it out of history). */
    private async checkAnswer(prompt: PromptValidatorContext<string>): Promise<boolean> {
        const answer = prompt.recognized.value ?? '';
        if (normaliseResetAnswer(answer) === '') return refuseWith(prompt, 'createAccount.resetQuestions.emptyAnswer');
        if ([...answer.trim()].length > MAX_RESET_ANSWER_LENGTH) {
            return refuseWith(prompt, 'createAccount.resetQuestions.tooLong', { limit: String(MAX_RESET_ANSWER_LENGTH) });
        }
        return true;
    }
}

/** What the waterfall keeps between its steps: the id of the question being answered. */
function questionValues(step: WaterfallStepContext<ResetQuestionsOptions>): { questionId?: ResetQuestionId } {
    return step.values as { questionId?: ResetQuestionId };
}
