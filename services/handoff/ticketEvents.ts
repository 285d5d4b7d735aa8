/** The ticket events another help-desk system can mirror (the webhook's `event` field). */
export type TicketEventName = 'ticket.created' | 'ticket.accepted' | 'ticket.message' | 'ticket.closed' | 'ticket.cancelled' | 'ticket.rated' | 'ticket.urgent';

/** Where the handoff service tells what happened to a ticket; the signed webhook is one listener. */
export interface TicketEvents {
    publish(event: TicketEventName, ticketId: string, data: Record<string, unknown>): Promise<void>;
}

export const NO_TICKET_EVENTS: TicketEvents = { publish: async () => undefined };
