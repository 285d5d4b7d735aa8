import { RateLimiter } from '../../services/limits/rateLimiter';
import crypto from 'node:crypto';
import { AutoSaveStateMiddleware, ConversationState, MemoryStorage, UserState, type Activity } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { LanguageMiddleware } from '../../bot/languageMiddleware';
import { StoredConversationReferences } from '../../bot/storedConversationReferences';
import { UserStateLanguagePreference } from '../../bot/userLanguagePreference';
import { UserStateSignedInSessions } from '../../bot/userStateSignedInSessions';
import { ConversationStateCheckedCases } from '../../bot/conversationStateCheckedCases';
import { markChannelIdentityVerified } from '../../conversation/channelIdentity';
import { PhraseRecognizer } from '../../conversation/phraseRecognizer';
import type { Recognizer } from '../../conversation/recognizer';
import type { ConversationStart } from '../../conversation/conversationStart';
import { ComingSoonDialog } from '../../dialogs/comingSoonDialog';
import type { ConversationServices } from '../../dialogs/conversationServices';
import { MainDialog, type MainDialogFlows } from '../../dialogs/mainDialog';
import type { FlowOption } from '../../dialogs/menuOptions';
import type { OrganizationProfile } from '../../dialogs/organization';
import { createI18n } from '../../locales';
import { createAccountServices } from '../../services/accounts/accountServices';
import { CaseLinks } from '../../services/cases/caseLinks';
import type { CaseService } from '../../services/cases/caseService';
import { CaseSubscriptions } from '../../services/cases/caseSubscriptions';
import { SandboxCaseService } from '../../services/cases/sandboxCaseService';
import { testHasher } from './testHasher';
import { OutboxNotifier } from '../../services/notifications/outboxNotifier';
import { PrismaStorage } from '../../store/prismaStorage';
import { createRepositories } from '../../store/repositories';
import { ManualClock } from '../services/accounts/accountTestKit';
import { createTestStore, type TestStore } from './testStore';

export const TEST_ORGANIZATION: OrganizationProfile = {
    name: 'Ayuda Legal Test',
    website: 'https://example.org',
    helpdeskPhone: '555-0100',
    helpdeskEmail: 'help@example.org',
    helpdeskHours: 'Mon-Fri 9-5',
    termsUrl: 'http://127.0.0.1:3978/terms',
};

export const i18n = createI18n('en');
export const en = i18n.getFixedT('en');
export const es = i18n.getFixedT('es');

export interface DialogHarness {
    client: DialogTestClient;
    services: ConversationServices;
    store: TestStore;
    clock: ManualClock;
    /** Messages the outbox holds for an address (email or E.164 phone), oldest first: what the user would receive. */
    inbox(to: string): Promise<Array<{ channel: string; subject: string | null; body: string }>>;
    /** The 6-digit code in the newest message to an address. */
    latestCode(to: string): Promise<string>;
    dispose(): Promise<void>;
}

export interface HarnessOptions {
    /** The locale the channel sends with every message (es-MX, en-US...). */
    locale?: string;
    channelId?: string;
    /** Flows to put behind menu options, built with the harness's real services. */
    flows?: (services: ConversationServices) => Partial<MainDialogFlows>;
    /**
     * Whether each turn counts as vouched for by a validated Bot Framework token (so an SMS sender id is a proven
     * phone). Default true, as on a real channel; false plays an anonymous /api/messages request.
     */
    channelIdentityVerified?: boolean;
    /**
     * The case service behind services.cases (the links use it too); default the embedded sandbox on the harness's
     * store. E.g. the real USCIS client against the local fake USCIS API, for a back end that cannot check codes.
     */
    caseService?: () => CaseService;
    /** The recognizer, built around the phrase recognizer (for example the intent classifier's); default the phrases alone. */
    recognizer?: (phrases: Recognizer) => Recognizer;
    /** What the bot hands the main dialog on the first turn (a first message that may name a task). */
    start?: ConversationStart;
    /** Changes to TEST_ORGANIZATION (no help desk, accounts of USCIS's own numbers…). */
    organization?: Partial<OrganizationProfile>;
}

/**
 * For test files that only need the client: returns an opener whose harness is disposed after each test.
 * Call it at the top level of the test file.
 */
export function clientPerTest(): (options?: HarnessOptions) => Promise<DialogTestClient> {
    let current: DialogHarness | undefined;
    afterEach(async () => {
        await current?.dispose();
        current = undefined;
    });
    return async (options = {}) => {
        current = await startDialogHarness(options);
        return current.client;
    };
}

