import { randomUUID } from 'node:crypto';
import { migratePostgres } from '../../store/postgresMigrator';
import { advisoryLockKey, openPostgresStore, withAdvisoryLock, type PostgresStoreClient } from '../../store/postgresStore';
import { createTestDatabase, describeWithPostgres, type TestDatabase } from '../support/testPostgres';

/** Polls (bounded) until `condition` holds: for waiting on the database, never for timing. */
async function eventually(condition: () => Promise<boolean>, what: string): Promise<void> {
    for (let attempt = 0; attempt < 400; attempt += 1) {
        if (await condition()) return;
        await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`never happened: ${what}`);
}

/** A promise with its resolve function, to hold a transaction open until the test lets it go. */
function gate(): { opened: Promise<void>; open: () => void } {
    let open!: () => void;
    const opened = new Promise<void>((resolve) => (open = resolve));
    return { opened, open };
}

describe('advisoryLockKey', () => {
    test('is a stable signed 64-bit key per name, different for different names', () => {
        const key = advisoryLockKey('conversation:web/abc');
        expect(key).toBe(advisoryLockKey('conversation:web/abc'));
        expect(key).not.toBe(advisoryLockKey('conversation:web/abd'));
        expect(key >= -(2n ** 63n) && key < 2n ** 63n).toBe(true);
    });
});

