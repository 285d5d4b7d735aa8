import crypto from 'node:crypto';
import { DirectLineRepository } from '../../store/directLineRepository';
import { describeEachStore } from '../support/testPostgres';
import { createTestStore, type TestStore } from '../support/testStore';

describeEachStore('Direct Line token rotation', (provider) => {
    let store: TestStore;
    let repository: DirectLineRepository;
    beforeEach(async () => {
        store = await createTestStore(provider);
        repository = new DirectLineRepository(store.client);
    });
    afterEach(() => store.dispose());

    test('ten refreshes of one token at the same moment: exactly one wins', async () => {
        const now = new Date('2026-11-30T12:00:00Z');
        await repository.createConversation({ id: 'conv-1', userId: 'dl_user' }, now);
        await repository.saveToken('old-hash', 'conv-1', new Date(now.getTime() + 3_600_000), now);
        const later = new Date(now.getTime() + 60_000);
        const outcomes = await Promise.all(
            Array.from({ length: 10 }, () =>
                repository.rotateToken(
                    {
                        oldTokenHash: 'old-hash',
                        oldCreatedAt: now,
                        newTokenHash: crypto.randomUUID(),
                        conversationId: 'conv-1',
                        expiresAt: new Date(later.getTime() + 3_600_000),
                        chainStartedAt: now,
                        retireAt: new Date(later.getTime() + 30_000),
                    },
                    later,
                ),
            ),
        );
        expect(outcomes.filter(Boolean)).toHaveLength(1);
        expect(await store.client.directLineToken.count({ where: { conversationId: 'conv-1' } })).toBe(2);
    });
});
