import { type DialogContext, type PromptOptions } from '../../conversation/dialogKit';
import { translator } from '../../conversation/turnLanguage';
import { offerAtPrompt, offerHandoff, personAtHand } from './personOffer';
import type { HandoffReason, HandoffService } from '../../services/handoff/handoffService';
import { LocalizedChoicePrompt, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import type { HandoffOptions } from './handoffDialog';
import { stuckText } from '../contactDetails';
import { failedTries } from '../prompts/promptRefusal';
import type { OrganizationProfile } from '../organization';

/** Failed tries at one question before a person is offered (and every time as many again). */
export const TRIES_BEFORE_OFFER = 3;
/** Messages in a row that a choice question could not match to any option before a person is offered. */
export const NOT_UNDERSTOOD_BEFORE_OFFER = 2;

/**
 * Whether the `count`-th message in a row that Sendero could not understand (out of scope at the menu, or an answer
 * that named no option) brings the offer of a person: the second, then every TRIES_BEFORE_OFFER-th after it.
 */
export function offersAfterNotUnderstood(count: number): boolean {
    return count === NOT_UNDERSTOOD_BEFORE_OFFER || (count > NOT_UNDERSTOOD_BEFORE_OFFER && (count - NOT_UNDERSTOOD_BEFORE_OFFER) % TRIES_BEFORE_OFFER === 0);
}

interface PromptState {
    attemptCount?: number;
    /** The account prompts count their own failures, leaving out notices (a code was resent). */
    failedTries?: number;
    /** The reason of the last offer made at this question, so accepting it is recorded with it. */
    handoffOffer?: HandoffReason;
}

/**
 * After a turn at a question (innerDc: the flow's own dialog context): when the same prompt is still waiting, its
 * answer was refused. Offers a person after NOT_UNDERSTOOD_BEFORE_OFFER unmatched answers at a choice question, or
 * TRIES_BEFORE_OFFER failed tries at any question (and every time as many again). With no help desk to hand over to
 * now (none, or closed), says how to reach a person instead.
 */
export async function offerAfterFailures(
    innerDc: DialogContext,
    promptIdBefore: string | undefined,
    handoff: HandoffService | undefined,
    organization: OrganizationProfile,
): Promise<void> {
    const active = innerDc.activeDialog;
    if (!active || active.id !== promptIdBefore || innerDc.child) return;
    const dialog = innerDc.findDialog(active.id);
    const state = (active.state as { state?: PromptState }).state;
    if (!dialog || !state || typeof state.attemptCount !== 'number') return;
    // A message answered in a line (a question about the step, "thanks") is no failure, and offers nothing.
    const tries = failedTries(state);
    if (tries.lastWasAnswered) return;
    const failures = state.failedTries ?? tries.failed;
    const choice = dialog instanceof LocalizedChoicePrompt;
    // At a choice question, the misses just before it was asked (out-of-scope answers at the menu) count too.
    const before = choice ? (((active.state as { options?: PromptOptions }).options?.validations as LocalizedChoiceSpec | undefined)?.notUnderstoodBefore ?? 0) : 0;
    const missesInRow = failures + before;
    // At a choice question: the second miss in a row, then every third after it (not the second and the third both);
    // at other questions every third failed try.
    const due = choice ? offersAfterNotUnderstood(missesInRow) : failures > 0 && failures % TRIES_BEFORE_OFFER === 0;
    const reason: HandoffReason | undefined = !due ? undefined : choice && missesInRow === NOT_UNDERSTOOD_BEFORE_OFFER ? 'notUnderstood' : 'retries';
    const offer = reason && !(state.handoffOffer === reason && missesInRow === NOT_UNDERSTOOD_BEFORE_OFFER) ? reason : undefined;
    // With no one to hand over to now, how to reach a person instead: at a choice question's second miss in a row and
    // every third after it, at other questions every third failed try, so a stuck user is never left with only "I
    // didn't understand". The account prompts, which count their own failures, already say so with their retry.
    const contactsDue = state.failedTries === undefined && due;
    if (!offer && !contactsDue) return;
    if (await personAtHand(innerDc.context, handoff)) {
        if (offer) await offerAtQuestion(innerDc, offer);
        return;
    }
    if (contactsDue) await innerDc.context.sendActivity(stuckText(innerDc.context, organization));
}

/** Offers a person at the question on screen (innerDc: the flow's own dialog context): taking it there keeps `reason`. */
export async function offerAtQuestion(innerDc: DialogContext, reason: HandoffReason): Promise<void> {
    const state = (innerDc.activeDialog?.state as { state?: PromptState } | undefined)?.state;
    await (state ? offerAtPrompt(innerDc.context, state, reason) : offerHandoff(innerDc.context, reason));
}

/** How the user came to ask for a person at this question: after an offer (its reason) or by themselves. */
export function handoffOptionsFor(innerDc: DialogContext, flowId: string): HandoffOptions {
    const active = innerDc.activeDialog;
    const state = (active?.state as { state?: PromptState; options?: PromptOptions } | undefined) ?? {};
    const prompt = state.options?.prompt;
    const spec = state.options?.validations as { promptKey?: string; params?: Record<string, string> } | undefined;
    const question =
        typeof prompt === 'string'
            ? prompt
            : typeof prompt === 'object' && typeof prompt?.text === 'string'
              ? prompt.text
              : spec?.promptKey
                ? translator(innerDc.context)(spec.promptKey, spec.params ?? {})
                : undefined;
    // A menu asked again after an offer (out-of-scope answers, a flow that could not go on): accepting it is for that reason.
    const choiceSpec = spec as LocalizedChoiceSpec | undefined;
    const missesBefore = choiceSpec?.notUnderstoodBefore ?? 0;
    const reason = state.state?.handoffOffer ?? choiceSpec?.offeredBefore ?? (missesBefore >= NOT_UNDERSTOOD_BEFORE_OFFER ? 'notUnderstood' : 'asked');
    return { reason, flow: flowId, step: active?.id, question };
}
