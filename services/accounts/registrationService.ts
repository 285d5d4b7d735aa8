import crypto from 'node:crypto';
import { z } from 'zod';
import type { AccountRecord, AccountRepository } from '../../store/accountRepository';
import type { RegistrationRecord, RegistrationRepository, RegistrationStepRecord } from '../../store/registrationRepository';
import type { TwoStepMethodRecord, TwoStepMethodRepository } from '../../store/twoStepMethodRepository';
import type { Notifier } from '../notifications/notifier';
import { checkPassword, normaliseEmail, parseEmail, parseUsPhone } from '../validators';
import {
    AccountAlreadyExists,
    CodeInvalid,
    FlowNotFound,
    InputRejected,
    MethodNotAvailable,
    PasswordRejected,
    StepOutOfOrder,
} from './accountErrors';
import type { AccountMessages } from './accountMessages';
import { generateAccountNumber } from './accountNumber';
import type { BackupCodes } from './backupCodes';
import { addMinutes, type Clock } from './clock';
import type { CodeDelivery, CodeSent, OneTimeCodes } from './oneTimeCodes';
import type { PasswordHasher } from './passwordHasher';
import { RESET_ANSWERS_REQUIRED, type ResetAnswerInput, type ResetQuestionId, type ResetQuestions } from './resetQuestions';
import type { AuthenticatorEnrolment, TotpAuthenticator } from './totp';

/** The steps of sign-up, in order; `progress` names the next one so a returning user can resume. */
export const REGISTRATION_STEPS = [
    'confirmEmail',
    'acceptTerms',
    'setPassword',
    'chooseTwoStep',
    'verifyTwoStep',
    'saveBackupCode',
    'setResetAnswers',
    'chooseAccountType',
    'complete',
    'done',
] as const;
export type RegistrationStep = (typeof REGISTRATION_STEPS)[number];

export type TwoStepKind = 'email' | 'sms' | 'totp';
export const ACCOUNT_TYPES = ['applicant', 'representative'] as const;
export type AccountType = (typeof ACCOUNT_TYPES)[number];

/** A pending registration is kept this long after it starts, then treated as gone. */
export const REGISTRATION_LIFETIME_MINUTES = 7 * 24 * 60;

/** How long after completing a registration its conversation is still told "done" rather than starting again. */
export const RECENTLY_COMPLETED_MINUTES = 24 * 60;

/** Email and text may both be chosen (USCIS allows the combination); at least one method is required. */
export interface TwoStepChoice {
    email?: boolean;
    smsPhone?: string;
    authenticatorApp?: boolean;
}

export interface RegistrationProgress {
    registrationId: string;
    nextStep: RegistrationStep;
    /** With nextStep 'verifyTwoStep': the chosen methods still to verify, in the order to do them. */
    twoStepToVerify: TwoStepKind[];
    locale: string;
}

export type TwoStepSetupStarted = { method: 'email' | 'sms'; codeSent: CodeSent } | { method: 'totp'; enrolment: AuthenticatorEnrolment };

interface Dependencies {
    accounts: AccountRepository;
    registrations: RegistrationRepository;
    twoStepMethods: TwoStepMethodRepository;
    notifier: Notifier;
    hasher: PasswordHasher;
    codes: OneTimeCodes;
    totp: TotpAuthenticator;
    backupCodes: BackupCodes;
    resetQuestions: ResetQuestions;
    messages: AccountMessages;
    now: Clock;
}

const twoStepChoiceSchema = z.object({
    email: z.boolean().optional(),
    smsPhone: z.string().optional(),
    authenticatorApp: z.boolean().optional(),
});

/**
 * Sign-up, one step per call, resumable: the dialog keeps only the registration id. An email that already has an
 * account gets a "you already have an account" email instead of a code, and the caller sees exactly the same
 * results as for a new address; the confirmation step simply never succeeds, so the address's owner stays private.
 *
 * The account is created with its registration's id, so the second-step methods, backup code and reset answers
 * gathered here under that id already belong to it.
 */
export class RegistrationService {
    constructor(private readonly deps: Dependencies) {}

