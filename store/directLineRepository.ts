import type { Activity } from 'botbuilder';
import { serializeOn } from './serializeWrites';
import { directLineActivityId, type ActivityStamp, type HotPathSql } from './hotPathSql';
import type { StoreClient } from './storeClient';

export { directLineActivityId };

/** A web-widget conversation as the Direct Line endpoint sees it. */
export interface DirectLineConversationRecord {
    id: string;
    userId: string;
    /** The locale the page asked for when it fetched its first token, if any. */
    locale: string | null;
    /** True once the bot has been told about the conversation (the welcome turn ran). */
    started: boolean;
    lastActivityAt: Date;
}

/** One activity from a conversation's history; `sequence` is what the watermark counts. */
export interface StoredActivity {
    sequence: number;
    activity: Partial<Activity>;
}

/** The conversation an unexpired token hash belongs to. */
export interface TokenGrant {
    conversationId: string;
    expiresAt: Date;
    /** When the first token of this token's refresh chain was issued. */
    chainStartedAt: Date;
    createdAt: Date;
}

/** A refresh: the token presented, the one that replaces it, and when the presented one stops working. */
export interface TokenRotation {
    oldTokenHash: string;
    oldCreatedAt: Date;
    newTokenHash: string;
    conversationId: string;
    expiresAt: Date;
    chainStartedAt: Date;
    /** The old token's new expiry (it is never lengthened). */
    retireAt: Date;
}

/** Rolls back a rotation that lost the race to another refresh of the same token. */
class TokenAlreadyReplaced extends Error {}

/** The statements of HotPathSql the repository uses. */
export type DirectLineHotPath = Pick<HotPathSql, 'hasActivitiesFrom' | 'findDirectLineToken' | 'findDirectLineConversation' | 'appendDirectLineActivity'>;

/** Thrown when an activity is appended to a conversation that is not (or no longer) in the store. */
export class DirectLineConversationMissing extends Error {
    constructor(readonly conversationId: string) {
        super('the Direct Line conversation does not exist (never created, or purged)');
        this.name = 'DirectLineConversationMissing';
    }
}

/**
 * All store access for the built-in Direct Line endpoint: conversations, their activity history (numbered per
 * conversation, the number being the watermark) and bearer tokens, of which only SHA-256 hashes are kept.
 */
export class DirectLineRepository {
    /**
     * With `hotPath`, what every request of a web chat does runs on prepared statements: a stream's "anything new?"
     * (every second per open web chat) first, the token and conversation reads, and the append of every message.
     */
    constructor(
        private readonly db: StoreClient,
        private readonly hotPath?: DirectLineHotPath,
    ) {}

    async createConversation(
        conversation: { id: string; userId: string; locale?: string },
        now = new Date(),
    ): Promise<DirectLineConversationRecord> {
        return this.db.directLineConversation.create({
            data: {
                id: conversation.id,
                userId: conversation.userId,
                locale: conversation.locale ?? null,
                createdAt: now,
                lastActivityAt: now,
            },
            select: { id: true, userId: true, locale: true, started: true, lastActivityAt: true },
        });
    }

    async findConversation(id: string): Promise<DirectLineConversationRecord | null> {
        if (this.hotPath) return this.hotPath.findDirectLineConversation(id);
        return this.db.directLineConversation.findUnique({
            where: { id },
            select: { id: true, userId: true, locale: true, started: true, lastActivityAt: true },
        });
    }

    /** Marks the conversation started; true only for the one caller that flipped it (so the welcome runs once). */
    async markStarted(id: string): Promise<boolean> {
        const updated = await this.db.directLineConversation.updateMany({
            where: { id, started: false },
            data: { started: true },
        });
        return updated.count === 1;
    }

    /** Lets a conversation be started again when its welcome turn could not run. */
    async markNotStarted(id: string): Promise<void> {
        await this.db.directLineConversation.updateMany({ where: { id }, data: { started: false } });
    }

    /** Stores the hash of a token; `chainStartedAt` defaults to now (the first token of a chain). */
    async saveToken(tokenHash: string, conversationId: string, expiresAt: Date, now = new Date(), chainStartedAt = now): Promise<void> {
        await this.db.directLineToken.create({ data: { tokenHash, conversationId, expiresAt, chainStartedAt, createdAt: now } });
    }

    /** The grant for a token hash, or null when it is unknown or expired. */
    async findToken(tokenHash: string, now = new Date()): Promise<TokenGrant | null> {
        const row = this.hotPath
            ? await this.hotPath.findDirectLineToken(tokenHash)
            : await this.db.directLineToken.findUnique({
                  where: { tokenHash },
                  select: { conversationId: true, expiresAt: true, chainStartedAt: true, createdAt: true },
              });
        if (!row || row.expiresAt.getTime() <= now.getTime()) return null;
        return row;
    }

