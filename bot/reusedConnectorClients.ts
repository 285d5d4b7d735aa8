import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { LRUCache } from 'lru-cache';

type ClaimsIdentity = Parameters<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>[0];
type ConnectorFactory = ReturnType<ConfigurationBotFrameworkAuthentication['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;
type AuthenticateRequestResult = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>>;

/** How many (app id, service URL, audience) clients are kept: a bot talks to a handful of channel services. */
const MAX_CLIENTS = 64;

/**
 * The SDK's authentication, except that connector and user-token clients are made once and reused.
 *
 * CloudAdapter builds a new ConnectorClient (an HTTP pipeline of a dozen policies) and a new UserTokenClient on every
 * turn: about 7% of a menu turn's CPU in bench/turns.ts. A client is stateless apart from its credentials, which are
 * fixed for a given app id under one configuration, so one client per (app id, service URL, audience) serves every
 * turn; reusing it also reuses the token its credentials fetched. A reused client is only ever handed to a turn the
 * SDK has already authenticated for that service URL.
 */
export class ReusedClientsAuthentication extends ConfigurationBotFrameworkAuthentication {
    private readonly connectorClients = new LRUCache<string, Promise<ConnectorClient>>({ max: MAX_CLIENTS });
    private readonly userTokenClients = new LRUCache<string, Promise<UserTokenClient>>({ max: MAX_CLIENTS });

    override async authenticateRequest(...args: Parameters<ConfigurationBotFrameworkAuthentication['authenticateRequest']>): Promise<AuthenticateRequestResult> {
        const result = await super.authenticateRequest(...args);
        return result.connectorFactory ? { ...result, connectorFactory: this.reusing(result.claimsIdentity, result.connectorFactory) } : result;
    }

    override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
        return this.reusing(claimsIdentity, super.createConnectorFactory(claimsIdentity));
    }

    override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
        return this.remembered(this.userTokenClients, appIdOf(claimsIdentity), () => super.createUserTokenClient(claimsIdentity));
    }

    /** `factory`, whose clients are made once per service URL and audience for this identity's app id. */
    private reusing(claimsIdentity: ClaimsIdentity, factory: ConnectorFactory): ConnectorFactory {
        const appId = appIdOf(claimsIdentity);
        return {
            create: (serviceUrl: string, audience?: string) =>
                this.remembered(this.connectorClients, `${appId}\n${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
        };
    }

    /** The cached promise for `key`, made by `make` the first time; a failed one is forgotten so the next turn retries. */
    private remembered<T>(cache: LRUCache<string, Promise<T>>, key: string, make: () => Promise<T>): Promise<T> {
        const cached = cache.get(key);
        if (cached) return cached;
        const made = make();
        cache.set(key, made);
        made.catch(() => cache.delete(key));
        return made;
    }
}

/**
 * The app id the SDK makes clients for (as ParameterizedBotFrameworkAuthentication's getAppId): the token's audience
 * ('aud', from a channel) or its 'appid' claim (from the Emulator); none when authentication is off.
 */
function appIdOf(claimsIdentity: ClaimsIdentity): string {
    return claimsIdentity.getClaimValue('aud') ?? claimsIdentity.getClaimValue('appid') ?? '';
}
