import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { TestAdapter, type Activity, type TurnContext } from 'botbuilder';
import { ConversationTurnLock } from '../../bot/turnLock';
import { conversationStateKey, userStateKey, VersionedState } from '../../bot/versionedState';
import { ConversationStateStore, StaleStateError } from '../../store/conversationStateStore';
import { en } from '../support/dialogHarness';
import { sendExpectingReplies } from '../support/expectReplies';
import { describeEachStore } from '../support/testPostgres';
import { createTestStore, type TestStore } from '../support/testStore';
import { startChildServer, type ChildServer } from '../support/childServer';
import { createMigratedDatabase } from '../support/testApp';
import { loadIntentClassifier } from '../../conversation/nluTraining';

/**
 * A turn whose save meets a newer save (another process wrote the conversation between our read and our write) is
 * run once more from fresh state, and only that run's replies go out, after its state is saved. Here "another
 * process" is a second connection to the same database writing inside the turn, so the conflict happens every time.
 */
describeEachStore('a conflicting save is retried once, replies held until the save', (provider) => {
    let store: TestStore;
    let storage: ConversationStateStore;
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

    /** A bot whose turn counts messages in conversation state and says the count; `meddle` runs inside each run. */
    function counterBot(meddle: (run: number) => Promise<void>) {
        const conversation = new VersionedState(storage, conversationStateKey, 'conversation');
        const user = new VersionedState(storage, userStateKey, 'user');
        const count = conversation.createProperty<number>('count');
        const retried: StaleStateError[] = [];
        const failures: Error[] = [];
        let runs = 0;
        const adapter = new TestAdapter(async (context: TurnContext) => {
            runs += 1;
            const next = (await count.get(context, 0)) + 1;
            await count.set(context, next);
            await context.sendActivity(`count ${next}`);
            await meddle(runs);
        });
        adapter.use(new ConversationTurnLock(undefined, { states: [conversation, user], onRetry: (_context, error) => retried.push(error) }));
        adapter.onTurnError = async (context, error) => {
            failures.push(error);
            await context.sendActivity('apology');
        };
        const replies = () => adapter.activeQueue.splice(0).map((activity: Partial<Activity>) => activity.text);
        return { adapter, count, retried, failures, replies, runs: () => runs };
    }

    /** Another process adds `by` to the stored count of the test conversation. */
    async function writeElsewhere(by: number): Promise<void> {
        const key = 'test/conversations/Convo1';
        const current = (await other.readDocuments([key])).get(key);
        const document = JSON.stringify({ ...(current ? (JSON.parse(current.document) as object) : {}), count: ((current ? (JSON.parse(current.document) as { count?: number }).count : 0) ?? 0) + by });
        await other.writeDocument(key, document, current?.eTag ?? 'create-only');
    }

    test('the conflicting turn runs again from the state the other process saved; only the second run is answered', async () => {
        const bot = counterBot(async (run) => {
            if (run === 1) await writeElsewhere(10);
        });
        await bot.adapter.send('hi');
        // The first run said "count 1"; that was never sent. The second run read 10 and said 11.
        expect(bot.replies()).toEqual(['count 11']);
        expect(bot.retried).toHaveLength(1);
        expect(bot.failures).toEqual([]);
        expect(bot.runs()).toBe(2);
        const stored = (await storage.readDocuments(['test/conversations/Convo1'])).get('test/conversations/Convo1');
        expect(JSON.parse(stored!.document)).toEqual({ count: 11 });

        // The next turn goes on from there, without a retry.
        await bot.adapter.send('again');
        expect(bot.replies()).toEqual(['count 12']);
        expect(bot.retried).toHaveLength(1);
    });

    test('when the second run conflicts too, nothing of either run is sent: the apology is', async () => {
        const bot = counterBot(async () => writeElsewhere(10));
        await bot.adapter.send('hi');
        expect(bot.replies()).toEqual(['apology']);
        expect(bot.retried).toHaveLength(1);
        expect(bot.failures).toHaveLength(1);
        expect(bot.failures[0]).toBeInstanceOf(StaleStateError);
        // Only the other process's writes are stored.
        const stored = (await storage.readDocuments(['test/conversations/Convo1'])).get('test/conversations/Convo1');
        expect(JSON.parse(stored!.document)).toEqual({ count: 20 });
    });

    test('a turn that fails for another reason is not run again, and what it said before failing is not sent', async () => {
        const bot = counterBot(async () => {
            throw new Error('the case service is down');
        });
        await bot.adapter.send('hi');
        expect(bot.replies()).toEqual(['apology']);
        expect(bot.runs()).toBe(1);
        expect(bot.retried).toEqual([]);
    });
});

/**
 * Through the real app: two Sendero processes on one SQLite file (each with its own turn queue and connections; the
 * deployment guidance says SQLite means one process, which is what makes the race easy to provoke here), and messages
 * to one conversation sent to both at the same moment.
 */
describe('two server processes answering one conversation at the same moment', () => {
    const database = createMigratedDatabase();
    const servers: ChildServer[] = [];
    jest.setTimeout(120_000);

    beforeAll(async () => {
        // Trains and saves the intent model if the training files changed, so the servers load it instead of each training.
        await loadIntentClassifier();
        const env = { DATABASE_URL: database.url, SECRETS_KEY_FILE: path.join(database.dir, 'secrets.key'), LOG_LEVEL: 'info' };
        // One after the other: two cold starts at once on a busy machine can outlast startChildServer's patience.
        for (let index = 0; index < 2; index++) servers.push(await startChildServer(env));
    }, 90_000);
    afterAll(async () => {
        for (const server of servers) {
            server.process.kill('SIGTERM');
            await server.exited;
        }
        fs.rmSync(database.dir, { recursive: true, force: true });
    });

    test('every message is answered, none with an apology, and the conversation counts every message', async () => {
        const conversationId = `race-${randomUUID()}`;
        await sendExpectingReplies(servers[0].url, conversationId, 'hi');
        // Two at a time, one to each process: the one that saves second runs again, and nothing is waiting behind it.
        const rounds = 15;
        const perServer = 1;
        for (let round = 0; round < rounds; round++) {
            const answers = await Promise.all(servers.flatMap((server) => Array.from({ length: perServer }, () => sendExpectingReplies(server.url, conversationId, 'help'))));
            for (const replies of answers) {
                const texts = replies.filter((reply) => reply.type === 'message').map((reply) => reply.text ?? '');
                expect(texts).not.toContain(en('errors.turn'));
                expect(texts.join('\n')).toContain(en('menu.prompt'));
            }
        }
        const db = new Database(database.file, { readonly: true });
        const row = db.prepare('SELECT document FROM BotStateItem WHERE key = ?').get(`emulator/conversations/${conversationId}`) as { document: string };
        db.close();
        expect((JSON.parse(row.document) as { facts: { messageCount: number } }).facts.messageCount).toBe(1 + rounds * perServer * servers.length);
        const output = servers.map((server) => server.output()).join('\n');
        // The two processes did meet: some turns had to run again (otherwise this test would prove nothing).
        expect(output).toContain('"event":"turnRetried"');
        expect(output.split('\n').filter((line) => line.includes('"event":"turnError"'))).toEqual([]);
    });
});
