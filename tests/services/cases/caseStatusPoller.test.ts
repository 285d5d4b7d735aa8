import { RateLimiter } from '../../../services/limits/rateLimiter';
import type { CaseService, CaseStatus } from '../../../services/cases/caseService';
import { caseStatusHash } from '../../../services/cases/caseStatusHash';
import { CASE_POLL_BUCKET, CaseStatusPoller, SubscriberUnreachable, type CaseChangeNotify, type CaseStatusPollerOptions } from '../../../services/cases/caseStatusPoller';
import { CaseSubscriptions, type CaseSubscriptionRecord } from '../../../services/cases/caseSubscriptions';
import { CaseRateLimited, CaseServiceUnavailable } from '../../../services/cases/caseErrors';
import { SandboxCaseService } from '../../../services/cases/sandboxCaseService';
import { RESERVED_RECEIPTS } from '../../../services/cases/sandboxFixtures';
import { createRepositories, type Repositories } from '../../../store/repositories';
import { openStore, type StoreClient } from '../../../store/storeClient';
import { describeEachStore } from '../../support/testPostgres';
import { createTestStore, type TestStore } from '../../support/testStore';

/**
 * The poller over a real store (SQLite, and PostgreSQL when TEST_POSTGRES_URL is set) and the real sandbox case
 * service, on a clock the test moves. The scheduled sandbox cases move only when advanced (their step is years long).
 * The notify callback records what it was asked to send: delivering it is bot/caseNotifications.ts's job.
 */
const MOVING = 'IOE0900000100';
const MOVING_TOO = 'IOE0900000101';
const MOVING_THREE = 'IOE0900000102';
/** The sandbox's reserved receipt that always answers with this error. */
function reservedReceipt(kind: new (...args: never[]) => Error): string {
    const found = Object.entries(RESERVED_RECEIPTS).find(([, error]) => error() instanceof kind);
    if (!found) throw new Error(`no reserved sandbox receipt answers ${kind.name}`);
    return found[0];
}
const UNAVAILABLE = reservedReceipt(CaseServiceUnavailable);
const RATE_LIMITED = reservedReceipt(CaseRateLimited);
const INTERVAL_MINUTES = 10;
const MINUTE = 60_000;

function manualClock(start = '2026-03-02T15:00:00Z') {
    let current = new Date(start).getTime();
    return { now: () => new Date(current), advanceMinutes: (minutes: number) => void (current += minutes * MINUTE) };
}

/** Records each notify; `failNext` makes the next one throw, as a channel that is down would. */
function recordingNotify() {
    const calls: Array<{ subscriptionId: string; receipt: string; title: string; hash: string }> = [];
    let failNext: Error | undefined;
    const notify: CaseChangeNotify = async (subscription, status, change) => {
        if (failNext) {
            const error = failNext;
            failNext = undefined;
            throw error;
        }
        calls.push({ subscriptionId: subscription.id, receipt: subscription.receiptNumber, title: status.title.en, hash: change.hash });
    };
    return { notify, calls, failNextWith: (error: Error) => void (failNext = error) };
}

