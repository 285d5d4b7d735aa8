/**
 * CPU per menu turn of two builds of Sendero served from one process, measured in alternating rounds: a paired A/B
 * that a shared machine's drift touches equally on both sides (bench/turns.ts's --baseline runs the two one after the
 * other, minutes apart). Each build is a compiled tree (`npm run build`, then copy dist/ to a sibling directory, e.g.
 * dist-before/, so its `require`s resolve against the same node_modules). The load is turns.ts's menu turns: 100
 * conversations greeted once, then "help" and "talk to a person" in turn, 10 requests in flight, on a fresh SQLite
 * file per build. The CPU counted is the whole process's (both servers and the load generator), and only while one
 * build is being driven; the load generator's share is the same on both sides.
 *
 *   npm run bench:ab -- --a /path/to/dist-before --b /path/to/dist [--rounds 16] [--turns 2000]
 *
 * With --processes, each build runs in a process of its own as `npm start` runs it (this package.json's node flags,
 * `<tree>/dist/bot/index.js` from the tree holding the dist/ named), and what is counted is that process's CPU and the
 * round's turns/s: the way to compare changes one process cannot hold twice (a patched library's prototype, a thread,
 * how turns share the event loop), still in alternating rounds. `--a-flags` and `--b-flags` add node flags to one
 * side's process (a V8 setting tried against npm start's), e.g. `--a dist --b dist --b-flags=--compact-on-every-full-gc`
 * (with an `=`: the value starts with a dash).
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { startChildServer } from '../tests/support/childServer';
import { applyMigrations } from '../tests/support/testStore';
import { cpuMs, rssMiB, startFlags } from './serverProcess';

const { values } = parseArgs({
    options: {
        a: { type: 'string' },
        b: { type: 'string' },
        rounds: { type: 'string', default: '16' },
        turns: { type: 'string', default: '2000' },
        processes: { type: 'boolean', default: false },
        'a-flags': { type: 'string', default: '' },
        'b-flags': { type: 'string', default: '' },
    },
});

interface Served {
    post(conversation: string, text: string): Promise<void>;
    conversations: string[];
    stop(): Promise<void>;
    /** CPU time used so far, in µs: the server process's own with --processes, else this whole process's. */
    cpuUs(): number;
    /** The server process's resident set (--processes only). */
    rssMiB?(): number;
}

interface CompiledApp {
    loadConfig(env: Record<string, string>): unknown;
    startSendero(config: unknown, logger: unknown): Promise<{ url: string; stop(): Promise<void> }>;
}

const ENVIRONMENT = (file: string, dir: string) => ({
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    DATABASE_URL: `file:${file}`,
    SECRETS_KEY_FILE: path.join(dir, 'secrets.key'),
    LOG_LEVEL: 'silent',
    ORG_NAME: 'Bench Legal Aid',
    CASE_SERVICE: 'sandbox',
    ACCOUNT_RESPONSE_FLOOR_MS: '0',
    // Production's scrypt cost (tests' servers take a cheap one): the flows' codes and passwords cost what they will.
    PASSWORD_HASH_COST: '15',
});

/** Serves a compiled tree in this process, or (--processes) in a child process as `npm start` runs it. */
async function serve(dist: string, extraFlags: string): Promise<Served> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-ab-'));
    const file = path.join(dir, 'db.sqlite');
    applyMigrations(file);
    if (values.processes) {
        const child = await startChildServer(ENVIRONMENT(file, dir), { cwd: path.dirname(dist), args: [...startFlags(path.join(__dirname, '..')), ...extraFlags.split(/\s+/).filter(Boolean), path.join(dist, 'bot', 'index.js')] });
        const pid = child.process.pid!;
        const stop = async () => {
            child.process.kill('SIGTERM');
            await child.exited;
        };
        return { ...(await served(new URL(child.url), () => cpuMs(pid) * 1000, stop)), rssMiB: () => rssMiB(pid) };
    }
    const { loadConfig } = require(path.join(dist, 'bot/config.js')) as Pick<CompiledApp, 'loadConfig'>;
    const { startSendero } = require(path.join(dist, 'bot/app.js')) as Pick<CompiledApp, 'startSendero'>;
    const config = loadConfig({ ...ENVIRONMENT(file, dir), PORT: '0' });
    const running = await startSendero(config, pino({ level: 'silent' }));
    return served(new URL(running.url), () => {
        const used = process.cpuUsage();
        return used.user + used.system;
    }, () => running.stop());
}

