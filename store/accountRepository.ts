import type { StoreClient } from './storeClient';

/** An online account of the organisation. The (normalised) email is the login. */
export interface AccountRecord {
    id: string;
    email: string;
    /** The 12-digit online account number. */
    accountNumber: string;
    passwordHash: string;
    accountType: string;
    locale: string;
}

const ACCOUNT_FIELDS = { id: true, email: true, accountNumber: true, passwordHash: true, accountType: true, locale: true } as const;

/** Accounts (Account). They are created with their registration (RegistrationRepository.completeWithAccount). */
export class AccountRepository {
    constructor(private readonly db: StoreClient) {}

    async findById(id: string): Promise<AccountRecord | null> {
        return this.db.account.findUnique({ where: { id }, select: ACCOUNT_FIELDS });
    }

    /** The account, which must exist (an id taken from a session, a completed registration or a reset). */
    async getById(id: string): Promise<AccountRecord> {
        return this.db.account.findUniqueOrThrow({ where: { id }, select: ACCOUNT_FIELDS });
    }

    /** By normalised email. */
    async findByEmail(email: string): Promise<AccountRecord | null> {
        return this.db.account.findUnique({ where: { email }, select: ACCOUNT_FIELDS });
    }

    async existsWithEmail(email: string): Promise<boolean> {
        return (await this.db.account.findUnique({ where: { email }, select: { id: true } })) !== null;
    }

    /**
     * Deletes the account and everything kept for it, in one transaction: its sign-ups (with their codes, second steps,
     * backup codes and answers), sign-ins and sessions, password resets and links, its own second steps, backup codes
     * and reset answers, its linked cases and the updates it gets by email. Kept: the email's sign-in lock (deleting
     * the account must not reset a guesser's count) and updates asked for in a chat, which belong to that conversation.
     * Returns what was deleted, or null when there was no such account (deleted already).
     */
    async deleteWithEverything(id: string): Promise<AccountRecord | null> {
        return this.db.$transaction(async (tx) => {
            const account = await tx.account.findUnique({ where: { id }, select: ACCOUNT_FIELDS });
            if (!account) return null;
            const ids = async (rows: Promise<Array<{ id: string }>>) => (await rows).map((row) => row.id);
            const registrations = await ids(tx.registration.findMany({ where: { OR: [{ accountId: id }, { email: account.email }] }, select: { id: true } }));
            const signIns = await ids(tx.signInAttempt.findMany({ where: { accountId: id }, select: { id: true } }));
            const resets = await ids(tx.passwordReset.findMany({ where: { accountId: id }, select: { id: true } }));
            const owners = [id, ...registrations];
            await tx.oneTimeCode.deleteMany({ where: { subjectId: { in: [...registrations, ...signIns, ...resets] } } });
            await tx.passwordLink.deleteMany({ where: { targetId: { in: [...registrations, ...resets] } } });
            await tx.twoStepMethod.deleteMany({ where: { ownerId: { in: owners } } });
            await tx.backupCode.deleteMany({ where: { ownerId: { in: owners } } });
            await tx.resetAnswer.deleteMany({ where: { ownerId: { in: owners } } });
            await tx.signInSession.deleteMany({ where: { accountId: id } });
            await tx.signInAttempt.deleteMany({ where: { accountId: id } });
            await tx.passwordReset.deleteMany({ where: { accountId: id } });
            await tx.registration.deleteMany({ where: { id: { in: registrations } } });
            await tx.linkedCase.deleteMany({ where: { accountId: id } });
            await tx.caseSubscription.deleteMany({ where: { accountId: id, deliverBy: 'email' } });
            await tx.caseSubscription.updateMany({ where: { accountId: id }, data: { accountId: null } });
            await tx.account.delete({ where: { id } });
            return account;
        });
    }
}
