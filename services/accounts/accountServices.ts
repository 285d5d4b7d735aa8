import type { I18n } from '../../locales/index';
import type { Repositories } from '../../store/repositories';
import type { Notifier } from '../notifications/notifier';
import { AccountClosure } from './accountClosure';
import { AccountLookupService } from './accountLookupService';
import { AccountMessages, type AccountNumberScope } from './accountMessages';
import { AttemptLocks } from './attemptLocks';
import { BackupCodes } from './backupCodes';
import { systemClock, type Clock } from './clock';
import { OneTimeCodes } from './oneTimeCodes';
import { PasswordHasher } from './passwordHasher';
import { PasswordLinks } from './passwordLinks';
import { PasswordResetService } from './passwordResetService';
import { RegistrationService } from './registrationService';
import { withResponseFloor } from './responseFloor';
import { ResetQuestions } from './resetQuestions';
import { SecretBox } from './secretBox';
import { SignInService } from './signInService';
import { SignInSessions } from './signInSessions';
import { TotpAuthenticator } from './totp';

/** The store the account services need. */
export type AccountRepositories = Pick<
    Repositories,
    | 'accounts'
    | 'registrations'
    | 'oneTimeCodes'
    | 'twoStepMethods'
    | 'backupCodes'
    | 'resetAnswers'
    | 'signInAttempts'
    | 'signInLocks'
    | 'signInSessions'
    | 'passwordResets'
    | 'passwordLinks'
>;

export interface AccountServicesOptions {
    /** From createRepositories(client); a whole Repositories bundle will do. */
    repositories: AccountRepositories;
    notifier: Notifier;
    i18n: I18n;
    /** From resolveSecretsKey(config). */
    secretsKey: Buffer;
    /** ORG_NAME: the sender of the messages and the issuer shown in authenticator apps. */
    orgName: string;
    /** PUBLIC_BASE_URL, for password links. */
    publicBaseUrl: string;
    /** ACCOUNT_NUMBER_SCOPE: whether the account number in messages is the organisation's or the USCIS one. */
    accountNumberScope?: AccountNumberScope;
    now?: Clock;
    /** Tests pass a cheaper scrypt cost; every hash records its own cost, so verification is unaffected. */
    hasher?: PasswordHasher;
    onListenerError?: (error: unknown) => void;
    /** Every step that could tell a known email from an unknown one takes at least this long (0 = off, for tests). */
    responseFloorMs?: number;
}

/** Everything the dialogs and the password page use, wired together once (call it from the composition root). */
export interface AccountServices {
    registration: RegistrationService;
    signIn: SignInService;
    sessions: SignInSessions;
    accountLookup: AccountLookupService;
    /** "Delete my account": the signed-in account and everything kept for it. */
    closure: AccountClosure;
    passwordReset: PasswordResetService;
    passwordLinks: PasswordLinks;
}

export function createAccountServices(options: AccountServicesOptions): AccountServices {
    const { repositories, notifier } = options;
    const now = options.now ?? systemClock;
    const hasher = options.hasher ?? new PasswordHasher();
    const secretBox = new SecretBox(options.secretsKey);
    const messages = new AccountMessages(options.i18n, options.orgName, options.accountNumberScope);
    const { accounts, twoStepMethods } = repositories;
    const codes = new OneTimeCodes({ oneTimeCodes: repositories.oneTimeCodes, notifier, hasher, secretBox, now });
    const totp = new TotpAuthenticator({ twoStepMethods, secretBox, issuer: options.orgName, now });
    const backupCodes = new BackupCodes({ backupCodes: repositories.backupCodes, hasher, now });
    const resetQuestions = new ResetQuestions({ resetAnswers: repositories.resetAnswers, hasher });
    const sessions = new SignInSessions({ signInSessions: repositories.signInSessions, now });
    const locks = new AttemptLocks({ signInLocks: repositories.signInLocks, now });
    const registration = new RegistrationService({
        accounts,
        registrations: repositories.registrations,
        twoStepMethods,
        notifier,
        hasher,
        codes,
        totp,
        backupCodes,
        resetQuestions,
        messages,
        now,
    });
    const signIn = new SignInService({ accounts, twoStepMethods, signInAttempts: repositories.signInAttempts, codes, totp, backupCodes, sessions, messages, secretBox, locks, now });
    const passwordReset = new PasswordResetService({
        accounts,
        passwordResets: repositories.passwordResets,
        notifier,
        hasher,
        codes,
        backupCodes,
        resetQuestions,
        sessions,
        messages,
        locks,
        now,
    });
    const passwordLinks = new PasswordLinks({
        links: repositories.passwordLinks,
        publicBaseUrl: options.publicBaseUrl,
        setters: {
            registration: (id, password) => registration.setPasswordFromLink(id, password),
            reset: (id, password) => passwordReset.setNewPassword(id, password),
        },
        now,
        onListenerError: options.onListenerError,
    });
    const accountLookup = new AccountLookupService({ accounts, sessions, notifier, messages });
    const closure = new AccountClosure({ accounts, sessions, notifier, messages });
    const floor = options.responseFloorMs ?? 0;
    withResponseFloor(registration, ['start', 'resendConfirmation', 'confirmEmail'], floor);
    withResponseFloor(signIn, ['start', 'sendCode', 'resendCode', 'verify'], floor);
    withResponseFloor(passwordReset, ['start', 'resendCode', 'confirmEmail'], floor);
    return { registration, signIn, sessions, accountLookup, closure, passwordReset, passwordLinks };
}
