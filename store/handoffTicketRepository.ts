import type { StoreClient } from './storeClient';
import type { HotPathSql } from './hotPathSql';

/** What a ticket is now (see HandoffTicket in prisma/schema.prisma). */
export type TicketStatus = 'waiting' | 'active' | 'closed' | 'cancelled' | 'message';
/** Tickets a person is still dealing with: the gate routes the conversation's turns to them. */
export const OPEN_STATUSES: readonly TicketStatus[] = ['waiting', 'active'];
/** The lines relayed to the user: what agents say, and the system's joined / handed-back notices. */
export const RELAYED_KINDS = ['message', 'joined', 'handBack'] as const;
export const RELAYED_AUTHORS = ['agent', 'system'] as const;

export interface TicketRecord {
    id: string;
    conversationKey: string;
    reference: string;
    channelId: string;
    language: string;
    reason: string;
    summary: string;
    status: TicketStatus;
    handledBy: string;
    agentId: string | null;
    resolution: string | null;
    rating: number | null;
    ratingAskedAt: Date | null;
    createdAt: Date;
    acceptedAt: Date | null;
    closedAt: Date | null;
    closedBy: string | null;
}

export type NewTicket = Omit<TicketRecord, 'agentId' | 'resolution' | 'rating' | 'ratingAskedAt' | 'acceptedAt' | 'closedAt' | 'closedBy' | 'createdAt'> & { createdAt: Date };

export interface TicketMessageRecord {
    id: number;
    ticketId: string;
    kind: 'transcript' | 'message' | 'note' | 'joined' | 'handBack';
    author: 'user' | 'bot' | 'agent' | 'system';
    agentId: string | null;
    text: string;
    sentAt: Date | null;
    createdAt: Date;
    deliveredAt: Date | null;
    /** Delivery attempts so far (agent lines and hand-backs). */
    attempts: number;
}

export type NewTicketMessage = Pick<TicketMessageRecord, 'kind' | 'author' | 'text'> & { agentId?: string; sentAt?: Date; createdAt: Date; deliveredAt?: Date | null };

function asTicket(row: Omit<TicketRecord, 'status'> & { status: string }): TicketRecord {
    return { ...row, status: row.status as TicketStatus };
}

function asMessage(row: Omit<TicketMessageRecord, 'kind' | 'author'> & { kind: string; author: string }): TicketMessageRecord {
    return { ...row, kind: row.kind as TicketMessageRecord['kind'], author: row.author as TicketMessageRecord['author'] };
}

const MESSAGE_FIELDS = { id: true, ticketId: true, kind: true, author: true, agentId: true, text: true, sentAt: true, createdAt: true, deliveredAt: true, attempts: true } as const;

/** Handoff tickets and their lines (HandoffTicket, HandoffMessage). Status changes are conditional updates. */
export class HandoffTicketRepository {
    /** With `hotPath`, the frequent questions whose answer is usually "none" are asked on a prepared statement first. */
    constructor(
        private readonly db: StoreClient,
        private readonly hotPath?: Pick<HotPathSql, 'hasOpenTicket' | 'hasUndeliveredLines'>,
    ) {}

    /** Stores the ticket with its first lines (the transcript) in one transaction. */
    async create(ticket: NewTicket, lines: NewTicketMessage[]): Promise<void> {
        await this.db.$transaction(async (tx) => {
            await tx.handoffTicket.create({ data: ticket });
            for (const line of lines) await tx.handoffMessage.create({ data: { ...line, ticketId: ticket.id } });
        });
    }

    async find(id: string): Promise<TicketRecord | null> {
        const row = await this.db.handoffTicket.findUnique({ where: { id } });
        return row ? asTicket(row) : null;
    }

    /** The conversation's newest ticket that is waiting or active, if any. */
    async findOpen(conversationKey: string): Promise<TicketRecord | null> {
        if (this.hotPath && !(await this.hotPath.hasOpenTicket(conversationKey))) return null;
        const row = await this.db.handoffTicket.findFirst({ where: { conversationKey, status: { in: [...OPEN_STATUSES] } }, orderBy: { createdAt: 'desc' } });
        return row ? asTicket(row) : null;
    }

    /** The conversation's newest ticket, whatever its status. */
    async findLatest(conversationKey: string): Promise<TicketRecord | null> {
        const row = await this.db.handoffTicket.findFirst({ where: { conversationKey }, orderBy: { createdAt: 'desc' } });
        return row ? asTicket(row) : null;
    }

    /** Tickets in these statuses, oldest first (the queue). */
    async list(statuses: readonly TicketStatus[], limit = 200): Promise<TicketRecord[]> {
        const rows = await this.db.handoffTicket.findMany({ where: { status: { in: [...statuses] } }, orderBy: { createdAt: 'asc' }, take: limit });
        return rows.map(asTicket);
    }