    /**
     * Stores the new token and retires the old one, in one transaction; false (and nothing changed) when the old token
     * was already replaced by another refresh, so one token can be refreshed once only. The new row is written first,
     * so SQLite's write lock is held before the check reads (a racing refresh waits, then sees this one's token).
     */
    async rotateToken(rotation: TokenRotation, now = new Date()): Promise<boolean> {
        try {
            await this.db.$transaction(async (tx) => {
                // Two refreshes of one token at once: only one may see no newer token (PostgreSQL lets both write).
                await serializeOn(this.db, tx, [`directline-token:${rotation.conversationId}`]);
                await tx.directLineToken.create({
                    data: {
                        tokenHash: rotation.newTokenHash,
                        conversationId: rotation.conversationId,
                        expiresAt: rotation.expiresAt,
                        chainStartedAt: rotation.chainStartedAt,
                        createdAt: now,
                    },
                });
                const newer = await tx.directLineToken.count({
                    where: {
                        conversationId: rotation.conversationId,
                        createdAt: { gte: rotation.oldCreatedAt },
                        tokenHash: { notIn: [rotation.oldTokenHash, rotation.newTokenHash] },
                    },
                });
                if (newer > 0) throw new TokenAlreadyReplaced();
                await tx.directLineToken.updateMany({
                    where: { tokenHash: rotation.oldTokenHash, expiresAt: { gt: rotation.retireAt } },
                    data: { expiresAt: rotation.retireAt },
                });
            });
            return true;
        } catch (error) {
            if (error instanceof TokenAlreadyReplaced) return false;
            throw error;
        }
    }

    /**
     * Appends an activity to the history. The next sequence number is taken and the row written in one
     * transaction, so a reader never sees sequence N+1 before N and the watermark never skips an activity.
     * `stamp` receives the id and sequence and returns the activity to store.
     */
    async appendActivity(conversationId: string, stamp: ActivityStamp, now = new Date()): Promise<StoredActivity> {
        if (this.hotPath) {
            const stored = await this.hotPath.appendDirectLineActivity(conversationId, stamp, now);
            if (!stored) throw new DirectLineConversationMissing(conversationId);
            return stored;
        }
        return this.db.$transaction(async (tx) => {
            const counters = await tx.directLineConversation.updateMany({
                where: { id: conversationId },
                data: { nextSequence: { increment: 1 }, lastActivityAt: now },
            });
            if (counters.count === 0) throw new DirectLineConversationMissing(conversationId);
            const { nextSequence } = await tx.directLineConversation.findUniqueOrThrow({
                where: { id: conversationId },
                select: { nextSequence: true },
            });
            const sequence = nextSequence - 1;
            const activityId = directLineActivityId(conversationId, sequence);
            const activity = stamp(activityId, sequence);
            await tx.directLineActivity.create({
                data: { conversationId, sequence, activityId, document: JSON.stringify(activity), createdAt: now },
            });
            return { sequence, activity };
        });
    }

    /** Activities from `fromSequence` on, oldest first, at most `limit`. */
    async listActivities(conversationId: string, fromSequence: number, limit: number): Promise<StoredActivity[]> {
        if (this.hotPath && !(await this.hotPath.hasActivitiesFrom(conversationId, fromSequence))) return [];
        const rows = await this.db.directLineActivity.findMany({
            where: { conversationId, sequence: { gte: fromSequence } },
            orderBy: { sequence: 'asc' },
            take: limit,
            select: { sequence: true, document: true },
        });
        return rows.map((row) => ({ sequence: row.sequence, activity: JSON.parse(row.document) as Partial<Activity> }));
    }

    /** Replaces a stored activity (same id, same place in history); false when there is none. */
    async replaceActivity(conversationId: string, activityId: string, activity: Partial<Activity>): Promise<boolean> {
        const updated = await this.db.directLineActivity.updateMany({
            where: { conversationId, activityId },
            data: { document: JSON.stringify(activity) },
        });
        return updated.count > 0;
    }

    async deleteActivity(conversationId: string, activityId: string): Promise<boolean> {
        const deleted = await this.db.directLineActivity.deleteMany({ where: { conversationId, activityId } });
        return deleted.count > 0;
    }

    /**
     * Deletes conversations whose last activity is older than `cutoff`, except those awaiting a case update (their history and tokens go with them through
     * the schema's cascading foreign keys, in the same statement) and tokens that have expired anywhere.
     * Returns how many conversations went.
     */
    async purgeIdleConversations(cutoff: Date, now = new Date()): Promise<number> {
        const idle = await this.db.directLineConversation.findMany({ where: { lastActivityAt: { lt: cutoff } }, select: { id: true } });
        // A chat where someone asked to be told of a case change is kept while that request stands: the news may
        // come weeks later, and it must have somewhere to arrive. Stopping the updates lets retention take it.
        const awaited = await this.db.caseSubscription.findMany({
            where: { cancelledAt: null, deliverBy: 'conversation', conversationKey: { startsWith: 'directline/' } },
            select: { conversationKey: true },
        });
        const kept = new Set(awaited.map((subscription) => subscription.conversationKey.split('/')[1]));
        const ids = idle.map((conversation) => conversation.id).filter((id) => !kept.has(id));
        // The bot's conversation state and stored reference go with the conversation: nothing of it outlives retention.
        const stateKeys = ids.flatMap((id) => [`directline/conversations/${id}`]);
        await this.db.$transaction([
            this.db.directLineConversation.deleteMany({ where: { id: { in: ids } } }),
            this.db.botStateItem.deleteMany({
                where: { OR: [{ key: { in: stateKeys } }, ...ids.map((id) => ({ key: { startsWith: `references/directline/${id}/` } }))] },
            }),
            this.db.directLineToken.deleteMany({ where: { expiresAt: { lte: now } } }),
        ]);
        return ids.length;
    }
}
