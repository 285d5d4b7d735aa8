import type { TurnContext } from 'botbuilder';
import {
    ACTIVITY_RECEIVED,
    TextPrompt,
    type DialogContext,
    type DialogEvent,
    type DialogTurnResult,
    type PromptOptions,
    type PromptRecognizerResult,
    type PromptValidator,
} from '../../conversation/dialogKit';
import { markInboundSensitive } from '../../conversation/sensitiveInput';
import { missingAnswerKey, type MissingMeans } from './missingMeans';
import { answerAndAskAgain, awaitsOwnAnswer, expectOwnAnswer, takeRefusal } from './promptRefusal';
import { yesOrNoIn } from './yesNo';
import { asksAboutProcessingTime, otherQuestionAnswer, stepHelpAnswer, USUAL_TIMES_ANSWER_KEY, type StepTopic } from './stepHelp';
import { OUTSIDE_USCIS, uscisMatterAnswerKey, uscisMatterIn } from '../uscisMatters';
import { remarkInsideAnswerKey } from '../../conversation/remarks';
import { translator, turnPhrases } from '../../conversation/turnLanguage';
import { hasLongNumber } from '../../conversation/utteranceWords';

/** What a localized text prompt keeps in dialog state: keys and parameters, never a rendered sentence. */
export interface LocalizedTextSpec {
    promptKey: string;
    retryKey?: string;
    params?: Record<string, string>;
    /** The answer is a secret (a one-time code, a backup code, a reset answer): it is kept out of stored history. */
    sensitive?: boolean;
    /**
     * Any words can be the answer (a reset answer may well be "English" or "a person"): words that would otherwise
     * switch language or call a person are taken as the answer. Help, cancel and start over still work.
     */
    anyWordsAnswer?: boolean;
    /**
     * The question is the validator's own yes/no question, asked first about a value given before the prompt ("Did you
     * mean ana@gmail.com?", promptKey and params say it), with what the validator needs to act on the answer (see
     * askYesNoInstead). The retry is retryKey's.
     */
    ownQuestion?: Record<string, string>;
    /** What the user may ask about at this question ("what is a setup key?"): answered, then the question again. */
    stepHelp?: readonly StepTopic[];
    /**
     * Any other question asked here ("why do I have to sign in?" at the email question): this text, then the question
     * again, rather than a format error.
     */
    questionKey?: string;
    /**
     * True where people ask what only USCIS can do ("when is my interview?" at the receipt question): its answer (see
     * uscisMatters), then the question again; not when the message has a long number in it, which may be the answer.
     * Its texts take `orgName` from params.
     */
    answersUscisMatters?: boolean;
    /**
     * True where people ask how long a case takes before naming it ("how long does it take?" at the receipt question):
     * USCIS's usual times, then the question again. Read after the USCIS matters, so "when is my interview?" keeps its own
     * answer.
     */
    answersUsualTimes?: boolean;
    /**
     * "I don't have an email / a phone / the app" (or "I forgot it", where the means say so) gets this next step, then
     * the question again. With several, a message naming one goes to it; one naming none to the first.
     */
    missing?: MissingMeans | readonly MissingMeans[];
    /** "No thanks" leaves the flow: see declinesQuestion. For a flow's first question, where leaving loses nothing. */
    leftWhenDeclined?: boolean;
}

/** Prompt options for a LocalizedTextPrompt. */
export function localizedTextOptions(spec: LocalizedTextSpec): PromptOptions {
    return { validations: spec };
}

/** The spec a LocalizedTextPrompt was started with. */
export function textSpecOf(options: PromptOptions): LocalizedTextSpec {
    const spec = options.validations as LocalizedTextSpec | undefined;
    if (!spec?.promptKey) throw new Error('LocalizedTextPrompt needs options made by localizedTextOptions()');
    return spec;
}

/**
 * A TextPrompt rendered from locale keys on every turn, so it follows a language change mid-question, and whose
 * validator can name the reason for a refusal. Before the validator sees an answer, "I don't have one" and questions
 * about the step are answered (not counted as failed tries), and the question is asked again.
 */
export class LocalizedTextPrompt extends TextPrompt {
    constructor(dialogId: string, validator?: PromptValidator<string>) {
        super(dialogId, answeringFirst(validator));
    }

