import { describeEachStore } from '../support/testPostgres';
import { createTestStore, type TestStore } from '../support/testStore';

/**
 * A transaction that cannot start at once (SQLite's one writer is busy; every PostgreSQL connection is taken) waits
 * for its turn: Prisma's own 2 s would fail a user's message whenever the machine is busy for a moment.
 */
describeEachStore('Store transactions wait for their turn', (provider) => {
    let store: TestStore;
    beforeEach(async () => {
        store = await createTestStore(provider);
    });
    afterEach(() => store.dispose());

    test('a transaction started while every connection is busy for 3 s still runs', async () => {
        // SQLite lets one transaction in at a time; pg's pool (Prisma's driver adapter) has 10 connections.
        const holders = provider === 'sqlite' ? 1 : 10;
        let releaseHolders!: () => void;
        const held = new Promise<void>((resolve) => (releaseHolders = resolve));
        let started = 0;
        let allStarted!: () => void;
        const everyHolderStarted = new Promise<void>((resolve) => (allStarted = resolve));
        const holding = Array.from({ length: holders }, (_, index) =>
            store.client.$transaction(async (tx) => {
                await tx.funnelEvent.count();
                if (++started === holders) allStarted();
                await held;
                return index;
            }),
        );
        await everyHolderStarted;
        const release = setTimeout(releaseHolders, 3000);
        try {
            const waiter = await store.client.$transaction(async (tx) => {
                await tx.funnelEvent.create({ data: { conversation: 'c', instance: 'i', flow: 'menu', kind: 'start', language: 'en', at: new Date() } });
                return tx.funnelEvent.count();
            });
            expect(waiter).toBe(1);
        } finally {
            clearTimeout(release);
            releaseHolders();
            await Promise.all(holding);
        }
    });
});
