import crypto from 'node:crypto';
import type { Activity } from 'botbuilder';
import { freePort, startChildServer, TEST_PASSWORD_HASH_COST, type ChildServer } from '../support/childServer';
import { en } from '../support/dialogHarness';
import { anyOf, DirectLineConversation, inParallel, messageCountOf, messageTexts, postEnglishExpectingReplies } from '../support/loadDriver';
import { createMigratedTestDatabase, describeWithPostgres, type TestDatabase } from '../support/testPostgres';

/**
 * Two Sendero processes on one PostgreSQL database, behind a "load balancer" that sends every request to either at
 * random. 200 conversations (three in four over the built-in Direct Line endpoint, the rest over /api/messages with
 * expectReplies) each open, choose "create an account", then send their email address three times AT ONCE (each copy
 * to a random instance), then the code from the email. The turns of one conversation must run one at a time across
 * both processes, so:
 * - every message is answered exactly once (its replies carry its id in replyToId; none is the failure apology);
 * - no state is lost: the stored message counter equals the messages sent (6, or 7 with the first "hi") and the conversation is at the terms step after the code;
 * - side effects happen once: one registration and one queued code per conversation, though three copies of the
 *   email arrived together (the first starts the registration, the other two are wrong tries at the code step).
 */
jest.setTimeout(240_000);

const CONVERSATIONS = 200;
const PARALLEL = 24;
const ORG = 'Sendero Scale Test';