    /** Opens a registration and emails the confirmation code. InputRejected('email', reason) for a bad address. */
    async start(rawEmail: string, conversationKey: string, locale = 'en'): Promise<{ registrationId: string; codeSent: CodeSent }> {
        const email = parseEmail(rawEmail);
        if (!email.ok) throw new InputRejected('email', email.reason);
        const emailTaken = await this.deps.accounts.existsWithEmail(email.value);
        const registration = await this.deps.registrations.create({
            id: crypto.randomUUID(),
            conversationKey,
            email: email.value,
            locale,
            emailTaken,
            createdAt: this.deps.now(),
        });
        const codeSent = await this.deps.codes.send(this.confirmationDelivery(registration));
        return { registrationId: registration.id, codeSent };
    }

    /** A new confirmation code (or, for a taken address, the same notice again); ResendTooSoon within 60 s. */
    async resendConfirmation(registrationId: string): Promise<CodeSent> {
        const registration = await this.open(registrationId);
        requireStepReached('confirmEmail', await this.nextStep(registration));
        return this.deps.codes.resend(this.confirmationDelivery(registration));
    }

    /** Checks the emailed code. For a taken address it never succeeds (CodeInvalid), after the same work. */
    async confirmEmail(registrationId: string, code: string): Promise<RegistrationProgress> {
        const registration = await this.open(registrationId);
        await this.deps.codes.verify(this.confirmationDelivery(registration), code);
        // The random code of a taken address was never shown to anyone; even a lucky guess confirms nothing.
        if (registration.emailTaken) throw new CodeInvalid(0);
        await this.update(registration.id, { emailConfirmedAt: this.deps.now() });
        return this.progress(registration.id);
    }

    async acceptTerms(registrationId: string): Promise<RegistrationProgress> {
        await this.at(registrationId, 'acceptTerms');
        await this.update(registrationId, { termsAcceptedAt: this.deps.now() });
        return this.progress(registrationId);
    }

    /** Checks the policy (PasswordRejected lists every failed rule) and keeps only the hash. */
    async setPassword(registrationId: string, password: string): Promise<RegistrationProgress> {
        const registration = await this.at(registrationId, 'setPassword');
        // Only while the password is the step to do: an old link opened later must not replace it.
        const next = await this.nextStep(registration);
        if (next !== 'setPassword') throw new StepOutOfOrder(next);
        const verdict = checkPassword(password, { email: registration.email });
        if (!verdict.ok) throw new PasswordRejected(verdict.failures);
        await this.update(registrationId, { passwordHash: await this.deps.hasher.hash(password) });
        return this.progress(registrationId);
    }

    /** Records the chosen second-step methods (replacing an earlier choice). InputRejected for no method or a bad phone. */
    async chooseTwoStep(registrationId: string, choice: TwoStepChoice): Promise<RegistrationProgress> {
        await this.at(registrationId, 'chooseTwoStep');
        const parsed = twoStepChoiceSchema.safeParse(choice);
        if (!parsed.success) throw new InputRejected('twoStep', 'invalid');
        const { email, smsPhone, authenticatorApp } = parsed.data;
        const methods: Array<{ kind: TwoStepKind; phone?: string }> = [];
        if (email) methods.push({ kind: 'email' });
        if (smsPhone !== undefined) {
            const phone = parseUsPhone(smsPhone);
            if (!phone.ok) throw new InputRejected('phone', phone.reason);
            methods.push({ kind: 'sms', phone: phone.value });
        }
        if (authenticatorApp) methods.push({ kind: 'totp' });
        if (methods.length === 0) throw new InputRejected('twoStep', 'noMethod');
        // As at USCIS, changing the second-step methods means a new backup code (chooseTwoStepMethods clears it).
        await this.deps.registrations.chooseTwoStepMethods(
            registrationId,
            methods.map((m) => ({ id: crypto.randomUUID(), kind: m.kind, phone: m.phone ?? null })),
            this.deps.now(),
        );
        return this.progress(registrationId);
    }

