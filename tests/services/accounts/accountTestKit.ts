import crypto from 'node:crypto';
import { authenticator } from 'otplib';
import { AccountMessages } from '../../../services/accounts/accountMessages';
import { AttemptLocks } from '../../../services/accounts/attemptLocks';
import { BackupCodes } from '../../../services/accounts/backupCodes';
import { OneTimeCodes } from '../../../services/accounts/oneTimeCodes';
import { OutboxNotifier } from '../../../services/notifications/outboxNotifier';
import { PasswordHasher } from '../../../services/accounts/passwordHasher';
import { testHasher } from '../../support/testHasher';
import { PasswordLinks } from '../../../services/accounts/passwordLinks';
import { PasswordResetService } from '../../../services/accounts/passwordResetService';
import { RegistrationService, type TwoStepChoice } from '../../../services/accounts/registrationService';
import { ResetQuestions } from '../../../services/accounts/resetQuestions';
import { SecretBox } from '../../../services/accounts/secretBox';
import { SignInService } from '../../../services/accounts/signInService';
import { SignInSessions } from '../../../services/accounts/signInSessions';
import { TotpAuthenticator } from '../../../services/accounts/totp';
import { createI18n } from '../../../locales/index';
import { createRepositories, type Repositories } from '../../../store/repositories';
import { createTestStore, type TestStore } from '../../support/testStore';
import type { TestStoreProvider } from '../../support/testPostgres';
import { normaliseEmail } from '../../../services/validators';

/** A clock the test moves by hand. */
export class ManualClock {
    private current: Date;
    constructor(start = '2026-11-28T15:00:00Z') {
        this.current = new Date(start);
    }
    readonly now = (): Date => new Date(this.current);
    advanceSeconds(seconds: number): void {
        this.current = new Date(this.current.getTime() + seconds * 1000);
    }
    advanceMinutes(minutes: number): void {
        this.advanceSeconds(minutes * 60);
    }
}

/** The real parts the account services are built from, on a fresh migrated SQLite database. */
export interface AccountTestKit {
    testStore: TestStore;
    /** The repositories over testStore; tests still read tables through testStore.client to check what is stored. */
    repositories: Repositories;
    clock: ManualClock;
    notifier: OutboxNotifier;
    hasher: PasswordHasher;
    secretBox: SecretBox;
    messages: AccountMessages;
    codes: OneTimeCodes;
    totp: TotpAuthenticator;
    backupCodes: BackupCodes;
    resetQuestions: ResetQuestions;
    locks: AttemptLocks;
    /** Every message in the outbox for an address, oldest first, as the user would read their mail or texts. */
    inbox(to: string): Promise<Array<{ channel: string; subject: string | null; body: string; idempotencyKey: string }>>;
    /** The 6-digit code in the newest message to an address. */
    latestCode(to: string): Promise<string>;
    dispose(): Promise<void>;
}

export const ORG_NAME = 'Sendero Test Org';

/** On a fresh SQLite database, or (`postgresql`) a throwaway PostgreSQL one. */
export async function createAccountTestKit(provider: TestStoreProvider = 'sqlite'): Promise<AccountTestKit> {
    const testStore = await createTestStore(provider);
    const store = testStore.client;
    const repositories = createRepositories(store);
    const clock = new ManualClock();
    const notifier = new OutboxNotifier(repositories.outbox);
    // A cheaper scrypt cost keeps the suite quick; the cost is read from each hash, so behaviour is unchanged
    // (passwordHasher.test.ts covers the default cost).
    const hasher = testHasher();
    const secretBox = new SecretBox(crypto.randomBytes(32));
    const messages = new AccountMessages(createI18n('en'), ORG_NAME);
    const now = clock.now;
    const kit: AccountTestKit = {
        testStore,
        repositories,
        clock,
        notifier,
        hasher,
        secretBox,
        messages,
        codes: new OneTimeCodes({ oneTimeCodes: repositories.oneTimeCodes, notifier, hasher, secretBox, now }),
        totp: new TotpAuthenticator({ twoStepMethods: repositories.twoStepMethods, secretBox, issuer: ORG_NAME, now }),
        backupCodes: new BackupCodes({ backupCodes: repositories.backupCodes, hasher, now }),
        resetQuestions: new ResetQuestions({ resetAnswers: repositories.resetAnswers, hasher }),
        locks: new AttemptLocks({ signInLocks: repositories.signInLocks, now }),
        async inbox(to) {
            return store.outboxMessage.findMany({ where: { to }, orderBy: { id: 'asc' } });
        },
        async latestCode(to) {
            const mail = await kit.inbox(to);
            const last = mail[mail.length - 1];
            const match = last ? /\b(\d{6})\b/.exec(last.body) : null;
            if (!match) throw new Error(`no code in the newest message to ${to}`);
            return match[1];
        },
        dispose: () => testStore.dispose(),
    };
    return kit;
}

/** A 6-digit code that is not `code`. */
export function otherCode(code: string): string {
    return code === '000000' ? '111111' : '000000';
}

