import type { ConversationReference } from 'botbuilder';
import type { ConversationDelivery } from '../conversation/conversationDelivery';
import { textsFor, type I18n, type TFunction } from '../locales';
import { serviceTextIn, statusTitleIn } from '../conversation/caseStatusTitle';
import type { CaseService, CaseStatus } from '../services/cases/caseService';
import { CaseStatusPoller, SubscriberUnreachable, type CaseChange, type CaseChangeNotify } from '../services/cases/caseStatusPoller';
import type { CaseSubscriptionRecord } from '../services/cases/caseSubscriptions';
import { maskReceipt } from '../services/cases/maskReceipt';
import { RateLimiter } from '../services/limits/rateLimiter';
import type { Notifier } from '../services/notifications/notifier';
import { DirectLineConversationMissing } from '../store/directLineRepository';
import type { Repositories } from '../store/repositories';
import type { Logger } from './logger';

export interface CaseNotificationsDeps {
    repositories: Repositories;
    caseService: CaseService;
    delivery: ConversationDelivery;
    /** The queued notifier: an email change notice is sent by the notification worker, once per idempotency key. */
    notifier: Notifier;
    i18n: I18n;
    config: { CASE_POLL_INTERVAL_MINUTES: number; CASE_POLL_MAX_PER_HOUR: number };
    logger: Logger;
    now?: () => Date;
}

export interface RunningCaseNotifications {
    poller: CaseStatusPoller;
    /** Stops polling and waits for the check in progress. */
    stop(): Promise<void>;
}

/**
 * Starts the case status poller with a notify that reaches each subscriber the way it asked: a proactive message in
 * the conversation it subscribed from (ConversationDelivery, any channel), or an email to its account's address.
 *
 * @example
 * const caseNotifications = startCaseNotifications({ repositories, caseService, delivery, notifier, i18n, config, logger });
 * // ... on shutdown:
 * await caseNotifications.stop();
 */
export function startCaseNotifications(deps: CaseNotificationsDeps): RunningCaseNotifications {
    const { repositories, config, logger } = deps;
    const log = logger.child({ component: 'casePoller' });
    const poller = new CaseStatusPoller({
        subscriptions: repositories.caseSubscriptions,
        caseService: deps.caseService,
        limiter: new RateLimiter(repositories.rateLimits, deps.now),
        notify: caseChangeNotify(deps),
        intervalMinutes: config.CASE_POLL_INTERVAL_MINUTES,
        maxChecksPerHour: config.CASE_POLL_MAX_PER_HOUR,
        now: deps.now,
        logger: log,
    });
    poller.start();
    return { poller, stop: () => poller.stop() };
}

/** The notify the poller calls once per change and subscriber. */
export function caseChangeNotify(deps: Pick<CaseNotificationsDeps, 'repositories' | 'delivery' | 'notifier' | 'i18n'>): CaseChangeNotify {
    return async (subscription, status, change) => {
        const t = textsFor(deps.i18n, subscription.locale);
        if (subscription.deliverBy === 'email') {
            await emailChange(deps, subscription, status, change, t);
            return;
        }
        const reference = parseReference(subscription.reference);
        if (!reference) throw new SubscriberUnreachable('no stored conversation reference');
        try {
            await deps.delivery.send(reference, [{ type: 'message', text: caseChangeText(t, subscription.locale, status).join('\n\n') }]);
        } catch (error) {
            // The web conversation was deleted (idle past DIRECTLINE_RETENTION_HOURS), or the channel says the bot was
            // removed from the chat: no later try can reach it.
            if (error instanceof DirectLineConversationMissing) throw new SubscriberUnreachable('the web conversation is gone');
            const statusCode = (error as { statusCode?: unknown }).statusCode;
            if (statusCode === 403 || statusCode === 404) throw new SubscriberUnreachable(`the channel answered ${statusCode}`);
            throw error;
        }
    };
}

async function emailChange(
    deps: Pick<CaseNotificationsDeps, 'repositories' | 'notifier'>,
    subscription: CaseSubscriptionRecord,
    status: CaseStatus,
    change: CaseChange,
    t: TFunction,
): Promise<void> {
    const account = subscription.accountId ? await deps.repositories.accounts.findById(subscription.accountId) : null;
    if (!account) throw new SubscriberUnreachable('the account is gone');
    await deps.notifier.send({
        channel: 'email',
        to: account.email,
        // A subject shows in notification previews on a lock screen: the receipt is masked there, whole in the body.
        subject: t('caseSubscriptions.email.subject', { receipt: maskReceipt(subscription.receiptNumber) }),
        body: [...caseChangeText(t, subscription.locale, status), t('caseSubscriptions.email.stop')].join('\n\n'),
        // A retried notify (the same change to the same subscriber) never queues a second email.
        idempotencyKey: `case-change:${subscription.id}:${change.previousHash.slice(0, 16)}:${change.hash.slice(0, 16)}`,
        kind: 'notice',
    });
}

/**
 * What changed, in plain words and the subscriber's language: the new status title (the service's Spanish title when
 * it has one), where to see what it means, and how to stop. The subscriber's own chat may show the whole receipt.
 */
export function caseChangeText(t: TFunction, locale: string, status: CaseStatus): string[] {
    const language = locale.split('-')[0];
    // As the chat heads a status: USCIS's own title in English or Spanish, else ours marked as a translation beside its
    // English. (A Chinese or Vietnamese subscriber was sent USCIS's Spanish title.)
    const title = statusTitleIn(t, language, status.title, status.bucket);
    const params = { receipt: status.receiptNumber, title };
    return [
        t('caseSubscriptions.changed.news', params),
        ...(language !== 'en' && !serviceTextIn(status.title, language) ? [t('caseSubscriptions.changed.englishOnly')] : []),
        t('caseSubscriptions.changed.seeMore', params),
        t('caseSubscriptions.changed.stop'),
    ];
}

function parseReference(json: string | null): Partial<ConversationReference> | undefined {
    if (!json) return undefined;
    try {
        const value = JSON.parse(json) as unknown;
        return typeof value === 'object' && value !== null ? (value as Partial<ConversationReference>) : undefined;
    } catch {
        // Written by CaseSubscriptions as JSON; an unreadable one can never be delivered to.
        return undefined;
    }
}
