import crypto from 'node:crypto';
import type { OneTimeCodeRecord, OneTimeCodeRepository } from '../../store/oneTimeCodeRepository';
import type { NotificationChannel, Notifier } from '../notifications/notifier';
import { normaliseEmail, parseOneTimeCode } from '../validators';
import { CodeAlreadyUsed, CodeExpired, CodeInvalid, CodeNotIssued, ResendTooSoon, TooManyAttempts } from './accountErrors';
import type { ComposedMessage } from './accountMessages';
import { addMinutes, addSeconds, type Clock } from './clock';
import type { PasswordHasher } from './passwordHasher';
import type { SecretBox } from './secretBox';

/** What a code is for; part of its key, so a sign-in code never confirms an email. */
export type CodePurpose = 'emailConfirmation' | 'twoStepSetup' | 'signIn' | 'passwordReset';

export const CODE_LIFETIME_MINUTES = 10;
export const MAX_CODE_ATTEMPTS = 5;
export const RESEND_COOLDOWN_SECONDS = 60;

/** Which code: one live code at a time per purpose, subject (registration, sign-in or reset id) and channel. */
export interface CodeKey {
    purpose: CodePurpose;
    subjectId: string;
    channel: NotificationChannel;
}

/** A code and where it goes: a code proves the one destination it was sent to, and no other. */
export interface CodeTarget extends CodeKey {
    /** Email address or E.164 phone. */
    to: string;
    /**
     * The keyed hash of the destination, for a decoy whose address is no longer known after its first send (an
     * unknown email's reset): pass `issuedDestination`. Otherwise leave it out; it is computed from `to`.
     */
    destination?: string;
}

export interface CodeDelivery extends CodeTarget {
    /** The localized message around the code. */
    compose: (code: string, minutesValid: number) => ComposedMessage;
    /** False for a decoy (an unknown email): stored and checked like any code, never sent, never matched. */
    deliver?: boolean;
    /** The conversation that asked (the registration's, sign-in's or reset's), so limits can count per conversation. */
    conversationKey: string;
}

export interface CodeSent {
    issueNumber: number;
    expiresAt: Date;
    /** When `resend` will next be allowed. */
    resendAvailableAt: Date;
}

interface Dependencies {
    oneTimeCodes: OneTimeCodeRepository;
    notifier: Notifier;
    hasher: PasswordHasher;
    secretBox: SecretBox;
    now: Clock;
}

/**
 * Six-digit one-time codes: stored hashed, valid 10 minutes, single use, 5 attempts, a 60-second resend cool-down.
 * Each issue is sent with the idempotency key `otp:<purpose>:<channel>:<subject>:<issue>`, and `send` re-delivers a
 * live code under its own key, so a retried chat turn reaches the notifier as a duplicate and never sends two codes.
 * A code is bound to its destination (a keyed hash of the normalised address or number): asking for a code for a new
 * destination supersedes the live one and issues a new code there at once, and a code only verifies the destination
 * it was sent to.
 */
export class OneTimeCodes {
    constructor(private readonly deps: Dependencies) {}

    /** Sends the live code again (a no-op at the notifier if it already went out), or issues the first one. */
    async send(delivery: CodeDelivery): Promise<CodeSent> {
        const live = await this.liveCode(delivery);
        // No live code, or one sent somewhere else (a changed phone number): a new code for this destination.
        if (!live || live.destination !== this.destinationOf(delivery)) return this.issueNext(delivery);
        // A decoy has nothing sealed and is never sent; a real live code goes out again under its own key.
        if (live.sealedCode) {
            await this.deliver(delivery, this.deps.secretBox.open(live.sealedCode, sealContext(live.id)), live.issueNumber);
        }
        return this.describe(live);
    }

    /** Replaces the live code with a new one; ResendTooSoon within 60 seconds of the last send to the same destination. */
    async resend(delivery: CodeDelivery): Promise<CodeSent> {
        return this.issueNext(delivery);
    }

