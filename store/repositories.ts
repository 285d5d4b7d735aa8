import { AccountRepository } from './accountRepository';
import { AgentRepository, AgentSessionRepository } from './agentRepository';
import { BackupCodeRepository } from './backupCodeRepository';
import { CaseSubscriptionRepository } from './caseSubscriptionRepository';
import { DirectLineRepository } from './directLineRepository';
import { FunnelRepository } from './funnelRepository';
import { HandoffTicketRepository } from './handoffTicketRepository';
import { HandoffWebhookRepository } from './handoffWebhookRepository';
import { LinkedCaseRepository } from './linkedCaseRepository';
import { NotificationQueueRepository } from './notificationQueueRepository';
import { OneTimeCodeRepository } from './oneTimeCodeRepository';
import { OutboxRepository } from './outboxRepository';
import { PasswordLinkRepository } from './passwordLinkRepository';
import { PasswordResetRepository } from './passwordResetRepository';
import { RateLimitRepository } from './rateLimitRepository';
import { RegistrationRepository } from './registrationRepository';
import { ResetAnswerRepository } from './resetAnswerRepository';
import { SandboxCaseRepository } from './sandboxCaseRepository';
import { SentNotificationRepository } from './sentNotificationRepository';
import { SmsSenderRepository } from './smsSenderRepository';
import { SignInAttemptRepository, SignInLockRepository, SignInSessionRepository } from './signInRepository';
import type { StoreClient } from './storeClient';
import type { HotPathSql } from './hotPathSql';
import { TwoStepMethodRepository } from './twoStepMethodRepository';

/**
 * Every repository over one store. Services take the ones they need; only store/ knows the generated client.
 * (Conversation state is store/prismaStorage.ts, a botbuilder Storage the composition root builds.)
 */
export interface Repositories {
    accounts: AccountRepository;
    registrations: RegistrationRepository;
    oneTimeCodes: OneTimeCodeRepository;
    twoStepMethods: TwoStepMethodRepository;
    backupCodes: BackupCodeRepository;
    resetAnswers: ResetAnswerRepository;
    signInAttempts: SignInAttemptRepository;
    signInLocks: SignInLockRepository;
    signInSessions: SignInSessionRepository;
    passwordResets: PasswordResetRepository;
    passwordLinks: PasswordLinkRepository;
    outbox: OutboxRepository;
    notificationQueue: NotificationQueueRepository;
    sentNotifications: SentNotificationRepository;
    rateLimits: RateLimitRepository;
    directLine: DirectLineRepository;
    sandboxCases: SandboxCaseRepository;
    caseSubscriptions: CaseSubscriptionRepository;
    linkedCases: LinkedCaseRepository;
    smsSenders: SmsSenderRepository;
    handoffTickets: HandoffTicketRepository;
    handoffWebhooks: HandoffWebhookRepository;
    agents: AgentRepository;
    agentSessions: AgentSessionRepository;
    funnel: FunnelRepository;
}

/**
 * @example
 * const repositories = createRepositories(await openStore(config.DATABASE_URL));
 * const limiter = new RateLimiter(repositories.rateLimits);
 */
export function createRepositories(client: StoreClient, hotPath?: HotPathSql): Repositories {
    return {
        accounts: new AccountRepository(client),
        registrations: new RegistrationRepository(client),
        oneTimeCodes: new OneTimeCodeRepository(client),
        twoStepMethods: new TwoStepMethodRepository(client),
        backupCodes: new BackupCodeRepository(client),
        resetAnswers: new ResetAnswerRepository(client),
        signInAttempts: new SignInAttemptRepository(client),
        signInLocks: new SignInLockRepository(client),
        signInSessions: new SignInSessionRepository(client),
        passwordResets: new PasswordResetRepository(client),
        passwordLinks: new PasswordLinkRepository(client),
        outbox: new OutboxRepository(client),
        notificationQueue: new NotificationQueueRepository(client, hotPath),
        sentNotifications: new SentNotificationRepository(client),
        rateLimits: new RateLimitRepository(client, hotPath),
        directLine: new DirectLineRepository(client, hotPath),
        sandboxCases: new SandboxCaseRepository(client),
        caseSubscriptions: new CaseSubscriptionRepository(client),
        linkedCases: new LinkedCaseRepository(client),
        smsSenders: new SmsSenderRepository(client),
        handoffTickets: new HandoffTicketRepository(client, hotPath),
        handoffWebhooks: new HandoffWebhookRepository(client),
        agents: new AgentRepository(client),
        agentSessions: new AgentSessionRepository(client),
        funnel: new FunnelRepository(client, hotPath),
    };
}
