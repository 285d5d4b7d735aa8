import {
    CloudAdapter,
    type Activity,
    type BotAdapter,
    type InvokeResponse,
    type Middleware,
    type TurnContext,
} from 'botbuilder';
import { markChannelIdentityVerified } from '../conversation/channelIdentity';
import { translator } from '../conversation/turnLanguage';
import type { I18n } from '../locales';
import type { Config } from './config';
import type { Logger } from './logger';
import { ReusedClientsAuthentication } from './reusedConnectorClients';
import { recordTurnFailed } from './turnLog';

/**
 * Who may use /api/messages: `anonymous` (no MicrosoftAppId, outside production: the Emulator, local tests),
 * `authenticated` (every request's token is validated), or `closed` (production without credentials: every request
 * is refused, since an anonymous endpoint would post replies to whatever serviceUrl a stranger names).
 */
export type BotFrameworkAccess = 'anonymous' | 'authenticated' | 'closed';

export function botFrameworkAccess(config: Pick<Config, 'MicrosoftAppId' | 'NODE_ENV'>): BotFrameworkAccess {
    if (config.MicrosoftAppId) return 'authenticated';
    return config.NODE_ENV === 'production' ? 'closed' : 'anonymous';
}

/** The outcome of checking a request's token: what the adapter needs to run the turn and to reply. */
export type AuthenticatedRequest = Awaited<ReturnType<ReusedClientsAuthentication['authenticateRequest']>>;

/** Thrown for any request whose token is missing, malformed, unsigned, forged or cannot be checked. */
export class BotFrameworkTokenRefused extends Error {
    constructor(readonly reason: string) {
        super('the Bot Framework token was refused');
        this.name = 'BotFrameworkTokenRefused';
    }
}

/** The only algorithms Bot Framework tokens are signed with (AuthenticationConstants.AllowedSigningAlgorithms). */
const SIGNING_ALGORITHMS = new Set(['RS256', 'RS384', 'RS512']);

/**
 * The Bot Framework adapter for /api/messages (Teams, Azure Bot Service channels, the Emulator). Authentication is a
 * separate step from the turn, so a token failure is always a 401 and never a 500 quoting the SDK's error.
 *
 * With credentials, the SDK's channel-token validation (ChannelValidation, in
 * ParameterizedBotFrameworkAuthentication.governmentChannelValidation_ValidateIdentity) refuses a token whose
 * `serviceurl` claim differs from the activity's serviceUrl, so replies only go where a signed token says. Emulator
 * tokens carry no such claim but must be issued to this bot's own app id (they need its password).
 */
export class SenderoCloudAdapter extends CloudAdapter {
    constructor(
        config: Config,
        readonly access: BotFrameworkAccess = botFrameworkAccess(config),
    ) {
        super(
            new ReusedClientsAuthentication({
                MicrosoftAppId: config.MicrosoftAppId,
                MicrosoftAppPassword: config.MicrosoftAppPassword,
                MicrosoftAppType: config.MicrosoftAppType || (config.MicrosoftAppId ? 'MultiTenant' : ''),
                MicrosoftAppTenantId: config.MicrosoftAppTenantId,
            }),
        );
        // Marks the turns whose token was validated, for the dialogs that may trust the channel's sender id.
        this.use(async (context, next) => {
            if (isValidatedTokenIdentity(context.turnState.get(this.BotIdentityKey))) markChannelIdentityVerified(context);
            await next();
        });
    }

    /** Checks the request's Authorization header for this activity; BotFrameworkTokenRefused when it does not pass. */
    async authenticate(activity: Partial<Activity>, authorization: string | undefined): Promise<AuthenticatedRequest> {
        if (this.access === 'closed') throw new BotFrameworkTokenRefused('no Bot Framework credentials in production');
        const header = authorization ?? '';
        if (this.access === 'authenticated') {
            const problem = jwtShapeProblem(header);
            if (problem) throw new BotFrameworkTokenRefused(problem);
        }
        try {
            return await this.botFrameworkAuthentication.authenticateRequest(activity as Activity, header);
        } catch (error) {
            // The SDK's messages may name hosts it could not reach; only the error's kind is kept.
            throw new BotFrameworkTokenRefused(error instanceof Error ? error.name : 'unknown');
        }
    }

    /** Runs the turn of an authenticated request (the middleware, then `logic`); the invoke response, if any. */
    async runAuthenticated(
        authenticated: AuthenticatedRequest,
        activity: Partial<Activity>,
        logic: (context: TurnContext) => Promise<void>,
    ): Promise<InvokeResponse | undefined> {
        return this.processActivity(authenticated, activity as Activity, logic);
    }
}

/**
 * Whether a turn's ClaimsIdentity comes from a token whose signature was checked: such an identity carries the
 * token's issuer. The anonymous identity (no claims), the anonymous skill claim and the identity of a proactive
 * continuation (audience and app id only) have none.
 */
function isValidatedTokenIdentity(identity: unknown): boolean {
    const candidate = identity as { isAuthenticated?: boolean; claims?: Array<{ type: string; value: string }> } | undefined;
    if (!candidate?.isAuthenticated || !Array.isArray(candidate.claims)) return false;
    const claim = (type: string) => candidate.claims?.find((entry) => entry.type === type)?.value;
    // 'iss' and 'appid' are AuthenticationConstants.IssuerClaim and AppIdClaim; 'AnonymousSkill' its anonymous app id.
    return Boolean(claim('iss')) && claim('appid') !== 'AnonymousSkill';
}

/** Why an Authorization header cannot hold a Bot Framework token (checked before the SDK fetches signing keys). */
function jwtShapeProblem(header: string): string | undefined {
    const match = /^Bearer ([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)$/.exec(header.trim());
    if (!match) return 'no bearer JWT';
    try {
        const parsed: unknown = JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8'));
        const alg = typeof parsed === 'object' && parsed !== null ? (parsed as { alg?: unknown }).alg : undefined;
        return typeof alg === 'string' && SIGNING_ALGORITHMS.has(alg) ? undefined : 'signing algorithm not allowed';
    } catch {
        return 'unreadable token header';
    }
}

/** The Bot Framework adapter for /api/messages; see SenderoCloudAdapter. */
export function createBotFrameworkAdapter(config: Config): SenderoCloudAdapter {
    return new SenderoCloudAdapter(config);
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
