/**
 * Turn throughput and latency, Sendero beside a bare echo bot on the same stack (bench/echoBot.ts), on SQLite and,
 * when a PostgreSQL server is named, on PostgreSQL. Each server runs in a child process of its own (so its RSS is
 * its own); this process is the load generator and posts to /api/messages with deliveryMode "expectReplies" (the
 * replies come back in the HTTP answer, so no connector shares the CPU). Bounded: fixed durations, loopback only.
 *
 *   npm run bench -- [--seconds 10] [--concurrency 10] [--conversations 100] [--stored 10000] [--flows 12]
 *                    [--postgres postgresql://...]   (or TEST_POSTGRES_URL; a throwaway database is created on it)
 *                    [--cpu-prof DIR]                (a V8 CPU profile of the Sendero server during the menu turns)
 *                    [--compiled]                    (Sendero as `npm start` runs it, from dist/; `npm run build` first. With
 *                                                     --cpu-prof: the compiled app in this script's serve mode, for the profiler)
 *                    [--baseline DIR]                (also bench the Sendero in DIR, another checkout, in the same run)
 *
 * Per store: menu turns ("help", then "talk to a person", alternating) on both bots, the echo bot twice over: on the
 * Bot Framework SDK as Sendero runs it (scripts/nativeAsyncSdk.cjs) and as published; complete flows on Sendero
 * (create an account, add a case, check its status; the email code read from the development outbox) and the same
 * messages replayed to the echo bot; RSS of the Sendero server after start and after --stored more conversations of
 * one turn each; the stored state's bytes per conversation.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import { authenticator } from 'otplib';
import { Client } from 'pg';
import pino from 'pino';
import type { Activity } from 'botbuilder';
import { loadConfig } from '../bot/config';
import { en } from '../tests/support/dialogHarness';
import { freePort, startChildServer } from '../tests/support/childServer';
import { postExpectingReplies } from '../tests/support/expectReplies';
import { applyMigrations } from '../tests/support/testStore';
import { summarize, type Latencies } from './latencies';
import { cpuMs, rssMiB, startFlags } from './serverProcess';

const { values } = parseArgs({
    options: {
        seconds: { type: 'string', default: '10' },
        concurrency: { type: 'string', default: '10' },
        conversations: { type: 'string', default: '100' },
        stored: { type: 'string', default: '10000' },
        flows: { type: 'string', default: '12' },
        'flow-concurrency': { type: 'string', default: '4' },
        postgres: { type: 'string' },
        'cpu-prof': { type: 'string' },
        'sqlite-only': { type: 'boolean', default: false },
        // Sendero from the compiled build (dist/, `npm run build`), as `npm start` runs it, instead of the sources under tsx.
        compiled: { type: 'boolean', default: false },
        // Another checkout of Sendero (e.g. the code before a change, node_modules linked): benched beside this one.
        baseline: { type: 'string' },
        // Internal: run one server in this process (the parent starts children this way).
        serve: { type: 'string' },
        'database-url': { type: 'string' },
    },
});

const ORG_NAME = 'Bench Legal Aid';

// ---------------------------------------------------------------------------------------------------------------
// Child: one server.

/** The configuration every benched server gets, as environment variables; `dir` holds its secrets key. */
function serverEnvironment(databaseUrl: string, dir: string, port: number): Record<string, string> {
    return {
        // Development: the dev outbox is served, so a flow can read its email code.
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: String(port),
        DATABASE_URL: databaseUrl,
        SECRETS_KEY_FILE: path.join(dir, 'secrets.key'),
        LOG_LEVEL: 'silent',
        ORG_NAME,
        CASE_SERVICE: 'sandbox',
        // The equal-time floor on account answers would only measure a sleep.
        ACCOUNT_RESPONSE_FLOOR_MS: '0',
        // Production's scrypt cost (tests' servers take a cheap one): the flows' codes and passwords cost what they will.
        PASSWORD_HASH_COST: '15',
    };
}

