import { ConfigError, loadConfig } from '../../../bot/config';
import { createCaseService } from '../../../services/cases/createCaseService';
import { SandboxCaseService } from '../../../services/cases/sandboxCaseService';
import { UscisCaseService } from '../../../services/cases/uscisCaseService';
import { createRepositories } from '../../../store/repositories';
import { startFakeUscisApi, type FakeUscisApi } from '../../support/fakeUscisApi';
import { createTestStore, type TestStore } from '../../support/testStore';

const USCIS = {
    CASE_SERVICE: 'uscis',
    USCIS_API_BASE_URL: 'https://api-int.uscis.gov',
    USCIS_CLIENT_ID: 'client-id',
    USCIS_CLIENT_SECRET: 'client-secret',
};

function configProblems(env: Record<string, string>): string[] {
    try {
        loadConfig(env);
    } catch (error) {
        if (error instanceof ConfigError) return error.problems;
        throw error;
    }
    return [];
}

describe('case service configuration', () => {
    it('defaults to the sandbox, with two-minute steps and a one-minute poll', () => {
        expect(loadConfig({})).toMatchObject({
            CASE_SERVICE: 'sandbox',
            CASE_SANDBOX_STEP_MINUTES: 2,
            CASE_POLL_INTERVAL_MINUTES: 1,
            CASE_POLL_MAX_PER_HOUR: 40,
            USCIS_TIMEOUT_MS: 10000,
            USCIS_DAILY_QUOTA: 1000,
            USCIS_RATE_PER_SECOND: 5,
        });
    });

    it('polls every 4 hours by default on USCIS, and as often as CASE_POLL_INTERVAL_MINUTES says when set', () => {
        expect(loadConfig(USCIS).CASE_POLL_INTERVAL_MINUTES).toBe(240);
        expect(loadConfig({ ...USCIS, CASE_POLL_INTERVAL_MINUTES: '30' }).CASE_POLL_INTERVAL_MINUTES).toBe(30);
        expect(loadConfig({ CASE_POLL_INTERVAL_MINUTES: '5' }).CASE_POLL_INTERVAL_MINUTES).toBe(5);
    });

    it('names each missing USCIS_ variable when CASE_SERVICE=uscis', () => {
        expect(configProblems({ CASE_SERVICE: 'uscis' })).toEqual([
            'USCIS_API_BASE_URL: required when CASE_SERVICE=uscis',
            'USCIS_CLIENT_ID: required when CASE_SERVICE=uscis',
            'USCIS_CLIENT_SECRET: required when CASE_SERVICE=uscis',
        ]);
        expect(configProblems({ ...USCIS, USCIS_CLIENT_SECRET: '' })).toEqual(['USCIS_CLIENT_SECRET: required when CASE_SERVICE=uscis']);
        expect(configProblems(USCIS)).toEqual([]);
    });

    it('refuses plain http to another machine (the client secret would cross the network in clear)', () => {
        expect(configProblems({ ...USCIS, USCIS_API_BASE_URL: 'http://api-int.uscis.gov' })).toEqual([
            'USCIS_API_BASE_URL: must be https:// (plain http only to 127.0.0.1 or localhost)',
        ]);
        expect(configProblems({ ...USCIS, USCIS_API_BASE_URL: 'http://127.0.0.1:8080' })).toEqual([]);
    });

    it.each([
        ['CASE_SERVICE', 'egov'],
        ['CASE_SANDBOX_STEP_MINUTES', '0'],
        ['USCIS_API_BASE_URL', 'not a url'],
        ['USCIS_DAILY_QUOTA', '-1'],
        ['CASE_POLL_MAX_PER_HOUR', 'lots'],
    ])('a malformed %s stops start-up with a message naming it', (name, value) => {
        expect(configProblems({ [name]: value }).join('\n')).toContain(name);
    });

    it('does not ask for USCIS_ variables with the sandbox', () => {
        expect(configProblems({ CASE_SERVICE: 'sandbox' })).toEqual([]);
    });
});

describe('createCaseService', () => {
    let store: TestStore;
    let fake: FakeUscisApi | undefined;

    beforeEach(async () => {
        store = await createTestStore();
    });
    afterEach(async () => {
        await fake?.close();
        fake = undefined;
        await store.dispose();
    });

    it('builds the sandbox on its store, stepping every CASE_SANDBOX_STEP_MINUTES', async () => {
        let now = new Date('2025-06-02T15:00:00Z');
        const cases = createCaseService(loadConfig({ CASE_SANDBOX_STEP_MINUTES: '5' }), { repositories: createRepositories(store.client), now: () => now });
        expect(cases).toBeInstanceOf(SandboxCaseService);
        expect(cases.kind).toBe('sandbox');
        expect((await cases.getCase('IOE0900000100')).bucket).toBe('received');
        now = new Date(now.getTime() + 4 * 60 * 1000);
        expect((await cases.getCase('IOE0900000100')).bucket).toBe('received');
        now = new Date(now.getTime() + 60 * 1000);
        expect((await cases.getCase('IOE0900000100')).bucket).toBe('biometrics');
        expect(await store.client.sandboxCaseState.count()).toBe(1);
    });

    it('builds the USCIS client from the USCIS_ variables, which then answers from that API', async () => {
        fake = await startFakeUscisApi({ clientId: 'configured-id', clientSecret: 'configured-secret' });
        const config = loadConfig({
            CASE_SERVICE: 'uscis',
            USCIS_API_BASE_URL: fake.baseUrl,
            USCIS_CLIENT_ID: 'configured-id',
            USCIS_CLIENT_SECRET: 'configured-secret',
        });
        const cases = createCaseService(config, { repositories: createRepositories(store.client) });
        expect(cases).toBeInstanceOf(UscisCaseService);
        expect(cases.kind).toBe('uscis');
        const status = await cases.getCase('EAC9999103403');
        expect(status).toMatchObject({ receiptNumber: 'EAC9999103403', formType: 'I-130', bucket: 'approved' });
        expect(fake.tokenRequests).toBe(1);
        expect(fake.requests[0].form).toMatchObject({ client_id: 'configured-id', client_secret: 'configured-secret' });
        // The sandbox's state is not touched.
        expect(await store.client.sandboxCaseState.count()).toBe(0);
    });
});
