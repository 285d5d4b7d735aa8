import type { StoreClient } from './storeClient';

/** Which code: one purpose, subject (registration, sign-in or reset id) and channel. */
export interface OneTimeCodeKey {
    purpose: string;
    subjectId: string;
    channel: string;
}

/** One issue of a one-time code, hashed; the code itself is kept sealed only while it is live. */
export interface OneTimeCodeRecord extends OneTimeCodeKey {
    id: string;
    issueNumber: number;
    codeHash: string;
    /** Keyed hash of the address or number the code was sent to. */
    destination: string;
    sealedCode: string | null;
    attempts: number;
    sentAt: Date;
    expiresAt: Date;
    consumedAt: Date | null;
    supersededAt: Date | null;
}

export type NewOneTimeCode = Omit<OneTimeCodeRecord, 'attempts' | 'consumedAt' | 'supersededAt'>;

/** One-time codes (OneTimeCode). */
export class OneTimeCodeRepository {
    constructor(private readonly db: StoreClient) {}

    /** The newest issue for the key, whatever its state. */
    async findLatest(key: OneTimeCodeKey): Promise<OneTimeCodeRecord | null> {
        return this.db.oneTimeCode.findFirst({
            where: { purpose: key.purpose, subjectId: key.subjectId, channel: key.channel },
            orderBy: { issueNumber: 'desc' },
        });
    }

    /**
     * Stores a new code; with `supersedes`, retires the previous one in the same transaction, so a crash never leaves the
     * old code retired and no new one (or two live codes).
     */
    async create(code: NewOneTimeCode, supersedes?: { id: string; at: Date }): Promise<OneTimeCodeRecord> {
        if (!supersedes) return this.db.oneTimeCode.create({ data: code });
        const [, created] = await this.db.$transaction([
            this.db.oneTimeCode.update({ where: { id: supersedes.id }, data: { supersededAt: supersedes.at, sealedCode: null } }),
            this.db.oneTimeCode.create({ data: code }),
        ]);
        return created;
    }

    /**
     * Counts one wrong try, only while the code has fewer than `maxAttempts`: a conditional increment, so two racing
     * wrong guesses cannot both slip under the limit. False when no try was left.
     */
    async countWrongTry(codeId: string, maxAttempts: number): Promise<boolean> {
        const counted = await this.db.oneTimeCode.updateMany({
            where: { id: codeId, attempts: { lt: maxAttempts } },
            data: { attempts: { increment: 1 } },
        });
        return counted.count === 1;
    }

    /** Forgets the sealed code (its last try is gone): it can never be re-delivered. */
    async eraseSealedCode(codeId: string): Promise<void> {
        await this.db.oneTimeCode.update({ where: { id: codeId }, data: { sealedCode: null } });
    }

    /** Uses the code up and forgets its sealed copy; true only for the one caller that did (it was not used before). */
    async markConsumed(codeId: string, at: Date): Promise<boolean> {
        const claimed = await this.db.oneTimeCode.updateMany({
            where: { id: codeId, consumedAt: null },
            data: { consumedAt: at, sealedCode: null },
        });
        return claimed.count === 1;
    }
}
