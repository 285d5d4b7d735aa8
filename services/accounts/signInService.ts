import crypto from 'node:crypto';
import type { AccountRepository } from '../../store/accountRepository';
import type { SignInAttemptRecord, SignInAttemptRepository } from '../../store/signInRepository';
import type { TwoStepMethodRepository } from '../../store/twoStepMethodRepository';
import { normaliseEmail, parseBackupCode, parseUsPhone } from '../validators';
import { CodeInvalid, FlowNotFound, MethodNotAvailable } from './accountErrors';
import type { AccountMessages } from './accountMessages';
import { LOCK_MINUTES, MAX_FAILED_TRIES, type AttemptLocks } from './attemptLocks';
import type { BackupCodes } from './backupCodes';
import { addMinutes, type Clock } from './clock';
import type { CodeDelivery, CodeSent, OneTimeCodes } from './oneTimeCodes';
import type { SecretBox } from './secretBox';
import type { SignInSessions } from './signInSessions';
import type { TotpAuthenticator } from './totp';

/** How a second step can be proved: a code sent by email or SMS, the app's code, or the backup code. */
export type SignInMethod = 'email' | 'sms' | 'totp' | 'backupCode';

export const MAX_SIGN_IN_FAILURES = MAX_FAILED_TRIES;
export const SIGN_IN_LOCK_MINUTES = LOCK_MINUTES;
/** A sign-in that is started but not finished is forgotten after this long. */
export const SIGN_IN_ATTEMPT_MINUTES = 15;

export interface SignInStarted {
    signInId: string;
    /** The methods to offer, in this order. The backup code is always last. */
    methods: SignInMethod[];
    /** The conversation came by SMS from the account's verified phone; that phone is one factor, so SMS is not offered. */
    phoneAlreadyProven: boolean;
}

export interface SignedIn {
    accountId: string;
    /** When the backup code was used: its replacement, to show once. */
    newBackupCode?: string;
}

export interface SignInOptions {
    /** For a conversation that arrived by SMS: the sender's phone number as the channel reports it. */
    arrivedFromPhone?: string;
    locale?: string;
}

interface Dependencies {
    accounts: AccountRepository;
    twoStepMethods: TwoStepMethodRepository;
    signInAttempts: SignInAttemptRepository;
    codes: OneTimeCodes;
    totp: TotpAuthenticator;
    backupCodes: BackupCodes;
    sessions: SignInSessions;
    messages: AccountMessages;
    secretBox: SecretBox;
    locks: AttemptLocks;
    now: Clock;
}

/**
 * What an unknown email is answered with: only method lists a real account can have, i.e. the four choices
 * registration offers (createAccountDialog: email, text message, authenticator app, email and text message), each
 * weighted by how often it is plausibly chosen. One is picked from a keyed hash of the email, so asking twice gives
 * the same answer.
 */
export const DECOY_METHOD_LISTS: ReadonlyArray<{ methods: readonly SignInMethod[]; weight: number }> = [
    { methods: ['email'], weight: 8 },
    { methods: ['sms'], weight: 5 },
    { methods: ['email', 'sms'], weight: 4 },
    { methods: ['totp'], weight: 3 },
];

/** The decoy list for a lock key (a keyed hash, so uniformly spread): the weighted entry its first 32 bits land in. */
export function decoyMethodsFor(lockKey: string): SignInMethod[] {
    const total = DECOY_METHOD_LISTS.reduce((sum, entry) => sum + entry.weight, 0);
    let point = parseInt(lockKey.slice(0, 8), 16) % total;
    for (const entry of DECOY_METHOD_LISTS) {
        if (point < entry.weight) return [...entry.methods];
        point -= entry.weight;
    }
    return [...DECOY_METHOD_LISTS[0].methods];
}

/**
 * Sign-in by email and a second-step code. An unknown email gets the same answers, after the same work, as a known
 * one: plausible methods, codes that are stored and checked but never sent, and the same lockout. Five wrong codes
 * lock sign-in for that email for 20 minutes. A conversation that arrived by SMS from the account's verified phone
 * has proved that phone already, so the second factor must be something else (email code, app code, backup code).
 */
export class SignInService {
    constructor(private readonly deps: Dependencies) {}

    /** Opens a sign-in and says which methods can finish it. SignInLocked while the email is locked. */
    async start(rawEmail: string, conversationKey: string, options: SignInOptions = {}): Promise<SignInStarted> {
        const email = normaliseEmail(rawEmail);
        const lockKey = this.deps.secretBox.fingerprint(`sign-in:${email}`);
        await this.deps.locks.assertNotLocked(lockKey);
        const account = await this.deps.accounts.findByEmail(email);
        // Same queries for an unknown email: the method lookup runs against an id that owns nothing.
        const methods = await this.deps.twoStepMethods.listVerified(account?.id ?? `decoy:${lockKey}`);
        const arrivedFrom = options.arrivedFromPhone ? parseUsPhone(options.arrivedFromPhone) : undefined;
        const verifiedPhone = methods.find((m) => m.kind === 'sms')?.phone;
        const viaVerifiedPhone = Boolean(account && arrivedFrom?.ok && verifiedPhone === arrivedFrom.value);
        const attempt = await this.deps.signInAttempts.create({
            id: crypto.randomUUID(),
            conversationKey,
            lockKey,
            accountId: account?.id ?? null,
            viaVerifiedPhone,
            createdAt: this.deps.now(),
            expiresAt: addMinutes(this.deps.now(), SIGN_IN_ATTEMPT_MINUTES),
        });
        return { signInId: attempt.id, methods: await this.methodsFor(attempt), phoneAlreadyProven: viaVerifiedPhone };
    }