    /**
     * The waiting console tickets ahead of this one: those created before it, and every one opened for `urgentReason`,
     * which goes first (for a ticket of that reason, only those of it created before).
     */
    async countWaitingAhead(ticket: Pick<TicketRecord, 'createdAt' | 'id' | 'reason'>, urgentReason: string): Promise<number> {
        const before = [{ createdAt: { lt: ticket.createdAt } }, { createdAt: ticket.createdAt, id: { lt: ticket.id } }];
        const where = { status: 'waiting', handledBy: 'console' };
        if (ticket.reason === urgentReason) return this.db.handoffTicket.count({ where: { ...where, reason: urgentReason, OR: before } });
        return this.db.handoffTicket.count({ where: { ...where, OR: [...before, { reason: urgentReason }] } });
    }

    /** Gives a waiting ticket another reason (one that puts it first); false when it is no longer waiting. */
    async changeWaitingReason(id: string, reason: string): Promise<boolean> {
        const changed = await this.db.handoffTicket.updateMany({ where: { id, status: 'waiting' }, data: { reason } });
        return changed.count === 1;
    }

    /** How long the last accepted tickets waited (seconds), newest first. */
    async recentWaits(since: Date, limit: number): Promise<number[]> {
        const rows = await this.db.handoffTicket.findMany({
            where: { acceptedAt: { gte: since }, handledBy: 'console' },
            orderBy: { acceptedAt: 'desc' },
            take: limit,
            select: { createdAt: true, acceptedAt: true },
        });
        return rows.map((row) => (row.acceptedAt!.getTime() - row.createdAt.getTime()) / 1000);
    }

    /** Moves a ticket from one of `from` to `to` with the given fields; false when it was not in `from` any more. */
    async transition(id: string, from: readonly TicketStatus[], to: TicketStatus, fields: Partial<Pick<TicketRecord, 'agentId' | 'acceptedAt' | 'closedAt' | 'closedBy' | 'resolution'>> = {}): Promise<boolean> {
        const changed = await this.db.handoffTicket.updateMany({ where: { id, status: { in: [...from] } }, data: { status: to, ...fields } });
        return changed.count === 1;
    }

    /** Marks the satisfaction question asked, once; false when it was asked already. */
    async markRatingAsked(id: string, at: Date): Promise<boolean> {
        const changed = await this.db.handoffTicket.updateMany({ where: { id, ratingAskedAt: null }, data: { ratingAskedAt: at } });
        return changed.count === 1;
    }

    /** Stores the rating once. */
    async rate(id: string, rating: number): Promise<boolean> {
        const changed = await this.db.handoffTicket.updateMany({ where: { id, rating: null, ratingAskedAt: { not: null } }, data: { rating } });
        return changed.count === 1;
    }

    async addMessage(ticketId: string, line: NewTicketMessage): Promise<TicketMessageRecord> {
        return asMessage(await this.db.handoffMessage.create({ data: { ...line, ticketId }, select: MESSAGE_FIELDS }));
    }

    /**
     * The ticket's lines after `afterId`, oldest first. With `writtenSince`, also every line written since then, even
     * at or below `afterId`: on PostgreSQL a line can commit after one with a higher id (two processes writing at once),
     * so a reader that saw the higher id would otherwise never read the lower one.
     */
    async messages(ticketId: string, afterId = 0, kinds?: readonly TicketMessageRecord['kind'][], writtenSince?: Date): Promise<TicketMessageRecord[]> {
        const after = writtenSince ? { OR: [{ id: { gt: afterId } }, { createdAt: { gte: writtenSince } }] } : { id: { gt: afterId } };
        const rows = await this.db.handoffMessage.findMany({
            where: { ticketId, ...after, ...(kinds ? { kind: { in: [...kinds] } } : {}) },
            orderBy: { id: 'asc' },
            select: MESSAGE_FIELDS,
        });
        return rows.map(asMessage);
    }

    /**
     * Claims up to `limit` lines still to deliver to users (agent messages and hand-backs), oldest first, until
     * `claimedUntil`. Each claim is conditional, so two processes never deliver one line twice.
     */
    async claimUndelivered(now: Date, claimedUntil: Date, limit: number): Promise<TicketMessageRecord[]> {
        if (this.hotPath && !(await this.hotPath.hasUndeliveredLines())) return [];
        const due = { deliveredAt: null, kind: { in: [...RELAYED_KINDS] }, author: { in: [...RELAYED_AUTHORS] }, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] };
        const candidates = await this.db.handoffMessage.findMany({ where: due, orderBy: { id: 'asc' }, take: limit, select: MESSAGE_FIELDS });
        const claimed: TicketMessageRecord[] = [];
        for (const candidate of candidates) {
            const taken = await this.db.handoffMessage.updateMany({ where: { id: candidate.id, ...due }, data: { claimedUntil, attempts: { increment: 1 } } });
            if (taken.count === 1) claimed.push(asMessage({ ...candidate, attempts: candidate.attempts + 1 }));
        }
        return claimed;
    }

    async markDelivered(id: number, at: Date): Promise<void> {
        await this.db.handoffMessage.updateMany({ where: { id }, data: { deliveredAt: at, claimedUntil: null } });
    }

    /** A line that could not be delivered: tried again after `retryAt`, or given up after too many attempts. */
    async releaseClaim(id: number, retryAt: Date, giveUp: boolean, now: Date): Promise<void> {
        await this.db.handoffMessage.updateMany({ where: { id }, data: giveUp ? { deliveredAt: now, claimedUntil: null } : { claimedUntil: retryAt } });
    }
}
