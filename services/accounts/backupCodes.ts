import crypto from 'node:crypto';
import type { StoreClient } from '../../store/storeClient';
import { BACKUP_CODE_ALPHABET, BACKUP_CODE_LENGTH, formatBackupCode, parseBackupCode } from '../validators';
import type { Clock } from './clock';
import type { PasswordHasher } from './passwordHasher';

interface Dependencies {
    store: StoreClient;
    hasher: PasswordHasher;
    now: Clock;
}

/**
 * The backup code of a registration or an account (ownerId): ten characters from an unambiguous alphabet, shown once
 * as "ABCDE-FGHJK", stored hashed. One is live at a time; using it replaces it with a new one.
 */
export class BackupCodes {
    constructor(private readonly deps: Dependencies) {}

    /** Retires any live code and returns a new one, formatted for display. The plain code is not kept. */
    async issue(ownerId: string): Promise<string> {
        const code = Array.from({ length: BACKUP_CODE_LENGTH }, () => BACKUP_CODE_ALPHABET[crypto.randomInt(BACKUP_CODE_ALPHABET.length)]).join('');
        const codeHash = await this.deps.hasher.hash(code);
        await this.deps.store.$transaction([
            this.deps.store.backupCode.updateMany({ where: { ownerId, usedAt: null }, data: { usedAt: this.deps.now() } }),
            this.deps.store.backupCode.create({ data: { id: crypto.randomUUID(), ownerId, codeHash } }),
        ]);
        return formatBackupCode(code);
    }

    /** When `typed` is the live backup code: uses it up and returns its replacement (to show once). Else undefined. */
    async redeem(ownerId: string, typed: string): Promise<string | undefined> {
        const parsed = parseBackupCode(typed);
        const live = await this.deps.store.backupCode.findFirst({ where: { ownerId, usedAt: null }, orderBy: { createdAt: 'desc' } });
        // Hash even a malformed code, or with no live code a dummy, so every refusal takes as long as a wrong code.
        const matches = await this.deps.hasher.verify(parsed.ok ? parsed.value : typed, live?.codeHash ?? (await this.dummyHash()));
        if (!live || !parsed.ok || !matches) return undefined;
        const claimed = await this.deps.store.backupCode.updateMany({ where: { id: live.id, usedAt: null }, data: { usedAt: this.deps.now() } });
        if (claimed.count === 0) return undefined;
        return this.issue(ownerId);
    }

    private dummy: Promise<string> | undefined;
    private dummyHash(): Promise<string> {
        this.dummy ??= this.deps.hasher.hash('no backup code');
        return this.dummy;
    }

    async hasLiveCode(ownerId: string): Promise<boolean> {
        return (await this.deps.store.backupCode.count({ where: { ownerId, usedAt: null } })) > 0;
    }
}
