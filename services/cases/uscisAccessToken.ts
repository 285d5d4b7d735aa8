import type { Clock } from '../accounts/clock';
import { requestUscis } from './uscisHttp';
import { tokenResponseSchema } from './uscisResponseSchema';
import type { UscisLogger } from './uscisCaseService';

export interface UscisAccessTokenOptions {
    /** `${baseUrl}/oauth/accesstoken` */
    tokenUrl: string;
    clientId: string;
    clientSecret: string;
    timeoutMs: number;
    now: Clock;
    logger?: UscisLogger;
}

/** Why no token: the service is down (worth retrying) or it refused our credentials (not worth it). */
export type TokenFailure = { kind: 'outage'; detail: string } | { kind: 'broken'; detail: string };

export type TokenResult = { ok: true; value: string } | { ok: false; failure: TokenFailure };

/**
 * The OAuth2 client-credentials token (uscis-facts §1.1): a form POST with grant_type, client_id and
 * client_secret; the answer must say status "approved". It is kept until `expires_in` minus a margin, shared by
 * concurrent callers (a batch of calls fetches one token), and dropped when USCIS answers 401 to it. The token
 * and the secret never reach a log or an error message.
 */
export class UscisAccessToken {
    private current: { value: string; renewAt: number } | undefined;
    private pending: Promise<TokenResult> | undefined;

    constructor(private readonly options: UscisAccessTokenOptions) {}

    async get(): Promise<TokenResult> {
        if (this.current && this.current.renewAt > this.options.now().getTime()) return { ok: true, value: this.current.value };
        this.pending ??= this.fetchToken().finally(() => {
            this.pending = undefined;
        });
        return this.pending;
    }

    /** USCIS refused `value`: forget it, unless another caller has already replaced it. */
    invalidate(value: string): void {
        if (this.current?.value === value) this.current = undefined;
    }

    private async fetchToken(): Promise<TokenResult> {
        const { tokenUrl, clientId, clientSecret, timeoutMs, now, logger } = this.options;
        const answer = await requestUscis(
            tokenUrl,
            {
                method: 'POST',
                headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
                body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
            },
            timeoutMs,
        );
        if (answer.kind !== 'answer') {
            const detail = answer.kind === 'timeout' ? 'token request timed out' : 'token endpoint could not be reached';
            logger?.warn({ detail }, 'USCIS token request failed');
            return { ok: false, failure: { kind: 'outage', detail } };
        }
        if (answer.status >= 500) {
            logger?.warn({ httpStatus: answer.status }, 'USCIS token endpoint is unavailable');
            return { ok: false, failure: { kind: 'outage', detail: `token endpoint HTTP ${answer.status}` } };
        }
        const token = tokenResponseSchema.safeParse(answer.body);
        if (answer.status !== 200 || !token.success) {
            // Wrong credentials, a product not approved, or an answer we cannot read: a person must look.
            logger?.error({ httpStatus: answer.status }, 'USCIS did not issue an approved token; check USCIS_CLIENT_ID and USCIS_CLIENT_SECRET');
            return { ok: false, failure: { kind: 'broken', detail: `no approved token (HTTP ${answer.status})` } };
        }
        const lifetimeSeconds = token.data.expires_in;
        // Renew a little early so a token does not expire between our check and USCIS's.
        const marginSeconds = Math.min(60, lifetimeSeconds / 10);
        this.current = { value: token.data.access_token, renewAt: now().getTime() + (lifetimeSeconds - marginSeconds) * 1000 };
        logger?.info({ expiresInSeconds: lifetimeSeconds }, 'USCIS issued an access token');
        return { ok: true, value: token.data.access_token };
    }
}
