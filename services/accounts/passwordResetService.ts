import crypto from 'node:crypto';
import { z } from 'zod';
import type { AccountRepository } from '../../store/accountRepository';
import type { PasswordResetRecord, PasswordResetRepository } from '../../store/passwordResetRepository';
import type { Notifier } from '../notifications/notifier';
import { checkPassword, normaliseEmail } from '../validators';
import { BackupCodeInvalid, CodeInvalid, FlowNotFound, InputRejected, PasswordRejected, ResetAnswersIncorrect, ResetLocked, SignInLocked, StepOutOfOrder, TooManyAttempts } from './accountErrors';
import type { AccountMessages } from './accountMessages';
import type { AttemptLocks } from './attemptLocks';
import type { BackupCodes } from './backupCodes';
import { addMinutes, type Clock } from './clock';
import type { CodeDelivery, CodeKey, CodeSent, OneTimeCodes } from './oneTimeCodes';
import type { PasswordHasher } from './passwordHasher';
import { RESET_QUESTIONS_ASKED, type ResetAnswerInput, type ResetQuestionId, type ResetQuestions } from './resetQuestions';
import type { SignInSessions } from './signInSessions';

/** A reset must be finished within this time after it starts. */
export const PASSWORD_RESET_MINUTES = 30;
/** Wrong answer rounds (or wrong backup codes) allowed before the reset is closed. */
export const MAX_IDENTITY_FAILURES = 3;

export type PasswordResetStep = 'confirmEmail' | 'proveIdentity' | 'setPassword';

/** After one reset answer: the questions of this round still to answer, or identity proven. */
export type ResetAnswerOutcome = { status: 'next'; remaining: ResetQuestionId[] } | { status: 'proven' };

const roundResultsSchema = z.record(z.string(), z.boolean());

interface Dependencies {
    accounts: AccountRepository;
    passwordResets: PasswordResetRepository;
    notifier: Notifier;
    hasher: PasswordHasher;
    codes: OneTimeCodes;
    backupCodes: BackupCodes;
    resetQuestions: ResetQuestions;
    sessions: SignInSessions;
    messages: AccountMessages;
    locks: AttemptLocks;
    now: Clock;
}

const questionIdsSchema = z.array(z.string());

/**
 * "Forgot password": the emailed code, then three of the five reset questions or the backup code, then a new
 * password (policy-checked, hashed). An unknown email is treated exactly like a known one up to the code, which is
 * never sent and so never matches. A successful reset signs the account out everywhere and emails a notice.
 * Wrong reset codes are counted per email address (a keyed hash, the same for an address with or without an account),
 * not per reset: five across any number of resets lock the address's resets for 20 minutes, as at sign-in.
 */
export class PasswordResetService {
    constructor(private readonly deps: Dependencies) {}

    async start(rawEmail: string, conversationKey: string, locale = 'en'): Promise<{ resetId: string; codeSent: CodeSent }> {
        const email = normaliseEmail(rawEmail);
        const account = await this.deps.accounts.findByEmail(email);
        const reset = await this.deps.passwordResets.create({
            id: crypto.randomUUID(),
            conversationKey,
            accountId: account?.id ?? null,
            createdAt: this.deps.now(),
            expiresAt: addMinutes(this.deps.now(), PASSWORD_RESET_MINUTES),
        });
        // Addressed to the email typed even when it has no account (then never sent): the code's destination hash is
        // what the reset's attempts are counted under, the same for both.
        const codeSent = await this.deps.codes.send(await this.delivery(reset, account?.locale ?? locale, email));
        return { resetId: reset.id, codeSent };
    }

    async resendCode(resetId: string): Promise<CodeSent> {
        const reset = await this.open(resetId);
        if (reset.emailVerifiedAt) throw new StepOutOfOrder(this.nextStep(reset));
        return this.deps.codes.resend(await this.delivery(reset));
    }

    /**
     * Whether this reset's code went to `rawEmail` (compared by the code's destination hash: the address of an unknown
     * email is kept nowhere else): the same address typed again at the question for the code is no change of address.
     */
    async codeWentTo(resetId: string, rawEmail: string): Promise<boolean> {
        const key: CodeKey = { purpose: 'passwordReset', subjectId: (await this.open(resetId)).id, channel: 'email' };
        return (await this.deps.codes.issuedDestination(key)) === this.deps.codes.destinationOf({ ...key, to: rawEmail });
    }

