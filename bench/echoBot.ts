/**
 * The yardstick for bench/turns.ts: a bare botbuilder echo bot on the very stack Sendero's /api/messages uses
 * (bot/server.ts's restify server with its security headers and body checks, and SenderoCloudAdapter), with no
 * middleware, no state and no dialogs. Whatever Sendero spends beyond this is ours.
 */
import type { AddressInfo } from 'node:net';
import { ActivityHandler } from 'botbuilder';
import { createBotFrameworkAdapter } from '../bot/channelAdapter';
import type { Config } from '../bot/config';
import type { Logger } from '../bot/logger';
import { createServer } from '../bot/server';

class EchoBot extends ActivityHandler {
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            await context.sendActivity(`You said: ${context.activity.text ?? ''}`);
            await next();
        });
    }
}

export interface RunningEchoBot {
    url: string;
    stop(): Promise<void>;
}

export async function startEchoBot(config: Config, logger: Logger): Promise<RunningEchoBot> {
    const adapter = createBotFrameworkAdapter(config);
    const server = createServer({ adapter, bot: new EchoBot(), isReady: async () => true, logger, publicBaseUrl: config.PUBLIC_BASE_URL });
    await new Promise<void>((resolve) => server.listen(config.PORT, config.HOST, () => resolve()));
    const { port } = server.address() as AddressInfo;
    return {
        url: `http://${config.HOST}:${port}`,
        stop: async () => {
            server.server.closeIdleConnections?.();
            await new Promise<void>((resolve) => server.close(() => resolve()));
        },
    };
}