    /** Sends the setup code (email, SMS) or creates the authenticator secret (QR code, shown once). */
    async startTwoStepSetup(registrationId: string, method: TwoStepKind): Promise<TwoStepSetupStarted> {
        const registration = await this.at(registrationId, 'verifyTwoStep');
        const chosen = await this.chosenMethod(registrationId, method);
        if (method === 'totp') return { method, enrolment: await this.deps.totp.enrol(registrationId, registration.email) };
        return { method, codeSent: await this.deps.codes.send(this.twoStepDelivery(registration, method, chosen.phone)) };
    }

    /** A new setup code for email or SMS; ResendTooSoon within 60 s. */
    async resendTwoStepCode(registrationId: string, method: 'email' | 'sms'): Promise<CodeSent> {
        const registration = await this.at(registrationId, 'verifyTwoStep');
        const chosen = await this.chosenMethod(registrationId, method);
        return this.deps.codes.resend(this.twoStepDelivery(registration, method, chosen.phone));
    }

    /** Checks the setup code (or the app's current code) and marks the method verified. */
    async verifyTwoStep(registrationId: string, method: TwoStepKind, code: string): Promise<RegistrationProgress> {
        const registration = await this.at(registrationId, 'verifyTwoStep');
        const chosen = await this.chosenMethod(registrationId, method);
        if (method === 'totp') {
            // The user's own new secret: guessing gains nothing, so app codes are not attempt-limited here.
            if (!(await this.deps.totp.verify(registrationId, code))) throw new CodeInvalid();
        } else {
            await this.deps.codes.verify(this.twoStepDelivery(registration, method, chosen.phone), code);
            await this.deps.twoStepMethods.markVerified(chosen.id, this.deps.now());
        }
        return this.progress(registrationId);
    }

    /** Makes a new backup code and returns it, formatted, to show once. The plain code is not kept anywhere. */
    async issueBackupCode(registrationId: string): Promise<string> {
        await this.at(registrationId, 'saveBackupCode');
        const code = await this.deps.backupCodes.issue(registrationId);
        await this.update(registrationId, { backupCodeSavedAt: null });
        return code;
    }

    /** The user says the backup code is printed or saved. */
    async confirmBackupSaved(registrationId: string): Promise<RegistrationProgress> {
        await this.at(registrationId, 'saveBackupCode');
        if (!(await this.deps.backupCodes.hasLiveCode(registrationId))) throw new StepOutOfOrder('saveBackupCode');
        await this.update(registrationId, { backupCodeSavedAt: this.deps.now() });
        return this.progress(registrationId);
    }

    /** Five answers to five different questions; ResetAnswersRejected lists every problem. */
    async setResetAnswers(registrationId: string, answers: readonly ResetAnswerInput[]): Promise<RegistrationProgress> {
        await this.at(registrationId, 'setResetAnswers');
        await this.deps.resetQuestions.save(registrationId, answers);
        await this.update(registrationId, { resetAnswersSetAt: this.deps.now() });
        return this.progress(registrationId);
    }

    /**
     * Saves one reset answer the moment it is given (the chat never holds answers between questions); the step is
     * done once five different questions are answered. Returns the questions answered so far.
     */
    async setResetAnswer(registrationId: string, questionId: string, answer: string): Promise<ResetQuestionId[]> {
        await this.at(registrationId, 'setResetAnswers');
        await this.deps.resetQuestions.saveOne(registrationId, questionId, answer);
        const answered = await this.deps.resetQuestions.answeredQuestions(registrationId);
        if (answered.length >= RESET_ANSWERS_REQUIRED) await this.update(registrationId, { resetAnswersSetAt: this.deps.now() });
        return answered;
    }

    /** The reset questions this registration has answered so far (to resume after leaving mid-way). */
    async answeredResetQuestions(registrationId: string): Promise<ResetQuestionId[]> {
        await this.open(registrationId);
        return this.deps.resetQuestions.answeredQuestions(registrationId);
    }

    async setAccountType(registrationId: string, accountType: AccountType): Promise<RegistrationProgress> {
        await this.at(registrationId, 'chooseAccountType');
        const parsed = z.enum(ACCOUNT_TYPES).safeParse(accountType);
        if (!parsed.success) throw new InputRejected('accountType', 'invalid');
        await this.update(registrationId, { accountType: parsed.data });
        return this.progress(registrationId);
    }

