import crypto from 'node:crypto';
import { caseChangeNotify, caseChangeText } from '../../bot/caseNotifications';
import type { ConversationDelivery } from '../../conversation/conversationDelivery';
import { createI18n, textsFor } from '../../locales';
import { SecretBox } from '../../services/accounts/secretBox';
import { caseStatusHash } from '../../services/cases/caseStatusHash';
import { SubscriberUnreachable } from '../../services/cases/caseStatusPoller';
import { CaseSubscriptions } from '../../services/cases/caseSubscriptions';
import { SandboxCaseService } from '../../services/cases/sandboxCaseService';
import { createNotifier } from '../../services/notifications/createNotifier';
import { createRepositories } from '../../store/repositories';
import { notificationTestConfig } from '../services/notifications/notificationTestConfig';
import { createTestStore, type TestStore } from '../support/testStore';

/**
 * The email side of a change notice: through the real queued notifier and worker into the development outbox, in the
 * subscriber's language, queued once per change however often notify is retried. (The chat side is proven end to end
 * in tests/e2e/caseNotification.test.ts.)
 */
const i18n = createI18n('en');
const es = i18n.getFixedT('es');
/** The sandbox's English-only IOE case: the Spanish notice must say the status is in English. */
const ENGLISH_ONLY = 'IOE0900000200';
const MOVING = 'IOE0900000100';

describe('case change notices by email', () => {
    let store: TestStore;
    beforeEach(async () => {
        store = await createTestStore();
    });
    afterEach(async () => store.dispose());

    /** Nothing is sent through a conversation in these tests. */
    const noDelivery: ConversationDelivery = {
        send: async () => {
            throw new Error('no chat delivery expected');
        },
        continueConversation: async () => {
            throw new Error('no chat delivery expected');
        },
    };

    async function setUp(receipt: string, accountId: string) {
        const repositories = createRepositories(store.client);
        const notifications = createNotifier(notificationTestConfig(), repositories, { secretBox: new SecretBox(crypto.randomBytes(32)) });
        const sandbox = new SandboxCaseService({ repository: repositories.sandboxCases, stepMinutes: 10_000_000 });
        const outcome = await new CaseSubscriptions({ repository: repositories.caseSubscriptions, intervalMinutes: 10 }).subscribe({
            receiptNumber: receipt,
            conversationKey: 'directline/c1/user',
            reference: { channelId: 'directline', conversation: { id: 'c1' } },
            deliverBy: 'email',
            accountId,
            locale: 'es',
            currentHash: 'shown-before',
        });
        if (outcome.status === 'tooMany') throw new Error('too many');
        return { notifications, sandbox, subscription: outcome.subscription };
    }

    test('a change is emailed once, in Spanish, saying the status is in English when USCIS gives no Spanish', async () => {
        await store.client.account.create({
            data: { id: 'acct-1', email: 'suscriptor@example.org', accountNumber: '123412341234', passwordHash: 'x', accountType: 'applicant', locale: 'es' },
        });
        const { notifications, sandbox, subscription } = await setUp(ENGLISH_ONLY, 'acct-1');
        const repositories = createRepositories(store.client);
        const notify = caseChangeNotify({ repositories, delivery: noDelivery, notifier: notifications.notifier, i18n });
        const status = await sandbox.getCase(ENGLISH_ONLY);
        const change = { previousHash: 'shown-before', hash: caseStatusHash(status) };
        // A retried notify of the same change queues nothing new.
        await notify(subscription, status, change);
        await notify(subscription, status, change);
        expect(await store.client.queuedNotification.count()).toBe(1);
        await notifications.worker.drain();

        const [mail] = await store.client.outboxMessage.findMany({ where: { to: 'suscriptor@example.org' } });
        expect(mail.subject).toBe(es('caseSubscriptions.email.subject', { receipt: 'IOE*******200' }));
        // The title as the chat heads it: ours, marked as a translation, beside USCIS's English.
        const title = es('caseStatus.translatedTitle', { title: es(`caseStatus.buckets.${status.bucket}.title`), original: status.title.en, marker: es('caseStatus.translatedMarker') });
        expect(mail.body).toContain(es('caseSubscriptions.changed.news', { receipt: ENGLISH_ONLY, title }));
        expect(mail.body).toContain(es('caseSubscriptions.changed.englishOnly'));
        expect(mail.body).toContain(es('caseSubscriptions.email.stop'));
    });

    test('the service\'s Spanish title is used when it has one', async () => {
        await store.client.account.create({
            data: { id: 'acct-2', email: 'otra@example.org', accountNumber: '432143214321', passwordHash: 'x', accountType: 'applicant', locale: 'es' },
        });
        const { notifications, sandbox, subscription } = await setUp(MOVING, 'acct-2');
        const notify = caseChangeNotify({ repositories: createRepositories(store.client), delivery: noDelivery, notifier: notifications.notifier, i18n });
        await sandbox.advance(MOVING);
        const status = await sandbox.getCase(MOVING);
        expect(status.title.es).toBeDefined();
        await notify(subscription, status, { previousHash: 'shown-before', hash: caseStatusHash(status) });
        await notifications.worker.drain();
        const [mail] = await store.client.outboxMessage.findMany({ where: { to: 'otra@example.org' } });
        expect(mail.body).toContain(`«${status.title.es}»`);
        expect(mail.body).not.toContain(es('caseSubscriptions.changed.englishOnly'));
    });

    test('an account that no longer exists cannot be reached: the subscription is to be ended', async () => {
        const { notifications, sandbox, subscription } = await setUp(MOVING, 'acct-gone');
        const notify = caseChangeNotify({ repositories: createRepositories(store.client), delivery: noDelivery, notifier: notifications.notifier, i18n });
        const status = await sandbox.getCase(MOVING);
        await expect(notify(subscription, status, { previousHash: 'shown-before', hash: caseStatusHash(status) })).rejects.toBeInstanceOf(SubscriberUnreachable);
        expect(await store.client.queuedNotification.count()).toBe(0);
    });
});

