import { createRepositories, type Repositories } from '../../store/repositories';
import type { TicketStatus } from '../../store/handoffTicketRepository';
import { HotPathSql } from '../../store/hotPathSql';
import { describeEachStore } from '../support/testPostgres';
import { createTestStore, type TestStore } from '../support/testStore';

describeEachStore('HotPathSql: the frequent yes/no questions, on prepared statements', (provider) => {
    let store: TestStore;
    let hotPath: HotPathSql;
    /** Repositories without the hot path: the rest of the app, or another process, writing. */
    let writer: Repositories;

    beforeEach(async () => {
        store = await createTestStore(provider);
        hotPath = HotPathSql.open(store.databaseUrl);
        writer = createRepositories(store.client);
    });
    afterEach(async () => {
        await hotPath.close();
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
        expect(await hotPath.hasOpenTicket('waiting-conv')).toBe(true);
        expect(await hotPath.hasOpenTicket('active-conv')).toBe(true);
        for (const key of ['closed-conv', 'cancelled-conv', 'message-conv', 'never-asked']) expect(await hotPath.hasOpenTicket(key)).toBe(false);
    });

    test('open ticket: seen the moment another connection opens or closes it (nothing is cached); a key is a value, never SQL', async () => {
        expect(await hotPath.hasOpenTicket('conv-1')).toBe(false);
        const id = await ticket('conv-1', 'waiting');
        expect(await hotPath.hasOpenTicket('conv-1')).toBe(true);
        expect(await hotPath.hasOpenTicket("x' OR '1'='1")).toBe(false);
        await store.client.handoffTicket.update({ where: { id }, data: { status: 'closed' } });
        expect(await hotPath.hasOpenTicket('conv-1')).toBe(false);
    });

    test('undelivered lines: only agent and system lines the user has not had yet', async () => {
        const id = await ticket('conv-1', 'active');
        await writer.handoffTickets.addMessage(id, { kind: 'message', author: 'user', text: 'hello', createdAt: new Date() });
        await writer.handoffTickets.addMessage(id, { kind: 'note', author: 'agent', text: 'private', createdAt: new Date() });
        expect(await hotPath.hasUndeliveredLines()).toBe(false);
        const line = await writer.handoffTickets.addMessage(id, { kind: 'message', author: 'agent', text: 'hi, I am Ana', createdAt: new Date() });
        expect(await hotPath.hasUndeliveredLines()).toBe(true);
        await writer.handoffTickets.markDelivered(line.id, new Date());
        expect(await hotPath.hasUndeliveredLines()).toBe(false);
    });

    test('pending notifications: queued or being sent, not sent or failed', async () => {
        expect(await hotPath.hasPendingNotifications()).toBe(false);
        await writer.notificationQueue.enqueue({ id: 'n-1', channel: 'email', to: 'ana@example.com', sealedSubject: null, sealedBody: 'sealed', idempotencyKey: 'k-1', nextAttemptAt: new Date(Date.now() + 3_600_000) });
        // Due in an hour: still pending (the repository's own query decides what is due).
        expect(await hotPath.hasPendingNotifications()).toBe(true);
        await store.client.queuedNotification.update({ where: { id: 'n-1' }, data: { status: 'sent', finishedAt: new Date() } });
        expect(await hotPath.hasPendingNotifications()).toBe(false);
    });

    test('the repositories given the hot path answer exactly as without them', async () => {
        const fast = createRepositories(store.client, hotPath);
        const now = new Date();
        expect(await fast.handoffTickets.findOpen('conv-1')).toBeNull();
        expect(await fast.handoffTickets.claimUndelivered(now, new Date(now.getTime() + 30_000), 10)).toEqual([]);
        expect(await fast.notificationQueue.claimDue(now, new Date(now.getTime() + 30_000), 10)).toEqual([]);
        const id = await ticket('conv-1', 'waiting');
        const line = await writer.handoffTickets.addMessage(id, { kind: 'joined', author: 'system', text: 'Ana joined', createdAt: new Date() });
        await writer.notificationQueue.enqueue({ id: 'n-1', channel: 'email', to: 'ana@example.com', sealedSubject: null, sealedBody: 'sealed', idempotencyKey: 'k-1', nextAttemptAt: new Date(now.getTime() - 1000) });
        expect((await fast.handoffTickets.findOpen('conv-1'))?.id).toBe(id);
        expect((await fast.handoffTickets.claimUndelivered(now, new Date(now.getTime() + 30_000), 10)).map((claimed) => claimed.id)).toEqual([line.id]);
        expect(await fast.notificationQueue.claimDue(now, new Date(now.getTime() + 30_000), 10)).toEqual(['n-1']);
    });
    test('funnel events written here are read back by the report, times and range filters exact', async () => {
        const fast = createRepositories(store.client, hotPath);
        const at = (iso: string) => new Date(iso);
        const event = (instance: string, kind: 'start' | 'step' | 'complete', when: string, step: string | null = null) =>
            ({ conversation: 'c'.repeat(32), instance, flow: 'checkStatus.steps', kind, step, language: 'es', at: at(when) }) as const;
        await fast.funnel.insertMany([
            event('run-1', 'start', '2026-11-01T10:00:00.123Z'),
            event('run-1', 'step', '2026-11-01T10:00:05.000Z', 'askReceipt'),
            event('run-1', 'complete', '2026-11-02T00:00:01.000Z'),
            event('run-2', 'start', '2026-11-02T00:00:00.000Z'),
            event('run-0', 'start', '2026-10-31T23:59:59.999Z'),
        ]);
        await fast.funnel.insertMany([]);
        const read = await writer.funnel.runsStartedBetween(at('2026-11-01T00:00:00Z'), at('2026-11-02T00:00:00Z'));
        expect(read.map((e) => [e.instance, e.kind, e.step, e.at.toISOString()])).toEqual([
            ['run-1', 'start', null, '2026-11-01T10:00:00.123Z'],
            ['run-1', 'step', 'askReceipt', '2026-11-01T10:00:05.000Z'],
            ['run-1', 'complete', null, '2026-11-02T00:00:01.000Z'],
        ]);
        expect(await writer.funnel.deleteBefore(at('2026-11-01T00:00:00Z'))).toBe(1);
    });
    test('web-chat activities: anything at or after a watermark, per conversation; the history read matches', async () => {
        await writer.directLine.createConversation({ id: 'dl-1', userId: 'web-1' });
        await writer.directLine.createConversation({ id: 'dl-2', userId: 'web-2' });
        expect(await hotPath.hasActivitiesFrom('dl-1', 0)).toBe(false);
        for (const text of ['hello', 'how can I help?']) await writer.directLine.appendActivity('dl-1', (id) => ({ type: 'message', id, text }));
        const { sequence: last } = (await writer.directLine.listActivities('dl-1', 0, 10)).at(-1)!;
        expect(await hotPath.hasActivitiesFrom('dl-1', 0)).toBe(true);
        expect(await hotPath.hasActivitiesFrom('dl-1', last)).toBe(true);
        expect(await hotPath.hasActivitiesFrom('dl-1', last + 1)).toBe(false);
        expect(await hotPath.hasActivitiesFrom('dl-2', 0)).toBe(false);
        expect(await hotPath.hasActivitiesFrom('no-such-conversation', 0)).toBe(false);
        const fast = createRepositories(store.client, hotPath);
        for (const from of [0, last, last + 1]) expect(await fast.directLine.listActivities('dl-1', from, 10)).toEqual(await writer.directLine.listActivities('dl-1', from, 10));
    });
});
