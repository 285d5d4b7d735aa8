import crypto from 'node:crypto';
import fs from 'node:fs';
import Database from 'better-sqlite3';
import { startChildServer, type ChildServer } from '../support/childServer';
import { en } from '../support/dialogHarness';
import { inParallel, messageCountOf, messageTexts, postEnglishExpectingReplies } from '../support/loadDriver';
import { createMigratedDatabase } from '../support/testApp';
import { createMigratedTestDatabase, describeEachStore, type TestDatabase, type TestStoreProvider } from '../support/testPostgres';
import { startLocalSmtpServer, type LocalSmtpServer } from '../services/notifications/localSmtpServer';

/**
 * kill -9 under load, then a new process on the same store (SQLite file, and PostgreSQL when TEST_POSTGRES_URL is
 * set). Tracked conversations walk "create an account" up to the email-code step while other conversations keep the
 * server busy; the process is killed with SIGKILL while turns are in flight. A new process on the same store must:
 * - continue every conversation from its last SAVED step: the stored message counter says how many messages the
 *   store holds (the one in flight at the kill may or may not be among them), and the next answer is accepted at
 *   exactly that step, through to the terms step;
 * - send the queued codes once: the SMTP server that accepts mail after the restart gets exactly one delivery per
 *   queued code, none lost and none twice. While the first process ran, the SMTP server held its first message
 *   unanswered, so everything else stayed queued at the kill; that one message, mid-send at the kill, is not sent
 *   again (the sent-key ledger makes sending at-most-once: a missing code, which the user can ask again, rather than
 *   two).
 */
jest.setTimeout(240_000);

const TRACKED = 16;
const NOISE = 6;
const SMTP = { user: 'sendero', pass: 'smtp-password-for-tests' };

/** The script of a tracked conversation and what the bot must say after each message. */
const STEPS: Array<{ say: (email: string) => string; expect: string }> = [
    { say: () => 'hi', expect: en('welcome.greeting', { orgName: 'Sendero' }) },
    { say: () => '2', expect: en('chooseAccount.prompt', { orgName: 'Sendero' }).split('\n')[0] },
    { say: () => '2', expect: en('createAccount.email.prompt') },
    { say: (email) => email, expect: en('createAccount.email.sent', { email: '<email>' }).split('<email>')[0] },
];

interface Store {
    env: Record<string, string>;
    /** The stored document of one bot-state key. */
    stateDocument(key: string): Promise<string | undefined>;
    rows<R extends object>(sql: string, values?: unknown[]): Promise<R[]>;
    dispose(): Promise<void>;
}

async function openStoreFor(provider: TestStoreProvider): Promise<Store> {
    const secrets = { SECRETS_KEY: crypto.randomBytes(32).toString('base64') };
    if (provider === 'postgresql') {
        const database: TestDatabase = await createMigratedTestDatabase();
        return {
            env: { DATABASE_URL: database.url, ...secrets },
            stateDocument: async (key) => (await database.query<{ document: string }>('SELECT document FROM "BotStateItem" WHERE key = $1', [key]))[0]?.document,
            rows: (sql, values) => database.query(sql, values),
            dispose: () => database.dispose(),
        };
    }
    const database = createMigratedDatabase();
    const query = <R>(sql: string, values: unknown[] = []): R[] => {
        const db = new Database(database.file, { readonly: true });
        try {
            // Same SQL on both stores: PostgreSQL's $1 placeholders become SQLite's ?.
            return db.prepare(sql.replace(/\$\d+/g, '?')).all(...values) as R[];
        } finally {
            db.close();
        }
    };
    return {
        env: { DATABASE_URL: database.url, ...secrets },
        stateDocument: async (key) => query<{ document: string }>('SELECT document FROM "BotStateItem" WHERE key = $1', [key])[0]?.document,
        rows: async (sql, values) => query(sql, values),
        dispose: async () => fs.rmSync(database.dir, { recursive: true, force: true }),
    };
}

const serverEnv = (store: Store, smtp: LocalSmtpServer) => ({
    ...store.env,
    SMTP_URL: `smtp://${SMTP.user}:${SMTP.pass}@127.0.0.1:${smtp.port}`,
    MAIL_FROM: 'Sendero <no-reply@example.org>',
    // A held message keeps the worker waiting on it (the longest send allowed), so the rest stays queued.
    NOTIFICATION_TIMEOUT_MS: '120000',
    ACCOUNT_RESPONSE_FLOOR_MS: '0',
    // A user whose code was lost at the kill asks for a new one straight away.
    NOTIFY_CODE_MIN_GAP_SECONDS: '0',
});

