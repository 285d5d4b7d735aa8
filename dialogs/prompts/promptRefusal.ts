import type { PromptValidatorContext } from 'botbuilder-dialogs';

/** A validator's reason for refusing an answer: a locale key, kept in prompt state until the retry is shown. */
export interface PromptRefusal {
    key: string;
    params?: Record<string, string>;
}

/**
 * The locale key a validator chose to explain why an answer was refused; the localized prompts show it instead of
 * their generic retry text (for example "that code has expired" rather than "please try again").
 */
export function refuseWith<T>(prompt: PromptValidatorContext<T>, key: string, params?: Record<string, string>): false {
    (prompt.state as { refusal?: PromptRefusal }).refusal = { key, params };
    return false;
}

/** Reads and clears the refusal a validator left for this retry. */
export function takeRefusal(state: object): PromptRefusal | undefined {
    const holder = state as { refusal?: PromptRefusal };
    const refusal = holder.refusal;
    delete holder.refusal;
    return refusal;
}