    /** Sends (or, for a retried turn, re-sends without duplicating) a code by email or SMS. */
    async sendCode(signInId: string, method: 'email' | 'sms'): Promise<CodeSent> {
        const attempt = await this.openAttempt(signInId);
        const delivery = await this.delivery(attempt, method);
        await this.deps.signInAttempts.recordMethod(attempt.id, method);
        return this.deps.codes.send(delivery);
    }

    /** A new code by the same method; ResendTooSoon within 60 s. */
    async resendCode(signInId: string, method: 'email' | 'sms'): Promise<CodeSent> {
        const attempt = await this.openAttempt(signInId);
        const delivery = await this.delivery(attempt, method);
        await this.deps.signInAttempts.recordMethod(attempt.id, method);
        return this.deps.codes.resend(delivery);
    }

    /**
     * Finishes sign-in with the code sent, the authenticator app's code, or the backup code (replaced on use, the new
     * one returned). The conversation is then signed in. A wrong code counts toward the lock: CodeInvalid tells how
     * many tries are left, and the fifth wrong one throws SignInLocked. The try is taken from the email's count before
     * the code is checked (AttemptLocks.reserve), so guesses sent at once from many conversations still get five checks.
     */
    async verify(signInId: string, typed: string): Promise<SignedIn> {
        const attempt = await this.openAttempt(signInId);
        const methods = await this.methodsFor(attempt);
        await this.deps.locks.reserve(attempt.lockKey);
        const backup = parseBackupCode(typed);
        let newBackupCode: string | undefined;
        let accepted = false;
        if (backup.ok) {
            newBackupCode = await this.deps.backupCodes.redeem(attempt.accountId ?? `decoy:${attempt.lockKey}`, backup.value);
            accepted = newBackupCode !== undefined;
        } else {
            if (methods.includes('totp') && attempt.accountId) accepted = await this.deps.totp.verify(attempt.accountId, typed);
            if (!accepted && (attempt.method === 'email' || attempt.method === 'sms')) {
                accepted = await this.verifySentCode(attempt, attempt.method, typed);
            }
        }
        if (!accepted || !attempt.accountId) return this.deps.locks.fail(attempt.lockKey);

        await this.deps.locks.clear(attempt.lockKey);
        await this.deps.signInAttempts.markCompleted(attempt.id, this.deps.now());
        await this.deps.sessions.begin(attempt.conversationKey, attempt.accountId);
        return newBackupCode === undefined ? { accountId: attempt.accountId } : { accountId: attempt.accountId, newBackupCode };
    }

    /** The code sent by `method`: true when right; CodeInvalid is turned into false so it counts toward the lock. */
    private async verifySentCode(attempt: SignInAttemptRecord, method: 'email' | 'sms', typed: string): Promise<boolean> {
        try {
            // Checked against the destination the code was sent to, which is the account's current one.
            await this.deps.codes.verify(await this.delivery(attempt, method), typed);
            return true;
        } catch (error) {
            if (error instanceof CodeInvalid) return false;
            throw error;
        }
    }

    private async openAttempt(signInId: string): Promise<SignInAttemptRecord> {
        const attempt = await this.deps.signInAttempts.findById(signInId);
        if (!attempt || attempt.completedAt || this.deps.now() >= attempt.expiresAt) throw new FlowNotFound('signIn');
        await this.deps.locks.assertNotLocked(attempt.lockKey);
        return attempt;
    }

    private async methodsFor(attempt: SignInAttemptRecord): Promise<SignInMethod[]> {
        let kinds: SignInMethod[];
        if (attempt.accountId) {
            const rows = await this.deps.twoStepMethods.listVerified(attempt.accountId);
            kinds = rows.map((row) => row.kind as SignInMethod);
        } else {
            kinds = decoyMethodsFor(attempt.lockKey);
        }
        // A phone already proved by the SMS channel cannot also be the second factor.
        if (attempt.viaVerifiedPhone) kinds = kinds.filter((kind) => kind !== 'sms');
        return [...kinds, 'backupCode'];
    }

    private async delivery(attempt: SignInAttemptRecord, method: 'email' | 'sms'): Promise<CodeDelivery> {
        if (!(await this.methodsFor(attempt)).includes(method)) throw new MethodNotAvailable(method);
        const account = attempt.accountId ? await this.deps.accounts.findById(attempt.accountId) : null;
        const phone = account ? (await this.deps.twoStepMethods.find(account.id, 'sms'))?.phone : undefined;
        const locale = account?.locale ?? 'en';
        return {
            purpose: 'signIn',
            subjectId: attempt.id,
            channel: method,
            to: method === 'sms' ? (phone ?? '') : (account?.email ?? ''),
            conversationKey: attempt.conversationKey,
            compose: (code, minutes) => this.deps.messages.compose('signInCode', method, locale, { code, minutes }),
            // An unknown email: the code is real but goes nowhere, so it can never be typed.
            deliver: account !== null,
        };
    }
}
