import crypto from 'node:crypto';
import type { BackupCodeRecord, BackupCodeRepository } from '../../store/backupCodeRepository';
import { BACKUP_CODE_ALPHABET, BACKUP_CODE_LENGTH, formatBackupCode, parseBackupCode } from '../validators';
import type { Clock } from './clock';
import type { PasswordHasher } from './passwordHasher';

interface Dependencies {
    backupCodes: BackupCodeRepository;
    hasher: PasswordHasher;
    now: Clock;
}

/**
 * The backup code of a registration or an account (ownerId): ten characters from an unambiguous alphabet, shown once
 * as "ABCDE-FGHJK", stored hashed. One is live at a time; using it replaces it with a new one. A used or replaced code
 * is deleted, not marked: nothing of it is left to match (and, with secure_delete, nothing left in the file).
 */
export class BackupCodes {
    constructor(private readonly deps: Dependencies) {}

    /**
     * Deletes the owner's codes and returns a new one, formatted for display. The plain code is not kept. Delete and
     * insert are one transaction, so two issues at once leave one code: the one that committed last.
     */
    async issue(ownerId: string): Promise<string> {
        const code = Array.from({ length: BACKUP_CODE_LENGTH }, () => BACKUP_CODE_ALPHABET[crypto.randomInt(BACKUP_CODE_ALPHABET.length)]).join('');
        const codeHash = await this.deps.hasher.hash(code);
        await this.deps.backupCodes.replace({ id: crypto.randomUUID(), ownerId, codeHash, createdAt: this.deps.now() });
        return formatBackupCode(code);
    }

    /**
     * When `typed` is the live backup code (the newest; any older row is never checked): uses it up by deleting it and
     * returns its replacement (to show once). Else undefined.
     */
    async redeem(ownerId: string, typed: string): Promise<string | undefined> {
        const parsed = parseBackupCode(typed);
        const live = await this.newest(ownerId);
        // Hash even a malformed code, or with no live code a dummy, so every refusal takes as long as a wrong code.
        const matches = await this.deps.hasher.verify(parsed.ok ? parsed.value : typed, live?.codeHash ?? (await this.dummyHash()));
        if (!live || !parsed.ok || !matches) return undefined;
        // Claimed by deleting it: of two uses racing, one deletes the row and the other finds nothing to delete.
        if (!(await this.deps.backupCodes.useUp(live.id))) return undefined;
        return this.issue(ownerId);
    }

    private newest(ownerId: string): Promise<BackupCodeRecord | null> {
        return this.deps.backupCodes.findLive(ownerId);
    }

    private dummy: Promise<string> | undefined;
    private dummyHash(): Promise<string> {
        this.dummy ??= this.deps.hasher.hash('no backup code');
        return this.dummy;
    }

    async hasLiveCode(ownerId: string): Promise<boolean> {
        return (await this.newest(ownerId)) !== null;
    }
}
