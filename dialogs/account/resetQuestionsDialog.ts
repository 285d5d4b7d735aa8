import { WaterfallDialog, type DialogContext, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from '../../conversation/dialogKit';
import { normaliseResetAnswer, RESET_ANSWERS_REQUIRED, RESET_QUESTION_IDS, type ResetQuestionId } from '../../services/accounts/resetQuestions';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { optionNamedIn } from '../../conversation/choiceMatching';
import { choiceSpecOf, localizedChoiceOptions, type LocalizedChoice, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { localizedTextOptions } from '../prompts/localizedTextPrompt';
import { refuseWith } from '../prompts/promptRefusal';
import { translator, turnPhrases } from '../../conversation/turnLanguage';
import { AccountChoicePrompt } from './accountChoicePrompt';
import { AccountTextPrompt } from './accountTextPrompt';
import { registrationHelp } from './registrationHelp';

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

/** A reset question as an option: its text, and the words that pick it ("school", "escuela"). */
function questionChoice(id: ResetQuestionId): LocalizedChoice {
    return { value: id, titleKey: `resetQuestions.${id}`, synonymsKey: `resetQuestionWords.${id}` };
}

/**
 * Lets the user pick five different password-reset questions from the localized list, one at a time, answering each
 * right after choosing it; each answer is saved by `registration.setResetAnswer` at once, so leaving mid-way keeps
 * the answers given and no answer ever sits in dialog state.
 */
export class ResetQuestionsDialog extends InterruptibleDialog {
    protected readonly helpKey = 'createAccount.help';

    /** "8 short steps; you are on step N": this part of sign-up is always the same step. */
    protected override async helpText(innerDc: DialogContext): Promise<string> {
        return registrationHelp(innerDc.context, this.services.organization, 'setResetAnswers');
    }

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
        // Questions already chosen are not offered again; the numbers the user sees are those of this shorter list.
        const spec: LocalizedChoiceSpec = {
            promptKey: 'createAccount.resetQuestions.choose',
            retryKey: 'createAccount.resetQuestions.retry',
            params: { number: String(answered.length + 1) },
            choices: RESET_QUESTION_IDS.filter((id) => !answered.includes(id)).map(questionChoice),
            synonymsInside: true,
            stepHelp: ['securityQuestions'],
        };
        return step.prompt(QUESTION_CHOICE_PROMPT, localizedChoiceOptions(spec));
    }

    /**
     * Repeats the chosen question ("You chose: …") and asks for its answer; the text is rendered from the question id
     * each time, so it follows a language change.
     */
    private async askAnswerStep(step: WaterfallStepContext<ResetQuestionsOptions>): Promise<DialogTurnResult> {
        const questionId = (step.result as FoundChoice).value as ResetQuestionId;
        questionValues(step).questionId = questionId;
        return step.prompt(
            ANSWER_PROMPT,
            localizedTextOptions({ promptKey: 'createAccount.resetQuestions.answerChosen', params: { questionId }, sensitive: true, anyWordsAnswer: true }),
        );
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

    /** A question named that is no longer offered because it was already chosen gets "you already chose that one". */
    private async checkQuestionChoice(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
        if (prompt.recognized.succeeded) return true;
        const offered = new Set(choiceSpecOf(prompt.options).choices.map((choice) => choice.value));
        const chosen = RESET_QUESTION_IDS.filter((id) => !offered.has(id)).map(questionChoice);
        const text = prompt.context.activity.text ?? '';
        if (chosen.length === 0) return false;
        const named = optionNamedIn(turnPhrases(prompt.context), chosen, text);
        return named === undefined ? false : refuseWith(prompt, 'createAccount.resetQuestions.duplicate');
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