    /**
     * Creates the account with a new random 12-digit online account number and emails that number. Calling it again
     * after success (a retried turn, or one whose process died mid-send) returns the same account and hands the same
     * email to the notifier again under the same idempotency key: sent if it never went, never sent twice.
     */
    async complete(registrationId: string): Promise<{ accountId: string; accountNumber: string }> {
        const done = await this.deps.registrations.findById(registrationId);
        if (done?.completedAt && done.accountId) {
            const account = await this.deps.accounts.getById(done.accountId);
            await this.emailAccountCreated(done, account);
            return { accountId: account.id, accountNumber: account.accountNumber };
        }
        const registration = await this.at(registrationId, 'complete');
        const account = await this.createAccount(registration);
        await this.emailAccountCreated(registration, account);
        return { accountId: account.id, accountNumber: account.accountNumber };
    }

    /**
     * The registration `registrationId` when it belongs to this conversation and was completed within the last
     * RECENTLY_COMPLETED_MINUTES: what a flow whose turn was lost after `complete` shows instead of starting again.
     */
    async findCompletedRecently(conversationKey: string, registrationId: string): Promise<{ registrationId: string; accountNumber: string } | undefined> {
        const since = addMinutes(this.deps.now(), -RECENTLY_COMPLETED_MINUTES);
        const registration = await this.deps.registrations.findCompletedSince(registrationId, conversationKey, since);
        if (!registration?.accountId) return undefined;
        const account = await this.deps.accounts.findById(registration.accountId);
        return account ? { registrationId: registration.id, accountNumber: account.accountNumber } : undefined;
    }

    private async emailAccountCreated(registration: RegistrationRecord, account: AccountRecord): Promise<void> {
        const message = this.deps.messages.compose('accountCreated', 'email', registration.locale, { accountNumber: account.accountNumber });
        await this.deps.notifier.send({
            channel: 'email',
            to: account.email,
            ...message,
            idempotencyKey: `account-created:${account.id}`,
            conversationKey: registration.conversationKey,
            kind: 'notice',
        });
    }

    /** Where this registration stands. FlowNotFound when it is finished, abandoned, expired or unknown. */
    async progress(registrationId: string): Promise<RegistrationProgress> {
        const registration = await this.open(registrationId);
        const methods = await this.deps.twoStepMethods.listFor(registrationId);
        return {
            registrationId,
            nextStep: await this.nextStep(registration),
            twoStepToVerify: methods.filter((m) => !m.verifiedAt).map((m) => m.kind as TwoStepKind),
            locale: registration.locale,
        };
    }

    /** The newest open registration started in this conversation, to offer "continue where you left off". */
    async findOpen(conversationKey: string): Promise<RegistrationProgress | undefined> {
        const registration = await this.deps.registrations.findNewestOpen(conversationKey, addMinutes(this.deps.now(), -REGISTRATION_LIFETIME_MINUTES));
        return registration ? this.progress(registration.id) : undefined;
    }

    /**
     * Whether this registration's confirmation code went to `rawEmail`: the same address typed again at the question for
     * the code ("ana@example.com", sent twice on a slow phone) is no change of address.
     */
    async codeWentTo(registrationId: string, rawEmail: string): Promise<boolean> {
        return (await this.open(registrationId)).email === normaliseEmail(rawEmail);
    }

    /** Ends a registration (the user starts over); its id stops working. */
    async abandon(registrationId: string): Promise<void> {
        await this.deps.registrations.abandon(registrationId, this.deps.now());
    }

    /**
     * Sets the password from the web page of a password link (same policy and hashing as setPassword); used by
     * PasswordLinks, whose page is where channels that cannot mask input type it.
     */
    async setPasswordFromLink(registrationId: string, password: string): Promise<void> {
        await this.setPassword(registrationId, password);
    }

