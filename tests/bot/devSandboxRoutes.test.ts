import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { registerDevSandboxRoutes, type DevSandboxRouteDeps } from '../../bot/devSandboxRoutes';
import type { CaseService } from '../../services/cases/caseService';
import { SandboxCaseService } from '../../services/cases/sandboxCaseService';
import { UscisCaseService } from '../../services/cases/uscisCaseService';
import { SandboxCaseRepository } from '../../store/sandboxCaseRepository';
import { notificationTestConfig } from '../services/notifications/notificationTestConfig';
import { startTestApp, type TestApp } from '../support/testApp';
import { createTestStore, type TestStore } from '../support/testStore';

describe('dev sandbox routes', () => {
    let store: TestStore;
    let server: restify.Server | undefined;
    let sandbox: SandboxCaseService;

    beforeEach(async () => {
        store = await createTestStore();
        // Steps of a day: only the route moves the case during a test.
        sandbox = new SandboxCaseService({ repository: new SandboxCaseRepository(store.client), stepMinutes: 24 * 60 });
    });
    afterEach(async () => {
        if (server) await new Promise<void>((resolve) => server?.close(() => resolve()));
        server = undefined;
        await store.dispose();
    });

    async function start(config: DevSandboxRouteDeps['config'], cases: CaseService = sandbox): Promise<string> {
        server = restify.createServer();
        registerDevSandboxRoutes(server, { cases, config });
        await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', () => resolve()));
        const { port } = server.address() as AddressInfo;
        return `http://127.0.0.1:${port}`;
    }

    const development = (overrides: Record<string, string> = {}) => ({ ...notificationTestConfig(overrides), NODE_ENV: 'development' });
    const advance = (base: string, receipt: string, headers: Record<string, string> = {}) =>
        fetch(`${base}/dev/sandbox/cases/${receipt}/advance`, { method: 'POST', headers });

    it('moves a scheduled case one step per request and answers its new status', async () => {
        const base = await start(development());
        const first = await advance(base, 'IOE0900000100');
        expect(first.status).toBe(200);
        expect(await first.json()).toEqual({
            receiptNumber: 'IOE0900000100',
            title: 'Fingerprint and Biometrics Appointment Was Scheduled',
            bucket: 'biometrics',
        });
        expect(await (await advance(base, 'IOE0900000100')).json()).toMatchObject({ bucket: 'review' });
        // The case service itself (and so the bot) sees the move.
        expect((await sandbox.getCase('IOE0900000100')).bucket).toBe('review');
    });

    it.each(['EAC9999103403', 'EAC0000000000', 'EAC9999000503', 'not-a-receipt'])('answers 404 for %s, which does not move', async (receipt) => {
        const base = await start(development());
        expect((await advance(base, receipt)).status).toBe(404);
    });

    it.each(['test', 'production'])('answers 404 with NODE_ENV=%s, even with DEV_OUTBOX=true', async (nodeEnv) => {
        const base = await start({ ...notificationTestConfig({ DEV_OUTBOX: 'true' }), NODE_ENV: nodeEnv });
        expect((await advance(base, 'IOE0900000100')).status).toBe(404);
        expect((await sandbox.getCase('IOE0900000100')).bucket).toBe('received');
    });

    it('answers 404 in development when DEV_OUTBOX=false', async () => {
        const base = await start(development({ DEV_OUTBOX: 'false' }));
        expect((await advance(base, 'IOE0900000100')).status).toBe(404);
    });

    it('answers 404 when the case service is the USCIS API', async () => {
        const uscis = new UscisCaseService({
            baseUrl: 'https://api-int.uscis.gov',
            clientId: 'id',
            clientSecret: 'secret',
            timeoutMs: 1000,
            dailyQuota: 1000,
            ratePerSecond: 5,
        });
        const base = await start(development(), uscis);
        expect((await advance(base, 'IOE0900000100')).status).toBe(404);
    });

    it.each([
        ['X-Forwarded-For', '203.0.113.7'],
        ['X-Forwarded-Host', 'sendero.example.org'],
        ['Forwarded', 'for=203.0.113.7'],
        ['X-Real-IP', '203.0.113.7'],
        ['Via', '1.1 proxy'],
    ])('answers 404 to a request a proxy forwarded (%s)', async (header, value) => {
        const base = await start(development());
        expect((await advance(base, 'IOE0900000100', { [header]: value })).status).toBe(404);
        expect((await sandbox.getCase('IOE0900000100')).bucket).toBe('received');
    });

    it('answers 404 to a form another site posted, and 200 to this server\'s own page', async () => {
        const base = await start(development());
        expect((await advance(base, 'IOE0900000100', { Origin: 'https://evil.example' })).status).toBe(404);
        expect((await advance(base, 'IOE0900000100', { Origin: 'null' })).status).toBe(404);
        expect((await advance(base, 'IOE0900000100', { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(404);
        expect((await sandbox.getCase('IOE0900000100')).bucket).toBe('received');
        expect((await advance(base, 'IOE0900000100', { Origin: base })).status).toBe(200);
    });

    it('moves nothing on a GET', async () => {
        const base = await start(development());
        const response = await fetch(`${base}/dev/sandbox/cases/IOE0900000100/advance`);
        expect(response.status).not.toBe(200);
        expect((await sandbox.getCase('IOE0900000100')).bucket).toBe('received');
    });
});

describe('dev sandbox route in the running app', () => {
    let app: TestApp | undefined;
    afterEach(async () => {
        await app?.dispose();
        app = undefined;
    });

    it('is served in development with the sandbox, and moves the case the bot reads', async () => {
        app = await startTestApp({ NODE_ENV: 'development', CASE_SANDBOX_STEP_MINUTES: '1440' });
        const response = await fetch(`${app.url}/dev/sandbox/cases/IOE0900000102/advance`, { method: 'POST' });
        expect(response.status).toBe(200);
        expect(await response.json()).toMatchObject({ receiptNumber: 'IOE0900000102', bucket: 'biometrics' });
        expect(await app.rows('SandboxCaseState')).toEqual([expect.objectContaining({ receiptNumber: 'IOE0900000102', advancedSteps: 1 })]);
    });

    it('is not served with NODE_ENV=test', async () => {
        app = await startTestApp();
        expect((await fetch(`${app.url}/dev/sandbox/cases/IOE0900000102/advance`, { method: 'POST' })).status).toBe(404);
    });
});
