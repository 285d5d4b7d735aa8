import { RateLimiter } from '../../services/limits/rateLimiter';
import { RateLimitRepository } from '../../store/rateLimitRepository';
import { createTestStore, type TestStore } from '../support/testStore';
import { describeEachStore } from '../support/testPostgres';

/**
 * Found by the two-instance test: 24 web chats opening at once from one address (one office behind a NAT) all take
 * the same two rate-limit buckets. Each check used to open its transaction first and then queue on the bucket's
 * advisory lock inside it, holding a pooled connection while it waited; the waiting transactions ran past Prisma's
 * 5-second limit and the token endpoint answered 500. Now a process queues the checks of a bucket before opening a
 * transaction, so a crowd on one bucket is answered in full, and the limit still counts exactly.
 */
describeEachStore('many checks of one rate-limit bucket at once', (provider) => {
    let store: TestStore;

    beforeAll(async () => {
        store = await createTestStore(provider);
    });
    afterAll(() => store.dispose());

    test('every check is answered, and exactly `max` are allowed', async () => {
        const limiter = new RateLimiter(new RateLimitRepository(store.client));
        const rule = { max: 150, windowSeconds: 3600 };
        const verdicts = await Promise.allSettled(
            Array.from({ length: 200 }, (_, index) => limiter.take(['hot-token-bucket', `hot-conversation-bucket`, `other-${index % 3}`], [rule, rule, { max: 1000, windowSeconds: 3600 }])),
        );
        expect(verdicts.filter((verdict) => verdict.status === 'rejected').map((verdict) => String((verdict as PromiseRejectedResult).reason).slice(0, 200))).toEqual([]);
        const allowed = verdicts.filter((verdict) => verdict.status === 'fulfilled' && verdict.value.allowed).length;
        expect(allowed).toBe(150);
        expect(await store.client.rateLimitEvent.count({ where: { bucket: 'hot-token-bucket' } })).toBe(150);
    });
});
