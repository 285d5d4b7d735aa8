import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { ConfigError, loadConfig } from '../../bot/config';
import { isDevOutboxEnabled } from '../../services/notifications/notificationConfig';
import { createMigratedDatabase } from '../support/testApp';

/**
 * The attack surface: a production deployment without senders kept every code in plain text in the dev outbox,
 * forever; one without SECRETS_KEY logged 'unhandledRejection' and exited 0, so a supervisor saw success. Now
 * production refuses to start, naming each missing variable, and any start-up failure exits non-zero.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const SECRETS_KEY = Buffer.alloc(32, 7).toString('base64');
const COMPLETE_PRODUCTION = {
    NODE_ENV: 'production',
    PUBLIC_BASE_URL: 'https://help.example.org',
    SECRETS_KEY,
    SMTP_URL: 'smtps://user:pass@smtp.example.org:465',
    MAIL_FROM: 'Sendero <no-reply@example.org>',
    TWILIO_ACCOUNT_SID: `AC${'a'.repeat(32)}`,
    TWILIO_AUTH_TOKEN: 'token',
    TWILIO_FROM_NUMBER: '+15550001111',
};
// Every variable the test controls, blanked (empty = unset), so nothing leaks in from the environment running jest.
const BLANK = Object.fromEntries([...Object.keys(COMPLETE_PRODUCTION), 'TWILIO_MESSAGING_SERVICE_SID', 'SECRETS_KEY_FILE'].map((name) => [name, '']));

/** Runs the real entry point (bot/index.ts) and waits for it to exit; kills it if it is still running after 20 s. */
async function runEntryPoint(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/index.ts'], {
        cwd: ROOT,
        env: { ...process.env, ...BLANK, HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const killer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    const code = await new Promise<number | null>((resolve) => child.once('exit', (exitCode) => resolve(exitCode)));
    clearTimeout(killer);
    return { code, output };
}

describe('production start-up', () => {
    const database = createMigratedDatabase();
    afterAll(() => fs.rmSync(database.dir, { recursive: true, force: true }));

    test('without SECRETS_KEY the process exits non-zero with a message naming SECRETS_KEY', async () => {
        const { SECRETS_KEY: _omitted, ...withoutKey } = COMPLETE_PRODUCTION;
        const { code, output } = await runEntryPoint({ ...withoutKey, DATABASE_URL: database.url, PORT: '0' });
        expect(code).not.toBe(0);
        expect(code).not.toBeNull();
        expect(output).toContain('SECRETS_KEY');
        expect(output).not.toContain('unhandledRejection');
    });

    test('with nothing configured the process exits non-zero, naming every missing variable', async () => {
        const { code, output } = await runEntryPoint({ NODE_ENV: 'production', DATABASE_URL: database.url, PORT: '0' });
        expect(code).toBe(1);
        for (const name of ['SMTP_URL', 'MAIL_FROM', 'TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN', 'TWILIO_FROM_NUMBER', 'SECRETS_KEY', 'PUBLIC_BASE_URL']) {
            expect(output).toContain(name);
        }
    });

    test('a failure after the configuration (the port is taken) also exits non-zero, naming the problem', async () => {
        const blocker = net.createServer();
        await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
        try {
            const { port } = blocker.address() as net.AddressInfo;
            const { code, output } = await runEntryPoint({ NODE_ENV: 'test', DATABASE_URL: database.url, PORT: String(port), SECRETS_KEY_FILE: path.join(database.dir, 'secrets.key') });
            expect(code).toBe(1);
            expect(output).toMatch(/Sendero could not start: .*EADDRINUSE/);
        } finally {
            await new Promise<void>((resolve) => blocker.close(() => resolve()));
        }
    });

    test.each([
        ['SMTP_URL', { SMTP_URL: '' }],
        ['MAIL_FROM', { MAIL_FROM: '' }],
        ['TWILIO_ACCOUNT_SID', { TWILIO_ACCOUNT_SID: '' }],
        ['TWILIO_AUTH_TOKEN', { TWILIO_AUTH_TOKEN: '' }],
        ['TWILIO_FROM_NUMBER or TWILIO_MESSAGING_SERVICE_SID', { TWILIO_FROM_NUMBER: '' }],
        ['SECRETS_KEY', { SECRETS_KEY: '' }],
        ['PUBLIC_BASE_URL', { PUBLIC_BASE_URL: '' }],
    ])('loadConfig refuses production without %s', (name, missing) => {
        const attempt = () => loadConfig({ ...COMPLETE_PRODUCTION, ...missing });
        expect(attempt).toThrow(ConfigError);
        try {
            attempt();
        } catch (error) {
            expect((error as ConfigError).problems).toEqual([expect.stringMatching(new RegExp(`^${name}: `))]);
        }
    });

    test('loadConfig refuses a hash cost below the default in production, and takes 8 to 17 elsewhere', () => {
        expect(() => loadConfig({ ...COMPLETE_PRODUCTION, PASSWORD_HASH_COST: '14' })).toThrow(/PASSWORD_HASH_COST: at least 15 in production/);
        expect(loadConfig({ ...COMPLETE_PRODUCTION, PASSWORD_HASH_COST: '16' }).PASSWORD_HASH_COST).toBe(16);
        expect(loadConfig(COMPLETE_PRODUCTION).PASSWORD_HASH_COST).toBe(15);
        expect(loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: '8' }).PASSWORD_HASH_COST).toBe(8);
        for (const outOfRange of ['7', '18', 'cheap']) expect(() => loadConfig({ NODE_ENV: 'test', PASSWORD_HASH_COST: outOfRange })).toThrow(/PASSWORD_HASH_COST/);
    });

    test('loadConfig accepts a complete production configuration, with the dev outbox off', () => {
        const config = loadConfig(COMPLETE_PRODUCTION);
        expect(config.NODE_ENV).toBe('production');
        expect(isDevOutboxEnabled(loadConfig({ ...COMPLETE_PRODUCTION, DEV_OUTBOX: 'true' }))).toBe(false);
        expect(() => loadConfig({ ...COMPLETE_PRODUCTION, TWILIO_FROM_NUMBER: '', TWILIO_MESSAGING_SERVICE_SID: `MG${'b'.repeat(32)}` })).not.toThrow();
    });

    test('outside production, nothing is required (the embedded setup)', () => {
        expect(() => loadConfig({ NODE_ENV: 'development' })).not.toThrow();
        expect(() => loadConfig({ NODE_ENV: 'test' })).not.toThrow();
    });
});
