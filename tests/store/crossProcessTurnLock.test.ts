import { TestAdapter, TurnContext, type Activity } from 'botbuilder';
import { ConversationTurnLock } from '../../bot/turnLock';
import { VersionedState, conversationStateKey } from '../../bot/versionedState';
import { PrismaStorage } from '../../store/prismaStorage';
import { openCrossProcessLock, type CrossProcessLock } from '../../store/storeClient';
import { describeWithPostgres } from '../support/testPostgres';
import { createTestStore, type TestStore } from '../support/testStore';

/**
 * The per-conversation turn lock across server processes on PostgreSQL. Each "process" here is what one server has:
 * its own store client, its own cross-process lock (its own connection pool) and its own ConversationTurnLock.
 */

function turn(conversationId: string): TurnContext {
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

/** A promise with its resolve function, to hold a turn open until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
}

/** Polls (bounded) until `condition` holds: for waiting on the database, never for timing. */
async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
    for (let attempt = 0; attempt < 400; attempt += 1) {
        if (await condition()) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`never happened: ${what}`);
}

test('on SQLite there is no cross-process lock: the in-process queue is the lock', () => {
    expect(openCrossProcessLock('file:./data/sendero.db')).toBeUndefined();
});

interface ServerProcess {
    store: TestStore['client'];
    lock: CrossProcessLock;
    turns: ConversationTurnLock;
    state: VersionedState;
}

describeWithPostgres('turns of one conversation on two server processes (PostgreSQL advisory lock)', () => {
    let database: TestStore;
    let processes: ServerProcess[] = [];

    beforeEach(async () => {
        database = await createTestStore('postgresql');
        const { openStore } = await import('../../store/storeClient');
        processes = await Promise.all(
            [1, 2].map(async () => {
                const store = await openStore(database.databaseUrl);
                const lock = openCrossProcessLock(database.databaseUrl)!;
                return { store, lock, turns: new ConversationTurnLock(lock), state: new VersionedState(new PrismaStorage(store), conversationStateKey, 'conversation') };
            }),
        );
    });
    afterEach(async () => {
        for (const process of processes) {
            await process.lock.close();
            await process.store.$disconnect();
        }
        await database.dispose();
    });

    const waitingAdvisoryLocks = async () =>
        Number(((await database.client.$queryRawUnsafe("SELECT count(*)::int AS n FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted")) as Array<{ n: number }>)[0]?.n);

    test('never overlap: the second process waits in the database until the first turn ends', async () => {
        const [first, second] = processes;
        const events: string[] = [];
        const firstEntered = gate();
        const firstMayFinish = gate();
        const counter = (process: ServerProcess) => process.state.createProperty<number>('count');

        const one = turn('shared');
        const firstTurn = first!.turns.onTurn(one, async () => {
            events.push('first in');
            firstEntered.open();
            await counter(first!).set(one, (await counter(first!).get(one, 0)) + 1);
            await firstMayFinish.opened;
            await first!.state.saveChanges(one);
            events.push('first out');
        });
        await firstEntered.opened;
        const two = turn('shared');
        const secondTurn = second!.turns.onTurn(two, async () => {
            events.push('second in');
            // It reads what the first turn saved, so its save is not refused as stale.
            await counter(second!).set(two, (await counter(second!).get(two, 0)) + 1);
            await second!.state.saveChanges(two);
            events.push('second out');
        });
        await eventually(async () => (await waitingAdvisoryLocks()) === 1, 'the second process waits for the conversation lock');
        expect(events).toEqual(['first in']);

        firstMayFinish.open();
        await Promise.all([firstTurn, secondTurn]);
        expect(events).toEqual(['first in', 'first out', 'second in', 'second out']);
        expect(await counter(first!).get(turn('shared'), 0)).toBe(2);
    });

    test('many turns of one conversation spread over both processes all land: none refused, none lost', async () => {
        const results = await Promise.allSettled(
            Array.from({ length: 20 }, async (_, index) => {
                const process = processes[index % 2]!;
                const counter = process.state.createProperty<number>('count');
                const context = turn('busy');
                await process.turns.onTurn(context, async () => {
                    await counter.set(context, (await counter.get(context, 0)) + 1);
                    await process.state.saveChanges(context);
                });
            }),
        );
        expect(results.filter((result) => result.status === 'rejected')).toEqual([]);
        expect(await processes[0]!.state.createProperty<number>('count').get(turn('busy'), 0)).toBe(20);
        expect(processes.map((process) => process.turns.busyConversations)).toEqual([0, 0]);
    });

    test('different conversations run at the same time on the two processes', async () => {
        const [first, second] = processes;
        const held = gate();
        const release = gate();
        const holding = first!.turns.onTurn(turn('conversation-a'), async () => {
            held.open();
            await release.opened;
        });
        await held.opened;
        // Would wait for the first turn (which waits for this one) if the two conversations shared a lock.
        let ran = false;
        await second!.turns.onTurn(turn('conversation-b'), async () => {
            ran = true;
        });
        expect(ran).toBe(true);
        release.open();
        await holding;
    });
});
