import type { TurnContext } from 'botbuilder';
import { channelTraits } from '../../conversation/channelTraits';
import { helpDeskFor } from '../../conversation/handoffGate';
import { translator } from '../../conversation/turnLanguage';
import type { HandoffReason, HandoffService } from '../../services/handoff/handoffService';

/** The reasons with an offer of their own (`handoff.offer.<reason>`); the others say the question seems hard. */
const OFFER_TEXT_REASONS: ReadonlySet<HandoffReason> = new Set<HandoffReason>(['notUnderstood', 'blocked', 'frustrated', 'safety']);

const OFFERED_THIS_TURN = Symbol('sendero.handoffOffered');

/**
 * The reason a person was offered in this turn, if one was: a flow that could not go on offers and ends, and the menu
 * that follows keeps the reason, so taking the offer there is recorded with it.
 */
export function handoffOfferedThisTurn(context: TurnContext): HandoffReason | undefined {
    return context.turnState.get(OFFERED_THIS_TURN) as HandoffReason | undefined;
}

/**
 * "Would you like to talk to a person?" with a button where the channel shows one; the button's words are the menu's
 * "Talk to a person", which every question understands. A flow that cannot go on (service down, locked out) calls
 * this too.
 */
export async function offerHandoff(context: TurnContext, reason: HandoffReason): Promise<void> {
    context.turnState.set(OFFERED_THIS_TURN, reason);
    const t = translator(context);
    const title = t('menu.options.talkToPerson.title');
    const buttons = channelTraits(context).suggestedActions > 0;
    await context.sendActivity({
        type: 'message',
        text: t(`handoff.offer.${OFFER_TEXT_REASONS.has(reason) ? reason : 'retries'}`, { option: title }),
        ...(buttons ? { suggestedActions: { to: [], actions: [{ type: 'imBack', title, value: title }] } } : {}),
    });
}

/**
 * The offer made at a question (`promptState`: the waiting prompt's state), which keeps its reason, so that taking it
 * there is recorded with it (see handoffOptionsFor).
 */
export async function offerAtPrompt(context: TurnContext, promptState: { handoffOffer?: HandoffReason }, reason: HandoffReason): Promise<void> {
    promptState.handoffOffer = reason;
    await offerHandoff(context, reason);
}

/**
 * The offer, when there is a help desk to hand over to (on a hub channel, or with agents for the console); true when
 * it was made. Without one, "talk to a person" gives contact details, which the flow's own text already points to.
 *
 * @example
 * // The case service is down: say so, then offer a person at once.
 * await context.sendActivity(words);
 * if (services.handoff) await offerWhenStaffed(context, services.handoff, 'blocked');
 */
export async function offerWhenStaffed(context: TurnContext, handoff: HandoffService | undefined, reason: HandoffReason): Promise<boolean> {
    if (!(await personAtHand(context, handoff))) return false;
    await offerHandoff(context, reason);
    return true;
}

/** Whether there is a help desk to hand this conversation to (on a hub channel, or with agents for the console). */
export async function personAtHand(context: TurnContext, handoff: HandoffService | undefined): Promise<boolean> {
    return handoff !== undefined && (await helpDeskFor(handoff, context).staffed());
}
