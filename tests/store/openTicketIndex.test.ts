import { createRepositories } from '../../store/repositories';
import type { TicketStatus } from '../../store/handoffTicketRepository';
import { OpenTicketIndex } from '../../store/openTicketIndex';
import { describeEachStore } from '../support/testPostgres';
import { createTestStore, type TestStore } from '../support/testStore';

describeEachStore('OpenTicketIndex: is a ticket open for this conversation?', (provider) => {
    let store: TestStore;
    let index: OpenTicketIndex;

    beforeEach(async () => {
        store = await createTestStore(provider);
        index = OpenTicketIndex.open(store.databaseUrl);
    });
    afterEach(async () => {
        await index.close();
        await store.dispose();
    });

    async function ticket(conversationKey: string, status: TicketStatus): Promise<string> {
        const id = `${conversationKey}-${status}-${Math.random().toString(36).slice(2)}`;
        await createRepositories(store.client).handoffTickets.create(
            {
                id,
                conversationKey,
                reference: '{}',
                channelId: 'msteams',
                language: 'en',
                reason: 'asked',
                summary: '{}',
                status,
                handledBy: 'console',
                createdAt: new Date(),
            },
            [],
        );
        return id;
    }

    test('waiting and active tickets are open; closed, cancelled and left-message ones are not', async () => {
        await ticket('waiting-conv', 'waiting');
        await ticket('active-conv', 'active');
        for (const status of ['closed', 'cancelled', 'message'] as const) await ticket(`${status}-conv`, status);
        expect(await index.hasOpen('waiting-conv')).toBe(true);
        expect(await index.hasOpen('active-conv')).toBe(true);
        for (const key of ['closed-conv', 'cancelled-conv', 'message-conv', 'never-asked']) expect(await index.hasOpen(key)).toBe(false);
    });

    test('sees a ticket the moment another connection opens or closes it (nothing is cached)', async () => {
        expect(await index.hasOpen('conv-1')).toBe(false);
        const id = await ticket('conv-1', 'waiting');
        expect(await index.hasOpen('conv-1')).toBe(true);
        await store.client.handoffTicket.update({ where: { id }, data: { status: 'closed' } });
        expect(await index.hasOpen('conv-1')).toBe(false);
        expect(await index.hasOpen('conv-2')).toBe(false);
    });

    test('a key is a value, never SQL', async () => {
        await ticket('conv-1', 'active');
        expect(await index.hasOpen("x' OR '1'='1")).toBe(false);
        expect(await index.hasOpen('conv-1')).toBe(true);
    });
});
