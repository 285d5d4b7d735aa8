import { createRepositories, type Repositories } from '../../store/repositories';
import { openStore, type StoreClient } from '../../store/storeClient';
import { describeWithPostgres } from '../support/testPostgres';
import { createTestStore, type TestStore } from '../support/testStore';

/**
 * The agent console reads a ticket's lines after the last id it has. On PostgreSQL an id is taken when a row is
 * inserted, not when it commits: a line written by one process can commit after a higher-numbered line written by
 * another, and a reader between the two commits moves past the lower id for good. Reading the last moments' lines
 * again (`writtenSince`) gives that line to the next read.
 */
describeWithPostgres('handoff lines committed out of id order (PostgreSQL)', () => {
    let store: TestStore;
    let repositories: Repositories;
    /** Another server process on the same database. */
    let otherProcess: StoreClient;

    beforeAll(async () => {
        store = await createTestStore('postgresql');
        repositories = createRepositories(store.client);
        otherProcess = await openStore(store.databaseUrl);
    });
    afterAll(async () => {
        await otherProcess?.$disconnect();
        await store?.dispose();
    });

    test('a line that commits after a higher-numbered one is read by the next read that reaches back', async () => {
        const ticketId = 'late-line-ticket';
        const createdAt = new Date();
        await repositories.handoffTickets.create(
            { id: ticketId, conversationKey: 'msteams/late', reference: '{}', channelId: 'msteams', language: 'en', reason: 'asked', summary: '{}', status: 'active', handledBy: 'console', createdAt },
            [],
        );

        // The other process inserts the user's line and has not committed yet.
        let release!: () => void;
        const released = new Promise<void>((resolve) => (release = resolve));
        let inserted!: (id: number) => void;
        const insertedId = new Promise<number>((resolve) => (inserted = resolve));
        const slowCommit = otherProcess.$transaction(
            async (tx) => {
                const row = await tx.handoffMessage.create({ data: { ticketId, kind: 'message', author: 'user', text: 'the user, a moment earlier', createdAt: new Date() } });
                inserted(row.id);
                await released;
            },
            { timeout: 20_000 },
        );
        const userLineId = await insertedId;

        // Meanwhile this process writes the agent's line, which takes the next id and commits first.
        const agentLine = await repositories.handoffTickets.addMessage(ticketId, { kind: 'message', author: 'agent', text: 'the agent', createdAt: new Date() });
        expect(agentLine.id).toBeGreaterThan(userLineId);
        const since = new Date(Date.now() - 30_000);
        const firstRead = await repositories.handoffTickets.messages(ticketId, 0, undefined, since);
        expect(firstRead.map((line) => line.text)).toEqual(['the agent']);
        const cursor = Math.max(...firstRead.map((line) => line.id));

        release();
        await slowCommit;

        // After the last id alone, the user's line is lost; reaching back, it comes, with the agent's line again.
        expect(await repositories.handoffTickets.messages(ticketId, cursor)).toEqual([]);
        const nextRead = await repositories.handoffTickets.messages(ticketId, cursor, undefined, since);
        expect(nextRead.map((line) => [line.id, line.text])).toEqual([
            [userLineId, 'the user, a moment earlier'],
            [agentLine.id, 'the agent'],
        ]);
        // Lines older than the reach-back and at or below the cursor are not read again.
        expect(await repositories.handoffTickets.messages(ticketId, cursor, undefined, new Date(Date.now() + 60_000))).toEqual([]);
    });
});
