import { DirectLineConversationMissing, DirectLineRepository } from '../../store/directLineRepository';
import { HotPathSql } from '../../store/hotPathSql';
import { describeEachStore } from '../support/testPostgres';
import { createTestStore, type TestStore } from '../support/testStore';

/**
 * The Direct Line repository on the hot path's prepared statements (what the app runs) must read and write exactly
 * what the generic client does (what the purge, the token rotation and other processes use), on both databases.
 */
describeEachStore('Direct Line on prepared statements', (provider) => {
    let store: TestStore;
    let hotPath: HotPathSql;
    let fast: DirectLineRepository;
    let generic: DirectLineRepository;

    beforeEach(async () => {
        store = await createTestStore(provider);
        hotPath = HotPathSql.open(store.databaseUrl);
        fast = new DirectLineRepository(store.client, hotPath);
        generic = new DirectLineRepository(store.client);
    });
    afterEach(async () => {
        await hotPath.close();
        await store.dispose();
    });

    const at = new Date('2026-11-30T21:07:03.250Z');

    test('a token and a conversation read the same on both paths: times to the millisecond, started as a boolean', async () => {
        await generic.createConversation({ id: 'conv-1', userId: 'web-1', locale: 'es-US' }, at);
        await generic.saveToken('hash-1', 'conv-1', new Date(at.getTime() + 3_600_000), at, new Date(at.getTime() - 60_000));
        const before = at;
        expect(await fast.findToken('hash-1', before)).toEqual(await generic.findToken('hash-1', before));
        expect(await fast.findToken('hash-1', before)).toEqual({
            conversationId: 'conv-1',
            expiresAt: new Date(at.getTime() + 3_600_000),
            chainStartedAt: new Date(at.getTime() - 60_000),
            createdAt: at,
        });
        // Expired (or unknown) is no grant on either path.
        const later = new Date(at.getTime() + 3_600_000);
        expect(await fast.findToken('hash-1', later)).toBeNull();
        expect(await fast.findToken('no-such-hash', before)).toBeNull();

        expect(await fast.findConversation('conv-1')).toEqual({ id: 'conv-1', userId: 'web-1', locale: 'es-US', started: false, lastActivityAt: at });
        expect(await generic.markStarted('conv-1')).toBe(true);
        expect(await fast.findConversation('conv-1')).toEqual(await generic.findConversation('conv-1'));
        expect((await fast.findConversation('conv-1'))?.started).toBe(true);
        expect(await fast.findConversation('nobody')).toBeNull();
    });

    test('appends number the history from 0 without gaps, mixed with the generic path and all at once', async () => {
        await generic.createConversation({ id: 'conv-1', userId: 'web-1' }, at);
        const first = await fast.appendActivity('conv-1', (id, sequence) => ({ type: 'message', id, text: `line ${sequence}` }), at);
        expect(first).toEqual({ sequence: 0, activity: { type: 'message', id: 'conv-1|0000000', text: 'line 0' } });
        await generic.appendActivity('conv-1', (id) => ({ type: 'message', id, text: 'from another process' }), at);
        // Twenty at once (PostgreSQL: on several connections): each takes the next number.
        await Promise.all(Array.from({ length: 20 }, (_, n) => fast.appendActivity('conv-1', (id) => ({ type: 'message', id, text: `burst ${n}` }))));
        const history = await generic.listActivities('conv-1', 0, 100);
        expect(history.map((stored) => stored.sequence)).toEqual([...Array(22).keys()]);
        expect(history.map((stored) => stored.activity.id)).toEqual([...Array(22).keys()].map((n) => `conv-1|${String(n).padStart(7, '0')}`));
        expect(history[1].activity.text).toBe('from another process');
        expect(await fast.listActivities('conv-1', 21, 100)).toEqual([history[21]]);
        expect(await fast.listActivities('conv-1', 22, 100)).toEqual([]);
    });

    test('an append to a conversation that is gone writes nothing and says so', async () => {
        await expect(fast.appendActivity('gone', (id) => ({ type: 'message', id }))).rejects.toBeInstanceOf(DirectLineConversationMissing);
        expect(await store.client.directLineActivity.count()).toBe(0);
    });

    test("an append's time is the conversation's last activity, compared as the purge compares it", async () => {
        await generic.createConversation({ id: 'old', userId: 'web-1' }, new Date(at.getTime() - 10 * 86_400_000));
        await generic.createConversation({ id: 'talking', userId: 'web-2' }, new Date(at.getTime() - 10 * 86_400_000));
        await fast.appendActivity('talking', (id) => ({ type: 'message', id }), at);
        expect((await fast.findConversation('talking'))?.lastActivityAt).toEqual(at);
        // Idle for more than a day: only the one that spoke ten days ago goes.
        expect(await generic.purgeIdleConversations(new Date(at.getTime() - 86_400_000), at)).toBe(1);
        expect(await fast.findConversation('old')).toBeNull();
        expect(await fast.findConversation('talking')).not.toBeNull();
        // The purge's cutoff is exact to the millisecond.
        expect(await generic.purgeIdleConversations(at, at)).toBe(0);
        expect(await generic.purgeIdleConversations(new Date(at.getTime() + 1), at)).toBe(1);
    });
});
