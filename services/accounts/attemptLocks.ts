import type { SignInLockRepository } from '../../store/signInRepository';
import { CodeInvalid, SignInLocked } from './accountErrors';
import { addMinutes, type Clock } from './clock';

/** Wrong codes allowed per lock key before it locks. */
export const MAX_FAILED_TRIES = 5;
/** How long a lock lasts; then the count starts again. */
export const LOCK_MINUTES = 20;

/**
 * Counts tries at a secret (a sign-in code, a reset code) per lock key, in the SignInLock table, and locks the key for
 * 20 minutes after five wrong ones. A try is reserved with one conditional update BEFORE the secret is checked, so
 * twenty guesses posted at the same moment get five checks between them, not twenty; only a genuine success clears
 * the count. Lock keys are keyed hashes with a prefix naming what they count (`password-reset:...`); never an address.
 *
 * @example
 * await locks.reserve(lockKey);              // SignInLocked when no try is left
 * if (!(await isRight(typed))) await locks.fail(lockKey); // CodeInvalid(triesLeft) or SignInLocked
 * await locks.clear(lockKey);
 */
export class AttemptLocks {
    constructor(private readonly deps: { signInLocks: SignInLockRepository; now: Clock }) {}

    /** SignInLocked while the key is locked. Reads only: a look before any work, not a reservation. */
    async assertNotLocked(lockKey: string): Promise<void> {
        const lock = await this.deps.signInLocks.find(lockKey);
        if (lock?.lockedUntil && this.deps.now() < lock.lockedUntil) throw new SignInLocked(lock.lockedUntil);
    }

    /** Takes one try for the key, atomically; SignInLocked when the key is locked or its tries are all taken. */
    async reserve(lockKey: string): Promise<void> {
        const { signInLocks } = this.deps;
        const now = this.deps.now();
        // A lock that is over: a clean slate. Conditional, so it can only remove a lock whose time has passed.
        await signInLocks.clearEnded(lockKey, now);
        for (let round = 0; round < 3; round++) {
            if (await signInLocks.claimTry(lockKey, MAX_FAILED_TRIES)) return;
            if (await signInLocks.exists(lockKey)) break;
            if (await signInLocks.createWithFirstTry(lockKey)) return;
            // Another try created the row first: take a try from it instead.
        }
        // Every try is taken (the last may still be being checked): the key is locked from now on.
        throw new SignInLocked(await this.lock(lockKey, now));
    }

    /** The reserved try was wrong: CodeInvalid with the tries left, or SignInLocked when it was the last one. */
    async fail(lockKey: string): Promise<never> {
        const now = this.deps.now();
        const lock = await this.deps.signInLocks.find(lockKey);
        if (lock && lock.failures >= MAX_FAILED_TRIES) throw new SignInLocked(await this.lock(lockKey, now));
        throw new CodeInvalid(MAX_FAILED_TRIES - (lock?.failures ?? 0));
    }

    /** A genuine success: the count starts again. */
    async clear(lockKey: string): Promise<void> {
        await this.deps.signInLocks.clear(lockKey);
    }

    /** Sets the lock if no one has yet, and returns when it ends. */
    private async lock(lockKey: string, now: Date): Promise<Date> {
        const lockedUntil = addMinutes(now, LOCK_MINUTES);
        await this.deps.signInLocks.lockUnlessLocked(lockKey, lockedUntil);
        const lock = await this.deps.signInLocks.find(lockKey);
        return lock?.lockedUntil ?? lockedUntil;
    }
}
