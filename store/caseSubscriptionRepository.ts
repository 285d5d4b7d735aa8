import type { StoreClient } from './storeClient';

/** How a subscriber hears about a change: in the conversation it subscribed from, or by email to its account. */
export type CaseSubscriptionDelivery = 'conversation' | 'email';

/** A "tell me when this changes" subscription as the poller and the dialogs read it. */
export interface CaseSubscriptionRecord {
    id: string;
    receiptNumber: string;
    conversationKey: string;
    /** The conversation reference as JSON; null for an email subscription. */
    reference: string | null;
    channelId: string;
    deliverBy: CaseSubscriptionDelivery;
    accountId: string | null;
    locale: string;
    lastHash: string;
    nextCheckAt: Date;
    claimedUntil: Date | null;
    createdAt: Date;
}

/** A new subscription: the record less what the poller sets (its claim) and the store stamps (creation time). */
export type CaseSubscriptionInput = Omit<CaseSubscriptionRecord, 'claimedUntil' | 'createdAt'>;

const SELECTED = {
    id: true,
    receiptNumber: true,
    conversationKey: true,
    reference: true,
    channelId: true,
    deliverBy: true,
    accountId: true,
    locale: true,
    lastHash: true,
    nextCheckAt: true,
    claimedUntil: true,
    createdAt: true,
} as const;

type SelectedRow = Omit<CaseSubscriptionRecord, 'deliverBy'> & { deliverBy: string };

function toRecord(row: SelectedRow): CaseSubscriptionRecord {
    return { ...row, deliverBy: row.deliverBy === 'email' ? 'email' : 'conversation' };
}

/**
 * CaseSubscription rows. A subscription is one per receipt and conversation; unsubscribing sets cancelledAt (a later
 * subscribe revives the row). The poller claims due rows with conditional updates, so two processes on one database
 * never check (or notify about) one row at the same time; its claim's end time doubles as the claim's token.
 */
export class CaseSubscriptionRepository {
    constructor(private readonly db: StoreClient) {}

    /** Creates the subscription, or revives and updates the one this conversation has (or had) for the receipt. */
    async upsert(input: CaseSubscriptionInput): Promise<CaseSubscriptionRecord> {
        const { id, receiptNumber, conversationKey, ...fields } = input;
        const row = await this.db.caseSubscription.upsert({
            where: { receiptNumber_conversationKey: { receiptNumber, conversationKey } },
            create: { id, receiptNumber, conversationKey, ...fields },
            update: { ...fields, claimedUntil: null, cancelledAt: null },
            select: SELECTED,
        });
        return toRecord(row);
    }

    async findActive(receiptNumber: string, conversationKey: string): Promise<CaseSubscriptionRecord | null> {
        const row = await this.db.caseSubscription.findFirst({ where: { receiptNumber, conversationKey, cancelledAt: null }, select: SELECTED });
        return row ? toRecord(row) : null;
    }

    async findById(id: string): Promise<CaseSubscriptionRecord | null> {
        const row = await this.db.caseSubscription.findFirst({ where: { id, cancelledAt: null }, select: SELECTED });
        return row ? toRecord(row) : null;
    }

    /** The conversation's active subscriptions, oldest first. */
    async listActiveForConversation(conversationKey: string): Promise<CaseSubscriptionRecord[]> {
        const rows = await this.db.caseSubscription.findMany({ where: { conversationKey, cancelledAt: null }, orderBy: { createdAt: 'asc' }, select: SELECTED });
        return rows.map(toRecord);
    }

    async countActiveForConversation(conversationKey: string): Promise<number> {
        return this.db.caseSubscription.count({ where: { conversationKey, cancelledAt: null } });
    }

    /** Ends the conversation's subscription to the receipt; false when there was none active. */
    async cancel(receiptNumber: string, conversationKey: string, at: Date): Promise<boolean> {
        const cancelled = await this.db.caseSubscription.updateMany({
            where: { receiptNumber, conversationKey, cancelledAt: null },
            data: { cancelledAt: at, claimedUntil: null },
        });
        return cancelled.count > 0;
    }

    /** Ends a subscription by id (its conversation is gone, its account deleted). */
    async cancelById(id: string, at: Date): Promise<void> {
        await this.db.caseSubscription.updateMany({ where: { id, cancelledAt: null }, data: { cancelledAt: at, claimedUntil: null } });
    }

    /**
     * Claims up to `limit` active rows due at `now` whose claim is free or ran out (its poller died), until
     * `claimedUntil`, and returns them as claimed. Each claim is a conditional update: if another poller took the row
     * between the read and now, it updates nothing and the row is not returned.
     */
    async claimDue(now: Date, claimedUntil: Date, limit: number): Promise<CaseSubscriptionRecord[]> {
        const due = { cancelledAt: null, nextCheckAt: { lte: now }, OR: [{ claimedUntil: null }, { claimedUntil: { lt: now } }] };
        const candidates = await this.db.caseSubscription.findMany({ where: due, orderBy: { nextCheckAt: 'asc' }, take: limit, select: { id: true } });
        const claimed: CaseSubscriptionRecord[] = [];
        for (const { id } of candidates) {
            const taken = await this.db.caseSubscription.updateMany({ where: { id, ...due }, data: { claimedUntil } });
            if (taken.count !== 1) continue;
            const row = await this.db.caseSubscription.findUnique({ where: { id }, select: SELECTED });
            if (row) claimed.push(toRecord(row));
        }
        return claimed;
    }

    /**
     * Moves the row's last seen hash from `from` to `to`; true only for the one caller that moved it. Two pollers that
     * both saw the same change (one's claim ran out mid-check) race here, and only the winner notifies.
     */
    async moveHash(id: string, from: string, to: string): Promise<boolean> {
        const moved = await this.db.caseSubscription.updateMany({ where: { id, lastHash: from, cancelledAt: null }, data: { lastHash: to } });
        return moved.count === 1;
    }

    /** Ends a claim (identified by its end time) and sets the next check; false when the claim was no longer ours. */
    async release(id: string, claimedUntil: Date, nextCheckAt: Date): Promise<boolean> {
        const released = await this.db.caseSubscription.updateMany({ where: { id, claimedUntil }, data: { claimedUntil: null, nextCheckAt } });
        return released.count === 1;
    }
}