    private async createAccount(registration: RegistrationRecord): Promise<AccountRecord> {
        const { passwordHash, accountType } = registration;
        // Guaranteed by the step order; checked again so a missing value can never become an empty password.
        if (!passwordHash) throw new StepOutOfOrder('setPassword');
        if (!accountType) throw new StepOutOfOrder('chooseAccountType');
        for (let attempt = 0; ; attempt++) {
            const creation = await this.deps.registrations.completeWithAccount(
                registration.id,
                { email: registration.email, accountNumber: generateAccountNumber(), passwordHash, accountType, locale: registration.locale },
                this.deps.now(),
            );
            if (creation.created) return creation.account;
            if (await this.deps.accounts.existsWithEmail(registration.email)) throw new AccountAlreadyExists();
            // Otherwise the random account number collided: draw another (a handful of tries is plenty in 10^12).
            if (attempt >= 4) throw new Error('no unused account number found in five draws');
        }
    }

    private confirmationDelivery(registration: RegistrationRecord): CodeDelivery {
        const { messages } = this.deps;
        return {
            purpose: 'emailConfirmation',
            subjectId: registration.id,
            channel: 'email',
            to: registration.email,
            conversationKey: registration.conversationKey,
            compose: (code, minutes) =>
                registration.emailTaken
                    ? messages.compose('alreadyRegistered', 'email', registration.locale)
                    : messages.compose('emailConfirmation', 'email', registration.locale, { code, minutes }),
        };
    }

    private twoStepDelivery(registration: RegistrationRecord, method: 'email' | 'sms', phone: string | null): CodeDelivery {
        return {
            purpose: 'twoStepSetup',
            subjectId: registration.id,
            channel: method,
            to: method === 'sms' ? (phone ?? '') : registration.email,
            conversationKey: registration.conversationKey,
            compose: (code, minutes) => this.deps.messages.compose('twoStepSetup', method, registration.locale, { code, minutes }),
        };
    }

    private async chosenMethod(registrationId: string, kind: TwoStepKind): Promise<TwoStepMethodRecord> {
        const method = await this.deps.twoStepMethods.find(registrationId, kind);
        if (!method) throw new MethodNotAvailable(kind);
        return method;
    }

    private async open(registrationId: string): Promise<RegistrationRecord> {
        const registration = await this.deps.registrations.findById(registrationId);
        const expired = registration && this.deps.now() >= addMinutes(registration.createdAt, REGISTRATION_LIFETIME_MINUTES);
        if (!registration || registration.completedAt || registration.abandonedAt || expired) throw new FlowNotFound('registration');
        return registration;
    }

    /** Loads an open registration whose steps before `step` are done (StepOutOfOrder names the next step otherwise). */
    private async at(registrationId: string, step: RegistrationStep): Promise<RegistrationRecord> {
        const registration = await this.open(registrationId);
        requireStepReached(step, await this.nextStep(registration));
        return registration;
    }

    private async nextStep(registration: RegistrationRecord): Promise<RegistrationStep> {
        if (!registration.emailConfirmedAt) return 'confirmEmail';
        if (!registration.termsAcceptedAt) return 'acceptTerms';
        if (!registration.passwordHash) return 'setPassword';
        if (!registration.twoStepChosenAt) return 'chooseTwoStep';
        const unverified = await this.deps.twoStepMethods.countUnverified(registration.id);
        if (unverified > 0) return 'verifyTwoStep';
        if (!registration.backupCodeSavedAt) return 'saveBackupCode';
        if (!registration.resetAnswersSetAt) return 'setResetAnswers';
        if (!registration.accountType) return 'chooseAccountType';
        if (!registration.completedAt) return 'complete';
        return 'done';
    }

    private async update(registrationId: string, step: RegistrationStepRecord): Promise<void> {
        await this.deps.registrations.recordStep(registrationId, step);
    }
}

/** Throws StepOutOfOrder (naming the step to do now) when `step` comes after `next`. */
function requireStepReached(step: RegistrationStep, next: RegistrationStep): void {
    if (REGISTRATION_STEPS.indexOf(step) > REGISTRATION_STEPS.indexOf(next)) throw new StepOutOfOrder(next);
}
