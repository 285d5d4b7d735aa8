import type { TurnContext } from 'botbuilder';
import type { PromptValidator, PromptValidatorContext } from '../../conversation/dialogKit';
import { stuckText, stuckWithOwnAccountText } from '../contactDetails';
import type { OrganizationProfile } from '../organization';
import { refuseWith } from '../prompts/promptRefusal';

/** After this many failed tries at one question (and every time as many again), the help desk is offered too. */
export const TRIES_BEFORE_HELP_DESK = 3;

/** What the account prompts keep in their own prompt state between tries: counters and keys, never what was typed. */
interface RetryState {
    /** Set by `notice`: this "refusal" is news (a code was resent), not a failed try. */
    notice?: boolean;
    failedTries?: number;
    offerHelpDesk?: boolean;
}

function retryState(prompt: PromptValidatorContext<unknown>): RetryState {
    return prompt.state as RetryState;
}

/** Keeps the question open with news for the user (a new code is on its way); not counted as a failed try. */
export function notice<T>(prompt: PromptValidatorContext<T>, key: string, params?: Record<string, string>): false {
    retryState(prompt).notice = true;
    return refuseWith(prompt, key, params);
}

/**
 * Wraps a prompt's validator so every refused answer that was not a `notice` counts as a failed try, and every
 * TRIES_BEFORE_HELP_DESK-th one asks the prompt to offer the help desk with its retry.
 */
export function countingFailures<T>(validator?: PromptValidator<T>): PromptValidator<T> {
    return async (prompt) => {
        const state = retryState(prompt);
        delete state.notice;
        // The validator sees unrecognised answers too, so it can name the reason ("you already chose that question").
        const accepted = validator ? await validator(prompt) : prompt.recognized.succeeded;
        if (!accepted && !state.notice) {
            state.failedTries = (state.failedTries ?? 0) + 1;
            if (state.failedTries % TRIES_BEFORE_HELP_DESK === 0) state.offerHelpDesk = true;
        }
        delete state.notice;
        return accepted;
    };
}

/** Reads and clears the request to offer the help desk. */
export function takeHelpDeskOffer(state: object): boolean {
    const retry = state as RetryState;
    const offer = retry.offerHelpDesk === true;
    delete retry.offerHelpDesk;
    return offer;
}

/**
 * What a question is about, for whom can help a user stuck at it: an account with this assistant (`ownAccount`, which
 * USCIS cannot see), or the choice between that and USCIS's own (`eitherAccount`).
 */
export type StuckAbout = 'ownAccount' | 'eitherAccount';

/** "You can keep trying, or get help from a person", with the contact details that can help with what was asked. */
export async function offerHelpDesk(context: TurnContext, organization: OrganizationProfile, about: StuckAbout): Promise<void> {
    await context.sendActivity(about === 'ownAccount' ? stuckWithOwnAccountText(context, organization) : stuckText(context, organization));
}
