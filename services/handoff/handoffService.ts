import crypto from 'node:crypto';
import type { AgentRepository, AgentSessionRepository } from '../../store/agentRepository';
import type { DirectLineRepository } from '../../store/directLineRepository';
import { OPEN_STATUSES, type HandoffTicketRepository, type NewTicketMessage, type TicketMessageRecord, type TicketRecord } from '../../store/handoffTicketRepository';
import type { Clock } from '../accounts/clock';
import { TicketUnavailable } from './handoffErrors';
import type { HelpDeskHours } from './helpDeskHours';
import { NO_TICKET_EVENTS, type TicketEvents } from './ticketEvents';

export type { TicketMessageRecord, TicketRecord } from '../../store/handoffTicketRepository';

/**
 * Why a person was asked for: the user asked, or Sendero offered after failures, to someone fed up, when a flow could not
 * go on, or to someone who may be in danger (`safety`, which puts the ticket first in the queue).
 */
export type HandoffReason = 'asked' | 'retries' | 'notUnderstood' | 'blocked' | 'afterHours' | 'frustrated' | 'safety';

/** What the user was doing: the flow and the step (dialog ids), and the question on screen with receipts masked. */
export interface HandoffSummary {
    flow?: string;
    step?: string;
    question?: string;
}

export interface HandoffRequest {
    conversationKey: string;
    /** The channel's conversation id (the web transcript is read by it). */
    conversationId: string;
    /** The conversation reference (JSON-serialisable) replies are delivered to. */
    reference: object;
    channelId: string;
    language: string;
    reason: HandoffReason;
    summary: HandoffSummary;
    /**
     * The last lines the bot kept of this conversation (secrets already replaced): the transcript on channels whose
     * history is not stored (Teams, SMS). The web chat's stored history is used instead where there is one.
     */
    recentLines?: Array<{ author: 'user' | 'bot'; text: string; sentAt?: Date }>;
}

export interface QueuePlace {
    /** 1 = next to be answered. */
    position: number;
    /** A realistic estimate in minutes (see estimateWait). */
    waitMinutes: number;
}

/** Delivered to the user's channel by the relay (userRelay.ts). */
export type UserDeliveryKind = 'message' | 'joined' | 'handBack';

export interface HandoffServiceDeps {
    tickets: HandoffTicketRepository;
    agents: AgentRepository;
    agentSessions: AgentSessionRepository;
    /** The web channel's stored history: the transcript Sendero keeps (secrets already replaced). */
    directLine?: DirectLineRepository;
    hours: HelpDeskHours;
    /** Channel ids wired to a contact-centre hub (Bot Framework handoff.* events) instead of the console. */
    hubChannels?: readonly string[];
    events?: TicketEvents;
    now?: Clock;
    /** Called when there is something new to deliver to a user (wakes this process's relay; others poll). */
    onDeliveryQueued?: () => void;
}

/** The reason that puts a ticket first in the queue: someone who may be in danger (see conversation/safetyConcern.ts). */
const URGENT_REASON: HandoffReason = 'safety';

/** Minutes one conversation takes an agent when there is no history yet to go by. */
const DEFAULT_HANDLE_MINUTES = 6;
/** The longest transcript carried onto a ticket. */
const TRANSCRIPT_LINES = 60;

/**
 * The help-desk queue: tickets opened from the chat, the agent's side (accept, reply, note, close), the hand-back
 * and the satisfaction rating, and contact-centre hubs' status events. Plain TypeScript over repositories: it never
 * sends an activity; what must reach a user is stored, and the relay delivers it.
 *
 * @example
 * const { ticket, place } = await handoff.open({ conversationKey, conversationId, reference, channelId: 'directline', language: 'es', reason: 'asked', summary: { flow: 'addPaperCase' } });
 * // place.position === 1, place.waitMinutes === 6
 */
export class HandoffService {
    private readonly now: Clock;
    private readonly events: TicketEvents;

    constructor(private readonly deps: HandoffServiceDeps) {
        this.now = deps.now ?? (() => new Date());
        this.events = deps.events ?? NO_TICKET_EVENTS;
    }

    get hours(): HelpDeskHours {
        return this.deps.hours;
    }

    /**
     * Whether this deployment has a help desk to hand over to: a hub behind the channel, or at least one agent
     * account for the console (without one, no one would ever answer, so "talk to a person" gives contact details).
     */
    async isStaffed(channelId: string): Promise<boolean> {
        return this.isHubChannel(channelId) || (await this.deps.agents.countEnabled()) > 0;
    }

    isOpenNow(): boolean {
        return this.deps.hours.isOpen(this.now());
    }

    nextOpening(): Date | undefined {
        return this.deps.hours.nextOpening(this.now());
    }

    isHubChannel(channelId: string): boolean {
        return (this.deps.hubChannels ?? []).includes(channelId);
    }