describeWithPostgres('two server processes on one PostgreSQL', () => {
    let database: TestDatabase;
    let servers: ChildServer[] = [];
    const pick = () => anyOf(servers).url;

    beforeAll(async () => {
        database = await createMigratedTestDatabase();
        const ports = [await freePort(), await freePort()];
        const env = {
            DATABASE_URL: database.url,
            SECRETS_KEY: crypto.randomBytes(32).toString('base64'),
            // Instances behind one load balancer share the public origin.
            PUBLIC_BASE_URL: `http://127.0.0.1:${ports[0]}`,
            ORG_NAME: ORG,
            ACCOUNT_RESPONSE_FLOOR_MS: '0',
            // Every conversation comes from 127.0.0.1 here; the per-address limits are tested in tests/security.
            DIRECTLINE_TOKENS_PER_IP_PER_MINUTE: '100000',
            DIRECTLINE_CONVERSATIONS_PER_IP_PER_HOUR: '100000',
        };
        // One after the other: two cold starts at once on a busy machine can outlast startChildServer's patience.
        for (const port of ports) servers.push(await startChildServer({ ...env, PORT: String(port) }));
    }, 60_000);

    afterAll(async () => {
        for (const server of servers) {
            server.process.kill('SIGTERM');
            await server.exited;
        }
        await database?.dispose();
    });

    /** The newest code emailed to `email` (the outbox row the notification worker of either process wrote). */
    async function codeFor(email: string): Promise<string> {
        for (let attempt = 0; attempt < 1200; attempt++) {
            const rows = await database.query<{ body: string }>('SELECT body FROM "OutboxMessage" WHERE "to" = $1 ORDER BY id DESC', [email]);
            const code = rows[0]?.body.match(/\b(\d{3}\s?\d{3})\b/)?.[1]?.replace(/\s/g, '');
            if (code) return code;
            await new Promise((resolve) => setTimeout(resolve, 50));
        }
        throw new Error(`no code reached the outbox for ${email}`);
    }

    interface Outcome {
        channel: 'directline' | 'emulator';
        conversationId: string;
        email: string;
        /** The ids of the messages the user sent, and the bot's replies to each. */
        messageIds: string[];
        replies: Map<string, Partial<Activity>[]>;
        lastReplies: string[];
    }

    const outcomes: Outcome[] = [];

    test('200 conversations with bursts of three, each message to a random instance', async () => {
        await inParallel([...Array(CONVERSATIONS).keys()], PARALLEL, async (index) => {
            const email = `scale.${index}.${crypto.randomBytes(3).toString('hex')}@example.org`;
            if (index % 4 === 3) {
                // /api/messages with expectReplies: the replies come back in each answer.
                const conversationId = `scale-${crypto.randomUUID()}`;
                const replies = new Map<string, Partial<Activity>[]>();
                const say = async (text: string) => {
                    const answer = await postEnglishExpectingReplies(pick(), conversationId, text);
                    replies.set(answer.id, answer.replies);
                    return answer;
                };
                await say('hi');
                await say('2');
                await say('2');
                await Promise.all([say(email), say(email), say(email)]);
                const last = await say(await codeFor(email));
                outcomes.push({ channel: 'emulator', conversationId, email, messageIds: [...replies.keys()], replies, lastReplies: messageTexts(last.replies) });
                return;
            }
            const chat = await DirectLineConversation.open(pick);
            const ids: string[] = [];
            const say = async (text: string) => {
                const id = await chat.post(pick(), text);
                ids.push(id);
                return id;
            };
            await say('2');
            await say('2');
            await Promise.all([say(email), say(email), say(email)]);
            const lastId = await say(await codeFor(email));
            const history = await chat.history(pick());
            const replies = new Map<string, Partial<Activity>[]>(ids.map((id) => [id, []]));
            for (const activity of history) {
                if (activity.from?.role !== 'bot' || !activity.replyToId) continue;
                replies.get(activity.replyToId)?.push(activity);
            }
            outcomes.push({ channel: 'directline', conversationId: chat.conversationId, email, messageIds: ids, replies, lastReplies: messageTexts(replies.get(lastId) ?? []) });
        });
        expect(outcomes).toHaveLength(CONVERSATIONS);
    });

    test('every message was answered exactly once, and never with the failure apology', () => {
        const apology = en('errors.turn');
        const problems: string[] = [];
        for (const outcome of outcomes) {
            expect(outcome.messageIds).toHaveLength(outcome.channel === 'emulator' ? 7 : 6);
            expect(new Set(outcome.messageIds).size).toBe(outcome.messageIds.length);
            for (const id of outcome.messageIds) {
                const texts = messageTexts(outcome.replies.get(id) ?? []);
                if (texts.length === 0) problems.push(`${outcome.conversationId}: message ${id} got no answer`);
                if (texts.includes(apology)) problems.push(`${outcome.conversationId}: message ${id} was answered with the apology`);
                // One turn per message: a prompt appearing twice in one message's replies means it was run twice.
                const prompts = texts.filter((text) => text.length > 0);
                if (new Set(prompts).size !== prompts.length) problems.push(`${outcome.conversationId}: message ${id} was answered twice: ${JSON.stringify(prompts)}`);
            }
        }
        expect(problems).toEqual([]);
    });

    test('no state was lost: each conversation counted every message and stands at the terms step', async () => {
        const problems: string[] = [];
        for (const outcome of outcomes) {
            if (!outcome.lastReplies.join('\n').includes(en('createAccount.terms.prompt'))) {
                problems.push(`${outcome.conversationId}: after the code it said ${JSON.stringify(outcome.lastReplies)}`);
            }
            const [row] = await database.query<{ document: string }>('SELECT document FROM "BotStateItem" WHERE key = $1', [`${outcome.channel}/conversations/${outcome.conversationId}`]);
            const count = messageCountOf(row?.document);
            if (count !== outcome.messageIds.length) problems.push(`${outcome.conversationId}: stored message count ${count}, ${outcome.messageIds.length} sent`);
        }
        expect(problems).toEqual([]);
    });

    test('side effects happened once: one registration and one queued code per conversation', async () => {
        const registrations = await database.query<{ email: string; n: string }>('SELECT email, COUNT(*) AS n FROM "Registration" GROUP BY email');
        const queued = await database.query<{ to: string; n: string }>('SELECT "to", COUNT(*) AS n FROM "QueuedNotification" GROUP BY "to"');
        const registrationsOf = new Map(registrations.map((row) => [row.email, Number(row.n)]));
        const codesTo = new Map(queued.map((row) => [row.to, Number(row.n)]));
        const problems: string[] = [];
        for (const { email } of outcomes) {
            if (registrationsOf.get(email) !== 1) problems.push(`${email}: ${registrationsOf.get(email) ?? 0} registrations`);
            if (codesTo.get(email) !== 1) problems.push(`${email}: ${codesTo.get(email) ?? 0} queued codes`);
        }
        expect(problems).toEqual([]);
        // The codes were hashed at the cost the servers were given (PASSWORD_HASH_COST), not production's.
        const costs = await database.query<{ cost: string }>('SELECT DISTINCT substring("codeHash" from \'^scrypt\\$N=[0-9]+\') AS cost FROM "OneTimeCode"');
        expect(costs.map((row) => row.cost)).toEqual([`scrypt$N=${2 ** Number(TEST_PASSWORD_HASH_COST)}`]);
        // Neither process failed a turn or met a stale write.
        for (const server of servers) expect(server.output()).not.toMatch(/turnError|StaleStateError/);
    });
});