describeWithPostgres('the PostgreSQL store client (store/postgresStore.ts)', () => {
    let database: TestDatabase;
    let db: PostgresStoreClient;
    // A second client stands for a second server process on the same database.
    let otherProcess: PostgresStoreClient;

    beforeAll(async () => {
        database = await createTestDatabase();
        await migratePostgres({ connectionString: database.url });
        db = openPostgresStore({ url: database.url });
        otherProcess = openPostgresStore({ url: database.url });
    });
    afterAll(async () => {
        await db?.$disconnect();
        await otherProcess?.$disconnect();
        await database?.dispose();
    });

    test('creates and reads rows of several models through the generated client', async () => {
        const now = new Date('2026-11-30T10:00:00.123Z');
        await db.account.create({
            data: { id: 'acc-1', email: 'ana@example.org', accountNumber: '123456789012', passwordHash: 'scrypt$x', accountType: 'applicant', locale: 'es' },
        });
        await db.directLineConversation.create({
            data: { id: 'conv-1', userId: 'user-1', activities: { create: [{ sequence: 0, activityId: 'a0', document: '{}' }] }, tokens: { create: { tokenHash: 'h1', expiresAt: now } } },
        });
        const outbox = await db.outboxMessage.create({ data: { channel: 'email', to: 'a***@example.org', body: 'hello', idempotencyKey: 'k1' } });
        await db.queuedNotification.create({ data: { id: 'q1', channel: 'sms', to: '+1***', idempotencyKey: 'q-k1', nextAttemptAt: now } });
        await db.rateLimitEvent.createMany({ data: [{ bucket: 'recipient:abc', at: now }, { bucket: 'recipient:abc', at: now }] });

        expect(await db.account.findUnique({ where: { email: 'ana@example.org' } })).toEqual(
            expect.objectContaining({ id: 'acc-1', accountNumber: '123456789012', locale: 'es', createdAt: expect.any(Date), updatedAt: expect.any(Date) }),
        );
        const conversation = await db.directLineConversation.findUniqueOrThrow({ where: { id: 'conv-1' }, include: { activities: true, tokens: true } });
        expect(conversation).toEqual(expect.objectContaining({ started: false, nextSequence: 0 }));
        expect(conversation.activities.map((activity) => activity.activityId)).toEqual(['a0']);
        expect(conversation.tokens[0]?.expiresAt).toEqual(now); // milliseconds survive the round trip
        expect(outbox.id).toEqual(expect.any(Number)); // autoincrement is a SERIAL here
        expect(await db.queuedNotification.findUnique({ where: { idempotencyKey: 'q-k1' } })).toEqual(expect.objectContaining({ status: 'queued', attempts: 0 }));
        expect(await db.rateLimitEvent.count({ where: { bucket: 'recipient:abc', at: { gte: now } } })).toBe(2);

        // Unique constraints surface as the same Prisma error code as on SQLite (PrismaStorage relies on P2002).
        await expect(db.outboxMessage.create({ data: { channel: 'email', to: 'x', body: 'again', idempotencyKey: 'k1' } })).rejects.toMatchObject({ code: 'P2002' });
        // Deleting the conversation cascades to its activities and tokens.
        await db.directLineConversation.delete({ where: { id: 'conv-1' } });
        expect(await db.directLineActivity.count({ where: { conversationId: 'conv-1' } })).toBe(0);
        expect(await db.directLineToken.count({ where: { conversationId: 'conv-1' } })).toBe(0);
    });

    test('an interactive transaction commits together, and rolls back together when it throws', async () => {
        await db.$transaction(async (tx) => {
            await tx.signInLock.create({ data: { lockKey: 'lock-1' } });
            await tx.signInLock.update({ where: { lockKey: 'lock-1' }, data: { failures: { increment: 1 } } });
        });
        expect((await db.signInLock.findUniqueOrThrow({ where: { lockKey: 'lock-1' } })).failures).toBe(1);

        await expect(
            db.$transaction(async (tx) => {
                await tx.signInLock.update({ where: { lockKey: 'lock-1' }, data: { failures: 5 } });
                await tx.signInLock.create({ data: { lockKey: 'lock-2' } });
                throw new Error('changed my mind');
            }),
        ).rejects.toThrow('changed my mind');
        expect((await db.signInLock.findUniqueOrThrow({ where: { lockKey: 'lock-1' } })).failures).toBe(1);
        expect(await db.signInLock.findUnique({ where: { lockKey: 'lock-2' } })).toBeNull();
    });

    test('two holders of the same advisory lock, in different processes, run one after the other', async () => {
        const name = `conversation:${randomUUID()}`;
        const events: string[] = [];
        const firstEntered = gate();
        const firstMayFinish = gate();
        const first = withAdvisoryLock(
            db,
            name,
            async (tx) => {
                events.push('first in');
                firstEntered.open();
                await firstMayFinish.opened;
                await tx.botStateItem.create({ data: { key: name, document: '{"n":1}', eTag: 'e1' } });
                events.push('first out');
            },
            { timeoutMs: 20000 },
        );
        await firstEntered.opened;
        const second = withAdvisoryLock(
            otherProcess,
            name,
            async (tx) => {
                events.push('second in');
                // It sees what the first holder committed.
                const item = await tx.botStateItem.findUniqueOrThrow({ where: { key: name } });
                await tx.botStateItem.update({ where: { key: name }, data: { document: item.document.replace('1', '2') } });
                events.push('second out');
            },
            { timeoutMs: 20000 },
        );
        await eventually(
            // Only this test's database: other suites on the same server take advisory locks of their own.
            async () =>
                (await database.query("SELECT 1 FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE d.datname = current_database() AND l.locktype = 'advisory' AND NOT l.granted")).length === 1,
            'the second holder waits in the database for the lock',
        );
        expect(events).toEqual(['first in']);

        firstMayFinish.open();
        await Promise.all([first, second]);
        expect(events).toEqual(['first in', 'first out', 'second in', 'second out']);
        expect((await db.botStateItem.findUniqueOrThrow({ where: { key: name } })).document).toBe('{"n":2}');
    });

    test('holders of different names do not wait for each other', async () => {
        const held = gate();
        const release = gate();
        const holding = withAdvisoryLock(db, 'conversation:one', async () => {
            held.open();
            await release.opened;
        }, { timeoutMs: 20000 });
        await held.opened;
        // Would wait until the first transaction times out (and fail) if the names shared a lock.
        await expect(withAdvisoryLock(otherProcess, 'conversation:two', async () => 'ran', { timeoutMs: 20000 })).resolves.toBe('ran');
        release.open();
        await holding;
    });

    test('the lock is released when the work throws, and the work\'s writes are rolled back', async () => {
        await expect(
            withAdvisoryLock(db, 'conversation:failing', async (tx) => {
                await tx.signInLock.create({ data: { lockKey: 'inside-failed-work' } });
                throw new Error('boom');
            }),
        ).rejects.toThrow('boom');
        expect(await db.signInLock.findUnique({ where: { lockKey: 'inside-failed-work' } })).toBeNull();
        await expect(withAdvisoryLock(otherProcess, 'conversation:failing', async () => 'next', { timeoutMs: 20000 })).resolves.toBe('next');
    });
});
