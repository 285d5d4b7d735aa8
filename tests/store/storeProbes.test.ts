import { createRepositories, type Repositories } from '../../store/repositories';
import type { TicketStatus } from '../../store/handoffTicketRepository';
import { StoreProbes } from '../../store/storeProbes';
import { describeEachStore } from '../support/testPostgres';
import { createTestStore, type TestStore } from '../support/testStore';

describeEachStore('StoreProbes: the frequent yes/no questions, on prepared statements', (provider) => {
    let store: TestStore;
    let probes: StoreProbes;
    /** Repositories without probes: the rest of the app, or another process, writing. */
    let writer: Repositories;

    beforeEach(async () => {
        store = await createTestStore(provider);
        probes = StoreProbes.open(store.databaseUrl);
        writer = createRepositories(store.client);
    });
    afterEach(async () => {
        await probes.close();
        await store.dispose();
    });

    async function ticket(conversationKey: string, status: TicketStatus): Promise<string> {
        const id = `${conversationKey}-${status}-${Math.random().toString(36).slice(2)}`;
        await writer.handoffTickets.create({ id, conversationKey, reference: '{}', channelId: 'msteams', language: 'en', reason: 'asked', summary: '{}', status, handledBy: 'console', createdAt: new Date() }, []);
        return id;
    }

    test('open ticket: waiting and active are open; closed, cancelled and left-message ones are not', async () => {
        await ticket('waiting-conv', 'waiting');
        await ticket('active-conv', 'active');
        for (const status of ['closed', 'cancelled', 'message'] as const) await ticket(`${status}-conv`, status);
        expect(await probes.hasOpenTicket('waiting-conv')).toBe(true);
        expect(await probes.hasOpenTicket('active-conv')).toBe(true);
        for (const key of ['closed-conv', 'cancelled-conv', 'message-conv', 'never-asked']) expect(await probes.hasOpenTicket(key)).toBe(false);
    });

    test('open ticket: seen the moment another connection opens or closes it (nothing is cached); a key is a value, never SQL', async () => {
        expect(await probes.hasOpenTicket('conv-1')).toBe(false);
        const id = await ticket('conv-1', 'waiting');
        expect(await probes.hasOpenTicket('conv-1')).toBe(true);
        expect(await probes.hasOpenTicket("x' OR '1'='1")).toBe(false);
        await store.client.handoffTicket.update({ where: { id }, data: { status: 'closed' } });
        expect(await probes.hasOpenTicket('conv-1')).toBe(false);
    });

    test('undelivered lines: only agent and system lines the user has not had yet', async () => {
        const id = await ticket('conv-1', 'active');
        await writer.handoffTickets.addMessage(id, { kind: 'message', author: 'user', text: 'hello', createdAt: new Date() });
        await writer.handoffTickets.addMessage(id, { kind: 'note', author: 'agent', text: 'private', createdAt: new Date() });
        expect(await probes.hasUndeliveredLines()).toBe(false);
        const line = await writer.handoffTickets.addMessage(id, { kind: 'message', author: 'agent', text: 'hi, I am Ana', createdAt: new Date() });
        expect(await probes.hasUndeliveredLines()).toBe(true);
        await writer.handoffTickets.markDelivered(line.id, new Date());
        expect(await probes.hasUndeliveredLines()).toBe(false);
    });

    test('pending notifications: queued or being sent, not sent or failed', async () => {
        expect(await probes.hasPendingNotifications()).toBe(false);
        await writer.notificationQueue.enqueue({ id: 'n-1', channel: 'email', to: 'ana@example.com', sealedSubject: null, sealedBody: 'sealed', idempotencyKey: 'k-1', nextAttemptAt: new Date(Date.now() + 3_600_000) });
        // Due in an hour: still pending (the repository's own query decides what is due).
        expect(await probes.hasPendingNotifications()).toBe(true);
        await store.client.queuedNotification.update({ where: { id: 'n-1' }, data: { status: 'sent', finishedAt: new Date() } });
        expect(await probes.hasPendingNotifications()).toBe(false);
    });

    test('the repositories given probes answer exactly as without them', async () => {
        const probed = createRepositories(store.client, probes);
        const now = new Date();
        expect(await probed.handoffTickets.findOpen('conv-1')).toBeNull();
        expect(await probed.handoffTickets.claimUndelivered(now, new Date(now.getTime() + 30_000), 10)).toEqual([]);
        expect(await probed.notificationQueue.claimDue(now, new Date(now.getTime() + 30_000), 10)).toEqual([]);
        const id = await ticket('conv-1', 'waiting');
        const line = await writer.handoffTickets.addMessage(id, { kind: 'joined', author: 'system', text: 'Ana joined', createdAt: new Date() });
        await writer.notificationQueue.enqueue({ id: 'n-1', channel: 'email', to: 'ana@example.com', sealedSubject: null, sealedBody: 'sealed', idempotencyKey: 'k-1', nextAttemptAt: new Date(now.getTime() - 1000) });
        expect((await probed.handoffTickets.findOpen('conv-1'))?.id).toBe(id);
        expect((await probed.handoffTickets.claimUndelivered(now, new Date(now.getTime() + 30_000), 10)).map((claimed) => claimed.id)).toEqual([line.id]);
        expect(await probed.notificationQueue.claimDue(now, new Date(now.getTime() + 30_000), 10)).toEqual(['n-1']);
    });
});
