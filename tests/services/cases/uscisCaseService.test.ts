import { CaseBadFormat, CaseNotRecognized, CaseRateLimited, CaseServiceUnavailable } from '../../../services/cases/caseErrors';
import { maskReceipt } from '../../../services/cases/maskReceipt';
import { UscisCaseService, type UscisCaseServiceOptions, type UscisLogger } from '../../../services/cases/uscisCaseService';
import { FAKE_USCIS_RECEIPTS as R, startFakeUscisApi, type FakeUscisApi } from '../../support/fakeUscisApi';

describe('UscisCaseService against a local USCIS Case Status API', () => {
    let api: FakeUscisApi;
    let at: number;
    let sleeps: number[];
    let logLines: string[];
    const now = () => new Date(at);
    const logger: UscisLogger = {
        info: (fields, message) => logLines.push(JSON.stringify({ level: 'info', ...fields, message })),
        warn: (fields, message) => logLines.push(JSON.stringify({ level: 'warn', ...fields, message })),
        error: (fields, message) => logLines.push(JSON.stringify({ level: 'error', ...fields, message })),
    };

    function service(overrides: Partial<UscisCaseServiceOptions> = {}): UscisCaseService {
        return new UscisCaseService({
            baseUrl: api.baseUrl,
            clientId: api.clientId,
            clientSecret: api.clientSecret,
            timeoutMs: 5000,
            dailyQuota: 1000,
            ratePerSecond: 100,
            now,
            logger,
            sleep: async (ms) => {
                sleeps.push(ms);
            },
            random: () => 0.5,
            ...overrides,
        });
    }

    const failure = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);
    const tokenCalls = () => api.requests.filter((request) => request.path === '/oauth/accesstoken').length;

    beforeEach(async () => {
        api = await startFakeUscisApi();
        // A Wednesday, 10 AM in New York: inside the sandbox's hours.
        at = Date.UTC(2024, 0, 10, 15, 0, 0);
        sleeps = [];
        logLines = [];
    });
    afterEach(async () => {
        await api.close();
    });

    describe('answers', () => {
        it('gets a token with a form body, then GETs the case with the Bearer token and maps the title to a bucket', async () => {
            const status = await service().getCase(R.approvedWithHistory);

            expect(status).toMatchObject({
                receiptNumber: 'EAC9999103403',
                formType: 'I-130',
                title: { en: 'Case Was Approved', es: 'Caso Fue Aprobado' },
                bucket: 'approved',
                submittedAt: new Date(Date.UTC(2023, 8, 5, 14, 28, 46)),
            });
            expect(status.history.map((entry) => entry.title.en)).toEqual(['Case Was Received', 'Case Was Approved']);
            expect(api.requests).toEqual([
                {
                    method: 'POST',
                    path: '/oauth/accesstoken',
                    authorization: undefined,
                    contentType: expect.stringMatching(/^application\/x-www-form-urlencoded/),
                    form: { grant_type: 'client_credentials', client_id: api.clientId, client_secret: api.clientSecret },
                },
                { method: 'GET', path: '/case-status/EAC9999103403', authorization: `Bearer ${api.issuedTokens[0]}`, contentType: undefined, form: {} },
            ]);
        });

        it('reads a case whose history is null as one without history', async () => {
            const status = await service().getCase(R.noHistory);
            expect(status).toMatchObject({ receiptNumber: R.noHistory, bucket: 'received', history: [] });
        });

        it('reads an IOE case without dates, with YYYY-MM-DD history and HTML stripped', async () => {
            const status = await service().getCase(R.ioeWithoutDates);
            expect(status.submittedAt).toBeUndefined();
            expect(status.modifiedAt).toBeUndefined();
            expect(status.history.map((entry) => entry.date)).toEqual([new Date(Date.UTC(2023, 10, 20)), new Date(Date.UTC(2024, 1, 2))]);
            expect(status.description.en).not.toMatch(/[<>]/);
            expect(status.bucket).toBe('review');
        });

        it('normalizes spaces, dashes and case before asking', async () => {
            await service().getCase(' eac-999-910-3403 ');
            expect(api.caseRequestsFor('EAC9999103403')).toBe(1);
        });

        it('says the USCIS API cannot check an Online Access Code', async () => {
            await expect(service().redeemAccessCode()).resolves.toBe('unsupported');
            expect(api.requests).toEqual([]);
        });
    });

    describe('the access token', () => {
        it('is fetched once for a batch of calls, concurrent or not', async () => {
            const cases = service();
            await Promise.all([R.approvedWithHistory, R.noHistory, R.ioeWithoutDates, R.quirkyHistory].map((receipt) => cases.getCase(receipt)));
            await cases.getCase(R.serverErrorOnce).catch(() => undefined);
            expect(api.tokenRequests).toBe(1);
            expect(api.caseRequests).toBeGreaterThanOrEqual(5);
        });

        it('is renewed shortly before it expires', async () => {
            const cases = service({ cacheTtlMs: 0 });
            await cases.getCase(R.approvedWithHistory);
            at += (1800 - 120) * 1000;
            await cases.getCase(R.approvedWithHistory);
            expect(api.tokenRequests).toBe(1);
            at += 61 * 1000;
            await cases.getCase(R.approvedWithHistory);
            expect(api.tokenRequests).toBe(2);
        });

        it('is renewed once on a 401 and the call then succeeds', async () => {
            const status = await service().getCase(R.staleTokenOnce);
            expect(status.title.en).toBe('Case Was Approved');
            expect(api.tokenRequests).toBe(2);
            expect(api.caseRequestsFor(R.staleTokenOnce)).toBe(2);
        });

        it('is renewed when USCIS revokes it between calls', async () => {
            const cases = service({ cacheTtlMs: 0 });
            await cases.getCase(R.approvedWithHistory);
            api.revokeTokens();
            await cases.getCase(R.approvedWithHistory);
            expect(api.tokenRequests).toBe(2);
        });

        it('fails as unavailable when a renewed token is refused too, after exactly one renewal', async () => {
            const error = await failure(service().getCase(R.alwaysUnauthorized));
            expect(error).toBeInstanceOf(CaseServiceUnavailable);
            expect(api.tokenRequests).toBe(2);
            expect(api.caseRequestsFor(R.alwaysUnauthorized)).toBe(2);
        });

        it('fails as unavailable without retrying when USCIS refuses our client credentials', async () => {
            const error = await failure(service({ clientSecret: 'wrong-secret' }).getCase(R.approvedWithHistory));
            expect(error).toBeInstanceOf(CaseServiceUnavailable);
            expect(tokenCalls()).toBe(1);
            expect(api.caseRequests).toBe(0);
            expect(logLines.join('\n')).not.toContain('wrong-secret');
        });
    });

    describe('typed errors', () => {
        it('maps a 404 to CaseNotRecognized, never unavailable, and does not retry it', async () => {
            const error = await failure(service().getCase(R.unknown));
            expect(error).toBeInstanceOf(CaseNotRecognized);
            expect(error).not.toBeInstanceOf(CaseServiceUnavailable);
            expect(api.caseRequestsFor(R.unknown)).toBe(1);
            expect(sleeps).toEqual([]);
        });

        it("maps USCIS's 422 to CaseBadFormat", async () => {
            await expect(service().getCase(R.badFormat)).rejects.toBeInstanceOf(CaseBadFormat);
            expect(api.caseRequestsFor(R.badFormat)).toBe(1);
        });

        it('refuses a malformed receipt itself, without a token or a request (it would go into the URL)', async () => {
            for (const receipt of ['ABC123', 'EAC99991034031', '../oauth/accesstoken', 'EAC999910340%']) {
                await expect(service().getCase(receipt)).rejects.toBeInstanceOf(CaseBadFormat);
            }
            expect(api.requests).toEqual([]);
        });

        it('maps a 429 to CaseRateLimited, does not retry, and holds further calls back for a moment', async () => {
            const cases = service();
            const error = await failure(cases.getCase(R.spikeArrest));
            expect(error).toBeInstanceOf(CaseRateLimited);
            expect(error).toMatchObject({ retryAfterSeconds: 1 });
            expect(api.caseRequestsFor(R.spikeArrest)).toBe(1);

            await expect(cases.getCase(R.approvedWithHistory)).rejects.toBeInstanceOf(CaseRateLimited);
            expect(api.caseRequestsFor(R.approvedWithHistory)).toBe(0);
            at += 1000;
            await expect(cases.getCase(R.approvedWithHistory)).resolves.toMatchObject({ bucket: 'approved' });
        });

        it('honours a Retry-After sent with the 429', async () => {
            await api.close();
            api = await startFakeUscisApi({ spikeArrestRetryAfter: '7' });
            const cases = service();
            await expect(cases.getCase(R.spikeArrest)).rejects.toMatchObject({ name: 'CaseRateLimited', retryAfterSeconds: 7 });
            at += 6000;
            await expect(cases.getCase(R.approvedWithHistory)).rejects.toMatchObject({ retryAfterSeconds: 1 });
            expect(api.caseRequestsFor(R.approvedWithHistory)).toBe(0);
        });

        it('retries a 500 with backoff and jitter, then answers', async () => {
            const status = await service().getCase(R.serverErrorOnce);
            expect(status.title.en).toBe('Case Was Approved');
            expect(api.caseRequestsFor(R.serverErrorOnce)).toBe(2);
            // random() = 0.5 of the first backoff step (500 ms).
            expect(sleeps).toEqual([250]);
        });

        it('gives up on a lasting 500 after maxAttempts, waiting longer each time', async () => {
            const error = await failure(service({ random: () => 0.999 }).getCase(R.serverErrorAlways));
            expect(error).toBeInstanceOf(CaseServiceUnavailable);
            expect(error).toMatchObject({ retryAfter: undefined });
            expect(api.caseRequestsFor(R.serverErrorAlways)).toBe(3);
            expect(sleeps).toEqual([500, 999]);
        });

        it('caps the backoff', async () => {
            await failure(service({ random: () => 0.999, maxAttempts: 6, backoffBaseMs: 1000, backoffMaxMs: 3000 }).getCase(R.serverErrorAlways));
            expect(sleeps).toEqual([999, 1998, 2997, 2997, 2997]);
        });

        it('maps the nested 503 outside hours to CaseServiceUnavailable with the next opening, without retrying', async () => {
            at = Date.UTC(2024, 0, 13, 15, 0, 0); // Saturday
            const error = await failure(service().getCase(R.outsideHours));
            expect(error).toBeInstanceOf(CaseServiceUnavailable);
            // Monday 7:00 AM EST.
            expect(error).toMatchObject({ retryAfter: new Date(Date.UTC(2024, 0, 15, 12, 0, 0)) });
            expect(api.caseRequestsFor(R.outsideHours)).toBe(1);
        });

        it('retries a 503 in the {errors:[…]} envelope like any outage', async () => {
            const error = await failure(service().getCase(R.serviceUnavailableList));
            expect(error).toBeInstanceOf(CaseServiceUnavailable);
            expect(error).toMatchObject({ retryAfter: undefined });
            expect(api.caseRequestsFor(R.serviceUnavailableList)).toBe(3);
        });

        it('times out on a server that never answers, retries, then fails as unavailable', async () => {
            const error = await failure(service({ timeoutMs: 150, maxAttempts: 2 }).getCase(R.hangs));
            expect(error).toBeInstanceOf(CaseServiceUnavailable);
            expect(api.caseRequestsFor(R.hangs)).toBe(2);
            expect(sleeps).toHaveLength(1);
        });

        it('fails as unavailable when nothing listens at the base URL', async () => {
            const baseUrl = api.baseUrl;
            await api.close();
            const error = await failure(service({ baseUrl, maxAttempts: 2 }).getCase(R.approvedWithHistory));
            expect(error).toBeInstanceOf(CaseServiceUnavailable);
            api = await startFakeUscisApi();
        });

        it('fails as unavailable, not as a crash, when a 200 body is not a case status', async () => {
            api.setCase(R.approvedWithHistory, { receiptNumber: R.approvedWithHistory });
            await expect(service().getCase(R.approvedWithHistory)).rejects.toBeInstanceOf(CaseServiceUnavailable);
        });
    });

    describe('circuit breaker', () => {
        const breaker = { failureThreshold: 3, coolDownMs: 30_000 };

        it('opens after consecutive failures and then answers at once without calling USCIS', async () => {
            const cases = service({ breaker });
            await expect(cases.getCase(R.serverErrorAlways)).rejects.toBeInstanceOf(CaseServiceUnavailable);
            const requestsSoFar = api.caseRequests;

            await expect(cases.getCase(R.approvedWithHistory)).rejects.toBeInstanceOf(CaseServiceUnavailable);
            expect(api.caseRequests).toBe(requestsSoFar);
        });

        it('half-opens after the cool-down: a successful trial closes it', async () => {
            const cases = service({ breaker });
            await failure(cases.getCase(R.serverErrorAlways));
            at += 30_000;
            await expect(cases.getCase(R.approvedWithHistory)).resolves.toMatchObject({ bucket: 'approved' });
            await expect(cases.getCase(R.noHistory)).resolves.toMatchObject({ bucket: 'received' });
        });

        it('half-opens after the cool-down: a failed trial opens it again without retries', async () => {
            const cases = service({ breaker });
            await failure(cases.getCase(R.serverErrorAlways));
            at += 30_000;
            await expect(cases.getCase(R.serverErrorAlways)).rejects.toBeInstanceOf(CaseServiceUnavailable);
            expect(api.caseRequestsFor(R.serverErrorAlways)).toBe(4);
            await expect(cases.getCase(R.approvedWithHistory)).rejects.toBeInstanceOf(CaseServiceUnavailable);
            expect(api.caseRequestsFor(R.approvedWithHistory)).toBe(0);
        });

        it('does not count a 404 as a failure', async () => {
            const cases = service({ breaker: { failureThreshold: 1, coolDownMs: 30_000 } });
            for (let i = 0; i < 3; i += 1) await failure(cases.getCase(R.unknown));
            await expect(cases.getCase(R.approvedWithHistory)).resolves.toMatchObject({ bucket: 'approved' });
        });
    });

    describe('quota, pacing and cache', () => {
        it('refuses once the daily quota is used, without calling USCIS, until midnight GMT', async () => {
            const cases = service({ dailyQuota: 2 });
            await cases.getCase(R.approvedWithHistory);
            await cases.getCase(R.noHistory);

            const error = await failure(cases.getCase(R.ioeWithoutDates));
            expect(error).toBeInstanceOf(CaseRateLimited);
            // 15:00 GMT: nine hours to midnight.
            expect(error).toMatchObject({ retryAfterSeconds: 9 * 3600 });
            expect(api.caseRequests).toBe(2);

            at = Date.UTC(2024, 0, 11, 0, 0, 0);
            await expect(cases.getCase(R.ioeWithoutDates)).resolves.toMatchObject({ bucket: 'review' });
        });

        it('counts each retry against the quota', async () => {
            const cases = service({ dailyQuota: 2 });
            await cases.getCase(R.serverErrorOnce);
            await expect(cases.getCase(R.noHistory)).rejects.toBeInstanceOf(CaseRateLimited);
        });

        it('paces calls to the configured rate per second', async () => {
            const cases = service({ ratePerSecond: 2, cacheTtlMs: 0 });
            for (let i = 0; i < 3; i += 1) await cases.getCase(R.approvedWithHistory);
            expect(sleeps).toEqual([500]);
        });

        it('answers a repeat from its cache without a request, for a minute', async () => {
            const cases = service();
            const first = await cases.getCase(R.approvedWithHistory);
            first.title.en = 'changed by a caller';
            at += 59_000;
            const second = await cases.getCase(R.approvedWithHistory);
            expect(api.caseRequests).toBe(1);
            expect(second.title.en).toBe('Case Was Approved');
            at += 1_000;
            await cases.getCase(R.approvedWithHistory);
            expect(api.caseRequests).toBe(2);
        });

        it('shares one request between concurrent callers for the same receipt', async () => {
            const cases = service();
            await Promise.all([cases.getCase(R.noHistory), cases.getCase(R.noHistory), cases.getCase('eac9999103400')]);
            expect(api.caseRequestsFor(R.noHistory)).toBe(1);
        });

        it('does not cache failures', async () => {
            const cases = service();
            await failure(cases.getCase(R.unknown));
            await failure(cases.getCase(R.unknown));
            expect(api.caseRequestsFor(R.unknown)).toBe(2);
        });
    });

    it('never puts a full receipt, the token or the client secret in a log line or an error message', async () => {
        const receipts = Object.values(R);
        const cases = service({ timeoutMs: 150, maxAttempts: 2, breaker: { failureThreshold: 100, coolDownMs: 1 } });
        const messages: string[] = [];
        for (const receipt of receipts) {
            await cases.getCase(receipt).catch((error: Error) => messages.push(error.message));
            at += 2000;
        }
        await service({ clientSecret: 'wrong-secret' }).getCase(R.noHistory).catch((error: Error) => messages.push(error.message));

        expect(logLines.length).toBeGreaterThan(receipts.length);
        expect(messages.length).toBeGreaterThan(5);
        const written = [...logLines, ...messages].join('\n');
        for (const receipt of receipts) expect(written).not.toContain(receipt);
        for (const token of api.issuedTokens) expect(written).not.toContain(token);
        expect(api.issuedTokens.length).toBeGreaterThan(0);
        expect(written).not.toContain(api.clientSecret);
        expect(written).not.toContain('wrong-secret');
        expect(written).toContain(maskReceipt(R.approvedWithHistory));
    });
});