    /** Opens a ticket (or returns the conversation's open one) and its place in the queue. */
    async open(request: HandoffRequest): Promise<{ ticket: TicketRecord; place: QueuePlace; transcript: TicketMessageRecord[] }> {
        const existing = await this.deps.tickets.findOpen(request.conversationKey);
        if (existing) return { ticket: existing, place: await this.queuePlace(existing), transcript: await this.deps.tickets.messages(existing.id, 0, ['transcript']) };
        const ticket = await this.create(request, 'waiting', []);
        return { ticket, place: await this.queuePlace(ticket), transcript: await this.deps.tickets.messages(ticket.id, 0, ['transcript']) };
    }

    /** After hours: the user's message becomes a ticket for the desk to answer when it opens. */
    async leaveMessage(request: HandoffRequest, text: string): Promise<TicketRecord> {
        return this.create({ ...request, reason: request.reason }, 'message', [{ kind: 'message', author: 'user', text, createdAt: this.now(), sentAt: this.now() }]);
    }

    private async create(request: HandoffRequest, status: TicketRecord['status'], extra: NewTicketMessage[]): Promise<TicketRecord> {
        const now = this.now();
        // The lines the bot kept where the channel's history is not in our store; else the web chat's stored history.
        const transcript = request.recentLines ? this.keptTranscript(request) : ((await this.webTranscript(request)) ?? []);
        const ticket: TicketRecord = {
            id: crypto.randomUUID(),
            conversationKey: request.conversationKey,
            reference: JSON.stringify(request.reference),
            channelId: request.channelId,
            language: request.language,
            reason: request.reason,
            summary: JSON.stringify(maskSummary(request.summary)),
            status,
            handledBy: this.isHubChannel(request.channelId) ? 'hub' : 'console',
            agentId: null,
            resolution: null,
            rating: null,
            ratingAskedAt: null,
            createdAt: now,
            acceptedAt: null,
            closedAt: null,
            closedBy: null,
        };
        await this.deps.tickets.create(ticket, [...transcript, ...extra]);
        await this.events.publish('ticket.created', ticket.id, {
            status,
            channelId: ticket.channelId,
            language: ticket.language,
            reason: ticket.reason,
            summary: maskSummary(request.summary),
            transcript: transcript.map((line) => ({ author: line.author, text: line.text, sentAt: line.sentAt?.toISOString() })),
        });
        return ticket;
    }

    /** The lines the bot kept in conversation state (other channels: Teams, SMS, a hub), already masked. */
    private keptTranscript(request: HandoffRequest): NewTicketMessage[] {
        const now = this.now();
        return (request.recentLines ?? []).slice(-TRANSCRIPT_LINES).map((line) => ({ kind: 'transcript' as const, author: line.author, text: line.text, sentAt: line.sentAt, createdAt: now }));
    }

    /** The web chat's stored history (codes and passwords already replaced there); undefined on other channels. */
    private async webTranscript(request: HandoffRequest): Promise<NewTicketMessage[] | undefined> {
        if (!this.deps.directLine || request.channelId !== 'directline') return undefined;
        const stored = await this.deps.directLine.listActivities(request.conversationId, 0, 1000);
        const now = this.now();
        return stored
            .map((item) => item.activity)
            .filter((activity) => activity.type === 'message' && typeof activity.text === 'string' && activity.text.trim() !== '')
            .slice(-TRANSCRIPT_LINES)
            .map((activity) => ({
                kind: 'transcript' as const,
                author: activity.from?.role === 'bot' ? ('bot' as const) : ('user' as const),
                text: activity.text!,
                sentAt: activity.timestamp ? new Date(activity.timestamp) : undefined,
                createdAt: now,
            }));
    }

    async openTicket(conversationKey: string): Promise<TicketRecord | undefined> {
        return (await this.deps.tickets.findOpen(conversationKey)) ?? undefined;
    }

    async latestTicket(conversationKey: string): Promise<TicketRecord | undefined> {
        return (await this.deps.tickets.findLatest(conversationKey)) ?? undefined;
    }

    async find(ticketId: string): Promise<TicketRecord | undefined> {
        return (await this.deps.tickets.find(ticketId)) ?? undefined;
    }

