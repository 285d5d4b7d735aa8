import type { StoreClient } from './storeClient';
import { createUnlessTaken } from './storeErrors';

/** What the embedded case sandbox remembers about one receipt (SandboxCaseState). */
export interface SandboxCaseStateRecord {
    receiptNumber: string;
    /** When the sandbox first answered about the case: a scheduled case's steps and an access code's age count from here. */
    firstSeenAt: Date;
    /** How many times advance() moved the case (for the record; the move itself is an earlier firstSeenAt). */
    advancedSteps: number;
    /** When the case's Online Access Code was used; null while it is unused. */
    accessCodeUsedAt: Date | null;
}

/** The sandbox case service's state (SandboxCaseState): first sightings and used access codes. */
export class SandboxCaseRepository {
    constructor(private readonly db: StoreClient) {}

    async find(receiptNumber: string): Promise<SandboxCaseStateRecord | null> {
        return this.db.sandboxCaseState.findUnique({ where: { receiptNumber } });
    }

    /**
     * The case's state, created the first time with `firstSeenAt` (and `accessCodeUsedAt`, for a case whose code
     * someone used before). Of two racing first sightings one row wins, and both callers get it.
     */
    async findOrCreate(
        receiptNumber: string,
        first: { firstSeenAt: Date; accessCodeUsedAt?: Date | null },
    ): Promise<SandboxCaseStateRecord> {
        const existing = await this.find(receiptNumber);
        if (existing) return existing;
        await createUnlessTaken(() =>
            this.db.sandboxCaseState.create({
                data: { receiptNumber, firstSeenAt: first.firstSeenAt, accessCodeUsedAt: first.accessCodeUsedAt ?? null },
            }),
        );
        const created = await this.find(receiptNumber);
        if (!created) throw new Error('SandboxCaseState row vanished right after it was created');
        return created;
    }

    /**
     * Moves firstSeenAt from `from` to `to` and counts one advance, only if no one moved it meanwhile (a conditional
     * update); false when someone did, so the caller reads again and retries.
     */
    async moveFirstSeen(receiptNumber: string, from: Date, to: Date): Promise<boolean> {
        const moved = await this.db.sandboxCaseState.updateMany({
            where: { receiptNumber, firstSeenAt: from },
            data: { firstSeenAt: to, advancedSteps: { increment: 1 } },
        });
        return moved.count === 1;
    }

    /** Uses the access code at `now` if it is unused: one conditional update, so of two racing redemptions one wins. */
    async claimAccessCode(receiptNumber: string, now: Date): Promise<boolean> {
        const claimed = await this.db.sandboxCaseState.updateMany({
            where: { receiptNumber, accessCodeUsedAt: null },
            data: { accessCodeUsedAt: now },
        });
        return claimed.count === 1;
    }
}
