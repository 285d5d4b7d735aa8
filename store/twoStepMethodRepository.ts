import type { StoreClient } from './storeClient';

/** A second-step method of a registration or an account (ownerId): email, sms (with its phone) or totp. */
export interface TwoStepMethodRecord {
    id: string;
    ownerId: string;
    /** email | sms | totp */
    kind: string;
    phone: string | null;
    /** The authenticator secret, sealed (SecretBox); totp only. */
    sealedSecret: string | null;
    /** The last TOTP time step accepted. */
    totpLastStep: number | null;
    verifiedAt: Date | null;
    createdAt: Date;
}

/** Second-step methods (TwoStepMethod); the choice of a registration's methods is RegistrationRepository's. */
export class TwoStepMethodRepository {
    constructor(private readonly db: StoreClient) {}

    /** The owner's method of that kind, if chosen. */
    async find(ownerId: string, kind: string): Promise<TwoStepMethodRecord | null> {
        return this.db.twoStepMethod.findUnique({ where: { ownerId_kind: { ownerId, kind } } });
    }

    /** Every method of the owner, oldest first. */
    async listFor(ownerId: string): Promise<TwoStepMethodRecord[]> {
        return this.db.twoStepMethod.findMany({ where: { ownerId }, orderBy: { createdAt: 'asc' } });
    }

    /** The owner's verified methods, oldest first. */
    async listVerified(ownerId: string): Promise<TwoStepMethodRecord[]> {
        return this.db.twoStepMethod.findMany({ where: { ownerId, verifiedAt: { not: null } }, orderBy: { createdAt: 'asc' } });
    }

    async countUnverified(ownerId: string): Promise<number> {
        return this.db.twoStepMethod.count({ where: { ownerId, verifiedAt: null } });
    }

    async markVerified(methodId: string, at: Date): Promise<void> {
        await this.db.twoStepMethod.update({ where: { id: methodId }, data: { verifiedAt: at } });
    }

    /** Stores a new sealed authenticator secret for the owner; one already there is replaced and must be verified again. */
    async enrolAuthenticator(ownerId: string, sealedSecret: string, newMethodId: string): Promise<void> {
        await this.db.twoStepMethod.upsert({
            where: { ownerId_kind: { ownerId, kind: 'totp' } },
            create: { id: newMethodId, ownerId, kind: 'totp', sealedSecret },
            update: { sealedSecret, verifiedAt: null, totpLastStep: null },
        });
    }

    /**
     * Accepts TOTP time step `step` for the method if no step at or after it was accepted before, marking the method
     * verified at `verifiedAt` (kept when set already). One conditional update: a code used twice, or raced, is
     * accepted once. True when this call accepted it.
     */
    async acceptAuthenticatorStep(methodId: string, step: number, verifiedAt: Date): Promise<boolean> {
        const accepted = await this.db.twoStepMethod.updateMany({
            where: { id: methodId, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
            data: { totpLastStep: step, verifiedAt },
        });
        return accepted.count === 1;
    }
}