    /**
     * Checks the emailed code; errors as OneTimeCodes.verify, except that a wrong code counts toward the address's
     * lock: CodeInvalid with the tries left for the address, then ResetLocked (also while it lasts).
     */
    async confirmEmail(resetId: string, code: string): Promise<PasswordResetStep> {
        const reset = await this.open(resetId);
        const delivery = await this.delivery(reset);
        const lockKey = `password-reset:${delivery.destination ?? ''}`;
        await asResetLock(async () => {
            await this.deps.locks.reserve(lockKey);
            try {
                await this.deps.codes.verify(delivery, code);
            } catch (error) {
                if (error instanceof CodeInvalid) return this.deps.locks.fail(lockKey);
                throw error;
            }
        });
        await this.deps.locks.clear(lockKey);
        await this.deps.passwordResets.recordStep(reset.id, { emailVerifiedAt: this.deps.now() });
        return 'proveIdentity';
    }

    /** The three questions to ask (ids; texts are the locale keys resetQuestions.<id>), the same on every call. */
    async questions(resetId: string): Promise<ResetQuestionId[]> {
        const reset = await this.at(resetId, 'proveIdentity');
        if (reset.askedQuestionIds) return questionIdsSchema.parse(JSON.parse(reset.askedQuestionIds)) as ResetQuestionId[];
        const picked = await this.deps.resetQuestions.pickQuestions(reset.accountId ?? '', RESET_QUESTIONS_ASKED);
        await this.deps.passwordResets.recordStep(reset.id, { askedQuestionIds: JSON.stringify(picked) });
        return picked;
    }

    /**
     * Checks a whole round at once (answers to questions not asked are ignored, a missing one counts as wrong):
     * the same rules as answering one question at a time.
     */
    async answerQuestions(resetId: string, answers: readonly ResetAnswerInput[]): Promise<PasswordResetStep> {
        let outcome: ResetAnswerOutcome = { status: 'next', remaining: await this.questions(resetId) };
        while (outcome.status === 'next') {
            const [questionId] = outcome.remaining;
            const given = answers.find((answer) => answer.questionId === questionId)?.answer ?? '';
            outcome = await this.answerQuestion(resetId, questionId, given);
        }
        return 'setPassword';
    }

    /**
     * Checks one answer of the current round as soon as it is given, so the chat never holds answers; only whether it
     * was right is kept. The round's verdict comes with its last answer and never says which answer was wrong:
     * ResetAnswersIncorrect with the rounds left, or TooManyAttempts after three wrong rounds.
     */
    async answerQuestion(resetId: string, questionId: string, answer: string): Promise<ResetAnswerOutcome> {
        const reset = await this.at(resetId, 'proveIdentity');
        const asked = await this.questions(resetId);
        if (!asked.includes(questionId as ResetQuestionId)) throw new InputRejected('question', 'notAsked');
        const right = (await this.deps.resetQuestions.countCorrect(reset.accountId ?? '', [{ questionId, answer }])) === 1;
        const results = { ...roundResultsSchema.parse(JSON.parse(reset.roundResults ?? '{}')), [questionId]: right };
        const remaining = asked.filter((id) => !(id in results));
        if (remaining.length > 0) {
            await this.deps.passwordResets.recordStep(reset.id, { roundResults: JSON.stringify(results) });
            return { status: 'next', remaining };
        }
        await this.deps.passwordResets.recordStep(reset.id, { roundResults: null });
        if (!asked.every((id) => results[id])) return this.recordFailure(reset, (roundsLeft) => new ResetAnswersIncorrect(roundsLeft));
        await this.deps.passwordResets.recordStep(reset.id, { identityProvenAt: this.deps.now() });
        return { status: 'proven' };
    }

    /** Proves identity with the backup code instead; it is used up and its replacement returned, to show once. */
    async useBackupCode(resetId: string, code: string): Promise<{ newBackupCode: string }> {
        const reset = await this.at(resetId, 'proveIdentity');
        const newBackupCode = await this.deps.backupCodes.redeem(reset.accountId ?? '', code);
        if (!newBackupCode) return this.recordFailure(reset, () => new BackupCodeInvalid());
        await this.deps.passwordResets.recordStep(reset.id, { identityProvenAt: this.deps.now() });
        return { newBackupCode };
    }

