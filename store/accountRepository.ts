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
}
