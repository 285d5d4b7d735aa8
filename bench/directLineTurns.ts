/**
 * Turns through the built-in Direct Line endpoint (the website widget's way in), on SQLite and, when a PostgreSQL server
 * is named, on PostgreSQL: what a web chat costs besides the turn itself (its token and conversation read on every
 * request, the history append of the message and of each reply, the rate limits). Each server runs in a child process;
 * this process opens the conversations (token, start) and then posts menu messages ("help", "talk to a person") from
 * `--concurrency` lanes, each lane with conversations of its own, so no two messages of one conversation overlap. A
 * POST returns once its turn is over, which is the latency reported. Bounded: fixed durations, loopback only.
 *
 *   npm run bench:directline -- [--seconds 10] [--concurrency 10] [--conversations 100]
 *                              [--postgres postgresql://...]  (or TEST_POSTGRES_URL; a throwaway database is created on it)
 *                              [--baseline DIR]               (also the Sendero in DIR, another checkout, in the same run)
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startChildServer, type ChildServer } from '../tests/support/childServer';
import { DirectLineConversation } from '../tests/support/loadDriver';
import { createMigratedTestDatabase } from '../tests/support/testPostgres';
import { applyMigrations } from '../tests/support/testStore';
import { summarize, type Latencies } from './latencies';

const { values } = parseArgs({
    options: {
        seconds: { type: 'string', default: '10' },
        concurrency: { type: 'string', default: '10' },
        conversations: { type: 'string', default: '100' },
        postgres: { type: 'string' },
        baseline: { type: 'string' },
    },
});
const SECONDS = Number(values.seconds);
const CONCURRENCY = Number(values.concurrency);
const CONVERSATIONS = Math.max(CONCURRENCY, Number(values.conversations));
const POSTGRES = values.postgres ?? process.env.TEST_POSTGRES_URL;
const MESSAGES = ['help', 'talk to a person'];

interface Result extends Latencies {
    tree: string;
    store: string;
}

/** A fresh database for one server: a migrated SQLite file, or a migrated database on the PostgreSQL server. */
async function database(store: 'sqlite' | 'postgresql'): Promise<{ url: string; dispose(): Promise<void> }> {
    if (store === 'postgresql') {
        process.env.TEST_POSTGRES_URL = POSTGRES;
        return createMigratedTestDatabase();
    }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-dl-bench-'));
    const file = path.join(dir, 'bench.db');
    applyMigrations(file);
    return { url: `file:${file}`, dispose: async () => fs.rmSync(dir, { recursive: true, force: true }) };
}

async function bench(tree: string, store: 'sqlite' | 'postgresql'): Promise<Result> {
    const db = await database(store);
    let server: ChildServer | undefined;
    try {
        server = await startChildServer(
            {
                DATABASE_URL: db.url,
                SECRETS_KEY: crypto.randomBytes(32).toString('base64'),
                ORG_NAME: 'Bench Legal Aid',
                ACCOUNT_RESPONSE_FLOOR_MS: '0',
                // Production's scrypt cost (tests' servers take a cheap one): the flows' codes and passwords cost what they will.
                PASSWORD_HASH_COST: '15',
                // One address opens every conversation here; the per-address limits still run (and count) on every call.
                DIRECTLINE_TOKENS_PER_IP_PER_MINUTE: '1000000',
                DIRECTLINE_CONVERSATIONS_PER_IP_PER_HOUR: '1000000',
            },
            { cwd: tree },
        );
        const url = server.url;
        const conversations: DirectLineConversation[] = [];
        for (let index = 0; index < CONVERSATIONS; index += CONCURRENCY) {
            const batch = await Promise.all(Array.from({ length: Math.min(CONCURRENCY, CONVERSATIONS - index) }, () => DirectLineConversation.open(() => url)));
            conversations.push(...batch);
        }
        // Warm-up: one message on every conversation, not counted.
        for (let index = 0; index < conversations.length; index += CONCURRENCY) {
            await Promise.all(conversations.slice(index, index + CONCURRENCY).map((chat) => chat.post(url, MESSAGES[0])));
        }
        const latencies: number[] = [];
        const started = performance.now();
        const deadline = started + SECONDS * 1000;
        await Promise.all(
            Array.from({ length: CONCURRENCY }, async (_, lane) => {
                const own = conversations.filter((_, index) => index % CONCURRENCY === lane);
                for (let turn = 0; performance.now() < deadline; turn++) {
                    const chat = own[turn % own.length];
                    const sent = performance.now();
                    await chat.post(url, MESSAGES[Math.floor(turn / own.length) % MESSAGES.length]);
                    latencies.push(performance.now() - sent);
                }
            }),
        );
        return { tree, store, ...summarize(latencies, 0, (performance.now() - started) / 1000) };
    } finally {
        if (server) {
            server.process.kill('SIGTERM');
            await server.exited;
        }
        await db.dispose();
    }
}

async function main(): Promise<void> {
    const trees = [path.resolve(__dirname, '..'), ...(values.baseline ? [path.resolve(values.baseline)] : [])];
    const stores: Array<'sqlite' | 'postgresql'> = POSTGRES ? ['sqlite', 'postgresql'] : ['sqlite'];
    const results: Result[] = [];
    for (const store of stores) for (const tree of trees) results.push(await bench(tree, store));
    console.log(`Direct Line menu turns, ${CONCURRENCY} in flight over ${CONVERSATIONS} conversations, ${SECONDS} s each (${os.cpus().length} cores)\n`);
    console.log('| tree | store | turns/s | p50 ms | p95 ms | p99 ms |');
    console.log('| --- | --- | ---: | ---: | ---: | ---: |');
    for (const result of results) {
        console.log(`| ${path.basename(result.tree)} | ${result.store} | ${result.turnsPerSecond} | ${result.p50} | ${result.p95} | ${result.p99} |`);
    }
}

main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
});
