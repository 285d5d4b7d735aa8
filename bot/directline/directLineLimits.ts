import type { Request } from 'restify';
import type { RateLimiter, RateLimitRule } from '../../services/limits/rateLimiter';
import { addressBucket, clientAddress } from '../clientAddress';
import { DirectLineRateLimited } from './directLineErrors';

export interface DirectLineLimitSettings {
    /** Tokens (new conversations and refreshes, counted apart) one address may take a minute. */
    tokensPerMinute: number;
    /** New conversations one address may open an hour. */
    conversationsPerHour: number;
    /** Reverse proxies whose X-Forwarded-For entries are believed (TRUST_PROXY). */
    trustedProxies: number;
}

/**
 * Per-address limits on what costs the store something without any proof of a person: opening a conversation (a row,
 * a welcome turn and its history) and refreshing a token. Kept by the shared store-backed limiter, under hashed
 * addresses. A refused request counts nothing and is answered 429 with Retry-After.
 *
 * @example
 * await limits.admitNewConversation(req); // throws DirectLineRateLimited when the address is over its limit
 */
export class DirectLineLimits {
    private readonly perMinute: RateLimitRule;
    private readonly perHour: RateLimitRule;

    constructor(
        private readonly limiter: RateLimiter,
        private readonly settings: DirectLineLimitSettings,
    ) {
        this.perMinute = { max: settings.tokensPerMinute, windowSeconds: 60 };
        this.perHour = { max: settings.conversationsPerHour, windowSeconds: 60 * 60 };
    }

    /** The token endpoint: a token and a new conversation. */
    async admitNewConversation(req: Request): Promise<void> {
        const address = clientAddress(req, this.settings.trustedProxies);
        await this.take([addressBucket(address, 'directline-token'), addressBucket(address, 'directline-conversation')], [this.perMinute, this.perHour]);
    }

    /** A token refresh (bounded per conversation too, since a token can be refreshed once only). */
    async admitRefresh(req: Request): Promise<void> {
        const address = clientAddress(req, this.settings.trustedProxies);
        await this.take([addressBucket(address, 'directline-refresh')], [this.perMinute]);
    }

    private async take(buckets: string[], rules: RateLimitRule[]): Promise<void> {
        const verdict = await this.limiter.take(buckets, rules);
        if (!verdict.allowed) throw new DirectLineRateLimited(verdict.retryAfterSeconds);
    }
}