    /** Sets the new password (PasswordRejected lists every failed rule), signs the account out everywhere, emails a notice. */
    async setNewPassword(resetId: string, password: string): Promise<void> {
        const reset = await this.at(resetId, 'setPassword');
        const account = await this.deps.accounts.getById(reset.accountId ?? '');
        const verdict = checkPassword(password, { email: account.email });
        if (!verdict.ok) throw new PasswordRejected(verdict.failures);
        const passwordHash = await this.deps.hasher.hash(password);
        await this.deps.passwordResets.completeWithNewPassword(reset.id, account.id, passwordHash, this.deps.now());
        await this.deps.sessions.endAllFor(account.id);
        const message = this.deps.messages.compose('passwordChanged', 'email', account.locale);
        await this.deps.notifier.send({
            channel: 'email',
            to: account.email,
            ...message,
            idempotencyKey: `password-changed:${reset.id}`,
            conversationKey: reset.conversationKey,
            kind: 'notice',
        });
    }

    async progress(resetId: string): Promise<PasswordResetStep> {
        return this.nextStep(await this.open(resetId));
    }

    private async recordFailure(reset: PasswordResetRecord, error: (roundsLeft: number) => Error): Promise<never> {
        const roundsLeft = MAX_IDENTITY_FAILURES - (await this.deps.passwordResets.countFailedRound(reset.id));
        if (roundsLeft <= 0) {
            await this.deps.passwordResets.recordStep(reset.id, { completedAt: this.deps.now() });
            throw new TooManyAttempts();
        }
        throw error(roundsLeft);
    }

    /**
     * The reset's code delivery. At the start it is addressed to the email typed (`typedEmail`); after that its
     * destination is read back from the code issued (the address of an unknown email is kept nowhere else), with the
     * same queries whether or not the address has an account.
     */
    private async delivery(reset: PasswordResetRecord, locale?: string, typedEmail?: string): Promise<CodeDelivery> {
        const account = reset.accountId ? await this.deps.accounts.findById(reset.accountId) : null;
        const language = locale ?? account?.locale ?? 'en';
        const key: CodeKey = { purpose: 'passwordReset', subjectId: reset.id, channel: 'email' };
        const addressed = typedEmail !== undefined ? { to: typedEmail } : { to: account?.email ?? '', destination: await this.deps.codes.issuedDestination(key) };
        return {
            ...key,
            ...addressed,
            conversationKey: reset.conversationKey,
            compose: (code, minutes) => this.deps.messages.compose('passwordResetCode', 'email', language, { code, minutes }),
            deliver: account !== null,
        };
    }

    private nextStep(reset: PasswordResetRecord): PasswordResetStep {
        if (!reset.emailVerifiedAt) return 'confirmEmail';
        if (!reset.identityProvenAt) return 'proveIdentity';
        return 'setPassword';
    }

    private async open(resetId: string): Promise<PasswordResetRecord> {
        const reset = await this.deps.passwordResets.findById(resetId);
        if (!reset || reset.completedAt || this.deps.now() >= reset.expiresAt) throw new FlowNotFound('passwordReset');
        return reset;
    }

    private async at(resetId: string, step: PasswordResetStep): Promise<PasswordResetRecord> {
        const reset = await this.open(resetId);
        const order: PasswordResetStep[] = ['confirmEmail', 'proveIdentity', 'setPassword'];
        const next = this.nextStep(reset);
        if (order.indexOf(step) > order.indexOf(next)) throw new StepOutOfOrder(next);
        // An unknown email never gets past its code, so a reset past that point always has an account.
        return reset;
    }
}

/** The shared attempt lock speaks of sign-in; for a reset the user needs to hear it is the reset that waits. */
async function asResetLock<T>(work: () => Promise<T>): Promise<T> {
    try {
        return await work();
    } catch (error) {
        if (error instanceof SignInLocked) throw new ResetLocked(error.lockedUntil);
        throw error;
    }
}
