import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { ActivityHandler, ActivityTypes, CardFactory, MessageFactory, type BotAdapter, type TurnContext } from 'botbuilder';
import * as restify from 'restify';
import { loadConfig, type Config } from '../../bot/config';
import { createDirectLineChannel, type DirectLineChannel } from '../../bot/directline/directLineChannel';
import { createLogger } from '../../bot/logger';
import { openStore, type StoreClient } from '../../store/storeClient';

export const WELCOME_TEXT = 'Welcome to the echo bot';
export const SPANISH_REPLY = 'De acuerdo, seguiré en español.';

/** The smallest bot that exercises the channel: a welcome, an echo, buttons, and the language-switch event. */
export class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMembersAdded(async (context, next) => {
            const joinedUsers = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient.id);
            if (joinedUsers.length > 0) await context.sendActivity(WELCOME_TEXT);
            await next();
        });
        this.onMessage(async (context, next) => {
            const text = context.activity.text ?? '';
            if (text === 'menu') {
                await context.sendActivity(MessageFactory.suggestedActions(['Red', 'Blue'], 'Pick a colour'));
            } else if (text === 'card') {
                await context.sendActivity(MessageFactory.attachment(CardFactory.heroCard('Options', undefined, ['Green', 'Yellow'])));
            } else if (text.trim().toLowerCase() === 'español') {
                await context.sendActivity({ type: ActivityTypes.Event, name: 'sendero.languageChanged', value: 'es' });
                await context.sendActivity(SPANISH_REPLY);
            } else {
                await context.sendActivity(`Echo: ${text}`);
            }
            await next();
        });
    }
}

export interface DirectLineTestServer {
    baseUrl: string;
    port: number;
    store: StoreClient;
    channel: DirectLineChannel;
    config: Config;
    /** Every log line the channel wrote. */
    logLines: string[];
    /** Stops the HTTP server and disconnects the store client (the database file stays). */
    close(): Promise<void>;
}

/**
 * A real restify server on 127.0.0.1 with the Direct Line channel and the echo bot, over a store opened on
 * `databaseUrl` (its own client, so a test can close it and reopen the same file).
 */
export async function startDirectLineTestServer(options: {
    databaseUrl: string;
    port?: number;
    env?: Record<string, string>;
    /** Another bot than the echo bot. */
    bot?: { run(context: TurnContext): Promise<void> };
}): Promise<DirectLineTestServer> {
    const store = await openStore(options.databaseUrl);
    const config = loadConfig({ NODE_ENV: 'test', DATABASE_URL: options.databaseUrl, LOG_LEVEL: 'trace', ...options.env });
    const logLines: string[] = [];
    const destination = new Writable({
        write(chunk: Buffer, _encoding, callback) {
            logLines.push(chunk.toString());
            callback();
        },
    });
    const logger = createLogger('trace', destination);
    const channel = createDirectLineChannel({
        store,
        config,
        logger,
        prepareAdapter(adapter: BotAdapter) {
            adapter.onTurnError = async (context) => {
                await context.sendActivity('Sorry, something went wrong.');
            };
        },
        bot: options.bot ?? new EchoBot(),
    });
    const server = restify.createServer({ handleUncaughtExceptions: false });
    server.use(restify.plugins.bodyParser());
    server.use(restify.plugins.queryParser());
    channel.registerRoutes(server);
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
    const port = (server.address() as AddressInfo).port;
    return {
        baseUrl: `http://127.0.0.1:${port}`,
        port,
        store,
        channel,
        config,
        logLines,
        async close() {
            await channel.close();
            await new Promise<void>((resolve) => {
                server.close(() => resolve());
                // Polling clients keep idle keep-alive sockets open; the server must not wait for them.
                server.server.closeAllConnections();
            });
            await store.$disconnect();
        },
    };
}
