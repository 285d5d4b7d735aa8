import { RepeatingTask } from '../background/repeatingTask';
import type { HandoffService, TicketMessageRecord, TicketRecord } from './handoffService';

/**
 * How a line reaches the user's channel (bot/ implements it with ConversationDelivery): an agent's message, the
 * notice that a person joined, or the hand-back (which runs a bot turn so the satisfaction question is asked).
 */
export interface UserChannelPort {
    deliver(ticket: TicketRecord, line: TicketMessageRecord, agentName: string | undefined): Promise<void>;
}

export interface UserRelayDeps {
    handoff: HandoffService;
    port: UserChannelPort;
    agentName(agentId: string | null): Promise<string | undefined>;
    onError: (error: unknown) => void;
    /** The short poll that finds lines written by other processes; this process's own are sent at once (wake). */
    pollMs?: number;
}

/**
 * Relays what agents write to users through the store, never through process memory: the console (on any process)
 * stores a line; every process polls for undelivered lines, claims one with a conditional update, and delivers it on
 * the user's channel. So the agent's page and the user's chat may be served by different processes.
 */
export class UserRelay {
    private readonly loop: RepeatingTask;

    constructor(private readonly deps: UserRelayDeps) {
        this.loop = new RepeatingTask(() => this.drain(), deps.pollMs ?? 500, deps.onError);
    }

    start(): void {
        this.loop.start();
    }

    wake(): void {
        this.loop.wake();
    }

    stop(): Promise<void> {
        return this.loop.stop();
    }

    async drain(): Promise<number> {
        let delivered = 0;
        for (const line of await this.deps.handoff.claimDeliveries(20, 30)) {
            const ticket = await this.deps.handoff.find(line.ticketId);
            try {
                if (ticket) await this.deps.port.deliver(ticket, line, await this.deps.agentName(line.agentId));
                await this.deps.handoff.delivered(line.id);
                delivered++;
            } catch (error) {
                this.deps.onError(error);
                await this.deps.handoff.deliveryFailed(line.id, line.attempts);
            }
        }
        return delivered;
    }
}