async function served(url: URL, cpuUs: () => number, stop: () => Promise<void>): Promise<Served> {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    const post = (conversation: string, text: string) =>
        new Promise<void>((resolve, reject) => {
            const body = JSON.stringify({
                type: 'message',
                id: randomUUID(),
                channelId: 'emulator',
                serviceUrl: 'http://127.0.0.1:9/',
                deliveryMode: 'expectReplies',
                from: { id: `u-${conversation}` },
                recipient: { id: 'bot' },
                conversation: { id: conversation },
                locale: 'en-US',
                text,
            });
            const request = http.request(
                { host: url.hostname, port: url.port, path: '/api/messages', method: 'POST', agent, headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) } },
                (response) => {
                    if (response.statusCode !== 200) reject(new Error(`HTTP ${response.statusCode}`));
                    response.resume();
                    response.on('end', () => resolve());
                },
            );
            request.on('error', reject);
            request.end(body);
        });
    const conversations = Array.from({ length: 100 }, () => randomUUID());
    for (const conversation of conversations) await post(conversation, 'hi');
    return { post, conversations, stop, cpuUs };
}

const TEXTS = ['help', 'talk to a person'];

async function drive(served: Served, turns: number): Promise<void> {
    let next = 0;
    await Promise.all(
        Array.from({ length: 10 }, async () => {
            for (let k = 0; k < turns / 10; k++) {
                const index = next++;
                await served.post(served.conversations[index % 100], TEXTS[index % TEXTS.length]);
            }
        }),
    );
}

function median(samples: readonly number[]): number {
    const sorted = [...samples].sort((x, y) => x - y);
    return sorted[sorted.length >> 1];
}

async function main(): Promise<void> {
    if (!values.a || !values.b) throw new Error('usage: --a <compiled tree> --b <compiled tree>');
    if ((values['a-flags'] || values['b-flags']) && !values.processes) throw new Error('--a-flags and --b-flags need --processes: node flags are set per process');
    const turns = Number(values.turns);
    const a = await serve(path.resolve(values.a), values['a-flags']);
    const b = await serve(path.resolve(values.b), values['b-flags']);
    // Warm both (JIT, caches) before anything is counted.
    for (const served of [a, b, a, b]) await drive(served, turns);
    const cpu: Record<'a' | 'b', number[]> = { a: [], b: [] };
    const pace: Record<'a' | 'b', number[]> = { a: [], b: [] };
    for (let round = 0; round < Number(values.rounds); round++) {
        const order: Array<['a' | 'b', Served]> = round % 2 ? [['b', b], ['a', a]] : [['a', a], ['b', b]];
        for (const [name, served] of order) {
            const before = served.cpuUs();
            const started = performance.now();
            await drive(served, turns);
            pace[name].push((turns * 1000) / (performance.now() - started));
            cpu[name].push((served.cpuUs() - before) / turns);
        }
    }
    const paired = cpu.a.map((usA, round) => cpu.b[round] - usA);
    const pacePaired = pace.a.map((perSecond, round) => (pace.b[round] - perSecond) / perSecond);
    console.log(
        JSON.stringify(
            {
                node: process.version,
                cpuOf: values.processes ? 'each server process' : 'this process (both servers and the load generator)',
                ...(values.processes && { aFlags: values['a-flags'], bFlags: values['b-flags'] }),
                turnsPerRound: turns,
                rounds: cpu.a.length,
                aMedianUsPerTurn: Number(median(cpu.a).toFixed(1)),
                bMedianUsPerTurn: Number(median(cpu.b).toFixed(1)),
                pairedMedianDifferenceUs: Number(median(paired).toFixed(1)),
                pairedMedianDifferencePercent: Number(((100 * median(paired)) / median(cpu.a)).toFixed(1)),
                aMedianTurnsPerSecond: Math.round(median(pace.a)),
                bMedianTurnsPerSecond: Math.round(median(pace.b)),
                pairedMedianTurnsPerSecondPercent: Number((100 * median(pacePaired)).toFixed(1)),
                a: cpu.a.map((us) => Math.round(us)),
                b: cpu.b.map((us) => Math.round(us)),
                aTurnsPerSecond: pace.a.map(Math.round),
                bTurnsPerSecond: pace.b.map(Math.round),
                ...(a.rssMiB && b.rssMiB && { rssMiBAtEnd: { a: a.rssMiB(), b: b.rssMiB() } }),
            },
            null,
            2,
        ),
    );
    await a.stop();
    await b.stop();
}

main().then(
    () => process.exit(0),
    (error: unknown) => {
        console.error(error);
        process.exit(1);
    },
);