describe('a change notice in a language USCIS does not write', () => {
    // Found reading the notice code: every subscriber who was not English got USCIS's Spanish title, so a Chinese or
    // Vietnamese subscriber read "现在的状态是“Caso Fue Aprobado”".
    test.each([
        ['zh', 'zh'],
        ['zh-Hant', 'zh'],
        ['vi', 'vi'],
    ])('%s: our title, marked as a translation, beside USCIS\'s English; never the Spanish', async (locale, language) => {
        const store = await createTestStore();
        try {
            const sandbox = new SandboxCaseService({ repository: createRepositories(store.client).sandboxCases, stepMinutes: 10_000_000 });
            await sandbox.advance(MOVING);
            const status = await sandbox.getCase(MOVING);
            expect(status.title.es).toBeDefined();
            const t = textsFor(i18n, locale);
            const text = caseChangeText(t, locale, status).join('\n');
            expect(text).not.toContain(status.title.es!);
            expect(text).toContain(t('caseStatus.translatedMarker'));
            expect(text).toContain(status.title.en);
            expect(text).toContain(t('caseSubscriptions.changed.englishOnly'));
            // Traditional characters for a subscriber who reads them (locale "zh-Hant", kept from the chat).
            expect(t('caseSubscriptions.changed.stop')).toBe(i18n.getFixedT(language, locale === 'zh-Hant' ? 'traditional' : undefined)('caseSubscriptions.changed.stop'));
        } finally {
            await store.dispose();
        }
    });

    test('zh-Hant is answered in traditional characters, zh in simplified', () => {
        expect(textsFor(i18n, 'zh-Hant')('caseSubscriptions.changed.stop')).not.toBe(textsFor(i18n, 'zh')('caseSubscriptions.changed.stop'));
        expect(textsFor(i18n, 'zh-Hant')('caseSubscriptions.changed.stop')).toContain('「');
    });
});

