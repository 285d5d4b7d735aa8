import { DomainError } from '../domainError';
import type { PasswordRule } from '../validators';

/**
 * Every failure the account services report. The dialog layer maps `code` to a localized message in one place;
 * messages here are for logs and never contain a secret or an email address.
 */
export abstract class AccountError extends DomainError {}

/** The code's 10 minutes are over: ask for a new one. */
export class CodeExpired extends AccountError {
    readonly code = 'codeExpired';
    constructor() {
        super('the one-time code has expired');
    }
}

/** Wrong code; `attemptsLeft` more tries before the code (or sign-in) locks; undefined where tries are not limited. */
export class CodeInvalid extends AccountError {
    readonly code = 'codeInvalid';
    constructor(readonly attemptsLeft?: number) {
        super(attemptsLeft === undefined ? 'wrong code' : `wrong code (${attemptsLeft} attempts left)`);
    }
}

/** The code was already used once; codes are single use. */
export class CodeAlreadyUsed extends AccountError {
    readonly code = 'codeAlreadyUsed';
    constructor() {
        super('the one-time code was already used');
    }
}

/** No code has been sent for this step yet. */
export class CodeNotIssued extends AccountError {
    readonly code = 'codeNotIssued';
    constructor() {
        super('no one-time code was issued for this step');
    }
}

/** Five wrong tries: this code no longer works, ask for a new one. */
export class TooManyAttempts extends AccountError {
    readonly code = 'tooManyAttempts';
    constructor() {
        super('too many wrong attempts for this code');
    }
}

/** A new code was asked for too soon after the last one. */
export class ResendTooSoon extends AccountError {
    readonly code = 'resendTooSoon';
    constructor(readonly retryAfterSeconds: number) {
        super(`a new code can be sent in ${retryAfterSeconds} s`);
    }
}

/** Five wrong sign-in codes: sign-in for this email is locked until `lockedUntil`. */
export class SignInLocked extends AccountError {
    readonly code = 'signInLocked';
    constructor(readonly lockedUntil: Date) {
        super(`sign-in is locked until ${lockedUntil.toISOString()}`);
    }
}

/** Too many wrong reset codes for this address, across any number of resets: resets wait until lockedUntil. */
export class ResetLocked extends AccountError {
    readonly code = 'resetLocked';
    constructor(readonly lockedUntil: Date) {
        super(`password reset is locked until ${lockedUntil.toISOString()}`);
    }
}

/** The conversation has no signed-in session, or it ended after 15 idle minutes. */
export class NotSignedIn extends AccountError {
    readonly code = 'notSignedIn';
    constructor() {
        super('the conversation is not signed in');
    }
}

/** This method cannot be used here (not set up for the account, or the phone already proved in this sign-in). */
export class MethodNotAvailable extends AccountError {
    readonly code = 'methodNotAvailable';
    constructor(readonly method: string) {
        super(`the ${method} method is not available here`);
    }
}

/** The password breaks the policy; `failures` lists every rule it fails. */
export class PasswordRejected extends AccountError {
    readonly code = 'passwordRejected';
    constructor(readonly failures: PasswordRule[]) {
        super(`password rejected: ${failures.join(', ')}`);
    }
}

/** The password link is unknown. */
export class LinkNotFound extends AccountError {
    readonly code = 'linkNotFound';
    constructor() {
        super('unknown password link');
    }
}

/** The password link's 15 minutes are over, or it was already used. */
export class LinkExpired extends AccountError {
    readonly code = 'linkExpired';
    constructor(readonly reason: 'expired' | 'used') {
        super(`the password link is ${reason}`);
    }
}

/** The id a dialog kept (registration, sign-in, reset) names nothing open: finished, abandoned, expired or unknown. */
export class FlowNotFound extends AccountError {
    readonly code = 'flowNotFound';
    constructor(readonly flow: 'registration' | 'signIn' | 'passwordReset') {
        super(`no open ${flow} with that id`);
    }
}

/** A step was called before the steps it depends on; `nextStep` is the one to do now. */
export class StepOutOfOrder extends AccountError {
    readonly code = 'stepOutOfOrder';
    constructor(readonly nextStep: string) {
        super(`do step "${nextStep}" first`);
    }
}

/** The text is not a valid value for this input; `reason` is the validator's reason code. */
export class InputRejected extends AccountError {
    readonly code = 'inputRejected';
    constructor(
        readonly field: string,
        readonly reason: string,
    ) {
        super(`${field} rejected: ${reason}`);
    }
}

/** The reset answers break a rule (count, duplicate or unknown question, empty answer); all problems are listed. */
export class ResetAnswersRejected extends AccountError {
    readonly code = 'resetAnswersRejected';
    constructor(readonly problems: string[]) {
        super(`reset answers rejected: ${problems.join(', ')}`);
    }
}

/** The reset answers given do not match (fewer than three right). */
export class ResetAnswersIncorrect extends AccountError {
    readonly code = 'resetAnswersIncorrect';
    constructor(readonly roundsLeft: number) {
        super(`reset answers incorrect (${roundsLeft} rounds left)`);
    }
}

/** The backup code given does not match the live one. */
export class BackupCodeInvalid extends AccountError {
    readonly code = 'backupCodeInvalid';
    constructor() {
        super('wrong backup code');
    }
}

/** Completing a registration found an account with its email (created meanwhile by another registration). */
export class AccountAlreadyExists extends AccountError {
    readonly code = 'accountAlreadyExists';
    constructor() {
        super('an account with this email already exists');
    }
}

/** The key that seals TOTP secrets is missing (production) or not 32 bytes of base64. A start-up error. */
export class SecretsKeyProblem extends AccountError {
    readonly code = 'secretsKeyProblem';
}
