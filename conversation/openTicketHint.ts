import type { TurnContext } from 'botbuilder';

const NO_OPEN_TICKET = Symbol('sendero.noOpenTicket');

/**
 * Notes that this turn's first read (its state, bot/turnLock.ts) found no waiting or active handoff ticket for the
 * conversation: the question the handoff gate asks of every message, answered in the same query, so a turn makes
 * one read of the store instead of two. A turn run again after a conflict reads, and notes, afresh.
 */
export function noteNoOpenTicket(context: TurnContext): void {
    context.turnState.set(NO_OPEN_TICKET, true);
}

/** Whether this turn's first read found no open ticket (false when nobody asked: the gate then asks itself). */
export function knownToHaveNoOpenTicket(context: TurnContext): boolean {
    return context.turnState.get(NO_OPEN_TICKET) === true;
}