async function serve(kind: string, databaseUrl: string): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-bench-serve-'));
    const config = loadConfig(serverEnvironment(databaseUrl, dir, 0));
    const logger = pino({ level: 'silent' });
    const running =
        kind === 'echo' || kind === 'echo-published'
            ? await (await import('./echoBot')).startEchoBot(config, logger)
            : values.compiled
              ? await (require(path.resolve('dist', 'bot', 'app.js')) as typeof import('../bot/app')).startSendero(config, logger)
              : await (await import('../bot/app')).startSendero(config, logger);
    process.stdout.write(`${JSON.stringify({ url: running.url })}\n`);
    const stop = async () => {
        await running.stop();
        fs.rmSync(dir, { recursive: true, force: true });
        process.exit(0);
    };
    // The parent asks for a CPU profile of the load window only (start-up, e.g. training the classifier, is not a turn).
    let session: import('node:inspector').Session | undefined;
    process.on('message', (message: { profile?: 'start' | 'stop'; file?: string }) => {
        void (async () => {
            const inspector = await import('node:inspector');
            const post = (method: string) =>
                new Promise<unknown>((resolve, reject) => session!.post(method, (error, result) => (error ? reject(error) : resolve(result))));
            if (message.profile === 'start') {
                session = new inspector.Session();
                session.connect();
                await post('Profiler.enable');
                await post('Profiler.start');
            } else if (message.profile === 'stop' && session && message.file) {
                const { profile } = (await post('Profiler.stop')) as { profile: unknown };
                fs.mkdirSync(path.dirname(message.file), { recursive: true });
                fs.writeFileSync(message.file, JSON.stringify(profile));
                session.disconnect();
            }
            process.send?.({ profiled: message.profile });
        })();
    });
    process.once('SIGTERM', () => void stop());
    process.once('SIGINT', () => void stop());
}

// ---------------------------------------------------------------------------------------------------------------
// Parent: the load generator.

interface Server {
    url: string;
    child: ChildProcess;
}

async function startServer(kind: 'echo' | 'echo-published' | 'sendero', databaseUrl: string, tree = path.resolve(__dirname, '..')): Promise<Server> {
    // Compiled and not profiled: `npm start` itself, so its RSS is exactly what a deployment sees.
    if (values.compiled && kind === 'sendero' && !values['cpu-prof']) return startAsNpmStart(databaseUrl, tree);
    // Compiled and profiled: the compiled app in this script's serve mode (for the profiler), with `npm start`'s flags.
    const compiled = values.compiled && kind === 'sendero' ? { flags: startFlags(tree), args: ['--compiled'] } : { flags: [], args: [] };
    // The yardstick echo bot loads the SDK as published (bench/publishedSdk.cjs), the other one as Sendero runs it.
    if (kind === 'echo-published') compiled.flags.push('--require', path.join(tree, 'bench', 'publishedSdk.cjs'));
    const child = spawn(process.execPath, [...compiled.flags, '--import', 'tsx', path.join(tree, 'bench', 'turns.ts'), '--serve', kind, '--database-url', databaseUrl, ...compiled.args], {
        cwd: tree,
        stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
    });
    const url = await new Promise<string>((resolve, reject) => {
        let buffered = '';
        child.stdout!.on('data', (chunk: Buffer) => {
            buffered += chunk.toString();
            const line = buffered.split('\n').find((candidate) => candidate.startsWith('{'));
            if (line) resolve((JSON.parse(line) as { url: string }).url);
        });
        child.once('exit', (code) => reject(new Error(`${kind} server exited (${code})`)));
    });
    return { url, child };
}

/**
 * Sendero as `npm start` runs it (node, its flags, dist/bot/index.js), configured by environment variables as in
 * serve(), on a free port; ready when /healthz answers.
 */
async function startAsNpmStart(databaseUrl: string, tree: string): Promise<Server> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-bench-start-'));
    const server = await startChildServer(serverEnvironment(databaseUrl, dir, await freePort()), { cwd: tree, args: [...startFlags(tree), path.join('dist', 'bot', 'index.js')] });
    server.process.once('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
    return { url: server.url, child: server.process };
}

/** Starts or stops (writing `file`) a CPU profile in the server process. */
async function profile(server: Server, command: 'start' | 'stop', file?: string): Promise<void> {
    const done = new Promise<void>((resolve) => server.child.once('message', () => resolve()));
    server.child.send({ profile: command, file });
    await done;
}

async function stopServer(server: Server): Promise<void> {
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
}

type Input = string | { value: Record<string, string> };

