import { RateLimiter } from '../../../services/limits/rateLimiter';
import { createTestStore, type TestStore } from '../../support/testStore';
import { HotPathSql } from '../../../store/hotPathSql';
import { RateLimitRepository } from '../../../store/rateLimitRepository';
import { openStore, type StoreClient } from '../../../store/storeClient';
import { describeEachStore } from '../../support/testPostgres';

/** The same rules through the generic client and through the prepared statements the app uses (HotPathSql). */
describe.each([
    ['generic client', false],
    ['prepared statements', true],
])('RateLimiter, %s', (_path, prepared) => {
    describeEachStore('RateLimiter', (provider) => {
        let store: TestStore;
        let now: Date;
        let limiter: RateLimiter;
        const opened: Array<{ close(): Promise<unknown> }> = [];

        /** A limiter as one server process has it: its own store client and, on the hot path, its own statements. */
        async function processLimiter(client: StoreClient): Promise<RateLimiter> {
            let hotPath: HotPathSql | undefined;
            if (prepared) opened.push((hotPath = HotPathSql.open(store.databaseUrl)));
            return new RateLimiter(new RateLimitRepository(client, hotPath), () => now);
        }

        beforeEach(async () => {
            store = await createTestStore(provider);
            now = new Date('2026-11-30T12:00:00Z');
            limiter = await processLimiter(store.client);
        });
        afterEach(async () => {
            for (const resource of opened.splice(0)) await resource.close();
            await store.dispose();
        });

        const later = (seconds: number) => {
            now = new Date(now.getTime() + seconds * 1000);
        };

        test('allows max events in a window, refuses the next, and frees a place when the oldest leaves the window', async () => {
            const rule = { max: 3, windowSeconds: 60 };
            for (let i = 0; i < 3; i++) {
                expect(await limiter.take('b', rule)).toEqual({ allowed: true });
                later(10);
            }
            expect(await limiter.take('b', rule)).toEqual({ allowed: false, retryAfterSeconds: 30 });
            later(31);
            expect(await limiter.take('b', rule)).toEqual({ allowed: true });
        });

        test('a refused event is not counted', async () => {
            const rule = { max: 1, windowSeconds: 60 };
            await limiter.take('b', rule);
            for (let i = 0; i < 5; i++) await limiter.take('b', rule);
            expect(await store.client.rateLimitEvent.count()).toBe(1);
        });

        test('the minimum gap refuses a second event too soon after the first', async () => {
            const rule = { max: 5, windowSeconds: 3600, minGapSeconds: 30 };
            expect((await limiter.take('b', rule)).allowed).toBe(true);
            later(10);
            expect(await limiter.take('b', rule)).toEqual({ allowed: false, retryAfterSeconds: 20 });
            later(20);
            expect((await limiter.take('b', rule)).allowed).toBe(true);
        });

        test('several buckets are taken together or not at all', async () => {
            await limiter.take('recipient', { max: 1, windowSeconds: 60 });
            const verdict = await limiter.take(['conversation', 'recipient'], { max: 1, windowSeconds: 60 });
            expect(verdict.allowed).toBe(false);
            expect(await limiter.check('conversation', { max: 1, windowSeconds: 60 })).toEqual({ allowed: true });
        });

        test('twenty racing takes allow exactly max', async () => {
            const rule = { max: 5, windowSeconds: 3600 };
            const verdicts = await Promise.all(Array.from({ length: 20 }, () => limiter.take('race', rule)));
            expect(verdicts.filter((v) => v.allowed)).toHaveLength(5);
        });

        // PostgreSQL only: SQLite means one process (README), and two Prisma clients in one process block each other there.
        if (provider === 'postgresql') test('two processes taking the last place at the same moment: one gets it', async () => {
            const client = await openStore(store.databaseUrl);
            opened.push({ close: () => client.$disconnect() });
            const other = await processLimiter(client);
            const rule = { max: 1, windowSeconds: 3600 };
            for (let round = 0; round < 10; round++) {
                const verdicts = await Promise.all([limiter.take(['race', `round-${round}`], rule), other.take([`round-${round}`, 'race'], rule)]);
                expect(verdicts.filter((verdict) => verdict.allowed)).toHaveLength(1);
                // Both buckets were taken together: the winner's two events, nothing of the loser.
                expect(await store.client.rateLimitEvent.count({ where: { bucket: `round-${round}` } })).toBe(1);
                await store.client.rateLimitEvent.deleteMany({ where: { bucket: 'race' } });
            }
        });

        test('prune removes only events older than asked', async () => {
            await limiter.take('b', { max: 10, windowSeconds: 60 });
            later(120);
            await limiter.take('b', { max: 10, windowSeconds: 60 });
            expect(await limiter.prune(60)).toBe(1);
            expect(await store.client.rateLimitEvent.count()).toBe(1);
        });
    });
});
