import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { StoreClient } from './storeClient';
import { CREATE_ONLY_ETAG, StaleStateError } from './conversationStateStore';
import { isUniqueViolation } from './storeErrors';

// One error and one create-only marker for both state stores, so callers need not know which one they have.
export { CREATE_ONLY_ETAG, StaleStateError } from './conversationStateStore';

/**
 * Bot Framework `Storage` over the Prisma store, with optimistic concurrency: every read returns an eTag, a write
 * that carries an eTag succeeds only if the item still has it, CREATE_ONLY_ETAG creates an item only if it is still
 * absent, and a write with `*` or no eTag always wins. The app keeps bot state in ConversationStateStore (prepared
 * statements, the same table and semantics); this one serves wherever only a StoreClient is at hand.
 */
export class PrismaStorage implements Storage {
    constructor(private readonly db: StoreClient) {}

    async read(keys: string[]): Promise<StoreItems> {
        if (keys.length === 0) return {};
        const rows = await this.db.botStateItem.findMany({ where: { key: { in: keys } } });
        const items: StoreItems = {};
        for (const row of rows) {
            items[row.key] = { ...(JSON.parse(row.document) as object), eTag: row.eTag };
        }
        return items;
    }

    async write(changes: StoreItems): Promise<void> {
        for (const [key, item] of Object.entries(changes)) {
            const { eTag: expected, ...rest } = (item ?? {}) as { eTag?: string } & Record<string, unknown>;
            const document = JSON.stringify(rest);
            const eTag = randomUUID();
            if (!expected || expected === '*') {
                await this.db.botStateItem.upsert({
                    where: { key },
                    create: { key, document, eTag },
                    update: { document, eTag },
                });
                (item as { eTag?: string }).eTag = eTag;
                continue;
            }
            if (expected === CREATE_ONLY_ETAG) {
                await this.createOnly(key, document, eTag);
                (item as { eTag?: string }).eTag = eTag;
                continue;
            }
            const updated = await this.db.botStateItem.updateMany({
                where: { key, eTag: expected },
                data: { document, eTag },
            });
            if (updated.count === 0) throw new StaleStateError(key);
            (item as { eTag?: string }).eTag = eTag;
        }
    }

    private async createOnly(key: string, document: string, eTag: string): Promise<void> {
        try {
            await this.db.botStateItem.create({ data: { key, document, eTag } });
        } catch (error) {
            if (isUniqueViolation(error)) throw new StaleStateError(key);
            throw error;
        }
    }

    async delete(keys: string[]): Promise<void> {
        if (keys.length === 0) return;
        await this.db.botStateItem.deleteMany({ where: { key: { in: keys } } });
    }
}