function post(baseUrl: string, conversationId: string, input: Input): Promise<Partial<Activity>[]> {
    return postExpectingReplies(baseUrl, conversationId, { locale: 'en-US', ...(typeof input === 'string' ? { text: input } : input) });
}

const textOf = (replies: Partial<Activity>[]) =>
    replies
        .filter((reply) => reply.type === 'message')
        .map((reply) => reply.text ?? JSON.stringify(reply.attachments ?? []))
        .join('\n');

/** Runs `count` (or until the deadline) jobs with `concurrency` in flight. */
async function pool(concurrency: number, more: (index: number) => boolean, job: (index: number) => Promise<void>): Promise<void> {
    let next = 0;
    await Promise.all(
        Array.from({ length: concurrency }, async () => {
            while (more(next)) await job(next++);
        }),
    );
}

/** Menu turns: every conversation greeted once (not timed), then "help" / "talk to a person" for `seconds`. */
async function menuTurns(server: Server, profiler?: { start(): Promise<void>; stop(): Promise<void> }): Promise<Latencies> {
    const { url } = server;
    const conversations = Array.from({ length: Number(values.conversations) }, () => `menu-${randomUUID()}`);
    await pool(Number(values.concurrency), (i) => i < conversations.length, async (i) => void (await post(url, conversations[i], 'hi')));
    const texts = ['help', en('menu.options.talkToPerson.title')];
    const latencies: number[] = [];
    let errors = 0;
    await profiler?.start();
    const cpuBefore = cpuMs(server.child.pid!);
    const started = performance.now();
    const deadline = Date.now() + Number(values.seconds) * 1000;
    await pool(Number(values.concurrency), () => Date.now() < deadline, async (turn) => {
        const began = performance.now();
        try {
            await post(url, conversations[turn % conversations.length], texts[Math.floor(turn / conversations.length) % 2]);
            latencies.push(performance.now() - began);
        } catch {
            errors += 1;
        }
    });
    const elapsed = (performance.now() - started) / 1000;
    const cpu = cpuMs(server.child.pid!) - cpuBefore;
    await profiler?.stop();
    return { ...summarize(latencies, errors, elapsed), ...serverCpu(cpu, latencies.length, elapsed) };
}

/** Paper-filed sandbox receipts (no access code needed), one per flow. */
async function paperReceipts(): Promise<string[]> {
    const { SANDBOX_CASES } = await import('../services/cases/sandboxFixtures');
    return [...SANDBOX_CASES.values()].map((fixture) => fixture.receiptNumber).filter((receipt) => !receipt.startsWith('IOE'));
}

async function emailCode(url: string, email: string): Promise<string> {
    const deadline = Date.now() + 15_000;
    for (;;) {
        const response = await fetch(`${url}/dev/outbox.json?to=${encodeURIComponent(email)}`);
        const entries = (await response.json()) as Array<{ body: string }>;
        const code = entries[0]?.body.match(/\b(\d{3}\s?\d{3})\b/)?.[1]?.replace(/\s/g, '');
        if (code) return code;
        if (Date.now() > deadline) throw new Error('no code in the dev outbox');
        await new Promise((resolve) => setTimeout(resolve, 20));
    }
}

/**
 * One complete flow on Sendero: create an account (email code from the outbox, terms, password card, authenticator
 * app, five security questions), add a paper case, check its status. Returns every turn's latency and the inputs
 * (for replaying them to the echo bot).
 */