    /**
     * Where the ticket is in the queue and a realistic wait: the people ahead plus this one, times how long an agent
     * took per conversation lately (the median of the last 20 closed today or this week; 6 minutes with no history),
     * shared among the agents with the console open in the last 5 minutes.
     */
    async queuePlace(ticket: TicketRecord): Promise<QueuePlace> {
        const now = this.now();
        const ahead = ticket.status === 'waiting' ? await this.deps.tickets.countWaitingAhead(ticket, URGENT_REASON) : 0;
        const handled = await this.deps.tickets.recentWaits(new Date(now.getTime() - 7 * 24 * 3600 * 1000), 20);
        const perConversation = handled.length >= 3 ? median(handled) / 60 : DEFAULT_HANDLE_MINUTES;
        const agents = Math.max(1, await this.deps.agentSessions.countActiveAgents(new Date(now.getTime() - 5 * 60 * 1000), now));
        const waitMinutes = Math.max(1, Math.ceil(((ahead + 1) * Math.max(1, perConversation)) / agents));
        return { position: ahead + 1, waitMinutes };
    }

    /** Something the user said while the ticket is open: it goes on the ticket for the agent. */
    async recordUserMessage(ticket: TicketRecord, text: string): Promise<void> {
        const now = this.now();
        await this.deps.tickets.addMessage(ticket.id, { kind: 'message', author: 'user', text, createdAt: now, sentAt: now });
        await this.events.publish('ticket.message', ticket.id, { author: 'user', text });
    }

    /** "Never mind" while waiting: the ticket is withdrawn. False when an agent took it in the meantime. */
    async cancelByUser(ticket: TicketRecord): Promise<boolean> {
        const cancelled = await this.deps.tickets.transition(ticket.id, ['waiting'], 'cancelled', { closedAt: this.now(), closedBy: 'user' });
        if (cancelled) await this.events.publish('ticket.cancelled', ticket.id, { by: 'user' });
        return cancelled;
    }

    /** "End chat" while an agent (or a hub) holds the conversation: it is handed back to the bot. */
    async endByUser(ticket: TicketRecord): Promise<boolean> {
        const ended = await this.deps.tickets.transition(ticket.id, OPEN_STATUSES, 'closed', { closedAt: this.now(), closedBy: 'user' });
        if (ended) await this.events.publish('ticket.closed', ticket.id, { by: 'user' });
        return ended;
    }

    // ---- The agent's side ----

    /**
     * Waiting tickets and messages left after hours (someone who may be in danger first, then the oldest) and the
     * tickets this agent holds.
     */
    async queue(agentId: string): Promise<TicketRecord[]> {
        const open = await this.deps.tickets.list(['waiting', 'active', 'message']);
        const first = (ticket: TicketRecord) => (ticket.status !== 'active' && ticket.reason === URGENT_REASON ? 0 : 1);
        return open.filter((ticket) => ticket.handledBy === 'console' && (ticket.status !== 'active' || ticket.agentId === agentId)).sort((a, b) => first(a) - first(b));
    }

    /**
     * Someone waiting for a person said they may be in danger: their ticket goes first in the queue. Returns the ticket
     * as it is now (unchanged when an agent took it in the meantime).
     */
    async putFirst(ticket: TicketRecord): Promise<TicketRecord> {
        if (ticket.reason === URGENT_REASON || !(await this.deps.tickets.changeWaitingReason(ticket.id, URGENT_REASON))) return ticket;
        await this.events.publish('ticket.urgent', ticket.id, { reason: URGENT_REASON });
        return { ...ticket, reason: URGENT_REASON };
    }

    /** A ticket the agent may read: waiting, left as a message, or held by them. */
    async ticketForAgent(ticketId: string, agentId: string): Promise<TicketRecord> {
        const ticket = await this.deps.tickets.find(ticketId);
        if (!ticket || ticket.handledBy !== 'console' || (ticket.agentId !== null && ticket.agentId !== agentId)) throw new TicketUnavailable(ticketId);
        return ticket;
    }

    /** The ticket's lines after `afterId`, and (with `writtenSince`) any written since then: see messages(). */
    async lines(ticketId: string, afterId = 0, writtenSince?: Date): Promise<TicketMessageRecord[]> {
        return this.deps.tickets.messages(ticketId, afterId, undefined, writtenSince);
    }

    /** Takes a waiting ticket; the user is told a person joined. TicketUnavailable when someone else took it first. */
    async accept(ticketId: string, agentId: string, agentName: string): Promise<TicketRecord> {
        const now = this.now();
        const taken = await this.deps.tickets.transition(ticketId, ['waiting'], 'active', { agentId, acceptedAt: now });
        if (!taken) throw new TicketUnavailable(ticketId);
        await this.deps.tickets.addMessage(ticketId, { kind: 'joined', author: 'system', agentId, text: agentName, createdAt: now });
        this.deps.onDeliveryQueued?.();
        await this.events.publish('ticket.accepted', ticketId, { agentName });
        return (await this.deps.tickets.find(ticketId))!;
    }

