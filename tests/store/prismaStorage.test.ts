import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { ConversationTurnLock } from '../../bot/turnLock';
import { VersionedState, conversationStateKey } from '../../bot/versionedState';
import { PrismaStorage, StaleStateError } from '../../store/prismaStorage';
import { storeProvider } from '../../store/storeClient';
import { describeEachStore } from '../support/testPostgres';
import { createTestStore, type TestStore } from '../support/testStore';

function turn(conversationId = 'conv-1'): TurnContext {
    const activity: Partial<Activity> = {
        type: 'message',
        channelId: 'test',
        conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
        from: { id: 'user-1', name: '' },
        recipient: { id: 'bot', name: '' },
        text: 'hi',
    };
    return new TurnContext(new TestAdapter(), activity);
}

describeEachStore('the Prisma store as Bot Framework storage', (provider) => {
    let store: TestStore;
    let storage: PrismaStorage;

    beforeEach(async () => {
        store = await createTestStore(provider);
        storage = new PrismaStorage(store.client);
    });
    afterEach(async () => store.dispose());

    describe('PrismaStorage on a real database', () => {
        if (provider === 'sqlite') {
            test('the database runs in WAL mode', async () => {
                expect(await store.client.$queryRawUnsafe('PRAGMA journal_mode')).toEqual([{ journal_mode: 'wal' }]);
            });
        }

        test(`the store is ${provider}`, () => {
            expect(storeProvider(store.client)).toBe(provider);
        });

        test('a read returns the document with an eTag', async () => {
            await storage.write({ a: { colour: 'blue' } });
            const { a } = await storage.read(['a', 'missing']);
            expect(a).toEqual({ colour: 'blue', eTag: expect.any(String) });
        });

        test('a write with the current eTag succeeds and changes the eTag', async () => {
            await storage.write({ a: { n: 1 } });
            const { a } = await storage.read(['a']);
            await storage.write({ a: { n: 2, eTag: a.eTag } });
            const { a: after } = await storage.read(['a']);
            expect(after.n).toBe(2);
            expect(after.eTag).not.toBe(a.eTag);
        });

        test('a write with a stale eTag is refused and changes nothing', async () => {
            await storage.write({ a: { n: 1 } });
            const { a: first } = await storage.read(['a']);
            await storage.write({ a: { n: 2, eTag: first.eTag } });
            await expect(storage.write({ a: { n: 3, eTag: first.eTag } })).rejects.toBeInstanceOf(StaleStateError);
            expect((await storage.read(['a'])).a.n).toBe(2);
        });

        test('"*" or no eTag always writes', async () => {
            await storage.write({ a: { n: 1 } });
            await storage.write({ a: { n: 2, eTag: '*' } });
            expect((await storage.read(['a'])).a.n).toBe(2);
        });

        test('delete removes the item', async () => {
            await storage.write({ a: { n: 1 }, b: { n: 2 } });
            await storage.delete(['a']);
            expect(Object.keys(await storage.read(['a', 'b']))).toEqual(['b']);
        });

        test('documents survive reopening the database file', async () => {
            await storage.write({ a: { text: 'persisted' } });
            await store.client.$disconnect();
            const { openStore } = await import('../../store/storeClient');
            const reopened = await openStore(store.databaseUrl);
            expect((await new PrismaStorage(reopened).read(['a'])).a.text).toBe('persisted');
            await reopened.$disconnect();
            store.client = await openStore(store.databaseUrl);
        });
    });

    describe('VersionedState', () => {
        test('two turns that read the same version cannot both save: the second is refused, not silently lost', async () => {
            const state = new VersionedState(storage, conversationStateKey, 'conversation');
            const counter = state.createProperty<number>('count');
            const first = turn();
            const second = turn();
            await counter.set(first, (await counter.get(first, 0)) + 1);
            await counter.set(second, (await counter.get(second, 0)) + 1);
            await state.saveChanges(first);
            await expect(state.saveChanges(second)).rejects.toBeInstanceOf(StaleStateError);
        });

        test('saving twice in one turn works (the new eTag is kept)', async () => {
            const state = new VersionedState(storage, conversationStateKey, 'conversation');
            const counter = state.createProperty<number>('count');
            const context = turn();
            await counter.set(context, 1);
            await state.saveChanges(context);
            await counter.set(context, 2);
            await state.saveChanges(context);
            const reread = turn();
            expect(await counter.get(reread, 0)).toBe(2);
        });

        test('50 concurrent turns on one conversation, serialized by the turn lock, lose nothing', async () => {
            const state = new VersionedState(storage, conversationStateKey, 'conversation');
            const counter = state.createProperty<number>('count');
            const lock = new ConversationTurnLock();
            await Promise.all(
                Array.from({ length: 50 }, async () => {
                    const context = turn();
                    await lock.onTurn(context, async () => {
                        await counter.set(context, (await counter.get(context, 0)) + 1);
                        await state.saveChanges(context);
                    });
                }),
            );
            expect(await counter.get(turn(), 0)).toBe(50);
            expect(lock.busyConversations).toBe(0);
        });

        test('without the lock, every update either lands or is refused: none is lost silently', async () => {
            const state = new VersionedState(storage, conversationStateKey, 'conversation');
            const counter = state.createProperty<number>('count');
            const results = await Promise.allSettled(
                Array.from({ length: 50 }, async () => {
                    const context = turn();
                    await counter.set(context, (await counter.get(context, 0)) + 1);
                    await state.saveChanges(context);
                }),
            );
            const saved = results.filter((result) => result.status === 'fulfilled').length;
            const refused = results.filter((result) => result.status === 'rejected' && result.reason instanceof StaleStateError).length;
            expect(saved + refused).toBe(50);
            expect(await counter.get(turn(), 0)).toBe(saved);
        });

        test('the lock lets different conversations run at the same time', async () => {
            const lock = new ConversationTurnLock();
            let running = 0;
            let most = 0;
            const work = async () => {
                running += 1;
                most = Math.max(most, running);
                await new Promise((resolve) => setTimeout(resolve, 20));
                running -= 1;
            };
            await Promise.all([lock.onTurn(turn('a'), work), lock.onTurn(turn('b'), work)]);
            expect(most).toBe(2);
        });
    });
});
