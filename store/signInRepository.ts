import { createUnlessTaken } from './storeErrors';
import type { StoreClient } from './storeClient';

/** A sign-in in progress. accountId is null for an unknown email (its codes are decoys that never match). */
export interface SignInAttemptRecord {
    id: string;
    conversationKey: string;
    /** Keyed hash of the normalised email, shared with the sign-in lock. */
    lockKey: string;
    accountId: string | null;
    viaVerifiedPhone: boolean;
    /** The method a code was last sent by: email | sms. */
    method: string | null;
    createdAt: Date;
    expiresAt: Date;
    completedAt: Date | null;
}

/** The tries counted against a lock key, and until when it is locked. */
export interface SignInLockRecord {
    lockKey: string;
    failures: number;
    lockedUntil: Date | null;
}

/** Which account a conversation is signed in to. */
export interface SignInSessionRecord {
    id: string;
    conversationKey: string;
    accountId: string;
    createdAt: Date;
    lastUsedAt: Date;
}

/** Sign-ins in progress (SignInAttempt). */
export class SignInAttemptRepository {
    constructor(private readonly db: StoreClient) {}

    async create(attempt: Omit<SignInAttemptRecord, 'method' | 'completedAt'>): Promise<SignInAttemptRecord> {
        return this.db.signInAttempt.create({ data: attempt });
    }

    async findById(id: string): Promise<SignInAttemptRecord | null> {
        return this.db.signInAttempt.findUnique({ where: { id } });
    }

    /** Records the method the code was sent by. */
    async recordMethod(id: string, method: string): Promise<void> {
        await this.db.signInAttempt.update({ where: { id }, data: { method } });
    }

    async markCompleted(id: string, at: Date): Promise<void> {
        await this.db.signInAttempt.update({ where: { id }, data: { completedAt: at } });
    }
}

/**
 * Tries at a secret counted per lock key (SignInLock). Every change is one conditional statement, so tries taken at
 * the same moment are each counted once: AttemptLocks builds the rule (five tries, then a lock) on these.
 */
export class SignInLockRepository {
    constructor(private readonly db: StoreClient) {}

    async find(lockKey: string): Promise<SignInLockRecord | null> {
        return this.db.signInLock.findUnique({ where: { lockKey } });
    }

    async exists(lockKey: string): Promise<boolean> {
        return (await this.db.signInLock.findUnique({ where: { lockKey }, select: { lockKey: true } })) !== null;
    }

    /** Removes the key's lock if it ended at or before `now` (a clean slate); a lock still running stays. */
    async clearEnded(lockKey: string, now: Date): Promise<void> {
        await this.db.signInLock.deleteMany({ where: { lockKey, lockedUntil: { lte: now } } });
    }

    /**
     * Takes one try for the key: one conditional increment, only while it is unlocked and has fewer than
     * `maxTries` counted. False when the key has no row yet, is locked, or has no try left.
     */
    async claimTry(lockKey: string, maxTries: number): Promise<boolean> {
        const taken = await this.db.signInLock.updateMany({
            where: { lockKey, lockedUntil: null, failures: { lt: maxTries } },
            data: { failures: { increment: 1 } },
        });
        return taken.count === 1;
    }

    /** Creates the key's row with its first try taken; false when another caller created it first. */
    async createWithFirstTry(lockKey: string): Promise<boolean> {
        return createUnlessTaken(() => this.db.signInLock.create({ data: { lockKey, failures: 1 } }));
    }

    /** Locks the key until `until`, unless someone locked it already (their lock stands). */
    async lockUnlessLocked(lockKey: string, until: Date): Promise<void> {
        await this.db.signInLock.updateMany({ where: { lockKey, lockedUntil: null }, data: { lockedUntil: until } });
    }

    /** Forgets every try of the key. */
    async clear(lockKey: string): Promise<void> {
        await this.db.signInLock.deleteMany({ where: { lockKey } });
    }
}

/** Signed-in conversations (SignInSession), one per conversation key. */
export class SignInSessionRepository {
    constructor(private readonly db: StoreClient) {}

    /** Signs the conversation in to the account at `at`, replacing any earlier session of that conversation. */
    async begin(conversationKey: string, accountId: string, at: Date, newSessionId: string): Promise<void> {
        await this.db.signInSession.upsert({
            where: { conversationKey },
            create: { id: newSessionId, conversationKey, accountId, createdAt: at, lastUsedAt: at },
            update: { accountId, createdAt: at, lastUsedAt: at },
        });
    }

    async findByConversation(conversationKey: string): Promise<SignInSessionRecord | null> {
        return this.db.signInSession.findUnique({ where: { conversationKey } });
    }

    async touch(sessionId: string, at: Date): Promise<void> {
        await this.db.signInSession.update({ where: { id: sessionId }, data: { lastUsedAt: at } });
    }

    async delete(sessionId: string): Promise<void> {
        await this.db.signInSession.deleteMany({ where: { id: sessionId } });
    }

    async endForConversation(conversationKey: string): Promise<void> {
        await this.db.signInSession.deleteMany({ where: { conversationKey } });
    }

    async endAllForAccount(accountId: string): Promise<void> {
        await this.db.signInSession.deleteMany({ where: { accountId } });
    }
}
