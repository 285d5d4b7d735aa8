import type { PromptValidatorContext } from '../../conversation/dialogKit';

/** A validator's reason for refusing an answer: a locale key, kept in prompt state until the retry is shown. */
export interface PromptRefusal {
    key: string;
    params?: Record<string, string>;
    /**
     * The text answers something the user asked ("what is a backup code?"): it is sent on its own, then the question
     * is asked again as it was first asked, and it does not count as a failed try.
     */
    answer?: boolean;
}

/**
 * The locale key a validator chose to explain why an answer was refused; the localized prompts show it instead of
 * their generic retry text (for example "that code has expired" rather than "please try again").
 */
export function refuseWith<T>(prompt: PromptValidatorContext<T>, key: string, params?: Record<string, string>): false {
    (prompt.state as { refusal?: PromptRefusal }).refusal = { key, params };
    return false;
}

/** Keeps the question open with a short answer to what the user asked; then the same question again. */
export function answerAndAskAgain<T>(prompt: PromptValidatorContext<T>, key: string, params?: Record<string, string>): false {
    (prompt.state as { refusal?: PromptRefusal }).refusal = { key, params, answer: true };
    return false;
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
