import {
    CloudAdapter,
    ConfigurationBotFrameworkAuthentication,
    type BotAdapter,
    type Middleware,
    type TurnContext,
} from 'botbuilder';
import { translator } from '../dialogs/turnLanguage';
import type { I18n } from '../locales';
import type { Config } from './config';
import type { Logger } from './logger';
import { recordTurnFailed } from './turnLog';

/**
 * The Bot Framework adapter for /api/messages (Teams, Azure Bot Service channels, the Emulator). With no
 * MicrosoftAppId it runs anonymously, for local use; with one, every request's JWT is validated.
 */
export function createBotFrameworkAdapter(config: Config): CloudAdapter {
    return new CloudAdapter(
        new ConfigurationBotFrameworkAuthentication({
            MicrosoftAppId: config.MicrosoftAppId,
            MicrosoftAppPassword: config.MicrosoftAppPassword,
            MicrosoftAppType: config.MicrosoftAppType || (config.MicrosoftAppId ? 'MultiTenant' : ''),
            MicrosoftAppTenantId: config.MicrosoftAppTenantId,
        }),
    );
}

export interface AdapterPipeline {
    middleware: Middleware[];
    i18n: I18n;
    logger: Logger;
}

/** Gives an adapter (of any channel) the shared middleware and the error handler. */
export function prepareAdapter(adapter: BotAdapter, pipeline: AdapterPipeline): void {
    for (const middleware of pipeline.middleware) adapter.use(middleware);
    adapter.onTurnError = async (context: TurnContext, error: Error) => {
        recordTurnFailed(context);
        pipeline.logger.error(
            { event: 'turnError', conversation: context.activity.conversation?.id, channel: context.activity.channelId, err: error },
            'turn failed',
        );
        try {
            await context.sendActivity(apology(context, pipeline.i18n));
        } catch (sendError) {
            pipeline.logger.error({ event: 'apologyFailed', err: sendError }, 'could not tell the user about the failure');
        }
    };
}

function apology(context: TurnContext, i18n: I18n): string {
    try {
        return translator(context)('errors.turn');
    } catch {
        // The failure happened before the language was chosen: answer in the default language.
        return i18n.t('errors.turn');
    }
}