describeEachStore('CaseStatusPoller', (provider) => {
    let store: TestStore;
    let repositories: Repositories;
    let clock: ReturnType<typeof manualClock>;
    let sandbox: SandboxCaseService;
    let subscriptions: CaseSubscriptions;
    let extraClients: StoreClient[];

    beforeEach(async () => {
        store = await createTestStore(provider);
        repositories = createRepositories(store.client);
        clock = manualClock();
        sandbox = new SandboxCaseService({ repository: repositories.sandboxCases, stepMinutes: 10_000_000, now: clock.now });
        subscriptions = new CaseSubscriptions({ repository: repositories.caseSubscriptions, intervalMinutes: INTERVAL_MINUTES, now: clock.now });
        extraClients = [];
    });
    afterEach(async () => {
        for (const client of extraClients) await client.$disconnect();
        await store.dispose();
    });

    function poller(notify: CaseChangeNotify, overrides: Partial<CaseStatusPollerOptions> = {}, repos: Repositories = repositories): CaseStatusPoller {
        return new CaseStatusPoller({
            subscriptions: repos.caseSubscriptions,
            caseService: sandbox,
            limiter: new RateLimiter(repos.rateLimits, clock.now),
            notify,
            intervalMinutes: INTERVAL_MINUTES,
            maxChecksPerHour: 100,
            claimMs: 2 * MINUTE,
            baseBackoffMs: 40 * MINUTE,
            random: () => 0,
            now: clock.now,
            ...overrides,
        });
    }

    /** Subscribes a conversation to a case as it is now (what the user was just shown). */
    async function subscribe(receiptNumber: string, conversation = 'c1', currentHash?: string): Promise<CaseSubscriptionRecord> {
        const hash = currentHash ?? caseStatusHash(await sandbox.getCase(receiptNumber));
        const outcome = await subscriptions.subscribe({
            receiptNumber,
            conversationKey: `directline/${conversation}/user`,
            reference: { channelId: 'directline', conversation: { id: conversation } },
            deliverBy: 'conversation',
            locale: 'en',
            currentHash: hash,
        });
        if (outcome.status === 'tooMany') throw new Error('too many');
        return outcome.subscription;
    }

    const row = (id: string) => store.client.caseSubscription.findUniqueOrThrow({ where: { id } });

    test('a case that has not changed notifies nobody, and is checked again one interval later', async () => {
        const subscription = await subscribe(MOVING);
        const { notify, calls } = recordingNotify();
        const checker = poller(notify);
        // Not due yet: nothing is looked up.
        expect(await checker.pollOnce()).toEqual({ claimed: 0, lookups: 0, notified: 0 });
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await checker.pollOnce()).toEqual({ claimed: 1, lookups: 1, notified: 0 });
        expect(calls).toEqual([]);
        const after = await row(subscription.id);
        expect(after.nextCheckAt.getTime()).toBe(clock.now().getTime() + INTERVAL_MINUTES * MINUTE);
        expect(after.claimedUntil).toBeNull();
        expect(after.lastHash).toBe(subscription.lastHash);
    });

    test('one change notifies exactly once, with the new status', async () => {
        const subscription = await subscribe(MOVING);
        const { notify, calls } = recordingNotify();
        const checker = poller(notify);
        await sandbox.advance(MOVING);
        const advanced = await sandbox.getCase(MOVING);
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await checker.pollOnce()).toMatchObject({ lookups: 1, notified: 1 });
        for (let round = 0; round < 3; round++) {
            clock.advanceMinutes(INTERVAL_MINUTES);
            expect(await checker.pollOnce()).toMatchObject({ lookups: 1, notified: 0 });
        }
        expect(calls).toEqual([{ subscriptionId: subscription.id, receipt: MOVING, title: advanced.title.en, hash: caseStatusHash(advanced) }]);
        expect((await row(subscription.id)).lastHash).toBe(caseStatusHash(advanced));
    });

    test('two subscribers of one case are both told, from one look-up', async () => {
        const first = await subscribe(MOVING, 'c1');
        const second = await subscribe(MOVING, 'c2');
        const { notify, calls } = recordingNotify();
        await sandbox.advance(MOVING);
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await poller(notify).pollOnce()).toEqual({ claimed: 2, lookups: 1, notified: 2 });
        expect(calls.map((call) => call.subscriptionId).sort()).toEqual([first.id, second.id].sort());
    });

    test('a poller that crashed after claiming: once its claim runs out, another takes the row and notifies once', async () => {
        const subscription = await subscribe(MOVING);
        await sandbox.advance(MOVING);
        clock.advanceMinutes(INTERVAL_MINUTES);
        // The crashed poller's claim, made as its poller would make it, never released.
        const crashed = await repositories.caseSubscriptions.claimDue(clock.now(), new Date(clock.now().getTime() + 2 * MINUTE), 10);
        expect(crashed.map((claimed) => claimed.id)).toEqual([subscription.id]);

        const { notify, calls } = recordingNotify();
        const survivor = poller(notify);
        // Still claimed: left alone.
        expect(await survivor.pollOnce()).toEqual({ claimed: 0, lookups: 0, notified: 0 });
        clock.advanceMinutes(3);
        expect(await survivor.pollOnce()).toEqual({ claimed: 1, lookups: 1, notified: 1 });
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await survivor.pollOnce()).toMatchObject({ lookups: 1, notified: 0 });
        expect(calls).toHaveLength(1);
        // The crashed poller's late release finds its claim gone and changes nothing.
        expect(await repositories.caseSubscriptions.release(subscription.id, crashed[0].claimedUntil!, clock.now())).toBe(false);
    });

    test('of two pollers that saw the same change (one claim ran out mid-check), only the one that moves the hash notifies', async () => {
        const subscription = await subscribe(MOVING);
        await sandbox.advance(MOVING);
        clock.advanceMinutes(INTERVAL_MINUTES);
        // The slow poller's look-up waits until the test lets it answer.
        let answer: () => void = () => undefined;
        const gate = new Promise<void>((resolve) => (answer = resolve));
        const slowService: CaseService = {
            kind: 'sandbox',
            getCase: async (receipt) => {
                await gate;
                return sandbox.getCase(receipt);
            },
            redeemAccessCode: (receipt, code) => sandbox.redeemAccessCode(receipt, code),
        };
        const { notify, calls } = recordingNotify();
        const slowRound = poller(notify, { caseService: slowService }).pollOnce();
        // Wait until the slow poller holds the claim.
        while ((await row(subscription.id)).claimedUntil === null) await new Promise((resolve) => setTimeout(resolve, 5));
        clock.advanceMinutes(3);
        expect(await poller(notify).pollOnce()).toMatchObject({ claimed: 1, notified: 1 });
        answer();
        expect(await slowRound).toMatchObject({ claimed: 1, lookups: 1, notified: 0 });
        expect(calls).toHaveLength(1);
    });

    test('a notification that could not be delivered is tried again at the next check, and sent once', async () => {
        const subscription = await subscribe(MOVING);
        const { notify, calls, failNextWith } = recordingNotify();
        const checker = poller(notify, { baseBackoffMs: 4 * MINUTE });
        await sandbox.advance(MOVING);
        clock.advanceMinutes(INTERVAL_MINUTES);
        failNextWith(new Error('channel down'));
        expect(await checker.pollOnce()).toMatchObject({ lookups: 1, notified: 0 });
        // The change is not taken as seen.
        expect((await row(subscription.id)).lastHash).toBe(subscription.lastHash);
        clock.advanceMinutes(2);
        expect(await checker.pollOnce()).toMatchObject({ lookups: 1, notified: 1 });
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await checker.pollOnce()).toMatchObject({ lookups: 1, notified: 0 });
        expect(calls).toHaveLength(1);
    });

    test('a subscriber that can no longer be reached is unsubscribed', async () => {
        const subscription = await subscribe(MOVING);
        const { notify, calls, failNextWith } = recordingNotify();
        await sandbox.advance(MOVING);
        clock.advanceMinutes(INTERVAL_MINUTES);
        failNextWith(new SubscriberUnreachable('the web conversation is gone'));
        await poller(notify).pollOnce();
        expect((await row(subscription.id)).cancelledAt).not.toBeNull();
        await sandbox.advance(MOVING);
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await poller(notify).pollOnce()).toEqual({ claimed: 0, lookups: 0, notified: 0 });
        expect(calls).toEqual([]);
    });

    test('unsubscribing stops the updates; subscribing again starts from what the user sees then', async () => {
        await subscribe(MOVING);
        expect(await subscriptions.unsubscribe(MOVING, 'directline/c1/user')).toBe(true);
        expect(await subscriptions.listForConversation('directline/c1/user')).toEqual([]);
        const { notify, calls } = recordingNotify();
        await sandbox.advance(MOVING);
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await poller(notify).pollOnce()).toEqual({ claimed: 0, lookups: 0, notified: 0 });
        expect(calls).toEqual([]);

        await subscribe(MOVING);
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await poller(notify).pollOnce()).toMatchObject({ claimed: 1, notified: 0 });
        expect(await subscriptions.unsubscribe(MOVING, 'directline/c2/user')).toBe(false);
    });

    test('look-ups stay within the hourly quota, counted across pollers', async () => {
        const rows = [await subscribe(MOVING, 'c1'), await subscribe(MOVING_TOO, 'c2'), await subscribe(MOVING_THREE, 'c3')];
        for (const receipt of [MOVING, MOVING_TOO, MOVING_THREE]) await sandbox.advance(receipt);
        const { notify, calls } = recordingNotify();
        const first = poller(notify, { maxChecksPerHour: 2 });
        const second = poller(notify, { maxChecksPerHour: 2 });
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await first.pollOnce()).toMatchObject({ lookups: 2, notified: 2 });
        // The other poller finds the quota used up too: the third case waits.
        expect(await second.pollOnce()).toMatchObject({ lookups: 0, notified: 0 });
        const waiting = await Promise.all(rows.map((subscription) => row(subscription.id)));
        const notNotified = waiting.filter((subscription) => !calls.some((call) => call.subscriptionId === subscription.id));
        expect(notNotified).toHaveLength(1);
        // Released, still due: it goes first once the quota frees up.
        expect(notNotified[0].claimedUntil).toBeNull();
        expect(notNotified[0].nextCheckAt.getTime()).toBeLessThanOrEqual(clock.now().getTime());

        clock.advanceMinutes(30);
        expect(await second.pollOnce()).toMatchObject({ lookups: 0 });
        clock.advanceMinutes(31);
        expect(await second.pollOnce()).toMatchObject({ lookups: 2, notified: 1 });
        expect(calls).toHaveLength(3);
        const counted = await store.client.rateLimitEvent.count({ where: { bucket: CASE_POLL_BUCKET } });
        expect(counted).toBe(4);
    });

    test('when the service is unavailable, checks back off, longer after each failure', async () => {
        const subscription = await subscribe(UNAVAILABLE, 'c1', 'hash-before');
        const { notify, calls } = recordingNotify();
        const checker = poller(notify);
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await checker.pollOnce()).toMatchObject({ lookups: 1, notified: 0 });
        // 40-minute base, no jitter: half of it, 20 minutes, more than the 10-minute interval.
        expect((await row(subscription.id)).nextCheckAt.getTime()).toBe(clock.now().getTime() + 20 * MINUTE);
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await checker.pollOnce()).toMatchObject({ lookups: 0 });
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await checker.pollOnce()).toMatchObject({ lookups: 1, notified: 0 });
        expect((await row(subscription.id)).nextCheckAt.getTime()).toBe(clock.now().getTime() + 40 * MINUTE);
        expect((await row(subscription.id)).lastHash).toBe('hash-before');
        expect(calls).toEqual([]);
    });

    test('when the service says it is rate limited, the check waits as long as it asks', async () => {
        const subscription = await subscribe(RATE_LIMITED, 'c1', 'hash-before');
        const { notify } = recordingNotify();
        clock.advanceMinutes(INTERVAL_MINUTES);
        expect(await poller(notify).pollOnce()).toMatchObject({ lookups: 1, notified: 0 });
        // The sandbox's 429 asks for 1 second.
        expect((await row(subscription.id)).nextCheckAt.getTime()).toBe(clock.now().getTime() + 1000);
    });

    test('two pollers at once notify each change exactly once (on PostgreSQL over two connections, as two processes)', async () => {
        // SQLite serves one process: its two pollers share the connection. PostgreSQL gets a second pool of its own.
        let otherRepositories = repositories;
        if (provider === 'postgresql') {
            const other = await openStore(store.databaseUrl);
            extraClients.push(other);
            otherRepositories = createRepositories(other);
        }
        const subscribed = [
            await subscribe(MOVING, 'c1'),
            await subscribe(MOVING, 'c2'),
            await subscribe(MOVING, 'c3'),
            await subscribe(MOVING_TOO, 'c4'),
            await subscribe(MOVING_THREE, 'c5'),
        ];
        const { notify, calls } = recordingNotify();
        const pollers = [poller(notify, { batchSize: 2 }), poller(notify, { batchSize: 2 }, otherRepositories)];
        for (let change = 1; change <= 3; change++) {
            for (const receipt of [MOVING, MOVING_TOO, MOVING_THREE]) await sandbox.advance(receipt);
            clock.advanceMinutes(INTERVAL_MINUTES);
            const rounds = await Promise.all(pollers.map((each) => each.pollOnce()));
            expect(rounds.reduce((sum, round) => sum + round.notified, 0)).toBe(subscribed.length);
            expect(rounds.reduce((sum, round) => sum + round.claimed, 0)).toBe(subscribed.length);
        }
        expect(calls).toHaveLength(3 * subscribed.length);
        for (const subscription of subscribed) {
            const told = calls.filter((call) => call.subscriptionId === subscription.id).map((call) => call.hash);
            expect(new Set(told).size).toBe(3);
        }
    });

    test('start() polls on its own until stop()', async () => {
        await subscribe(MOVING);
        await sandbox.advance(MOVING);
        clock.advanceMinutes(INTERVAL_MINUTES);
        const { notify, calls } = recordingNotify();
        const running = poller(notify, { tickMs: 20 });
        running.start();
        try {
            while (calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
        } finally {
            await running.stop();
        }
        expect(calls).toHaveLength(1);
    });
});