async function flow(url: string, index: number, receipt: string): Promise<{ latencies: number[]; inputs: Input[] }> {
    const conversationId = `flow-${randomUUID()}`;
    const email = `bench.${index}.${randomUUID().slice(0, 8)}@example.org`;
    const password = `Bench!Passw0rd-${index}-${randomUUID().slice(0, 6)}`;
    const latencies: number[] = [];
    const inputs: Input[] = [];
    const say = async (input: Input, expect?: string): Promise<string> => {
        const began = performance.now();
        const text = textOf(await post(url, conversationId, input));
        latencies.push(performance.now() - began);
        inputs.push(input);
        if (expect && !text.includes(expect)) throw new Error(`flow ${index}: expected "${expect.slice(0, 40)}" after ${JSON.stringify(input).slice(0, 40)}, got "${text.slice(0, 200)}"`);
        return text;
    };
    await say('hi', en('menu.prompt').slice(0, 20));
    await say(en('menu.options.createAccount.title'));
    await say(en('chooseAccount.organization', { orgName: ORG_NAME }), en('createAccount.email.prompt').slice(0, 20));
    await say(email);
    await say(await emailCode(url, email), en('createAccount.terms.prompt').slice(0, 20));
    await say('1');
    await say({ value: { secret_password: password, secret_confirm: password } }, en('createAccount.twoStep.prompt').slice(0, 20));
    const enrolment = await say('3');
    const secret = enrolment.match(/\b([A-Z2-7]{4}(?: [A-Z2-7]{4}){3,})\b/)?.[1]?.replace(/ /g, '');
    if (!secret) throw new Error(`flow ${index}: no authenticator secret`);
    await say(authenticator.generate(secret));
    await say('1');
    for (let question = 0; question < 5; question++) {
        await say(String(question + 1));
        await say(`Answer-${question}-${randomUUID().slice(0, 6)}`);
    }
    await say('1');
    await say(en('menu.options.addPaperCase.title'), en('addCase.askReceipt').slice(0, 20));
    await say(receipt);
    await say(en('menu.options.checkStatus.title'));
    await say(receipt);
    return { latencies, inputs };
}

async function flows(url: string): Promise<{ result: Latencies; inputs: Input[][]; flowSeconds: number[] }> {
    const receipts = await paperReceipts();
    const count = Number(values.flows);
    const latencies: number[] = [];
    const inputs: Input[][] = [];
    const flowSeconds: number[] = [];
    let errors = 0;
    const started = performance.now();
    await pool(Number(values['flow-concurrency']), (i) => i < count, async (i) => {
        const began = performance.now();
        try {
            const done = await flow(url, i, receipts[i % receipts.length]);
            latencies.push(...done.latencies);
            inputs.push(done.inputs);
            flowSeconds.push((performance.now() - began) / 1000);
        } catch (error) {
            errors += 1;
            process.stderr.write(`${(error as Error).message}\n`);
        }
    });
    return { result: summarize(latencies, errors, (performance.now() - started) / 1000), inputs, flowSeconds };
}

/** The flows' messages replayed to the echo bot, one conversation per flow, with the same concurrency. */
async function replay(server: Server, inputs: Input[][]): Promise<Latencies> {
    const { url } = server;
    const latencies: number[] = [];
    let errors = 0;
    const cpuBefore = cpuMs(server.child.pid!);
    const started = performance.now();
    await pool(Number(values['flow-concurrency']), (i) => i < inputs.length, async (i) => {
        const conversationId = `replay-${randomUUID()}`;
        for (const input of inputs[i]) {
            const began = performance.now();
            try {
                await post(url, conversationId, input);
                latencies.push(performance.now() - began);
            } catch {
                errors += 1;
            }
        }
    });
    const seconds = (performance.now() - started) / 1000;
    return { ...summarize(latencies, errors, seconds), ...serverCpu(cpuMs(server.child.pid!) - cpuBefore, latencies.length, seconds) };
}

/** `count` new conversations of one turn each ("hi": welcome and menu). */
async function storeConversations(url: string, count: number): Promise<void> {
    await pool(Number(values.concurrency), (i) => i < count, async (i) => void (await post(url, `stored-${i}-${randomUUID()}`, 'hi')));
}

interface StateBytes {
    conversations: number;
    conversationBytes: number;
    users: number;
    userBytes: number;
}

async function stateBytes(store: BenchStore): Promise<StateBytes> {
    const sql = (like: string) => `SELECT COUNT(*) AS n, COALESCE(SUM(LENGTH("document") + LENGTH("key") + LENGTH("eTag")), 0) AS bytes FROM "BotStateItem" WHERE "key" LIKE '${like}'`;
    const rows = await store.query([sql('%/conversations/%'), sql('%/users/%')]);
    return {
        conversations: rows[0].n,
        conversationBytes: Math.round(rows[0].bytes / Math.max(1, rows[0].n)),
        users: rows[1].n,
        userBytes: Math.round(rows[1].bytes / Math.max(1, rows[1].n)),
    };
}

interface BenchStore {
    name: 'sqlite' | 'postgresql';
    url: string;
    query(sqls: string[]): Promise<Array<{ n: number; bytes: number }>>;
    dispose(): Promise<void>;
}