export function createRegistrationService(kit: AccountTestKit): RegistrationService {
    return new RegistrationService({
        accounts: kit.repositories.accounts,
        registrations: kit.repositories.registrations,
        twoStepMethods: kit.repositories.twoStepMethods,
        notifier: kit.notifier,
        hasher: kit.hasher,
        codes: kit.codes,
        totp: kit.totp,
        backupCodes: kit.backupCodes,
        resetQuestions: kit.resetQuestions,
        messages: kit.messages,
        now: kit.clock.now,
    });
}

export const PLANTED = {
    password: 'Planted#Pass9word',
    answers: [
        { questionId: 'firstCar', answer: 'Plantedcar Zephyrmodel' },
        { questionId: 'childhoodStreet', answer: 'Plantedstreet Quillane' },
        { questionId: 'firstSchool', answer: 'Plantedschool Vexford' },
        { questionId: 'firstPet', answer: 'Plantedpet Wobbleton' },
        { questionId: 'childhoodFriend', answer: 'Plantedfriend Jorvik' },
    ],
};

export interface RegisteredAccount {
    registrationId: string;
    accountId: string;
    accountNumber: string;
    email: string;
    backupCode: string;
    totpSecret?: string;
    /** Every code read from the outbox or computed from the secret during sign-up. */
    codesSeen: string[];
}

/** Walks a registration through every step as a user would, reading codes from the outbox. */
export async function registerFully(
    kit: AccountTestKit,
    registration: RegistrationService,
    email: string,
    choice: TwoStepChoice = { email: true },
    conversationKey = 'conv-1',
): Promise<RegisteredAccount> {
    const codesSeen: string[] = [];
    const { registrationId } = await registration.start(email, conversationKey);
    email = normaliseEmail(email);
    const confirmation = await kit.latestCode(email);
    codesSeen.push(confirmation);
    await registration.confirmEmail(registrationId, confirmation);
    await registration.acceptTerms(registrationId);
    await registration.setPassword(registrationId, PLANTED.password);
    let progress = await registration.chooseTwoStep(registrationId, choice);
    let totpSecret: string | undefined;
    for (const method of progress.twoStepToVerify) {
        const started = await registration.startTwoStepSetup(registrationId, method);
        let code: string;
        if (started.method === 'totp') {
            totpSecret = started.enrolment.manualEntryKey;
            code = authenticator.clone({ epoch: kit.clock.now().getTime() }).generate(totpSecret);
        } else {
            code = await kit.latestCode(method === 'sms' ? (await kit.testStore.client.twoStepMethod.findFirstOrThrow({ where: { ownerId: registrationId, kind: 'sms' } })).phone! : email);
        }
        codesSeen.push(code);
        progress = await registration.verifyTwoStep(registrationId, method, code);
    }
    const backupCode = await registration.issueBackupCode(registrationId);
    await registration.confirmBackupSaved(registrationId);
    await registration.setResetAnswers(registrationId, PLANTED.answers);
    await registration.setAccountType(registrationId, 'applicant');
    const { accountId, accountNumber } = await registration.complete(registrationId);
    return { registrationId, accountId, accountNumber, email, backupCode, totpSecret, codesSeen };
}

export function createSignIn(kit: AccountTestKit): { signIn: SignInService; sessions: SignInSessions } {
    const sessions = new SignInSessions({ signInSessions: kit.repositories.signInSessions, now: kit.clock.now });
    const signIn = new SignInService({
        accounts: kit.repositories.accounts,
        twoStepMethods: kit.repositories.twoStepMethods,
        signInAttempts: kit.repositories.signInAttempts,
        codes: kit.codes,
        totp: kit.totp,
        backupCodes: kit.backupCodes,
        sessions,
        messages: kit.messages,
        secretBox: kit.secretBox,
        locks: kit.locks,
        now: kit.clock.now,
    });
    return { signIn, sessions };
}

export function createPasswordReset(kit: AccountTestKit, sessions: SignInSessions): PasswordResetService {
    return new PasswordResetService({
        accounts: kit.repositories.accounts,
        passwordResets: kit.repositories.passwordResets,
        notifier: kit.notifier,
        hasher: kit.hasher,
        codes: kit.codes,
        backupCodes: kit.backupCodes,
        resetQuestions: kit.resetQuestions,
        sessions,
        messages: kit.messages,
        locks: kit.locks,
        now: kit.clock.now,
    });
}

export function createPasswordLinks(kit: AccountTestKit, registration: RegistrationService, reset: PasswordResetService): PasswordLinks {
    return new PasswordLinks({
        links: kit.repositories.passwordLinks,
        publicBaseUrl: 'https://sendero.example',
        setters: {
            registration: (id, password) => registration.setPasswordFromLink(id, password),
            reset: (id, password) => reset.setNewPassword(id, password),
        },
        now: kit.clock.now,
    });
}

/** Starts a registration and takes it to the password step; returns its id. */
export async function registrationAtPasswordStep(kit: AccountTestKit, registration: RegistrationService, email: string, conversationKey = 'conv-1'): Promise<string> {
    const { registrationId } = await registration.start(email, conversationKey);
    await registration.confirmEmail(registrationId, await kit.latestCode(normaliseEmail(email)));
    await registration.acceptTerms(registrationId);
    return registrationId;
}