/** The 6-digit codes in the mails an SMTP server accepted for `email`, newest first. */
function codesIn(smtp: LocalSmtpServer, email: string): string[] {
    return smtp.received
        .filter((message) => message.envelopeTo.includes(email))
        .map((message) => (message.mail.text ?? '').match(/\b(\d{3}\s?\d{3})\b/)?.[1]?.replace(/\s/g, '') ?? '')
        .filter(Boolean)
        .reverse();
}

describeEachStore('kill -9 under load, then a restart on the same store', (provider) => {
    let store: Store;
    let holdingSmtp: LocalSmtpServer;
    let acceptingSmtp: LocalSmtpServer;
    let second: ChildServer | undefined;

    beforeAll(async () => {
        store = await openStoreFor(provider);
        holdingSmtp = await startLocalSmtpServer({ ...SMTP, hold: true });
        acceptingSmtp = await startLocalSmtpServer(SMTP);
    });

    afterAll(async () => {
        if (second) {
            second.process.kill('SIGTERM');
            await second.exited;
        }
        await holdingSmtp?.close();
        await acceptingSmtp?.close();
        await store?.dispose();
    });

    test('every conversation continues from its last saved step, and queued codes are sent once', async () => {
        const first = await startChildServer(serverEnv(store, holdingSmtp));
        const decoyEmail = `decoy.${crypto.randomBytes(3).toString('hex')}@example.org`;
        const tracked = Array.from({ length: TRACKED }, (_, index) => ({
            conversationId: `kill-${index}-${crypto.randomUUID()}`,
            email: `kill.${index}.${crypto.randomBytes(3).toString('hex')}@example.org`,
            /** Messages the server answered (so their turns are saved). */
            acknowledged: 0,
        }));
        try {
            // The first code goes out and is held by the SMTP server: the worker waits on it from then on.
            const decoy = `decoy-${crypto.randomUUID()}`;
            for (const step of STEPS) await postEnglishExpectingReplies(first.url, decoy, step.say(decoyEmail));
            await holdingSmtp.waitUntilHeld(1);

            let killed = false;
            const reachedCodeStep = () => tracked.filter((conversation) => conversation.acknowledged === STEPS.length).length;
            const kill = () => {
                if (killed) return;
                killed = true;
                first.process.kill('SIGKILL');
            };
            // Noise: menu turns on other conversations until the kill.
            const noise = Array.from({ length: NOISE }, async (_, index) => {
                const conversationId = `noise-${index}-${crypto.randomUUID()}`;
                while (!killed) await postEnglishExpectingReplies(first.url, conversationId, anyOfNoise()).catch(() => undefined);
            });
            await inParallel(tracked, TRACKED, async (conversation) => {
                for (const [index, step] of STEPS.entries()) {
                    if (killed) return;
                    let replies: string[];
                    try {
                        replies = messageTexts((await postEnglishExpectingReplies(first.url, conversation.conversationId, step.say(conversation.email))).replies);
                    } catch {
                        // The process died with this message in flight: its turn may or may not have been saved.
                        return;
                    }
                    expect(replies.join('\n')).toContain(step.expect);
                    conversation.acknowledged = index + 1;
                    // Kill while the rest are still mid-flow.
                    if (reachedCodeStep() >= TRACKED / 2) kill();
                }
            });
            kill();
            await Promise.all(noise);
            await first.exited;
        } finally {
            if (first.process.exitCode === null && first.process.signalCode === null) first.process.kill('SIGKILL');
        }
        expect(holdingSmtp.received).toHaveLength(0);
        expect(tracked.some((conversation) => conversation.acknowledged < STEPS.length)).toBe(true);

        // What the store holds after the kill: each conversation saved either every answered message or one more.
        const saved = new Map<string, number>();
        for (const conversation of tracked) {
            const count = messageCountOf(await store.stateDocument(`emulator/conversations/${conversation.conversationId}`));
            expect({ id: conversation.conversationId, ok: count === conversation.acknowledged || count === conversation.acknowledged + 1 }).toEqual({
                id: conversation.conversationId,
                ok: true,
            });
            saved.set(conversation.conversationId, count);
        }

        second = await startChildServer(serverEnv(store, acceptingSmtp));
        const server = second;
        await inParallel(tracked, TRACKED, async (conversation) => {
            // The next answer is accepted at the step the store was on.
            for (let index = saved.get(conversation.conversationId) ?? 0; index < STEPS.length; index++) {
                const step = STEPS[index];
                const replies = messageTexts((await postEnglishExpectingReplies(server.url, conversation.conversationId, step.say(conversation.email))).replies);
                expect({ conversation: conversation.conversationId, step: index, said: replies.join('\n').includes(step.expect) ? 'expected' : replies }).toEqual({
                    conversation: conversation.conversationId,
                    step: index,
                    said: 'expected',
                });
            }
            // Then the code from the email: a code queued before the kill arrives only now. Wait for every code queued
            // for this address (one more when the message in flight at the kill had queued one the state never saw).
            let codes: string[] = [];
            for (let attempt = 0; attempt < 600; attempt++) {
                const queuedForEmail = await store.rows<{ n: number | string }>('SELECT COUNT(*) AS n FROM "QueuedNotification" WHERE "to" = $1', [conversation.email]);
                codes = codesIn(acceptingSmtp, conversation.email);
                if (codes.length > 0 && codes.length >= Number(queuedForEmail[0]?.n ?? 0)) break;
                await new Promise((resolve) => setTimeout(resolve, 50));
            }
            expect({ email: conversation.email, codes: codes.length > 0 }).toEqual({ email: conversation.email, codes: true });
            // A message in flight at the kill may have queued a code whose registration the saved state never saw; the
            // user's new registration has the newest code (any older one is refused, a try the user can afford).
            let last: string[] = [];
            for (const code of codes) {
                last = messageTexts((await postEnglishExpectingReplies(server.url, conversation.conversationId, code)).replies);
                if (last.join('\n').includes(en('createAccount.terms.prompt'))) break;
            }
            if (!last.join('\n').includes(en('createAccount.terms.prompt'))) {
                // The code that was being sent at the kill is never sent again (a missing code rather than two): the
                // user does what the bot says to do then, asks for a new one, and goes on with it.
                const before = codesIn(acceptingSmtp, conversation.email).length;
                await postEnglishExpectingReplies(server.url, conversation.conversationId, 'new code');
                let fresh: string | undefined;
                for (let attempt = 0; attempt < 600 && !fresh; attempt++) {
                    const now = codesIn(acceptingSmtp, conversation.email);
                    if (now.length > before) fresh = now[0];
                    else await new Promise((resolve) => setTimeout(resolve, 50));
                }
                expect({ email: conversation.email, newCode: fresh !== undefined }).toEqual({ email: conversation.email, newCode: true });
                last = messageTexts((await postEnglishExpectingReplies(server.url, conversation.conversationId, fresh!)).replies);
            }
            expect(last.join('\n')).toContain(en('createAccount.terms.prompt'));
        });

        // Every queued code was delivered exactly once, except the one held at the kill, which is not sent again.
        const queued = await store.rows<{ to: string; status: string }>('SELECT "to", status FROM "QueuedNotification"');
        const problems: string[] = [];
        for (const { email } of tracked) {
            const rows = queued.filter((row) => row.to === email);
            const delivered = acceptingSmtp.received.filter((message) => message.envelopeTo.includes(email)).length;
            if (rows.length === 0 || delivered !== rows.length) problems.push(`${email}: ${rows.length} queued, ${delivered} delivered`);
            if (rows.some((row) => row.status !== 'sent')) problems.push(`${email}: ${JSON.stringify(rows.map((row) => row.status))}`);
        }
        expect(problems).toEqual([]);
        expect(acceptingSmtp.received.filter((message) => message.envelopeTo.includes(decoyEmail))).toHaveLength(0);
        expect(queued.filter((row) => row.to === decoyEmail).map((row) => row.status)).toEqual(['sending']);
    });
});

const NOISE_MESSAGES = ['help', 'hi', 'what can you do', 'menu', '5'];
function anyOfNoise(): string {
    return NOISE_MESSAGES[Math.floor(Math.random() * NOISE_MESSAGES.length)];
}
