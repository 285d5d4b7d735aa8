import { systemClock, type Clock } from '../accounts/clock';
import { CaseBadFormat, CaseNotRecognized, CaseRateLimited, CaseServiceUnavailable } from './caseErrors';
import type { AccessCodeVerdict, CaseService, CaseStatus } from './caseService';
import { CircuitBreaker, type CircuitState } from './circuitBreaker';
import { maskReceipt } from './maskReceipt';
import { bucketFor } from './statusBuckets';
import { UscisCallBudget } from './uscisCallBudget';
import { UscisAccessToken } from './uscisAccessToken';
import { requestUscis, type UscisHttpAnswer } from './uscisHttp';
import { parseCaseStatusBody, parseErrorBody, type UscisCaseRecord } from './uscisResponseSchema';
import { nextOpeningFromMessage } from './uscisServiceHours';

/**
 * The slice of a pino logger this service uses. Fields are already masked: a receipt only as maskReceipt gives it,
 * never the token, the client secret, a URL with a receipt in it, or text USCIS wrote (it can quote the receipt).
 */
export interface UscisLogger {
    info(fields: object, message: string): void;
    warn(fields: object, message: string): void;
    error(fields: object, message: string): void;
}

export interface UscisCaseServiceOptions {
    /** https://api-int.uscis.gov (sandbox), the production host, or a local fake in tests. */
    baseUrl: string;
    clientId: string;
    clientSecret: string;
    /** Per HTTP request (token or case), body included. */
    timeoutMs: number;
    /** Case requests per GMT day (sandbox 1,000; production 10,000). */
    dailyQuota: number;
    /** Case requests per second (sandbox 5; production 10). */
    ratePerSecond: number;
    now?: Clock;
    logger?: UscisLogger;
    /** Waits between retries and for a per-second slot; tests pass one that returns at once. */
    sleep?: (ms: number) => Promise<void>;
    /** In [0, 1); the jitter of the backoff. */
    random?: () => number;
    /** Tries per call on a 5xx, a timeout or a network error (default 3). */
    maxAttempts?: number;
    /** The first retry waits up to this long, each next one up to twice as long (default 500 ms, at most 4 s). */
    backoffBaseMs?: number;
    backoffMaxMs?: number;
    /** How long a successful answer is reused for the same receipt (default 60 s; 0 turns the cache off). */
    cacheTtlMs?: number;
    /** Consecutive unavailability failures that open the circuit, and how long it stays open (default 5, 30 s). */
    breaker?: { failureThreshold: number; coolDownMs: number };
}

/** How one request to /case-status ended. */
type Attempt =
    | { kind: 'answered'; record: UscisCaseRecord }
    | { kind: 'notRecognized' }
    | { kind: 'badFormat' }
    | { kind: 'rateLimited'; retryAfterSeconds: number }
    | { kind: 'unauthorized'; token: string }
    /** 5xx, timeout, network: the service is down or struggling. `retryAfter` when it said when it is back. */
    | { kind: 'outage'; detail: string; retryAfter?: Date }
    /** Our side is wrong (400, 403, an unreadable 200, credentials refused): retrying will not help. */
    | { kind: 'broken'; detail: string };

const RECEIPT_FORMAT = /^[A-Z]{3}\d{10}$/;
const CACHE_LIMIT = 1000;

/**
 * The USCIS Case Status API ("Torch", uscis-facts §1) over HTTP: OAuth2 client credentials, then
 * `GET /case-status/{receipt}`. Around each call: a short cache, one request at a time per receipt, a circuit
 * breaker, the per-second and daily budget, retries with backoff and jitter on 5xx and timeouts, and one token
 * renewal on 401. Every failure leaves as one of the typed CaseService errors; a 404 is "not recognized", never
 * "unavailable".
 *
 * @example
 * const cases = new UscisCaseService({ baseUrl: 'https://api-int.uscis.gov', clientId, clientSecret,
 *     timeoutMs: 8000, dailyQuota: 1000, ratePerSecond: 5 });
 * (await cases.getCase('EAC9999103403')).title.en; // "Case Was Approved"
 */
export class UscisCaseService implements CaseService {
    readonly kind = 'uscis' as const;

