import type { StoreClient } from './storeClient';

/** A backup code of a registration or an account (ownerId), hashed. */
export interface BackupCodeRecord {
    id: string;
    ownerId: string;
    codeHash: string;
    createdAt: Date;
}

/** Backup codes (BackupCode). A used or replaced code is deleted, not marked. */
export class BackupCodeRepository {
    constructor(private readonly db: StoreClient) {}

    /** Deletes the owner's codes and stores this one, in one transaction: two issues at once leave one code. */
    async replace(code: BackupCodeRecord): Promise<void> {
        await this.db.$transaction([
            this.db.backupCode.deleteMany({ where: { ownerId: code.ownerId } }),
            this.db.backupCode.create({ data: code }),
        ]);
    }

    /** The owner's newest unused code: the live one. */
    async findLive(ownerId: string): Promise<BackupCodeRecord | null> {
        return this.db.backupCode.findFirst({
            where: { ownerId, usedAt: null },
            orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
            select: { id: true, ownerId: true, codeHash: true, createdAt: true },
        });
    }

    /** Uses the code up by deleting it; true only for the one caller whose delete found it (of two racing uses). */
    async useUp(codeId: string): Promise<boolean> {
        return (await this.db.backupCode.deleteMany({ where: { id: codeId } })).count > 0;
    }
}
