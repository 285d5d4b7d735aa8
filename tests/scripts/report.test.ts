import fs from 'node:fs';
import type { FunnelReport, FunnelRow } from '../../services/funnel/funnelReport';
import { FunnelRepository, type FunnelEventKind, type FunnelEventRecord } from '../../store/funnelRepository';
import { openStore } from '../../store/storeClient';
import { DirectLineTestClient } from '../support/directLineClient';
import { runNpmScript } from '../support/npmScript';
import { createMigratedDatabase, startTestApp } from '../support/testApp';

/**
 * `npm run report` in a child process against a SQLite file: first a store holding known events, whose funnel is
 * worked out by hand; then the events the running bot itself recorded for a real conversation.
 */
const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

function runReport(databaseFile: string, args: string[]): Promise<{ stdout: string; stderr: string; code: number | null }> {
    return runNpmScript('report', args, { env: { NODE_ENV: 'development', DATABASE_URL: `file:${databaseFile}`, LOG_LEVEL: 'silent' } });
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

describe('npm run report on a store with known events', () => {
    const database = createMigratedDatabase();
    const now = Date.now();
    const base = now - 3 * DAY;
    afterAll(() => fs.rmSync(database.dir, { recursive: true, force: true }));

    beforeAll(async () => {
        const events: FunnelEventRecord[] = [];
        let clock = 0;
        const run = (conversation: string, instance: string, flow: string, language: string, at: number, steps: Array<[FunnelEventKind, string | null]>) => {
            for (const [kind, step] of steps) events.push({ conversation, instance, flow, kind, step, language, at: new Date(at + clock++ * 1000) });
        };
        const status = 'checkStatusSteps';
        run('conv-a', 'a1', status, 'en', base, [['start', null], ['step', 'askReceiptStep'], ['step', 'answerStep'], ['complete', null]]);
        run('conv-b', 'b1', status, 'en', base, [['start', null], ['step', 'askReceiptStep']]);
        run('conv-c', 'c1', status, 'es', base, [['start', null], ['step', 'askReceiptStep'], ['step', 'confirmReceiptStep'], ['cancel', 'confirmReceiptStep']]);
        run('conv-d', 'd1', status, 'es', now - 5 * MINUTE, [['start', null], ['step', 'askReceiptStep']]);
        // Started twice in one conversation: the first run was left for the second, which finished.
        run('conv-e', 'e1', status, 'en', base, [['start', null], ['step', 'askReceiptStep']]);
        run('conv-e', 'e2', status, 'en', base + MINUTE, [['start', null], ['step', 'askReceiptStep'], ['step', 'answerStep'], ['complete', null]]);
        // Before the range.
        run('conv-f', 'f1', status, 'en', now - 40 * DAY, [['start', null], ['step', 'askReceiptStep']]);
        run('conv-g', 'g1', 'createAccountSteps', 'en', base, [['start', null], ['step', 'askEmailStep'], ['step', 'askCodeStep']]);
        run('conv-h', 'h1', 'createAccountSteps', 'en', base, [['start', null], ['step', 'askEmailStep']]);
        const store = await openStore(database.url);
        try {
            await new FunnelRepository(store).insertMany(events);
        } finally {
            await store.$disconnect();
        }
    });

    const range = () => ['--from', isoDay(now - 20 * DAY), '--to', isoDay(now)];

    test('--json: started, finished, cancelled, abandoned at which step, in progress, per flow and language', async () => {
        const { stdout, stderr, code } = await runReport(database.file, [...range(), '--json']);
        expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
        const report = JSON.parse(stdout) as FunnelReport;
        expect(report.abandonedAfterMinutes).toBe(30);
        expect(report.from).toBe(`${isoDay(now - 20 * DAY)}T00:00:00.000Z`);
        const row = (flow: string, language: string) => report.flows.find((candidate) => candidate.flow === flow && candidate.language === language);
        expect(report.flows).toHaveLength(3);
        expect(row('checkStatusSteps', 'en')).toEqual<FunnelRow>({
            flow: 'checkStatusSteps', language: 'en', started: 4, finished: 2, cancelled: 0, cancelledAt: {}, abandoned: 1, abandonedAt: { askReceiptStep: 1 }, inProgress: 0, restarted: 1,
        });
        expect(row('checkStatusSteps', 'es')).toEqual<FunnelRow>({
            flow: 'checkStatusSteps', language: 'es', started: 2, finished: 0, cancelled: 1, cancelledAt: { confirmReceiptStep: 1 }, abandoned: 0, abandonedAt: {}, inProgress: 1, restarted: 0,
        });
        expect(row('createAccountSteps', 'en')).toEqual<FunnelRow>({
            flow: 'createAccountSteps', language: 'en', started: 2, finished: 0, cancelled: 0, cancelledAt: {}, abandoned: 2, abandonedAt: { askCodeStep: 1, askEmailStep: 1 }, inProgress: 0, restarted: 0,
        });
    }, 60_000);

    test('the table names each flow, language and the steps where people stopped', async () => {
        const { stdout, code } = await runReport(database.file, range());
        expect(code).toBe(0);
        const lines = stdout.split('\n');
        expect(lines.find((line) => line.startsWith('flow'))).toMatch(/flow\s+language\s+started\s+finished\s+cancelled\s+abandoned\s+in progress\s+restarted/);
        expect(lines.find((line) => /^checkStatusSteps\s+en\s/.test(line))?.split(/\s+/)).toEqual(['checkStatusSteps', 'en', '4', '2', '0', '1', '0', '1']);
        expect(stdout).toContain('abandoned at askCodeStep: 1');
        expect(stdout).toContain('cancelled at confirmReceiptStep: 1');
    }, 60_000);

    test('a range with no run says so; a bad date is refused with the usage', async () => {
        const empty = await runReport(database.file, ['--from', '2020-01-01', '--to', '2020-01-31']);
        expect(empty.code).toBe(0);
        expect(empty.stdout).toContain('No flow was started in this range.');
        const bad = await runReport(database.file, ['--from', '2026-02-30']);
        expect(bad.code).toBe(2);
        expect(bad.stderr).toContain('usage: npm run report');
    }, 60_000);
});

describe('npm run report on what the bot recorded', () => {
    test('a real conversation through a flow shows up as started and finished, with its language', async () => {
        const database = createMigratedDatabase();
        try {
            const app = await startTestApp({}, database.file);
            try {
                const chat = await DirectLineTestClient.open(app.url, 'es-US');
                await chat.botReplies();
                await chat.send('estado de EAC9999103403');
                await chat.send('no');
            } finally {
                // Stopping writes the events still buffered.
                await app.dispose();
            }
            const { stdout, code } = await runReport(database.file, ['--json']);
            expect(code).toBe(0);
            const report = JSON.parse(stdout) as FunnelReport;
            expect(report.flows.find((row) => row.flow === 'checkStatusSteps')).toMatchObject({ language: 'es', started: 1, finished: 1 });
            expect(report.flows.find((row) => row.flow === 'caseSubscriptionOfferSteps')).toMatchObject({ language: 'es', started: 1, finished: 1 });
            // No user content in the store: the receipt is nowhere in the funnel's rows.
            const { default: Database } = await import('better-sqlite3');
            const db = new Database(database.file, { readonly: true });
            const rows = db.prepare('SELECT * FROM FunnelEvent').all();
            db.close();
            expect(rows.length).toBeGreaterThan(0);
            expect(JSON.stringify(rows)).not.toContain('EAC9999103403');
            expect(JSON.stringify(rows)).not.toContain('directline/');
        } finally {
            fs.rmSync(database.dir, { recursive: true, force: true });
        }
    }, 60_000);
});
