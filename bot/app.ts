import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import { buildAccountFlows } from '../dialogs/account/accountFlows';
import { buildCaseFlows } from '../dialogs/cases/caseFlows';
import { CommonQuestionsDialog } from '../dialogs/faq/commonQuestionsDialog';
import type { ConversationServices } from '../dialogs/conversationServices';
import { MainDialog, MENU_PROMPT } from '../dialogs/mainDialog';
import { createI18n } from '../locales';
import type { TurnContext } from 'botbuilder';
import type { ConversationDelivery } from '../conversation/conversationDelivery';
import { PASSWORD_SET_EVENT } from '../conversation/eventNames';
import { PhraseRecognizer } from '../conversation/phraseRecognizer';
import { ClassifierRecognizer } from '../conversation/classifierRecognizer';
import { loadIntentClassifier } from '../conversation/nluTraining';
import { resolveSecretsKey } from '../services/accounts/accountConfig';
import { SecretBox } from '../services/accounts/secretBox';
import { createAccountServices } from '../services/accounts/accountServices';
import { CaseLinks } from '../services/cases/caseLinks';
import { CaseSubscriptions } from '../services/cases/caseSubscriptions';
import { createCaseService } from '../services/cases/createCaseService';
import { CountedCaseService } from '../services/cases/countedCaseService';
import { FunnelRecorder } from '../services/funnel/funnelRecorder';
import { createNotifier } from '../services/notifications/createNotifier';
import { SmsSenders } from '../services/notifications/smsSenders';
import { RateLimiter } from '../services/limits/rateLimiter';
import { AgentAccounts } from '../services/handoff/agentAccounts';
import { HandoffService } from '../services/handoff/handoffService';
import { parseHelpDeskHours } from '../services/handoff/helpDeskHours';
import { UserRelay } from '../services/handoff/userRelay';
import { WebhookDispatcher } from '../services/handoff/webhookDispatcher';
import { PasswordHasher, scryptCostOf } from '../services/accounts/passwordHasher';
import { HandoffGate } from '../conversation/handoffGate';
import { registerAgentConsoleRoutes } from './agentConsole/agentConsoleRoutes';
import { ChannelUserPort } from './agentConsole/userChannel';
import { ConversationStateStore } from '../store/conversationStateStore';
import { HotPathSql } from '../store/hotPathSql';
import { createRepositories } from '../store/repositories';
import { isStoreReachable, openCrossProcessLock, openStore, storeProvider } from '../store/storeClient';
import { createBotFrameworkAdapter, prepareAdapter } from './channelAdapter';
import { startCaseNotifications } from './caseNotifications';
import { ChannelConversationDelivery } from './channelConversationDelivery';
import type { Config } from './config';
import { createDirectLineChannel, type DirectLineChannel } from './directline/directLineChannel';
import { registerDevOutboxRoutes } from './devOutboxRoutes';
import { registerDevSandboxRoutes } from './devSandboxRoutes';
import { DIRECT_LINE_BASE_PATH } from './directline/directLineRoutes';
import { registerPasswordPageRoutes } from './passwordPageRoutes';
import { RecipientMentionMiddleware } from './recipientMention';
import { createSmsChannel } from './sms/smsChannel';
import { StoredConversationReferences } from './storedConversationReferences';
import { registerTermsRoutes } from './termsRoutes';
import { LanguageMiddleware } from './languageMiddleware';
import type { Logger } from './logger';
import { SenderoMetrics } from './metrics';
import { DialogTelemetry } from './telemetry';
import { SenderoBot } from './senderoBot';
import { createServer } from './server';
import { startStoreHousekeeping } from './storeHousekeeping';
import { TurnLogMiddleware } from './turnLog';
import { ConversationTurnLock } from './turnLock';
import { TurnTracker } from './turnTracker';
import { UserStateLanguagePreference } from './userLanguagePreference';
import { UserStateSignedInSessions } from './userStateSignedInSessions';
import { conversationStateKey, userStateKey, VersionedState } from './versionedState';
import { ConversationStateCheckedCases } from './conversationStateCheckedCases';
import { waitAtMost } from './waitAtMost';