    /**
     * Checks a typed code against the live code for `key` and uses it up. Throws CodeNotIssued, CodeAlreadyUsed,
     * TooManyAttempts, CodeExpired, or CodeInvalid (with the attempts left; a badly formed code counts as a try).
     * CodeNotIssued too when the newest code went to another destination than `target`'s: it proves that one only.
     */
    async verify(target: CodeTarget, typed: string): Promise<void> {
        const code = await this.latestCode(target);
        if (!code || code.destination !== this.destinationOf(target)) throw new CodeNotIssued();
        if (code.consumedAt) throw new CodeAlreadyUsed();
        if (code.attempts >= MAX_CODE_ATTEMPTS) throw new TooManyAttempts();
        if (this.deps.now() >= code.expiresAt) throw new CodeExpired();

        const parsed = parseOneTimeCode(typed);
        const matches = parsed.ok && (await this.deps.hasher.verify(parsed.value, code.codeHash));
        if (!matches) {
            // Conditional increment: two racing wrong guesses cannot both slip under the limit.
            if (!(await this.deps.oneTimeCodes.countWrongTry(code.id, MAX_CODE_ATTEMPTS))) throw new TooManyAttempts();
            const attemptsLeft = MAX_CODE_ATTEMPTS - (code.attempts + 1);
            if (attemptsLeft <= 0) await this.deps.oneTimeCodes.eraseSealedCode(code.id);
            throw new CodeInvalid(Math.max(attemptsLeft, 0));
        }
        if (!(await this.deps.oneTimeCodes.markConsumed(code.id, this.deps.now()))) throw new CodeAlreadyUsed();
    }

    private async issueNext(delivery: CodeDelivery): Promise<CodeSent> {
        const { oneTimeCodes, hasher, secretBox, now } = this.deps;
        const destination = this.destinationOf(delivery);
        const previous = await this.latestCode(delivery);
        // The cool-down protects one destination from floods; a new destination (a corrected number) waits for nothing.
        if (previous && previous.destination === destination) {
            const allowedAt = addSeconds(previous.sentAt, RESEND_COOLDOWN_SECONDS);
            const waitMs = allowedAt.getTime() - now().getTime();
            if (waitMs > 0) throw new ResendTooSoon(Math.ceil(waitMs / 1000));
        }
        const code = crypto.randomInt(0, 1_000_000).toString().padStart(6, '0');
        const id = crypto.randomUUID();
        const issueNumber = (previous?.issueNumber ?? 0) + 1;
        const sentAt = now();
        const row = await oneTimeCodes.create({
            id,
            purpose: delivery.purpose,
            subjectId: delivery.subjectId,
            channel: delivery.channel,
            issueNumber,
            codeHash: await hasher.hash(code),
            destination,
            // A decoy is never re-delivered, so nothing to seal.
            sealedCode: delivery.deliver === false ? null : secretBox.seal(code, sealContext(id)),
            sentAt,
            expiresAt: addMinutes(sentAt, CODE_LIFETIME_MINUTES),
        }, previous ? { id: previous.id, at: sentAt } : undefined);
        await this.deliver(delivery, code, issueNumber);
        return this.describe(row);
    }

    private async deliver(delivery: CodeDelivery, code: string, issueNumber: number): Promise<void> {
        if (delivery.deliver === false) return;
        const message = delivery.compose(code, CODE_LIFETIME_MINUTES);
        await this.deps.notifier.send({
            channel: delivery.channel,
            to: delivery.to,
            ...message,
            // One key per issue: a new code (e.g. for a new number) is a new message, never a "duplicate" of the last.
            idempotencyKey: `otp:${delivery.purpose}:${delivery.channel}:${delivery.subjectId}:${issueNumber}`,
            conversationKey: delivery.conversationKey,
            kind: 'code',
            codeGroup: delivery.purpose,
        });
    }

    /** The keyed hash a code for `target` is bound to: of the normalised address or number, never the address itself. */
    destinationOf(target: CodeTarget): string {
        if (target.destination !== undefined) return target.destination;
        const address = target.channel === 'email' ? normaliseEmail(target.to) : target.to.replace(/[^\d+]/g, '');
        return this.deps.secretBox.fingerprint(`code-destination:${target.channel}:${address}`);
    }

    /** The destination hash the newest code for `key` was issued to; undefined before the first code. */
    async issuedDestination(key: CodeKey): Promise<string | undefined> {
        return (await this.latestCode(key))?.destination;
    }

    private latestCode(key: CodeKey): Promise<OneTimeCodeRecord | null> {
        return this.deps.oneTimeCodes.findLatest(key);
    }

    private async liveCode(key: CodeKey): Promise<OneTimeCodeRecord | undefined> {
        const code = await this.latestCode(key);
        const live = code && !code.consumedAt && !code.supersededAt && code.attempts < MAX_CODE_ATTEMPTS && this.deps.now() < code.expiresAt;
        return live ? code : undefined;
    }

    private describe(row: { issueNumber: number; expiresAt: Date; sentAt: Date }): CodeSent {
        return { issueNumber: row.issueNumber, expiresAt: row.expiresAt, resendAvailableAt: addSeconds(row.sentAt, RESEND_COOLDOWN_SECONDS) };
    }
}

function sealContext(codeId: string): string {
    return `one-time-code:${codeId}`;
}
