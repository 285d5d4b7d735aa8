/**
 * What a server costs while nobody types: CPU over a quiet window with no clients, then with open web-chat streams
 * (the widget's WebSocket; each asks the store every second whether anything new arrived, and re-checks its token
 * every 30 s). The whole app runs in-process on a fresh SQLite file; the sockets are in the same process but idle.
 * Bounded: fixed windows, loopback only.
 *
 *   npm run bench:idle -- [--streams 200] [--seconds 10]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import WebSocket from 'ws';
import { startSendero } from '../bot/app';
import { loadConfig } from '../bot/config';
import { applyMigrations } from '../tests/support/testStore';

const { values } = parseArgs({ options: { streams: { type: 'string', default: '200' }, seconds: { type: 'string', default: '10' } } });
const streams = Number(values.streams);
const windowMs = Number(values.seconds) * 1000;

/** CPU time (user + system, all threads) this process spends over `ms` of wall time, in ms. */
async function cpuOver(ms: number): Promise<number> {
    const before = process.cpuUsage();
    await new Promise((resolve) => setTimeout(resolve, ms));
    const used = process.cpuUsage(before);
    return Math.round((used.user + used.system) / 1000);
}

async function main(): Promise<void> {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sendero-bench-idle-'));
    const file = path.join(dir, 'bench.db');
    applyMigrations(file);
    const config = loadConfig({
        NODE_ENV: 'development',
        HOST: '127.0.0.1',
        PORT: '0',
        DATABASE_URL: `file:${file}`,
        SECRETS_KEY_FILE: path.join(dir, 'secrets.key'),
        LOG_LEVEL: 'silent',
        ORG_NAME: 'Bench Org',
        CASE_SERVICE: 'sandbox',
        // One address opens every conversation here.
        DIRECTLINE_TOKENS_PER_IP_PER_MINUTE: String(streams + 10),
        DIRECTLINE_CONVERSATIONS_PER_IP_PER_HOUR: String(streams + 10),
    });
    const app = await startSendero(config, pino({ level: 'silent' }));
    const sockets: WebSocket[] = [];
    try {
        // Start-up work (the first poller rounds) settles first.
        await new Promise((resolve) => setTimeout(resolve, 2000));
        const quiet = await cpuOver(windowMs);
        const post = async (route: string, token?: string) =>
            (await (await fetch(`${app.url}${route}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...(token && { Authorization: `Bearer ${token}` }) }, body: '{}' })).json()) as Record<string, unknown>;
        for (let opened = 0; opened < streams; opened++) {
            const token = String((await post('/api/directline/token')).token);
            const started = await post('/v3/directline/conversations', token);
            const socket = new WebSocket(String(started.streamUrl));
            await new Promise((resolve, reject) => {
                socket.once('open', resolve);
                socket.once('error', reject);
            });
            sockets.push(socket);
        }
        // Each conversation's welcome has been streamed; what follows is the idle cost.
        await new Promise((resolve) => setTimeout(resolve, 3000));
        const withStreams = await cpuOver(windowMs);
        process.stdout.write(
            `${JSON.stringify({ node: process.version, seconds: windowMs / 1000, cpuMsNoClients: quiet, streams: sockets.length, cpuMsWithStreams: withStreams, cpuMsPerStreamSecond: Number((((withStreams - quiet) / sockets.length) * (1000 / windowMs)).toFixed(3)) }, null, 2)}\n`,
        );
    } finally {
        for (const socket of sockets) socket.close();
        await app.stop();
        fs.rmSync(dir, { recursive: true, force: true });
    }
}

void main().catch((error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
});