    /** Starts the prompt; one whose first question is the validator's own (spec.ownQuestion) waits for its answer. */
    override async beginDialog(dc: DialogContext, options: PromptOptions): Promise<DialogTurnResult> {
        const result = await super.beginDialog(dc, options);
        const pending = textSpecOf(options).ownQuestion;
        const state = (dc.activeDialog?.state as { state?: object } | undefined)?.state;
        if (pending && state) expectOwnAnswer(state, pending);
        return result;
    }

    protected override async onPrompt(context: TurnContext, state: Record<string, unknown>, options: PromptOptions, isRetry: boolean): Promise<void> {
        const spec = textSpecOf(options);
        const t = translator(context);
        const refusal = takeRefusal(state);
        const prompt = t(spec.promptKey, spec.params);
        if (refusal?.answer) {
            await context.sendActivity(t(refusal.key, refusal.params));
            return refusal.quiet ? undefined : super.onPrompt(context, state, { ...options, prompt, retryPrompt: prompt }, false);
        }
        const retry = refusal ? t(refusal.key, refusal.params) : t(spec.retryKey ?? spec.promptKey, spec.params);
        await super.onPrompt(context, state, { ...options, prompt, retryPrompt: retry }, isRetry);
    }

    /**
     * The turn's `activityReceived` event stops here (see ChoiceListPrompt.onDialogEvent), but not before an answer to a
     * secret question is marked sensitive: the event comes before anything reads the message (the interruptions, the
     * transcript), so a password that happens to read "help" is never kept as typed.
     */
    override async onDialogEvent(dc: DialogContext, event: DialogEvent): Promise<boolean> {
        if (event.name !== ACTIVITY_RECEIVED) return super.onDialogEvent(dc, event);
        const options = (dc.activeDialog?.state as { options?: PromptOptions } | undefined)?.options;
        if (options) markIfSensitive(dc.context, options);
        return false;
    }

    protected override async onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<string>> {
        markIfSensitive(context, options);
        return super.onRecognize(context, state, options);
    }
}

function markIfSensitive(context: TurnContext, options: PromptOptions): void {
    if (textSpecOf(options).sensitive && context.activity.type === 'message') markInboundSensitive(context);
}

/**
 * The locale key of what the question answers before judging `text` as its answer: "I don't have one" (the spec's
 * missing thing), a remark ("thanks"), a question about the step. Undefined when the text is to be judged; always
 * where any words are an answer.
 */
export function firstAnswerKey(context: TurnContext, spec: LocalizedTextSpec, text: string): string | undefined {
    if (spec.anyWordsAnswer) return undefined;
    // A secret is never read for words; a message with a long number or an address in it may be the answer
    // ("mike.judge@example.com" names no court).
    const found = spec.sensitive || mayBeTheAnswer(text) ? undefined : uscisMatterIn(context, text);
    // Outside USCIS ("I don't have one, my case is in immigration court"), at any question: there is no number to look for.
    if (found && OUTSIDE_USCIS.has(found)) return uscisMatterAnswerKey(found);
    const missing = spec.missing && missingAnswerKey(context, spec.missing, text);
    if (missing) return missing;
    const matter = found && spec.answersUscisMatters ? uscisMatterAnswerKey(found) : undefined;
    const usualTimes = () => (spec.answersUsualTimes && !mayBeTheAnswer(text) && asksAboutProcessingTime(context, text) ? USUAL_TIMES_ANSWER_KEY : undefined);
    return remarkInsideAnswerKey(turnPhrases(context), text) ?? stepHelpAnswer(context, spec.stepHelp, text) ?? matter ?? usualTimes();
}

/** A message with a long number (a receipt, a phone, an account number) or an email address in it. */
function mayBeTheAnswer(text: string): boolean {
    return text.includes('@') || hasLongNumber(text);
}

/**
 * "I don't have one" and questions about the step are answered before the validator judges the answer; then any other
 * question, where the spec has a text for it.
 */
function answeringFirst(validator?: PromptValidator<string>): PromptValidator<string> {
    return async (prompt) => {
        const spec = textSpecOf(prompt.options);
        const text = prompt.recognized.value ?? '';
        // A yes or no to the validator's own question ("Did you mean ana@gmail.com?") is for the validator.
        const ownAnswer = awaitsOwnAnswer(prompt.state) && yesOrNoIn(turnPhrases(prompt.context), text) !== undefined;
        const answerKey = ownAnswer ? undefined : (firstAnswerKey(prompt.context, spec, text) ?? otherQuestionAnswer(prompt.context, spec.questionKey, text));
        if (answerKey) return answerAndAskAgain(prompt, answerKey, spec.params);
        return validator ? validator(prompt) : prompt.recognized.succeeded;
    };
}
