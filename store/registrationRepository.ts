import type { AccountRecord } from './accountRepository';
import { isUniqueViolation } from './storeErrors';
import type { StoreClient } from './storeClient';

/** A sign-up in progress, resumable by id. emailTaken: the address already had an account. */
export interface RegistrationRecord {
    id: string;
    conversationKey: string;
    email: string;
    locale: string;
    emailTaken: boolean;
    emailConfirmedAt: Date | null;
    termsAcceptedAt: Date | null;
    passwordHash: string | null;
    twoStepChosenAt: Date | null;
    backupCodeSavedAt: Date | null;
    resetAnswersSetAt: Date | null;
    accountType: string | null;
    accountId: string | null;
    completedAt: Date | null;
    abandonedAt: Date | null;
    createdAt: Date;
}

export type NewRegistration = Pick<RegistrationRecord, 'id' | 'conversationKey' | 'email' | 'locale' | 'emailTaken' | 'createdAt'>;

/** What a step of sign-up records on its registration. */
export type RegistrationStepRecord = Partial<
    Pick<RegistrationRecord, 'emailConfirmedAt' | 'termsAcceptedAt' | 'passwordHash' | 'backupCodeSavedAt' | 'resetAnswersSetAt' | 'accountType'>
>;

/** A chosen second-step method: its kind, and the phone for sms. */
export interface ChosenTwoStepMethod {
    id: string;
    kind: string;
    phone: string | null;
}

/** The account a completed registration becomes (it takes the registration's id). */
export type NewAccount = Omit<AccountRecord, 'id'>;

/** Creating the account met an existing unique value: the email, or (rarely) the random account number. */
export type AccountCreation = { created: true; account: AccountRecord } | { created: false };

const REGISTRATION_FIELDS = {
    id: true,
    conversationKey: true,
    email: true,
    locale: true,
    emailTaken: true,
    emailConfirmedAt: true,
    termsAcceptedAt: true,
    passwordHash: true,
    twoStepChosenAt: true,
    backupCodeSavedAt: true,
    resetAnswersSetAt: true,
    accountType: true,
    accountId: true,
    completedAt: true,
    abandonedAt: true,
    createdAt: true,
} as const;

/** Registrations (Registration), and the writes that span a registration and what it owns. */
export class RegistrationRepository {
    constructor(private readonly db: StoreClient) {}

    async create(registration: NewRegistration): Promise<RegistrationRecord> {
        return this.db.registration.create({ data: registration, select: REGISTRATION_FIELDS });
    }

    async findById(id: string): Promise<RegistrationRecord | null> {
        return this.db.registration.findUnique({ where: { id }, select: REGISTRATION_FIELDS });
    }

    /** The conversation's registration `id` if it was completed after `since` and has its account. */
    async findCompletedSince(id: string, conversationKey: string, since: Date): Promise<RegistrationRecord | null> {
        return this.db.registration.findFirst({
            where: { id, conversationKey, completedAt: { gt: since }, accountId: { not: null } },
            select: REGISTRATION_FIELDS,
        });
    }

    /** The conversation's newest registration started after `startedAfter` that is neither completed nor abandoned. */
    async findNewestOpen(conversationKey: string, startedAfter: Date): Promise<RegistrationRecord | null> {
        return this.db.registration.findFirst({
            where: { conversationKey, completedAt: null, abandonedAt: null, createdAt: { gt: startedAfter } },
            orderBy: { createdAt: 'desc' },
            select: REGISTRATION_FIELDS,
        });
    }

    /** Records what a step did. */
    async recordStep(id: string, step: RegistrationStepRecord): Promise<void> {
        await this.db.registration.update({ where: { id }, data: step });
    }

    /**
     * Replaces the registration's second-step methods with `methods` and records the choice at `at`, clearing the saved
     * backup code (a new choice means a new backup code), in one transaction.
     */
    async chooseTwoStepMethods(id: string, methods: readonly ChosenTwoStepMethod[], at: Date): Promise<void> {
        await this.db.$transaction([
            this.db.twoStepMethod.deleteMany({ where: { ownerId: id } }),
            this.db.twoStepMethod.createMany({ data: methods.map((method) => ({ id: method.id, ownerId: id, kind: method.kind, phone: method.phone })) }),
            this.db.registration.update({ where: { id }, data: { twoStepChosenAt: at, backupCodeSavedAt: null } }),
        ]);
    }

    /** Ends a registration that is not completed (the user starts over). */
    async abandon(id: string, at: Date): Promise<void> {
        await this.db.registration.updateMany({ where: { id, completedAt: null }, data: { abandonedAt: at } });
    }

    /**
     * Creates the account with the registration's id and marks the registration completed at `at`, in one
     * transaction. `{ created: false }` (and nothing written) when the email or account number is taken already.
     */
    async completeWithAccount(id: string, account: NewAccount, at: Date): Promise<AccountCreation> {
        try {
            const [created] = await this.db.$transaction([
                this.db.account.create({
                    data: { id, ...account },
                    select: { id: true, email: true, accountNumber: true, passwordHash: true, accountType: true, locale: true },
                }),
                this.db.registration.update({ where: { id }, data: { completedAt: at, accountId: id } }),
            ]);
            return { created: true, account: created };
        } catch (error) {
            if (isUniqueViolation(error)) return { created: false };
            throw error;
        }
    }
}