    private readonly baseUrl: string;
    private readonly now: Clock;
    private readonly sleep: (ms: number) => Promise<void>;
    private readonly random: () => number;
    private readonly maxAttempts: number;
    private readonly backoffBaseMs: number;
    private readonly backoffMaxMs: number;
    private readonly cacheTtlMs: number;
    private readonly breaker: CircuitBreaker;
    private readonly budget: UscisCallBudget;
    private readonly token: UscisAccessToken;
    private readonly cache = new Map<string, { status: CaseStatus; expiresAt: number }>();
    private readonly inFlight = new Map<string, Promise<CaseStatus>>();

    constructor(private readonly options: UscisCaseServiceOptions) {
        const url = new URL(options.baseUrl);
        if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new RangeError('the USCIS base URL must be http(s)');
        this.baseUrl = options.baseUrl.replace(/\/+$/, '');
        this.now = options.now ?? systemClock;
        this.sleep = options.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms)));
        this.random = options.random ?? Math.random;
        this.maxAttempts = Math.max(1, options.maxAttempts ?? 3);
        this.backoffBaseMs = options.backoffBaseMs ?? 500;
        this.backoffMaxMs = options.backoffMaxMs ?? 4000;
        this.cacheTtlMs = options.cacheTtlMs ?? 60_000;
        this.breaker = new CircuitBreaker({ ...(options.breaker ?? { failureThreshold: 5, coolDownMs: 30_000 }), now: this.now });
        this.budget = new UscisCallBudget({
            ratePerSecond: options.ratePerSecond,
            dailyQuota: options.dailyQuota,
            now: this.now,
            sleep: this.sleep,
        });
        this.token = new UscisAccessToken({
            tokenUrl: `${this.baseUrl}/oauth/accesstoken`,
            clientId: options.clientId,
            clientSecret: options.clientSecret,
            timeoutMs: options.timeoutMs,
            now: this.now,
            logger: options.logger,
        });
    }

    async getCase(receiptNumber: string): Promise<CaseStatus> {
        const receipt = receiptNumber.replace(/[\s-]/g, '').toUpperCase();
        // The receipt goes into the URL path: only the API's own format may get there (and it saves quota).
        if (!RECEIPT_FORMAT.test(receipt)) {
            throw new CaseBadFormat(`receipt ${maskReceipt(receipt)} is not 3 letters and 10 digits`);
        }
        const cached = this.cache.get(receipt);
        if (cached && cached.expiresAt > this.now().getTime()) return structuredClone(cached.status);

        // Two callers asking for the same receipt at once (a user and the poller) share one request.
        let pending = this.inFlight.get(receipt);
        if (!pending) {
            pending = this.fetchCase(receipt).finally(() => this.inFlight.delete(receipt));
            this.inFlight.set(receipt, pending);
        }
        return structuredClone(await pending);
    }

    /** Closed: calls go through; open: refused after repeated outages until the cool-down ends; halfOpen: one trial. */
    circuitState(): CircuitState {
        return this.breaker.state;
    }

    /** The USCIS Case Status API has no call that checks an Online Access Code. */
    async redeemAccessCode(): Promise<AccessCodeVerdict> {
        return 'unsupported';
    }

    private async fetchCase(receipt: string): Promise<CaseStatus> {
        const masked = maskReceipt(receipt);
        const log = this.options.logger;
        let renewedToken = false;
        let failures = 0;
        for (;;) {
            if (!this.breaker.tryAcquire()) {
                log?.warn({ receipt: masked }, 'USCIS circuit is open; not calling');
                throw new CaseServiceUnavailable(`the USCIS circuit is open (receipt ${masked})`);
            }
            const verdict = await this.budget.take();
            if (!verdict.allowed) {
                this.breaker.recordNeutral();
                log?.warn({ receipt: masked, retryAfterSeconds: verdict.retryAfterSeconds }, 'USCIS call budget used up; not calling');
                throw new CaseRateLimited(`our USCIS call budget is used up (receipt ${masked})`, verdict.retryAfterSeconds);
            }

            const attempt = await this.requestCase(receipt);
            switch (attempt.kind) {
                case 'answered': {
                    this.breaker.recordSuccess();
                    const status: CaseStatus = { ...attempt.record, bucket: bucketFor(attempt.record.title.en) };
                    this.remember(receipt, status);
                    log?.info({ receipt: masked, bucket: status.bucket, attempts: failures + 1 }, 'USCIS answered a case status');
                    return status;
                }
                case 'notRecognized':
                    this.breaker.recordSuccess();
                    log?.info({ receipt: masked }, 'USCIS does not recognize the receipt');
                    throw new CaseNotRecognized(`USCIS does not recognize receipt ${masked}`);
                case 'badFormat':
                    this.breaker.recordSuccess();
                    log?.warn({ receipt: masked }, 'USCIS refused the receipt format');
                    throw new CaseBadFormat(`USCIS refused the format of receipt ${masked}`);
                case 'rateLimited':
                    this.breaker.recordSuccess();
                    this.budget.pause(attempt.retryAfterSeconds);
                    log?.warn({ receipt: masked, retryAfterSeconds: attempt.retryAfterSeconds }, 'USCIS rate-limited us (429)');
                    throw new CaseRateLimited(`USCIS rate-limited us (receipt ${masked})`, attempt.retryAfterSeconds);
                case 'unauthorized':
                    this.breaker.recordNeutral();
                    this.token.invalidate(attempt.token);
                    if (!renewedToken) {
                        renewedToken = true;
                        log?.info({ receipt: masked }, 'USCIS refused our token (401); renewing it once');
                        continue;
                    }
                    log?.error({ receipt: masked }, 'USCIS refused a freshly issued token (401)');
                    throw new CaseServiceUnavailable(`USCIS refused our access token (receipt ${masked})`);
                case 'broken':
                    this.breaker.recordNeutral();
                    log?.error({ receipt: masked, detail: attempt.detail }, 'USCIS call failed on our side');
                    throw new CaseServiceUnavailable(`USCIS call failed: ${attempt.detail} (receipt ${masked})`);
                case 'outage': {
                    this.breaker.recordFailure();
                    failures += 1;
                    // Outside hours the service says when it opens: retrying before then only spends quota.
                    if (attempt.retryAfter !== undefined || failures >= this.maxAttempts) {
                        log?.warn(
                            { receipt: masked, detail: attempt.detail, attempts: failures, retryAfter: attempt.retryAfter?.toISOString() },
                            'USCIS is unavailable',
                        );
                        throw new CaseServiceUnavailable(`USCIS is unavailable: ${attempt.detail} (receipt ${masked})`, attempt.retryAfter);
                    }
                    const delay = Math.round(this.random() * Math.min(this.backoffMaxMs, this.backoffBaseMs * 2 ** (failures - 1)));
                    log?.info({ receipt: masked, detail: attempt.detail, attempt: failures, delayMs: delay }, 'USCIS failed; retrying');
                    await this.sleep(delay);
                    continue;
                }
            }
        }
    }

    /** One token (cached or new) and one GET, classified. Never throws. */
    private async requestCase(receipt: string): Promise<Attempt> {
        const token = await this.token.get();
        if (!token.ok) return token.failure;
        const answer = await requestUscis(
            `${this.baseUrl}/case-status/${receipt}`,
            { method: 'GET', headers: { authorization: `Bearer ${token.value}`, accept: 'application/json' } },
            this.options.timeoutMs,
        );
        return this.classify(answer, receipt, token.value);
    }

    private classify(answer: UscisHttpAnswer, receipt: string, token: string): Attempt {
        if (answer.kind === 'timeout') return { kind: 'outage', detail: 'timed out' };
        if (answer.kind === 'network') return { kind: 'outage', detail: 'could not be reached' };
        const { status, body } = answer;
        if (status === 200) {
            const parsed = parseCaseStatusBody(body, receipt);
            return parsed.ok ? { kind: 'answered', record: parsed.record } : { kind: 'broken', detail: parsed.problem };
        }
        const error = parseErrorBody(body);
        const detail = `HTTP ${status}${error.code === undefined || error.code === String(status) ? '' : `, code ${error.code}`}`;
        if (status === 404) return { kind: 'notRecognized' };
        if (status === 422) return { kind: 'badFormat' };
        if (status === 429) return { kind: 'rateLimited', retryAfterSeconds: answer.retryAfterSeconds ?? 1 };
        if (status === 401) return { kind: 'unauthorized', token };
        if (status >= 500) {
            const retryAfter = status === 503 ? nextOpeningFromMessage(error.message, this.now()) : undefined;
            return retryAfter === undefined ? { kind: 'outage', detail } : { kind: 'outage', detail, retryAfter };
        }
        return { kind: 'broken', detail };
    }

    private remember(receipt: string, status: CaseStatus): void {
        if (this.cacheTtlMs <= 0) return;
        this.cache.delete(receipt);
        this.cache.set(receipt, { status: structuredClone(status), expiresAt: this.now().getTime() + this.cacheTtlMs });
        // A Map iterates in insertion order: the first key is the oldest answer.
        if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    }
}
