/**
 * Turn throughput and latency of the whole bot (HTTP, middleware, dialogs, SQLite state) on this machine.
 * Runs the app in-process on a fresh SQLite file, then drives /api/messages with deliveryMode "expectReplies"
 * (the replies come back in the HTTP answer, so no connector shares the CPU). Bounded: a fixed duration, loopback only.
 *
 *   npm run bench -- [--seconds 15] [--concurrency 10] [--conversations 200]
 *   node --expose-gc --import tsx bench/turns.ts ...   (heap sizes after a full collection)
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { startSendero } from '../bot/app';
import { loadConfig } from '../bot/config';
import { sendExpectingReplies } from '../tests/support/expectReplies';
import { applyMigrations } from '../tests/support/testStore';

const { values } = parseArgs({
    options: {
        seconds: { type: 'string', default: '15' },
        concurrency: { type: 'string', default: '10' },
        conversations: { type: 'string', default: '200' },
    },
});
const seconds = Number(values.seconds);
const concurrency = Number(values.concurrency);
const conversationCount = Number(values.conversations);

function percentile(sorted: number[], p: number): number {
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function main(): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-bench-'));
    const file = path.join(dir, 'bench.db');
    applyMigrations(file);
    const config = loadConfig({ NODE_ENV: 'test', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: `file:${file}`, SECRETS_KEY_FILE: path.join(dir, 'secrets.key'), LOG_LEVEL: 'silent' });
    const app = await startSendero(config, pino({ level: 'silent' }));
    const conversations = Array.from({ length: conversationCount }, () => `bench-${randomUUID()}`);
    // Each message alternates between asking for help and picking "talk to a person": both are full dialog turns.
    const texts = ['help', '7'];

    const send = (conversationId: string, text: string) => sendExpectingReplies(app.url, conversationId, text);

    // Warm up: every conversation gets its welcome and menu.
    for (const conversationId of conversations) await send(conversationId, 'hi');

    // With --expose-gc, heap figures are taken after a full collection: live memory, not garbage not yet collected.
    const collect = () => (globalThis as { gc?: () => void }).gc?.();
    collect();
    const rssBefore = process.memoryUsage().rss;
    const heapBefore = process.memoryUsage().heapUsed;
    const latencies: number[] = [];
    let errors = 0;
    const deadline = Date.now() + seconds * 1000;
    let next = 0;
    await Promise.all(
        Array.from({ length: concurrency }, async () => {
            while (Date.now() < deadline) {
                const turn = next++;
                const started = performance.now();
                try {
                    await send(conversations[turn % conversations.length], texts[turn % texts.length]);
                    latencies.push(performance.now() - started);
                } catch {
                    errors += 1;
                }
            }
        }),
    );
    collect();
    const rssAfter = process.memoryUsage().rss;
    const heapAfter = process.memoryUsage().heapUsed;
    latencies.sort((a, b) => a - b);
    const result = {
        node: process.version,
        cpus: os.cpus().length,
        seconds,
        concurrency,
        conversations: conversationCount,
        turns: latencies.length,
        errors,
        turnsPerSecond: Math.round(latencies.length / seconds),
        p50ms: Number(percentile(latencies, 50).toFixed(1)),
        p95ms: Number(percentile(latencies, 95).toFixed(1)),
        p99ms: Number(percentile(latencies, 99).toFixed(1)),
        rssMiBBefore: Math.round(rssBefore / 2 ** 20),
        rssMiBAfter: Math.round(rssAfter / 2 ** 20),
        heapMiBBefore: Math.round(heapBefore / 2 ** 20),
        heapMiBAfter: Math.round(heapAfter / 2 ** 20),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    await app.stop();
    fs.rmSync(dir, { recursive: true, force: true });
}

void main();
