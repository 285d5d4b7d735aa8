import type { StoreClient } from './storeClient';

/** A single-use link to the password page. Only the SHA-256 of its token is kept. */
export interface PasswordLinkRecord {
    tokenHash: string;
    /** registration | reset */
    purpose: string;
    targetId: string;
    conversationKey: string;
    expiresAt: Date;
    usedAt: Date | null;
    createdAt: Date;
}

/** Password links (PasswordLink). */
export class PasswordLinkRepository {
    constructor(private readonly db: StoreClient) {}

    /**
     * Stores a new link and, in the same transaction, uses up every open link for the same purpose and target at
     * `link.createdAt`: only the newest link works.
     */
    async replaceOpenLinks(link: Omit<PasswordLinkRecord, 'usedAt'>): Promise<void> {
        await this.db.$transaction([
            this.revokeQuery(link.purpose, link.targetId, link.createdAt),
            this.db.passwordLink.create({ data: link }),
        ]);
    }

    async findByTokenHash(tokenHash: string): Promise<PasswordLinkRecord | null> {
        return this.db.passwordLink.findUnique({ where: { tokenHash } });
    }

    /** Uses the link up at `now` if it is unused and unexpired: one conditional update, so of two racing submits one wins. */
    async claim(tokenHash: string, now: Date): Promise<boolean> {
        const claimed = await this.db.passwordLink.updateMany({
            where: { tokenHash, usedAt: null, expiresAt: { gt: now } },
            data: { usedAt: now },
        });
        return claimed.count === 1;
    }

    /** Makes a claimed link usable again (what it was claimed for did not happen). */
    async release(tokenHash: string): Promise<void> {
        await this.db.passwordLink.update({ where: { tokenHash }, data: { usedAt: null } });
    }

    /** Uses up every open link for the purpose and target at `at`. */
    async revokeOpenLinks(purpose: string, targetId: string, at: Date): Promise<void> {
        await this.revokeQuery(purpose, targetId, at);
    }

    private revokeQuery(purpose: string, targetId: string, at: Date) {
        return this.db.passwordLink.updateMany({ where: { purpose, targetId, usedAt: null }, data: { usedAt: at } });
    }
}
