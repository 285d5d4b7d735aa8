import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from 'botbuilder-dialogs';
import { normaliseResetAnswer, RESET_ANSWERS_REQUIRED, RESET_QUESTION_IDS, type ResetQuestionId } from '../../services/accounts/resetQuestions';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { localizedChoiceOptions, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { localizedTextOptions } from '../prompts/localizedTextPrompt';
import { refuseWith } from '../prompts/promptRefusal';
import { translator } from '../turnLanguage';
import { AccountChoicePrompt } from './accountChoicePrompt';
import { AccountTextPrompt } from './accountTextPrompt';

export const RESET_QUESTIONS_DIALOG = 'resetQuestionsDialog';
const QUESTIONS_WATERFALL = 'resetQuestionsWaterfall';
const QUESTION_CHOICE_PROMPT = 'resetQuestionChoicePrompt';
const ANSWER_PROMPT = 'resetAnswerPrompt';

/** Longer answers are refused: nobody retypes a paragraph exactly at a password reset. */
export const MAX_RESET_ANSWER_LENGTH = 100;

/** Only the registration: each answer is saved (hashed) by the service the moment it is given, never kept here. */
export interface ResetQuestionsOptions {
    registrationId: string;
}

/** The question list as a choice prompt, with the ids already chosen so the validator can refuse them. */
interface QuestionChoiceSpec extends LocalizedChoiceSpec {
    alreadyChosen: string[];
}

/**
 * Lets the user pick five different password-reset questions from the localized list, one at a time, answering each
 * right after choosing it; each answer is saved by `registration.setResetAnswer` at once, so leaving mid-way keeps
 * the answers given and no answer ever sits in dialog state.
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
        const answered = await this.services.accounts.registration.answeredResetQuestions(step.options.registrationId);
        if (answered.length === 0) await step.context.sendActivity(translator(step.context)('createAccount.resetQuestions.intro'));
        const spec: QuestionChoiceSpec = {
            promptKey: 'createAccount.resetQuestions.choose',
            retryKey: 'createAccount.resetQuestions.retry',
            params: { number: String(answered.length + 1) },
            choices: RESET_QUESTION_IDS.map((id) => ({ value: id, titleKey: `resetQuestions.${id}` })),
            alreadyChosen: answered,
        };
        return step.prompt(QUESTION_CHOICE_PROMPT, localizedChoiceOptions(spec));
    }

    /** Asks the chosen question; the question text is rendered from its id each time, so it follows a language change. */
    private async askAnswerStep(step: WaterfallStepContext<ResetQuestionsOptions>): Promise<DialogTurnResult> {
        const questionId = (step.result as FoundChoice).value as ResetQuestionId;
        questionValues(step).questionId = questionId;
        return step.prompt(ANSWER_PROMPT, localizedTextOptions({ promptKey: 'createAccount.resetQuestions.answer', params: { questionId }, sensitive: true, anyWordsAnswer: true }));
    }

    /** Saves the answer through the service at once; after the fifth, ends. */
    private async recordAnswerStep(step: WaterfallStepContext<ResetQuestionsOptions>): Promise<DialogTurnResult> {
        const { questionId } = questionValues(step);
        if (!questionId) throw new Error('reset answer without its question');
        const { registrationId } = step.options;
        const answered = await this.services.accounts.registration.setResetAnswer(registrationId, questionId, String(step.result));
        if (answered.length < RESET_ANSWERS_REQUIRED) {
            return step.replaceDialog(QUESTIONS_WATERFALL, { registrationId } satisfies ResetQuestionsOptions);
        }
        await step.context.sendActivity(translator(step.context)('createAccount.resetQuestions.saved'));
        return step.endDialog({ outcome: 'completed' } satisfies FlowOutcome);
    }

    /** Refuses a question that was already chosen. */
    private async checkQuestionChoice(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
        const spec = prompt.options.validations as QuestionChoiceSpec;
        const chosen = prompt.recognized.value?.value;
        if (chosen !== undefined && spec.alreadyChosen.includes(chosen)) return refuseWith(prompt, 'createAccount.resetQuestions.duplicate');
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
