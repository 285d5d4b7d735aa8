import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { conversationStateKey, loadStates, saveStates, userStateKey, VersionedState } from '../../bot/versionedState';
import { ConversationStateStore, CREATE_ONLY_ETAG, StaleStateError } from '../../store/conversationStateStore';
import { createRepositories } from '../../store/repositories';
import type { TicketStatus } from '../../store/handoffTicketRepository';
import { describeEachStore } from '../support/testPostgres';
import { createTestStore, type TestStore } from '../support/testStore';

function turn(conversationId = 'conv-1', userId = 'user-1'): TurnContext {
    const activity: Partial<Activity> = {
        type: 'message',
        channelId: 'test',
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: userId, name: '' },
        recipient: { id: 'bot', name: '' },
        text: 'hi',
    };
    return new TurnContext(new TestAdapter(), activity);
}

describeEachStore('bot state on prepared statements (ConversationStateStore)', (provider) => {
    let store: TestStore;
    let storage: ConversationStateStore;
    /** A second connection to the same database: another server process, as far as the first can tell. */
    let other: ConversationStateStore;

    beforeEach(async () => {
        store = await createTestStore(provider);
        storage = ConversationStateStore.open(store.databaseUrl);
        other = ConversationStateStore.open(store.databaseUrl);
    });
    afterEach(async () => {
        await storage.close();
        await other.close();
        await store.dispose();
    });

    /** The row as the Prisma client (the rest of the app) sees it. */
    const row = (key: string) => store.client.botStateItem.findUnique({ where: { key } });

    test('a document written here is read back, by this store and by the Prisma client', async () => {
        await storage.write({ a: { colour: 'blue', nested: { list: [1, 'two', null] } } });
        const { a } = await storage.read(['a', 'missing']);
        expect(a).toEqual({ colour: 'blue', nested: { list: [1, 'two', null] }, eTag: expect.any(String) });
        const stored = await row('a');
        expect(JSON.parse(stored!.document)).toEqual({ colour: 'blue', nested: { list: [1, 'two', null] } });
        expect(stored!.eTag).toBe(a.eTag);
        expect(stored!.updatedAt).toBeInstanceOf(Date);
        expect(Number.isNaN(stored!.updatedAt.getTime())).toBe(false);
    });

    test('a write with the current eTag succeeds; one with a stale eTag is refused and changes nothing', async () => {
        await storage.write({ a: { n: 1 } });
        const { a: first } = await storage.read(['a']);
        await storage.write({ a: { n: 2, eTag: first.eTag } });
        await expect(other.write({ a: { n: 3, eTag: first.eTag } })).rejects.toBeInstanceOf(StaleStateError);
        expect((await storage.read(['a'])).a.n).toBe(2);
    });

    test('create-only refuses a key someone else created first', async () => {
        await other.write({ a: { by: 'other' } });
        await expect(storage.write({ a: { by: 'us', eTag: CREATE_ONLY_ETAG } })).rejects.toBeInstanceOf(StaleStateError);
        expect((await storage.read(['a'])).a.by).toBe('other');
    });

    test('several writes are one transaction: when one is stale, none lands', async () => {
        const [aETag, bETag] = await storage.writeDocuments([
            { key: 'a', document: '{"n":1}', expected: '*' },
            { key: 'b', document: '{"n":1}', expected: '*' },
        ]);
        await other.writeDocument('b', '{"n":2}', bETag);
        await expect(
            storage.writeDocuments([
                { key: 'a', document: '{"n":10}', expected: aETag },
                { key: 'b', document: '{"n":10}', expected: bETag },
            ]),
        ).rejects.toBeInstanceOf(StaleStateError);
        const documents = await storage.readDocuments(['a', 'b']);
        expect(documents.get('a')).toEqual({ document: '{"n":1}', eTag: aETag });
        expect(JSON.parse(documents.get('b')!.document)).toEqual({ n: 2 });
    });

    test('delete removes the items', async () => {
        await storage.write({ a: { n: 1 }, b: { n: 2 } });
        await storage.delete(['a']);
        expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
    });

    describe("a turn's first read: its states and whether a person has the conversation, in one query", () => {
        async function ticket(conversationKey: string, status: TicketStatus): Promise<string> {
            const id = `${conversationKey}-${status}-${Math.random().toString(36).slice(2)}`;
            const ticketFields = { reference: '{}', channelId: 'msteams', language: 'en', reason: 'asked', summary: '{}', handledBy: 'console', createdAt: new Date() };
            await createRepositories(store.client).handoffTickets.create({ id, conversationKey, status, ...ticketFields }, []);
            return id;
        }

        test('the states come back as readDocuments gives them, and no ticket reads as none', async () => {
            await storage.writeDocuments([
                { key: 'user', document: '{"u":1}', expected: '*' },
                { key: 'conversation', document: '{"c":1}', expected: '*' },
            ]);
            const read = await storage.readTurn(['user', 'conversation', 'missing'], 'conv-1');
            expect(read.openTicket).toBe(false);
            expect(read.documents).toEqual(await storage.readDocuments(['user', 'conversation', 'missing']));
            expect([...read.documents.keys()].sort()).toEqual(['conversation', 'user']);
            expect((await storage.readTurn(['conversation'], 'conv-1')).documents.get('conversation')?.document).toBe('{"c":1}');
        });

        test('waiting and active tickets of this conversation count; closed ones and other conversations do not', async () => {
            await storage.write({ conversation: { c: 1 } });
            for (const status of ['closed', 'cancelled', 'message'] as const) await ticket('conv-1', status);
            await ticket('conv-2', 'waiting');
            expect((await storage.readTurn(['conversation'], 'conv-1')).openTicket).toBe(false);
            const waiting = await ticket('conv-1', 'waiting');
            const read = await storage.readTurn(['conversation'], 'conv-1');
            expect(read.openTicket).toBe(true);
            expect(read.documents.size).toBe(1);
            await store.client.handoffTicket.update({ where: { id: waiting }, data: { status: 'active' } });
            expect((await other.readTurn(['conversation', 'user'], 'conv-1')).openTicket).toBe(true);
            await store.client.handoffTicket.update({ where: { id: waiting }, data: { status: 'closed' } });
            expect((await storage.readTurn(['conversation'], 'conv-1')).openTicket).toBe(false);
            expect((await storage.readTurn(['conversation'], "conv-2' OR '1'='1")).openTicket).toBe(false);
            expect((await storage.readTurn([], 'conv-2')).openTicket).toBe(true);
        });
    });

    describe('VersionedState over it', () => {
        test('user and conversation state round-trip: read together, saved together', async () => {
            const conversation = new VersionedState(storage, conversationStateKey, 'conversation');
            const user = new VersionedState(storage, userStateKey, 'user');
            const first = turn();
            await loadStates(first, [conversation, user]);
            await conversation.createProperty<{ step: string }>('dialog').set(first, { step: 'email' });
            await user.createProperty<string>('language').set(first, 'es');
            await saveStates(first, [conversation, user]);

            const second = turn();
            await loadStates(second, [conversation, user]);
            expect(await conversation.createProperty<{ step: string }>('dialog').get(second)).toEqual({ step: 'email' });
            expect(await user.createProperty<string>('language').get(second)).toBe('es');
        });

        test('unchanged state is not written (the row keeps its eTag), and a state never touched is not created', async () => {
            const conversation = new VersionedState(storage, conversationStateKey, 'conversation');
            const user = new VersionedState(storage, userStateKey, 'user');
            const first = turn();
            await conversation.createProperty<number>('count').set(first, 1);
            await saveStates(first, [conversation, user]);
            const written = await row('test/conversations/conv-1');

            const second = turn();
            await loadStates(second, [conversation, user]);
            expect(await conversation.createProperty<number>('count').get(second)).toBe(1);
            await user.createProperty<string>('language').get(second);
            await saveStates(second, [conversation, user]);
            expect((await row('test/conversations/conv-1'))!.eTag).toBe(written!.eTag);
            expect(await row('test/users/user-1')).toBeNull();

            // A change is written, with a new eTag.
            const third = turn();
            await conversation.createProperty<number>('count').set(third, 2);
            await saveStates(third, [conversation, user]);
            expect((await row('test/conversations/conv-1'))!.eTag).not.toBe(written!.eTag);
        });

        test('a save over a version another process wrote meanwhile is refused, not silently lost', async () => {
            const conversation = new VersionedState(storage, conversationStateKey, 'conversation');
            const elsewhere = new VersionedState(other, conversationStateKey, 'conversation');
            const counter = conversation.createProperty<number>('count');
            const setup = turn();
            await counter.set(setup, 1);
            await conversation.saveChanges(setup);

            const ours = turn();
            const theirs = turn();
            await counter.set(ours, (await counter.get(ours, 0)) + 1);
            const theirCounter = elsewhere.createProperty<number>('count');
            await theirCounter.set(theirs, (await theirCounter.get(theirs, 0)) + 10);
            await elsewhere.saveChanges(theirs);
            await expect(conversation.saveChanges(ours)).rejects.toBeInstanceOf(StaleStateError);
            expect(await counter.get(turn(), 0)).toBe(11);
        });

        test('two new conversations saved at once under one key: the second creator is refused', async () => {
            const conversation = new VersionedState(storage, conversationStateKey, 'conversation');
            const elsewhere = new VersionedState(other, conversationStateKey, 'conversation');
            const ours = turn('new-conv');
            const theirs = turn('new-conv');
            await conversation.createProperty<string>('who').set(ours, 'us');
            await elsewhere.createProperty<string>('who').set(theirs, 'them');
            await elsewhere.saveChanges(theirs);
            await expect(conversation.saveChanges(ours)).rejects.toBeInstanceOf(StaleStateError);
        });

        test('when the conversation state is stale, the user state of the same save is not written either', async () => {
            const conversation = new VersionedState(storage, conversationStateKey, 'conversation');
            const user = new VersionedState(storage, userStateKey, 'user');
            const elsewhere = new VersionedState(other, conversationStateKey, 'conversation');
            const ours = turn();
            await loadStates(ours, [conversation, user]);
            const theirs = turn();
            await elsewhere.createProperty<number>('count').set(theirs, 5);
            await elsewhere.saveChanges(theirs);

            await conversation.createProperty<number>('count').set(ours, 1);
            await user.createProperty<string>('language').set(ours, 'fr');
            await expect(saveStates(ours, [user, conversation])).rejects.toBeInstanceOf(StaleStateError);
            expect(await row('test/users/user-1')).toBeNull();
        });
    });
});

describe('bot state on SQLite while another connection holds the write lock', () => {
    test('a save waits without blocking the event loop, and lands once the lock is released', async () => {
        const Database = (await import('better-sqlite3')).default;
        const store = await createTestStore('sqlite');
        const storage = ConversationStateStore.open(store.databaseUrl);
        const holder = new Database(store.file);
        try {
            holder.exec('BEGIN IMMEDIATE');
            holder.prepare(`INSERT INTO "BotStateItem" ("key", "document", "eTag", "updatedAt") VALUES ('held', '{}', 'x', '2026-01-01T00:00:00.000+00:00')`).run();
            let settled = false;
            const saving = storage.write({ a: { n: 1 } }).finally(() => (settled = true));
            // Other work goes on meanwhile (a synchronous busy wait would not let these run).
            for (let round = 0; round < 5; round++) await new Promise((resolve) => setTimeout(resolve, 5));
            expect(settled).toBe(false);
            holder.exec('COMMIT');
            await saving;
            expect((await storage.read(['a', 'held'])).a.n).toBe(1);
        } finally {
            holder.close();
            await storage.close();
            await store.dispose();
        }
    });
});
