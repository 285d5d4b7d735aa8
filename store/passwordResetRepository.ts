import type { StoreClient } from './storeClient';

/** A password reset in progress: email code, then three of the five questions or the backup code, then a password. */
export interface PasswordResetRecord {
    id: string;
    conversationKey: string;
    /** Null for an email with no account. */
    accountId: string | null;
    emailVerifiedAt: Date | null;
    /** JSON array of the question ids asked. */
    askedQuestionIds: string | null;
    /** JSON object: for each question answered in the current round, whether the answer was right. */
    roundResults: string | null;
    failedAnswerRounds: number;
    identityProvenAt: Date | null;
    completedAt: Date | null;
    createdAt: Date;
    expiresAt: Date;
}

export type NewPasswordReset = Pick<PasswordResetRecord, 'id' | 'conversationKey' | 'accountId' | 'createdAt' | 'expiresAt'>;

/** What a step of a reset records on it. */
export type PasswordResetStepRecord = Partial<
    Pick<PasswordResetRecord, 'emailVerifiedAt' | 'askedQuestionIds' | 'roundResults' | 'identityProvenAt' | 'completedAt'>
>;

/** Password resets (PasswordReset), and the password change that completes one. */
export class PasswordResetRepository {
    constructor(private readonly db: StoreClient) {}

    async create(reset: NewPasswordReset): Promise<PasswordResetRecord> {
        return this.db.passwordReset.create({ data: reset });
    }

    async findById(id: string): Promise<PasswordResetRecord | null> {
        return this.db.passwordReset.findUnique({ where: { id } });
    }

    /** Records what a step did. */
    async recordStep(id: string, step: PasswordResetStepRecord): Promise<void> {
        await this.db.passwordReset.update({ where: { id }, data: step });
    }

    /** Counts one more failed round of answers (or wrong backup code); returns the count now stored. */
    async countFailedRound(id: string): Promise<number> {
        const updated = await this.db.passwordReset.update({ where: { id }, data: { failedAnswerRounds: { increment: 1 } } });
        return updated.failedAnswerRounds;
    }

    /** Sets the account's new password hash and completes the reset at `at`, in one transaction. */
    async completeWithNewPassword(id: string, accountId: string, passwordHash: string, at: Date): Promise<void> {
        await this.db.$transaction([
            this.db.account.update({ where: { id: accountId }, data: { passwordHash } }),
            this.db.passwordReset.update({ where: { id }, data: { completedAt: at } }),
        ]);
    }
}
