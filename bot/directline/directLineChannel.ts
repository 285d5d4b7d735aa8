import type { BotAdapter, ChannelAccount, ConversationReference, TurnContext } from 'botbuilder';
import type { Server } from 'restify';
import type { Config } from '../config';
import type { Logger } from '../logger';
import { DirectLineConversationMissing } from '../../store/directLineRepository';
import type { HotPathSql } from '../../store/hotPathSql';
import { RateLimitRepository } from '../../store/rateLimitRepository';
import type { StoreClient } from '../../store/storeClient';
import { RateLimiter } from '../../services/limits/rateLimiter';
import { DirectLineAdapter } from './directLineAdapter';
import { DirectLineConversations } from './directLineConversations';
import { DirectLineLimits } from './directLineLimits';
import { DIRECT_LINE_BASE_PATH, registerDirectLineRoutes } from './directLineRoutes';
import { DirectLineActivityFeed, DirectLineStreaming, FeedingDirectLineRepository } from './directLineStreaming';
import { DirectLineTokens } from './directLineTokens';
import { registerWidgetRoutes } from './widgetRoutes';

export interface DirectLineChannelDeps {
    store: StoreClient;
    /** The store's prepared statements for what every web-chat request does (omitted: the generic client does it). */
    hotPath?: HotPathSql;
    config: Config;
    logger: Logger;
    /** Adds the shared middleware (turn lock, language, logging) and onTurnError to an adapter. */
    prepareAdapter(adapter: BotAdapter): void;
    /** The bot: ActivityHandler.run */
    bot: { run(context: TurnContext): Promise<void> };
}

export interface DirectLineChannel {
    registerRoutes(server: Server): void;
    continueConversation(
        reference: Partial<ConversationReference>,
        logic: (context: TurnContext) => Promise<void>,
    ): Promise<void>;
    /** Deletes conversations (and their activities and tokens) idle longer than the retention; returns how many. */
    purgeExpired(now?: Date): Promise<number>;
    /** Starts/stops the hourly purge timer (unref'd). */
    startRetentionTimer(): void;
    close(): Promise<void>;
}

const PURGE_INTERVAL_MS = 60 * 60 * 1000;

/**
 * The embedded web channel: a Direct Line 3.0 endpoint on the bot's own server, the adapter that runs bot turns for
 * it, and the chat page. Conversations, history and tokens live in the store, so they survive a restart.
 *
 * @example
 * const channel = createDirectLineChannel({ store, config, logger, prepareAdapter, bot });
 * channel.registerRoutes(server);
 * channel.startRetentionTimer();
 */
export function createDirectLineChannel(deps: DirectLineChannelDeps): DirectLineChannel {
    const { config, logger } = deps;
    const log = logger.child({ channel: 'directline' });
    // Every append also tells the open WebSocket streams of that conversation (directLineStreaming.ts).
    const feed = new DirectLineActivityFeed();
    const repository = new FeedingDirectLineRepository(deps.store, feed, deps.hotPath);
    const serviceUrl = `${config.PUBLIC_BASE_URL}${DIRECT_LINE_BASE_PATH}/`;
    const botAccount: ChannelAccount = { id: config.MicrosoftAppId || 'sendero', name: config.ORG_NAME, role: 'bot' };
    const adapter = new DirectLineAdapter(repository, { bot: botAccount, serviceUrl });
    deps.prepareAdapter(adapter);
    const conversations = new DirectLineConversations({
        repository,
        tokens: new DirectLineTokens(repository, {
            ttlSeconds: config.DIRECTLINE_TOKEN_TTL_SECONDS,
            maxLifetimeSeconds: config.DIRECTLINE_TOKEN_MAX_LIFETIME_HOURS * 60 * 60,
        }),
        adapter,
        bot: deps.bot,
        botAccount,
        serviceUrl,
        logger: log,
        maxMessageChars: config.MAX_MESSAGE_CHARS,
    });
    const limits = new DirectLineLimits(new RateLimiter(new RateLimitRepository(deps.store, deps.hotPath)), {
        tokensPerMinute: config.DIRECTLINE_TOKENS_PER_IP_PER_MINUTE,
        conversationsPerHour: config.DIRECTLINE_CONVERSATIONS_PER_IP_PER_HOUR,
        trustedProxies: config.TRUST_PROXY,
    });
    const streaming = new DirectLineStreaming({ conversations, feed, logger: log, publicBaseUrl: config.PUBLIC_BASE_URL });
    let retentionTimer: NodeJS.Timeout | undefined;

    const purgeExpired = async (now = new Date()): Promise<number> => {
        const cutoff = new Date(now.getTime() - config.DIRECTLINE_RETENTION_HOURS * 60 * 60 * 1000);
        const purged = await repository.purgeIdleConversations(cutoff, now);
        if (purged > 0) log.info({ purged }, 'purged idle web conversations');
        return purged;
    };

    return {
        registerRoutes(server) {
            registerDirectLineRoutes(server, conversations, log, limits, streaming);
            // The WebSocket upgrade of /v3/directline/conversations/{id}/stream (restify leaves upgrades alone).
            streaming.attach(server.server);
            registerWidgetRoutes(server, { config, logger: log });
        },

        async continueConversation(reference, logic) {
            const conversationId = reference.conversation?.id;
            if (!conversationId || !(await repository.findConversation(conversationId))) {
                throw new DirectLineConversationMissing(conversationId ?? '');
            }
            await adapter.continueConversation(reference, logic);
        },

        purgeExpired,

        startRetentionTimer() {
            if (retentionTimer) return;
            retentionTimer = setInterval(() => {
                purgeExpired().catch((error: unknown) => log.error({ err: error }, 'purging web conversations failed'));
            }, PURGE_INTERVAL_MS);
            retentionTimer.unref();
        },

        async close() {
            if (retentionTimer) clearInterval(retentionTimer);
            retentionTimer = undefined;
            await streaming.close();
        },
    };
}
