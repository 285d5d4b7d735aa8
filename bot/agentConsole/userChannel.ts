import type { TurnContext } from 'botbuilder';
import type { ConversationDelivery } from '../../conversation/conversationDelivery';
import { HANDOFF_ENDED_EVENT } from '../../conversation/eventNames';
import { translator } from '../../conversation/turnLanguage';
import type { TicketMessageRecord, TicketRecord } from '../../services/handoff/handoffService';
import type { UserChannelPort } from '../../services/handoff/userRelay';

/**
 * Delivers a ticket's lines on the user's own channel through ConversationDelivery (the web chat's Direct Line,
 * Teams, SMS): an agent's message as plain text (never rendered as markup), "a person joined", and the hand-back,
 * which runs a bot turn so the waiting dialog asks the satisfaction question.
 */
export class ChannelUserPort implements UserChannelPort {
    constructor(private readonly deps: { delivery: ConversationDelivery; bot: { run(context: TurnContext): Promise<void> } }) {}

    async deliver(ticket: TicketRecord, line: TicketMessageRecord, agentName: string | undefined): Promise<void> {
        const reference = JSON.parse(ticket.reference) as object;
        const name = agentName ?? '';
        await this.deps.delivery.continueConversation(reference, async (context) => {
            const t = translator(context);
            if (line.kind === 'handBack') {
                context.activity.type = 'event';
                context.activity.name = HANDOFF_ENDED_EVENT;
                context.activity.value = { ticketId: ticket.id };
                await this.deps.bot.run(context);
            } else if (line.kind === 'joined') {
                await context.sendActivity(t('handoff.joined', { name }));
            } else {
                await context.sendActivity({ type: 'message', textFormat: 'plain', text: t('handoff.relay.agentMessage', { name, text: line.text }) });
            }
        });
    }
}