function sqliteStore(): BenchStore {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-bench-'));
    const file = path.join(dir, 'bench.db');
    applyMigrations(file);
    return {
        name: 'sqlite',
        url: `file:${file}`,
        async query(sqls) {
            const db = new Database(file, { readonly: true });
            try {
                return sqls.map((sql) => db.prepare(sql).get() as { n: number; bytes: number });
            } finally {
                db.close();
            }
        },
        async dispose() {
            fs.rmSync(dir, { recursive: true, force: true });
        },
    };
}

async function postgresStore(serverUrl: string): Promise<BenchStore> {
    // tests/support/testPostgres.ts reads the server from TEST_POSTGRES_URL when it loads.
    process.env.TEST_POSTGRES_URL = serverUrl;
    const { createTestDatabase } = await import('../tests/support/testPostgres');
    const { migratePostgres } = await import('../store/postgresMigrator');
    const database = await createTestDatabase();
    await migratePostgres({ connectionString: database.url });
    return {
        name: 'postgresql',
        url: database.url,
        async query(sqls) {
            const client = new Client({ connectionString: database.url });
            await client.connect();
            try {
                const rows = [];
                for (const sql of sqls) {
                    const row = (await client.query(sql)).rows[0] as { n: string; bytes: string };
                    rows.push({ n: Number(row.n), bytes: Number(row.bytes) });
                }
                return rows;
            } finally {
                await client.end();
            }
        },
        dispose: () => database.dispose(),
    };
}

const ratio = (a: Latencies, b: Latencies) => Number((a.turnsPerSecond / Math.max(1, b.turnsPerSecond)).toFixed(2));

/**
 * Sendero's menu turns/s against the echo bot's, measured before and after Sendero's runs: on a shared machine the
 * echo bot's own pace moves by half from one hour to the next, so one echo run can make the same Sendero look 0.34 ×
 * or 0.54 ×. The ratio is to the mean of the two, and the range shows how far apart they were.
 */
function menuRatio(menu: Latencies, echoBefore: Latencies, echoAfter: Latencies): { ratioToEcho: number; ratioToEchoRange: [number, number] } {
    const against = (echoPerSecond: number) => Number((menu.turnsPerSecond / Math.max(1, echoPerSecond)).toFixed(2));
    const [before, after] = [echoBefore.turnsPerSecond, echoAfter.turnsPerSecond];
    return { ratioToEcho: against((before + after) / 2), ratioToEchoRange: [against(Math.max(before, after)), against(Math.min(before, after))] };
}

/** The server's CPU (`cpu` ms) over a run of `turns` turns in `seconds`: per turn, and as a share of one core. */
function serverCpu(cpu: number, turns: number, seconds: number): Pick<Latencies, 'cpuMsPerTurn' | 'serverBusy'> {
    return { cpuMsPerTurn: Number((cpu / Math.max(1, turns)).toFixed(2)), serverBusy: Number((cpu / Math.max(1, seconds * 1000)).toFixed(2)) };
}

/** menuRatio against the echo bot on the SDK as published: the yardstick as issue 13 measured it. */
function publishedRatio(menu: Latencies, before: Latencies, after: Latencies): { ratioToPublishedEcho: number; ratioToPublishedEchoRange: [number, number] } {
    const { ratioToEcho, ratioToEchoRange } = menuRatio(menu, before, after);
    return { ratioToPublishedEcho: ratioToEcho, ratioToPublishedEchoRange: ratioToEchoRange };
}