export interface RunningSendero {
    /** The origin the server listens on, e.g. http://127.0.0.1:3978 */
    url: string;
    server: Server;
    directLine: DirectLineChannel;
    /** Sends to a stored conversation on any channel (the password page uses it; so can a test). */
    delivery: ConversationDelivery;
    /** The help desk: its queue and the agents' accounts (a test creates an agent with helpDesk.agents.create). */
    helpDesk: { handoff: HandoffService; agents: AgentAccounts };
    /** Stops taking requests, lets running turns finish (up to SHUTDOWN_GRACE_MS), then closes the store. */
    stop(): Promise<void>;
}

/**
 * What a caller may hand in instead of what the configuration builds. Only the password hasher: a test that is not
 * about hashing takes a cheaper scrypt cost than production's (about 150 ms of CPU a hash on a small machine).
 */
export interface SenderoParts {
    hasher?: PasswordHasher;
}

/** Builds every part from the configuration and starts listening: the one place where things are wired together. */
export async function startSendero(config: Config, logger: Logger, parts: SenderoParts = {}): Promise<RunningSendero> {
    // Passwords, codes and reset answers, of users and of help-desk agents alike.
    const hasher = parts.hasher ?? new PasswordHasher(scryptCostOf(config.PASSWORD_HASH_COST));
    const store = await openStore(config.DATABASE_URL);
    // On PostgreSQL, several processes may serve one database: a turn also holds its conversation's advisory lock.
    const crossProcessLock = openCrossProcessLock(config.DATABASE_URL);
    // Bot state on prepared statements (the same table), off the generic client: every turn reads and writes it.
    const storage = ConversationStateStore.open(config.DATABASE_URL);
    // Questions asked on every message or twice a second, usually answered "none": prepared statements first.
    const hotPath = HotPathSql.open(config.DATABASE_URL);
    const conversationState = new VersionedState(storage, conversationStateKey, 'conversation');
    const userState = new VersionedState(storage, userStateKey, 'user');
    const i18n = createI18n(config.DEFAULT_LOCALE);
    const secretsKey = resolveSecretsKey(config);
    const repositories = createRepositories(store, hotPath);
    const secretBox = new SecretBox(secretsKey);
    // Prometheus counters (GET /metrics) and the funnel's events (npm run report), written in batches after turns.
    const metrics = new SenderoMetrics();
    const funnel = new FunnelRecorder({
        repository: repositories.funnel,
        fingerprint: (value) => secretBox.fingerprint(value),
        onError: (error) => logger.warn({ event: 'funnelWriteFailed', err: error }, 'could not record funnel events'),
    });
    // Numbers that text us: who said STOP (nothing is sent to them, codes included) and who is inside a flow.
    const smsSenders = new SmsSenders(repositories.smsSenders, secretBox);
    // Services queue messages; the worker sends them after the answer, so no answer waits on (or is timed by) a send.
    const notifications = createNotifier(config, repositories, { secretBox, logger, smsOptOuts: smsSenders, counter: metrics });
    const notifier = notifications.notifier;
    const accounts = createAccountServices({
        repositories,
        notifier,
        i18n,
        secretsKey,
        orgName: config.ORG_NAME,
        publicBaseUrl: config.PUBLIC_BASE_URL,
        accountNumberScope: config.ACCOUNT_NUMBER_SCOPE,
        responseFloorMs: config.ACCOUNT_RESPONSE_FLOOR_MS,
        hasher,
        onListenerError: (error) => logger.error({ event: 'passwordSetListenerFailed', err: error }, 'could not continue a conversation'),
    });
    const references = new StoredConversationReferences(storage);
    // One case service (the embedded sandbox or the USCIS API) behind status look-ups, linking and the poller.
    const caseBackend = createCaseService(config, { repositories, logger });
    // Every call counted by result; /readyz and /metrics read the USCIS circuit breaker through it.
    const caseService = new CountedCaseService(caseBackend, metrics);
    metrics.watchCircuit(() => caseService.circuitState());

    // The help desk: tickets in the store, relayed to users by whichever process finds them (UserRelay).
    const webhooks = config.HANDOFF_WEBHOOK_URL
        ? new WebhookDispatcher({
              repository: repositories.handoffWebhooks,
              url: config.HANDOFF_WEBHOOK_URL,
              secret: config.HANDOFF_WEBHOOK_SECRET,
              now: () => new Date(),
              onError: (error) => logger.error({ event: 'handoffWebhookFailed', err: error }, 'a handoff webhook round failed'),
          })
        : undefined;
    let userRelay: UserRelay | undefined;
    const handoff = new HandoffService({
        tickets: repositories.handoffTickets,
        agents: repositories.agents,
        agentSessions: repositories.agentSessions,
        directLine: repositories.directLine,
        hours: parseHelpDeskHours({ schedule: config.HELPDESK_SCHEDULE, timeZone: config.HELPDESK_TIMEZONE, holidays: config.HELPDESK_HOLIDAYS }),
        hubChannels: config.HANDOFF_HUB_CHANNELS.split(',').map((id) => id.trim()).filter(Boolean),
        events: metrics.countTicketEvents(webhooks),
        onDeliveryQueued: () => userRelay?.wake(),
    });
    const agentAccounts = new AgentAccounts({
        agents: repositories.agents,
        sessions: repositories.agentSessions,
        signInLocks: repositories.signInLocks,
        limiter: new RateLimiter(repositories.rateLimits),
        hasher,
        secretBox,
        issuer: config.ORG_NAME,
        now: () => new Date(),
    });

    const services: ConversationServices = {
        languages: new UserStateLanguagePreference(userState),
        organization: {
            name: config.ORG_NAME,
            website: config.ORG_WEBSITE,
            helpdeskPhone: config.HELPDESK_PHONE,
            helpdeskEmail: config.HELPDESK_EMAIL,
            helpdeskHours: config.HELPDESK_HOURS,
            termsUrl: config.TERMS_URL || `${config.PUBLIC_BASE_URL}/terms`,
            accountNumberScope: config.ACCOUNT_NUMBER_SCOPE,
        },
        accounts,
        cases: {
            service: caseService,
            links: new CaseLinks({ service: caseService, linkedCases: repositories.linkedCases, limiter: new RateLimiter(repositories.rateLimits) }),
            subscriptions: new CaseSubscriptions({ repository: repositories.caseSubscriptions, intervalMinutes: config.CASE_POLL_INTERVAL_MINUTES }),
        },
        conversations: references,
        // Phrases first (commands, menu options, entities); the trained classifier reads free text at the menu.
        recognizer: new ClassifierRecognizer(new PhraseRecognizer(i18n), await loadIntentClassifier()),
        signedIn: new UserStateSignedInSessions(userState),
        checkedCases: new ConversationStateCheckedCases(conversationState),
        handoff,
    };
    // One sign-in dialog for every flow that needs it; "Create an account" first asks which account.
    const accountFlows = buildAccountFlows(services);
    const caseFlows = buildCaseFlows(services, { signIn: accountFlows.signIn });
    const mainDialog = new MainDialog(services, {
        findAccountNumber: accountFlows.findAccountNumber,
        createAccount: accountFlows.chooseAccount,
        addPaperCase: caseFlows.addPaperCase,
        checkStatus: caseFlows.checkStatus,
        myCases: caseFlows.myCases,
        deleteAccount: accountFlows.deleteAccount,
        stopCaseUpdates: caseFlows.stopCaseUpdates,
        commonQuestions: new CommonQuestionsDialog(services),
        recoverAccess: accountFlows.recoverAccess,
    });
    // botbuilder-dialogs reports every waterfall's start, steps, end and cancel to it; the component dialogs pass it on.
    mainDialog.telemetryClient = new DialogTelemetry({ metrics, funnel });
    const bot = new SenderoBot({
        conversationState,
        userState,
        mainDialog,
        languages: services.languages,
        recognizer: services.recognizer,
        organizationName: config.ORG_NAME,
        maxMessageChars: config.MAX_MESSAGE_CHARS,
        handoffGate: new HandoffGate({ handoff, recognizer: services.recognizer, conversationState, secretBox }),
    });

    const turnTracker = new TurnTracker();
    const pipeline = {
        // Order matters: log around everything, then one turn per conversation at a time, then the language.
        middleware: [
            new TurnLogMiddleware(logger, metrics),
            turnTracker,
            // Reads both states at once, holds the replies until the state is saved, and runs a conflicting turn again.
            new ConversationTurnLock(crossProcessLock, {
                states: [conversationState, userState],
                onRetry: (context) => logger.info({ event: 'turnRetried', conversation: context.activity.conversation?.id }, 'state changed meanwhile: turn run again'),
            }),
            new RecipientMentionMiddleware(),
            new LanguageMiddleware(i18n, services.languages, config.DEFAULT_LOCALE),
        ],
        i18n,
        logger,
    };
    const adapter = createBotFrameworkAdapter(config);
    prepareAdapter(adapter, pipeline);

    const server = createServer({
        adapter,
        bot,
        // Not ready while the database is unreachable or the case service's breaker is open (calls refused).
        isReady: async () => {
            const database = (await isStoreReachable(store)) ? 'ok' : 'unreachable';
            const circuit = caseService.circuitState();
            return { ready: database === 'ok' && circuit !== 'open', checks: { database, caseService: circuit } };
        },
        metrics: { access: { production: config.NODE_ENV === 'production', token: config.METRICS_TOKEN }, text: () => metrics.text() },
        logger,
        publicBaseUrl: config.PUBLIC_BASE_URL,
    });
    const directLine = createDirectLineChannel({
        store,
        hotPath,
        config,
        logger,
        prepareAdapter: (channelAdapter) => prepareAdapter(channelAdapter, pipeline),
        bot,
    });
    directLine.registerRoutes(server);
    const sms = createSmsChannel({
        authToken: config.TWILIO_AUTH_TOKEN,
        publicBaseUrl: config.PUBLIC_BASE_URL,
        senders: smsSenders,
        notifier,
        limiter: new RateLimiter(repositories.rateLimits),
        replyWindowMs: config.SMS_REPLY_WINDOW_MS,
        inboundPerNumberPerHour: config.SMS_INBOUND_PER_NUMBER_PER_HOUR,
        organization: { name: config.ORG_NAME, phone: config.HELPDESK_PHONE, email: config.HELPDESK_EMAIL },
        prepareAdapter: (channelAdapter) => prepareAdapter(channelAdapter, pipeline),
        bot,
        // A conversation waiting at the main menu (or nowhere) is in no flow: a bare CANCEL there stops the texts.
        isTopLevel: (dialogId) => dialogId === undefined || dialogId === MENU_PROMPT,
        logger,
    });
    sms.registerRoutes(server);
    // Development only (never in production, never for a channel with a real sender): read what would have been sent.
    registerDevOutboxRoutes(server, { store, config });
    // Development only, the sandbox only: move a scheduled demo case one step now.
    registerDevSandboxRoutes(server, { cases: caseBackend, config });
    registerTermsRoutes(server, { i18n, defaultLanguage: config.DEFAULT_LOCALE, orgName: config.ORG_NAME });
    registerPasswordPageRoutes(server, {
        links: accounts.passwordLinks,
        i18n,
        defaultLanguage: config.DEFAULT_LOCALE,
        orgName: config.ORG_NAME,
        publicBaseUrl: config.PUBLIC_BASE_URL,
    });

    // The embedded widget's references point at our own Direct Line endpoint; Azure-hosted Direct Line ones do not.
    const delivery = new ChannelConversationDelivery({
        directLine,
        botFramework: adapter,
        appId: config.MicrosoftAppId,
        directLineServiceUrl: `${config.PUBLIC_BASE_URL}${DIRECT_LINE_BASE_PATH}`,
        sms,
    });
    userRelay = new UserRelay({
        handoff,
        port: new ChannelUserPort({ delivery, bot }),
        agentName: async (agentId) => (agentId ? (await repositories.agents.find(agentId))?.displayName : undefined),
        onError: (error) => logger.error({ event: 'handoffRelayFailed', err: error }, 'could not relay a help-desk message'),
    });
    registerAgentConsoleRoutes(server, { accounts: agentAccounts, handoff, publicBaseUrl: config.PUBLIC_BASE_URL, trustedProxies: config.TRUST_PROXY, logger, i18n, defaultLanguage: config.DEFAULT_LOCALE });
    // A password set on the web page continues the chat that sent the link, on whichever channel it is.
    accounts.passwordLinks.onPasswordSet(async ({ conversationKey: key, purpose, targetId }) => {
        const reference = await references.find(key);
        if (!reference) return;
        await delivery.continueConversation(reference, async (context: TurnContext) => {
            context.activity.type = 'event';
            context.activity.name = PASSWORD_SET_EVENT;
            context.activity.value = { purpose, targetId };
            await bot.run(context);
        });
    });
    directLine.startRetentionTimer();

    // A port in use is a start-up failure, not an uncaught 'error' event that leaves the process half started.
    await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(config.PORT, config.HOST, () => {
            server.removeListener('error', reject);
            resolve();
        });
    });
    notifications.worker.start();
    funnel.start();
    userRelay.start();
    webhooks?.start();
    // Subscribed cases are checked in the background; a change is told once, in the chat or by email.
    const caseNotifications = startCaseNotifications({ repositories, caseService, delivery, notifier, i18n, config, logger });
    // Limits look back at most a day; a finished notification is kept a week for questions about it, never its body.
    const housekeeping = startStoreHousekeeping(
        [
            { name: 'RateLimitEvent', prune: () => new RateLimiter(repositories.rateLimits).prune(24 * 60 * 60) },
            { name: 'QueuedNotification', prune: () => notifications.worker.pruneFinished(7 * 24 * 60 * 60) },
            { name: 'HelpDeskAgentSession', prune: () => repositories.agentSessions.deleteExpired(new Date()) },
            // Twilio retries a webhook within minutes; a day of MessageSids is plenty to take each text once.
            { name: 'SmsInboundMessage', prune: () => smsSenders.pruneMessages(24 * 60 * 60) },
            // Funnel events hold no user content; a bit over a year allows a year-on-year report.
            { name: 'FunnelEvent', prune: () => repositories.funnel.deleteBefore(new Date(Date.now() - 400 * 24 * 60 * 60 * 1000)) },
        ],
        logger,
    );
    const { port } = server.address() as AddressInfo;
    const host = config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST;
    const url = `http://${host}:${port}`;
    logger.info({ event: 'started', url, database: storeProvider(store) }, 'Sendero is listening');
    if (adapter.access === 'closed') {
        logger.warn(
            { event: 'botFrameworkClosed' },
            '/api/messages answers 401 to every request: production without MicrosoftAppId (the built-in web chat does not need it)',
        );
    }
    if (config.NODE_ENV === 'production' && !config.METRICS_TOKEN) {
        logger.warn({ event: 'metricsClosed' }, '/metrics answers 404: production without METRICS_TOKEN');
    }
    if (adapter.access === 'anonymous') {
        logger.warn({ event: 'botFrameworkAnonymous' }, '/api/messages accepts unauthenticated requests (no MicrosoftAppId): for local use only');
    }

    let stopping: Promise<void> | undefined;
    const stop = () =>
        (stopping ??= (async () => {
            logger.info({ event: 'stopping', inFlight: turnTracker.inFlight }, 'shutting down');
            const closed = new Promise<void>((resolve) => server.close(() => resolve()));
            housekeeping.stop();
            const drained = await turnTracker.drain(config.SHUTDOWN_GRACE_MS);
            if (!drained) logger.warn({ event: 'shutdownTimeout', inFlight: turnTracker.inFlight }, 'turns still running at shutdown');
            await directLine.close();
            // After the last turn has queued its messages: finish the sends in hand; the rest stay queued for next start.
            await caseNotifications.stop();
            await userRelay?.stop();
            await webhooks?.stop();
            await notifications.worker.stop();
            await funnel.stop();
            // Idle keep-alive sockets would hold server.close() open; turns are done, so they can go.
            server.server.closeIdleConnections?.();
            await waitAtMost(closed, 1000);
            await crossProcessLock?.close();
            await storage.close();
            await hotPath.close();
            await store.$disconnect();
            logger.info({ event: 'stopped' }, 'stopped');
        })());

    return { url, server, directLine, delivery, helpDesk: { handoff, agents: agentAccounts }, stop };
}