    /** The agent's reply, stored and relayed to the user's channel. */
    async reply(ticketId: string, agentId: string, text: string): Promise<TicketMessageRecord> {
        const ticket = await this.deps.tickets.find(ticketId);
        if (!ticket || ticket.status !== 'active' || ticket.agentId !== agentId) throw new TicketUnavailable(ticketId);
        const line = await this.deps.tickets.addMessage(ticketId, { kind: 'message', author: 'agent', agentId, text, createdAt: this.now() });
        this.deps.onDeliveryQueued?.();
        await this.events.publish('ticket.message', ticketId, { author: 'agent', text });
        return line;
    }

    /** A private note: on the ticket for the desk, never sent to the user. */
    async note(ticketId: string, agentId: string, text: string): Promise<TicketMessageRecord> {
        await this.ticketForAgent(ticketId, agentId);
        return this.deps.tickets.addMessage(ticketId, { kind: 'note', author: 'agent', agentId, text, createdAt: this.now() });
    }

    /** Closes with a resolution and hands the conversation back to the bot, which asks for a rating. */
    async close(ticketId: string, agentId: string, resolution: string): Promise<void> {
        const now = this.now();
        const ticket = await this.ticketForAgent(ticketId, agentId);
        const closed = await this.deps.tickets.transition(ticketId, ticket.status === 'message' ? ['message'] : ['active'], 'closed', { closedAt: now, closedBy: 'agent', resolution, agentId });
        if (!closed) throw new TicketUnavailable(ticketId);
        // A message left after hours has no live chat to hand back.
        if (ticket.status === 'active') {
            await this.deps.tickets.addMessage(ticketId, { kind: 'handBack', author: 'system', agentId, text: '', createdAt: now });
            this.deps.onDeliveryQueued?.();
        }
        await this.events.publish('ticket.closed', ticketId, { by: 'agent', resolution });
    }

    // ---- A contact-centre hub (Bot Framework handoff.status) ----

    /** Applies a hub's `handoff.status`: accepted, failed (withdrawn) or completed (handed back). */
    async hubStatus(ticket: TicketRecord, state: 'accepted' | 'failed' | 'completed'): Promise<boolean> {
        const now = this.now();
        if (state === 'accepted') {
            const changed = await this.deps.tickets.transition(ticket.id, ['waiting'], 'active', { acceptedAt: now, agentId: null });
            if (changed) await this.events.publish('ticket.accepted', ticket.id, { by: 'hub' });
            return changed;
        }
        if (state === 'failed') {
            const changed = await this.deps.tickets.transition(ticket.id, OPEN_STATUSES, 'cancelled', { closedAt: now, closedBy: 'hub' });
            if (changed) await this.events.publish('ticket.cancelled', ticket.id, { by: 'hub' });
            return changed;
        }
        const changed = await this.deps.tickets.transition(ticket.id, OPEN_STATUSES, 'closed', { closedAt: now, closedBy: 'hub' });
        if (changed) await this.events.publish('ticket.closed', ticket.id, { by: 'hub' });
        return changed;
    }

    // ---- After the hand-back ----

    /** True once per closed ticket: the satisfaction question is to be asked now. */
    async startRating(ticket: TicketRecord): Promise<boolean> {
        return ticket.status === 'closed' && ticket.closedBy !== null && (await this.deps.tickets.markRatingAsked(ticket.id, this.now()));
    }

    async rate(ticketId: string, rating: number): Promise<boolean> {
        if (!Number.isInteger(rating) || rating < 1 || rating > 5) return false;
        const stored = await this.deps.tickets.rate(ticketId, rating);
        if (stored) await this.events.publish('ticket.rated', ticketId, { rating });
        return stored;
    }

    // ---- The relay's side ----

    async claimDeliveries(limit: number, claimSeconds: number): Promise<TicketMessageRecord[]> {
        const now = this.now();
        return this.deps.tickets.claimUndelivered(now, new Date(now.getTime() + claimSeconds * 1000), limit);
    }

    async delivered(lineId: number): Promise<void> {
        await this.deps.tickets.markDelivered(lineId, this.now());
    }

    async deliveryFailed(lineId: number, attempts: number): Promise<void> {
        const now = this.now();
        await this.deps.tickets.releaseClaim(lineId, new Date(now.getTime() + Math.min(300, 2 ** attempts) * 1000), attempts >= 8, now);
    }
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** EAC9999103403 → EAC*******403: enough for a person to recognise, not the whole number. */
export function maskReceiptNumbers(text: string): string {
    return text.replace(/\b([A-Za-z]{3})([\s-]?)(\d{7})(\d{3})\b/g, (_m, prefix: string, _sep: string, middle: string, last: string) => `${prefix}${'*'.repeat(middle.length)}${last}`);
}

function maskSummary(summary: HandoffSummary): HandoffSummary {
    return {
        ...(summary.flow ? { flow: summary.flow } : {}),
        ...(summary.step ? { step: summary.step } : {}),
        ...(summary.question ? { question: maskReceiptNumbers(summary.question) } : {}),
    };
}
