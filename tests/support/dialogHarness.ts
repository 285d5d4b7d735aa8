import { AutoSaveStateMiddleware, MemoryStorage, UserState, type Activity } from 'botbuilder';
import type { Dialog } from 'botbuilder-dialogs';
import { DialogTestClient } from 'botbuilder-testing';
import { LanguageMiddleware } from '../../bot/languageMiddleware';
import { UserStateLanguagePreference } from '../../bot/userLanguagePreference';
import { ComingSoonDialog } from '../../dialogs/comingSoonDialog';
import type { ConversationServices } from '../../dialogs/conversationServices';
import { MainDialog } from '../../dialogs/mainDialog';
import type { FlowOption } from '../../dialogs/menuOptions';
import type { OrganizationProfile } from '../../dialogs/organization';
import { createI18n } from '../../locales';

export const TEST_ORGANIZATION: OrganizationProfile = {
    name: 'Ayuda Legal Test',
    website: 'https://example.org',
    helpdeskPhone: '555-0100',
    helpdeskEmail: 'help@example.org',
    helpdeskHours: 'Mon-Fri 9-5',
};

export const i18n = createI18n('en');
export const en = i18n.getFixedT('en');
export const es = i18n.getFixedT('es');

/** The locale each test client's channel sends with every message. */
const channelLocales = new WeakMap<DialogTestClient, string>();

/**
 * The main dialog under DialogTestClient with the real language middleware. In-memory storage is fine here: these are
 * unit tests of the conversation; the store has its own tests.
 */
export function mainDialogClient(
    options: { locale?: string; channelId?: string; flows?: (services: ConversationServices) => Partial<Record<FlowOption, Dialog>> } = {},
): DialogTestClient {
    const userState = new UserState(new MemoryStorage());
    const languages = new UserStateLanguagePreference(userState);
    const services: ConversationServices = { languages, organization: TEST_ORGANIZATION };
    const soon = (flow: ConstructorParameters<typeof ComingSoonDialog>[0]) => new ComingSoonDialog(flow, TEST_ORGANIZATION);
    const main = new MainDialog(services, {
        findAccountNumber: soon('findAccountNumber'),
        createAccount: soon('createAccount'),
        addPaperCase: soon('addPaperCase'),
        checkStatus: soon('checkStatus'),
        commonQuestions: soon('commonQuestions'),
        ...options.flows?.(services),
    });
    const client = new DialogTestClient(options.channelId ?? 'test', main, undefined, [
        new AutoSaveStateMiddleware(userState),
        new LanguageMiddleware(i18n, languages, 'en'),
    ]);
    if (options.locale) channelLocales.set(client, options.locale);
    return client;
}

/** Sends a message and collects every reply of that turn. */
export async function say(client: DialogTestClient, text: string): Promise<Partial<Activity>[]> {
    const replies: Partial<Activity>[] = [];
    const locale = channelLocales.get(client);
    let reply = (await client.sendActivity(locale ? { type: 'message', text, locale } : text)) as Partial<Activity> | undefined;
    while (reply) {
        replies.push(reply);
        reply = client.getNextReply() as Partial<Activity> | undefined;
    }
    return replies;
}

export function texts(replies: Partial<Activity>[]): string[] {
    return replies.filter((reply) => reply.type === 'message').map((reply) => reply.text ?? '');
}