/** Sendero (from `tree`) on a fresh database: menu turns, flows, RSS, state bytes. */
async function benchSendero(store: BenchStore, tree: string | undefined, cpuProfDir: string | undefined) {
    const sendero = await startServer('sendero', store.url, tree);
    const rssAfterStart = rssMiB(sendero.child.pid!);
    const menu = await menuTurns(sendero, cpuProfDir ? { start: () => profile(sendero, 'start'), stop: () => profile(sendero, 'stop', path.join(cpuProfDir, 'menu.cpuprofile')) } : undefined);
    const rssAfterMenu = rssMiB(sendero.child.pid!);
    const flowCpuBefore = cpuMs(sendero.child.pid!);
    const flowRun = await flows(sendero.url);
    const flowCpuMsPerTurn = Number(((cpuMs(sendero.child.pid!) - flowCpuBefore) / Math.max(1, flowRun.result.turns)).toFixed(2));
    const stored = Number(values.stored);
    await storeConversations(sendero.url, stored);
    const rssAfterStored = rssMiB(sendero.child.pid!);
    const bytes = await stateBytes(store);
    await stopServer(sendero);
    const flowSeconds = [...flowRun.flowSeconds].sort((a, b) => a - b);
    return {
        tree: tree ?? 'this checkout',
        menu,
        flows: { completed: flowRun.flowSeconds.length, turnsPerFlow: flowRun.inputs[0]?.length ?? 0, medianFlowSeconds: Number((flowSeconds[Math.floor(flowSeconds.length / 2)] ?? 0).toFixed(2)), ...flowRun.result, cpuMsPerTurn: flowCpuMsPerTurn },
        inputs: flowRun.inputs,
        rssMiB: { afterStart: rssAfterStart, afterMenuTurns: rssAfterMenu, [`after${stored}MoreConversations`]: rssAfterStored },
        stateBytesPerConversation: bytes,
    };
}

/** The echo bot's menu turns on a fresh database (`echo-published`: on the SDK as published). */
function echoMenuTurns(open: () => Promise<BenchStore>, kind: 'echo' | 'echo-published' = 'echo'): Promise<Latencies> {
    return withStore(open, async (store) => {
        const echo = await startServer(kind, store.url);
        try {
            return await menuTurns(echo);
        } finally {
            await stopServer(echo);
        }
    });
}

async function benchStore(name: BenchStore['name'], open: () => Promise<BenchStore>): Promise<Record<string, unknown>> {
    const publishedMenu = await echoMenuTurns(open, 'echo-published');
    const echoMenu = await echoMenuTurns(open);
    const runs = [];
    // The baseline first, then this checkout: what runs second meets a machine no quieter than the first did.
    const profileDir = (which: string) => (values['cpu-prof'] ? path.resolve(values['cpu-prof'], name, which) : undefined);
    if (values.baseline) runs.push(await withStore(open, (store) => benchSendero(store, path.resolve(values.baseline!), profileDir('baseline'))));
    runs.push(await withStore(open, (store) => benchSendero(store, undefined, profileDir('current'))));
    // The echo bot again, after Sendero: its pace on this machine brackets Sendero's runs.
    const echoMenuAfter = await echoMenuTurns(open);
    const publishedMenuAfter = await echoMenuTurns(open, 'echo-published');
    const current = runs[runs.length - 1];
    const echoFlows = await withStore(open, async (store) => {
        const echo = await startServer('echo', store.url);
        try {
            return await replay(echo, current.inputs);
        } finally {
            await stopServer(echo);
        }
    });
    return {
        store: name,
        echo: { menu: echoMenu, menuAfter: echoMenuAfter, flowsReplayed: echoFlows, publishedSdk: { menu: publishedMenu, menuAfter: publishedMenuAfter } },
        sendero: runs.map(({ inputs: _inputs, ...run }) => ({
            ...run,
            menu: { ...run.menu, ...menuRatio(run.menu, echoMenu, echoMenuAfter), ...publishedRatio(run.menu, publishedMenu, publishedMenuAfter) },
            flows: { ...run.flows, ratioToEcho: ratio(run.flows as unknown as Latencies, echoFlows) },
        })),
    };
}

async function withStore<T>(open: () => Promise<BenchStore>, work: (store: BenchStore) => Promise<T>): Promise<T> {
    const store = await open();
    try {
        return await work(store);
    } finally {
        await store.dispose();
    }
}

async function main(): Promise<void> {
    if (values.serve) {
        await serve(values.serve, values['database-url'] ?? '');
        return;
    }
    const postgresUrl = values['sqlite-only'] ? undefined : values.postgres ?? process.env.TEST_POSTGRES_URL;
    const results: Record<string, unknown>[] = [];
    results.push(await benchStore('sqlite', async () => sqliteStore()));
    if (postgresUrl) results.push(await benchStore('postgresql', () => postgresStore(postgresUrl)));
    const run = {
        node: process.version,
        cpus: os.cpus().length,
        loadAverage: os.loadavg().map((load) => Number(load.toFixed(1))),
        concurrency: Number(values.concurrency),
        conversations: Number(values.conversations),
        results,
    };
    process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
}

void main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
});
