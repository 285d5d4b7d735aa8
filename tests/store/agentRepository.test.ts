import { AgentRepository } from '../../store/agentRepository';
import { createTestStore, type TestStore } from '../support/testStore';

describe('AgentRepository.countEnabled: reused for a few seconds, fresh after this repository adds an agent', () => {
    let store: TestStore;
    beforeEach(async () => {
        store = await createTestStore();
    });
    afterEach(async () => {
        await store.dispose();
    });

    const agent = (id: string) => ({ id, username: id, displayName: id, passwordHash: 'unused', sealedTotp: 'unused' });

    test('an agent added through the same repository counts at once', async () => {
        const agents = new AgentRepository(store.client);
        expect(await agents.countEnabled()).toBe(0);
        await agents.create(agent('ana'));
        expect(await agents.countEnabled()).toBe(1);
        await agents.create(agent('luis'));
        expect(await agents.countEnabled()).toBe(2);
    });

    test('one added by another process (another repository) counts once the reuse time is over, not per request', async () => {
        const agents = new AgentRepository(store.client);
        const otherProcess = new AgentRepository(store.client);
        expect(await agents.countEnabled()).toBe(0);
        await otherProcess.create(agent('ana'));
        // Within ENABLED_AGENTS_REUSE_MS this process still answers from the count it read.
        expect(await agents.countEnabled()).toBe(0);
        expect(await otherProcess.countEnabled()).toBe(1);
        expect(await new AgentRepository(store.client).countEnabled()).toBe(1);
    });
});