/** The locale each test client's channel sends with every message. */
const channelLocales = new WeakMap<DialogTestClient, string>();

/**
 * The main dialog under DialogTestClient with the real language middleware and real account services on a migrated
 * SQLite file (codes are read back from the outbox, as a user reads their mail). Dialog and user state use in-memory
 * storage: these are conversation tests; the store's concurrency has its own tests.
 */
export async function startDialogHarness(options: HarnessOptions = {}): Promise<DialogHarness> {
    const store = await createTestStore();
    const clock = new ManualClock(new Date().toISOString());
    const userState = new UserState(new MemoryStorage());
    const conversationState = new ConversationState(new MemoryStorage());
    const languages = new UserStateLanguagePreference(userState);
    const repositories = createRepositories(store.client);
    const accounts = createAccountServices({
        repositories,
        notifier: new OutboxNotifier(repositories.outbox),
        i18n,
        secretsKey: crypto.randomBytes(32),
        orgName: TEST_ORGANIZATION.name,
        publicBaseUrl: 'http://127.0.0.1:3978',
        now: clock.now,
        hasher: testHasher(),
    });
    // The embedded sandbox answers case look-ups from its fixtures, with its state in the same SQLite file.
    const caseService = options.caseService?.() ?? new SandboxCaseService({ repository: repositories.sandboxCases, stepMinutes: 2, now: clock.now });
    const services: ConversationServices = {
        languages,
        organization: { ...TEST_ORGANIZATION, ...options.organization },
        accounts,
        cases: {
            service: caseService,
            links: new CaseLinks({ service: caseService, linkedCases: repositories.linkedCases, limiter: new RateLimiter(repositories.rateLimits, clock.now), now: clock.now }),
            subscriptions: new CaseSubscriptions({ repository: repositories.caseSubscriptions, intervalMinutes: 60, now: clock.now }),
        },
        conversations: new StoredConversationReferences(new PrismaStorage(store.client)),
        recognizer: options.recognizer?.(new PhraseRecognizer(i18n)) ?? new PhraseRecognizer(i18n),
        signedIn: new UserStateSignedInSessions(userState),
        checkedCases: new ConversationStateCheckedCases(conversationState),
        now: clock.now,
    };
    const soon = (flow: FlowOption) => new ComingSoonDialog(flow, TEST_ORGANIZATION);
    const main = new MainDialog(services, {
        findAccountNumber: soon('findAccountNumber'),
        createAccount: soon('createAccount'),
        addPaperCase: soon('addPaperCase'),
        checkStatus: soon('checkStatus'),
        commonQuestions: soon('commonQuestions'),
        recoverAccess: soon('recoverAccess'),
        ...options.flows?.(services),
    });
    const client = new DialogTestClient(options.channelId ?? 'test', main, options.start, [
        {
            onTurn: async (context, next) => {
                if (options.channelIdentityVerified !== false) markChannelIdentityVerified(context);
                await next();
            },
        },
        new AutoSaveStateMiddleware(userState, conversationState),
        new LanguageMiddleware(i18n, languages, 'en'),
    ]);
    if (options.locale) channelLocales.set(client, options.locale);
    const inbox = (to: string) => store.client.outboxMessage.findMany({ where: { to }, orderBy: { id: 'asc' } });
    return {
        client,
        services,
        store,
        clock,
        inbox,
        async latestCode(to) {
            const messages = await inbox(to);
            const code = messages.at(-1)?.body.match(/\b(\d{3}\s?\d{3})\b/)?.[1];
            if (!code) throw new Error(`no code in the outbox for ${to}`);
            return code.replace(/\s/g, '');
        },
        dispose: () => store.dispose(),
    };
}

/**
 * Sends a message (text, or any activity fields such as a card submission `{ value }` or an event) and collects
 * every reply of that turn.
 */
export async function say(client: DialogTestClient, input: string | Partial<Activity>): Promise<Partial<Activity>[]> {
    const locale = channelLocales.get(client);
    const activity: Partial<Activity> = typeof input === 'string' ? { type: 'message', text: input } : { type: 'message', ...input };
    if (locale) activity.locale = locale;
    const replies: Partial<Activity>[] = [];
    let reply = (await client.sendActivity(activity)) as Partial<Activity> | undefined;
    while (reply) {
        replies.push(reply);
        reply = client.getNextReply() as Partial<Activity> | undefined;
    }
    return replies;
}

export function texts(replies: Partial<Activity>[]): string[] {
    return replies.filter((reply) => reply.type === 'message').map((reply) => reply.text ?? '');
}