describe('caseStatusHash', () => {
    const base: CaseStatus = {
        receiptNumber: 'EAC9999103403',
        title: { en: 'Case Was Approved', es: 'Caso Aprobado' },
        description: { en: 'On May 1, 2024, we approved your Form I-130.' },
        bucket: 'approved',
        history: [{ date: new Date('2024-03-01T00:00:00Z'), title: { en: 'Case Was Received' } }],
    };

    test('changes with the title, the bucket, a history title or a history date', () => {
        const hash = caseStatusHash(base);
        expect(hash).toMatch(/^[0-9a-f]{64}$/);
        expect(caseStatusHash({ ...base, title: { en: 'Card Was Mailed To Me' } })).not.toBe(hash);
        expect(caseStatusHash({ ...base, bucket: 'other' })).not.toBe(hash);
        expect(caseStatusHash({ ...base, history: [{ ...base.history[0], title: { en: 'Fingerprint Fee Was Received' } }] })).not.toBe(hash);
        expect(caseStatusHash({ ...base, history: [{ ...base.history[0], date: new Date('2024-03-02T00:00:00Z') }] })).not.toBe(hash);
        expect(caseStatusHash({ ...base, history: [...base.history, { title: { en: 'Case Was Approved' } }] })).not.toBe(hash);
    });

    test('ignores the description, the Spanish text, spacing and letter case, and the time of day', () => {
        const hash = caseStatusHash(base);
        expect(caseStatusHash({ ...base, description: { en: 'Reworded.' }, title: { en: ' case  was APPROVED ' } })).toBe(hash);
        expect(caseStatusHash({ ...base, history: [{ date: new Date('2024-03-01T13:45:00Z'), title: { en: 'Case Was Received', es: 'Recibido' } }] })).toBe(hash);
    });
});
