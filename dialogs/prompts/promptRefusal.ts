import type { PromptValidatorContext } from '../../conversation/dialogKit';
import { QUIET_ANSWER_KEYS } from '../../conversation/remarks';
import type { HandoffReason } from '../../services/handoff/handoffService';
import { turnPhrases } from '../../conversation/turnLanguage';
import { yesOrNoIn } from './yesNo';

/** A validator's reason for refusing an answer: a locale key, kept in prompt state until the retry is shown. */
export interface PromptRefusal {
    key: string;
    params?: Record<string, string>;
    /**
     * The text answers something the user asked ("what is a backup code?"): it is sent on its own, then the question
     * is asked again as it was first asked, and it does not count as a failed try.
     */
    answer?: boolean;
    /** With `answer`: the question stays open but is not asked again (the answer was a goodbye). */
    quiet?: boolean;
    /**
     * With `answer`: no text first; the question again, then the offer of a person for this reason, last, so its button
     * is the one shown (someone fed up, with a help desk to hand over to: see offerPersonAndAskAgain).
     */
    offer?: HandoffReason;
}

/**
 * The locale key a validator chose to explain why an answer was refused; the localized prompts show it instead of
 * their generic retry text (for example "that code has expired" rather than "please try again").
 */
export function refuseWith<T>(prompt: PromptValidatorContext<T>, key: string, params?: Record<string, string>): false {
    (prompt.state as { refusal?: PromptRefusal }).refusal = { key, params };
    return false;
}

/** What a prompt's state keeps of the tries answered rather than refused (see answerAndAskAgain). */
interface AnsweredTries {
    attemptCount?: number;
    /** How many tries were answered. */
    answered?: number;
    /** The attempt that was answered last. */
    answeredAttempt?: number;
    /** Whether the try answered last was a plain "no" ("no", "not yet"), which the question took as "I don't have it". */
    answeredNo?: boolean;
}

/**
 * Keeps the question open with a short answer to what the user asked; then the same question again, except after
 * the goodbye line and "take your time" (QUIET_ANSWER_KEYS): someone who is leaving, or looking for the answer, is not
 * sent the question, or the menu, once more.
 * The try is counted as answered, so it is not a failure (see failedTries).
 */
export function answerAndAskAgain<T>(prompt: PromptValidatorContext<T>, key: string, params?: Record<string, string>): false {
    const state = prompt.state as { refusal?: PromptRefusal } & AnsweredTries;
    state.refusal = { key, params, answer: true, ...(QUIET_ANSWER_KEYS.has(key) && { quiet: true }) };
    state.answered = (state.answered ?? 0) + 1;
    state.answeredAttempt = prompt.attemptCount;
    state.answeredNo = yesOrNoIn(turnPhrases(prompt.context), typedText(prompt.context.activity.text)) === 'no';
    return false;
}

/** True when the question's last try was a plain "no" it answered (see answerAndAskAgain), and nothing came since. */
export function lastTryAnsweredNo(state: object): boolean {
    const tries = state as AnsweredTries;
    return tries.answeredNo === true && tries.answeredAttempt === tries.attemptCount;
}

function typedText(text: unknown): string {
    return typeof text === 'string' ? text : '';
}

/** The yes/no question a validator asked in place of the prompt's, with what it needs to act on the answer. */
interface OwnQuestion {
    ownQuestion?: Record<string, string>;
}

/**
 * Keeps the question open with a yes/no question of the validator's own in its place ("Did you mean
 * ana@gmail.com?"), sent alone and not a failed try. Its `params` are also what the validator needs to act on the
 * answer (takeOwnQuestion), kept in the prompt's state until the next message; while it waits, a yes or no goes to the
 * validator, not to the prompt's own readings ("no" would otherwise be "I don't have one").
 */
export function askYesNoInstead<T>(prompt: PromptValidatorContext<T>, key: string, params: Record<string, string>): false {
    answerAndAskAgain(prompt, key, params);
    (prompt.state as { refusal: PromptRefusal }).refusal.quiet = true;
    expectOwnAnswer(prompt.state, params);
    return false;
}

/**
 * Marks the validator's own yes/no question as asked before any answer came: the flow asked it as the prompt's first
 * question (LocalizedTextSpec.ownQuestion), for a value given before the prompt ("sign me up, ana@gmial.com").
 */
export function expectOwnAnswer(state: object, pending: Record<string, string>): void {
    (state as OwnQuestion).ownQuestion = pending;
}

/** True while a validator's own yes/no question waits for its answer (see askYesNoInstead). */
export function awaitsOwnAnswer(state: object): boolean {
    return (state as OwnQuestion).ownQuestion !== undefined;
}

/** Reads and clears what a validator kept with its own question; asked once, it is answered or dropped. */
export function takeOwnQuestion(state: object): Record<string, string> | undefined {
    const holder = state as OwnQuestion;
    const pending = holder.ownQuestion;
    delete holder.ownQuestion;
    return pending;
}

/**
 * Keeps the question open, asks it again, and offers a person (with the offer's own apology, `handoff.offer.<reason>`),
 * as answerAndAskAgain does with a line: not a failed try.
 */
export function offerPersonAndAskAgain<T>(prompt: PromptValidatorContext<T>, reason: HandoffReason): false {
    answerAndAskAgain(prompt, `handoff.offer.${reason}`);
    (prompt.state as { refusal: PromptRefusal }).refusal.offer = reason;
    return false;
}

/**
 * The tries at a prompt that failed: botbuilder's attemptCount counts every message, including those answered by
 * answerAndAskAgain ("thanks", "what is a backup code?"), which are not failures. `lastWasAnswered` is true when the
 * latest message was one of those.
 */
export function failedTries(state: object): { failed: number; lastWasAnswered: boolean } {
    const { attemptCount = 0, answered = 0, answeredAttempt } = state as AnsweredTries;
    return { failed: attemptCount - answered, lastWasAnswered: answeredAttempt !== undefined && answeredAttempt === attemptCount };
}

/** True when the refusal left for this retry is an answer to a question, not a failed try. */
export function isAnswerRefusal(state: object): boolean {
    return (state as { refusal?: PromptRefusal }).refusal?.answer === true;
}

/** Reads and clears the refusal a validator left for this retry. */
export function takeRefusal(state: object): PromptRefusal | undefined {
    const holder = state as { refusal?: PromptRefusal };
    const refusal = holder.refusal;
    delete holder.refusal;
    return refusal;
}
