import { spawn } from 'node:child_process';
import path from 'node:path';
import { createTestStore, type TestStore } from '../../support/testStore';
import { startDirectLineTestServer, WELCOME_TEXT, type DirectLineTestServer } from '../../support/directLineTestServer';

const ROOT = path.resolve(__dirname, '..', '..', '..');

let testStore: TestStore;
let server: DirectLineTestServer;

beforeAll(async () => {
    testStore = await createTestStore();
    server = await startDirectLineTestServer({ databaseUrl: testStore.databaseUrl });
});

afterAll(async () => {
    await server.close();
    await testStore.dispose();
});

/** Runs `npm run chat`'s script with piped input, as a user would from a terminal, and returns what it printed. */
function runChat(input: string, env: Record<string, string>): Promise<{ code: number | null; stdout: string }> {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/chat.ts'], {
            cwd: ROOT,
            env: { ...process.env, ...env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code, stdout }));
        child.stdin.end(input);
    });
}

describe('npm run chat', () => {
    it('talks to the server over Direct Line: welcome, echo, numbered buttons, language switch', async () => {
        const { code, stdout } = await runChat('hello\nmenu\n2\ncard\n1\nespañol\nhola\n', {
            SENDERO_URL: server.baseUrl,
            SENDERO_LOCALE: 'en',
        });
        expect(code).toBe(0);
        const lines = stdout.split('\n').map((line) => line.trim());
        expect(lines).toEqual(
            expect.arrayContaining([WELCOME_TEXT, 'Echo: hello', 'Pick a colour', '1. Red', '2. Blue', 'Echo: Blue', 'Options', '1. Green', 'Echo: Green']),
        );
        expect(lines.indexOf('Echo: Blue')).toBeGreaterThan(lines.indexOf('2. Blue'));

        const stored = await server.store.directLineActivity.findMany({ orderBy: { createdAt: 'asc' } });
        const userMessages = stored
            .map((row) => JSON.parse(row.document) as { text?: string; locale?: string; from: { role: string } })
            .filter((activity) => activity.from.role === 'user');
        expect(userMessages.find((activity) => activity.text === 'hello')?.locale).toBe('en-US');
        // After the bot's language event, the client speaks Spanish.
        expect(userMessages.find((activity) => activity.text === 'hola')?.locale).toBe('es-US');
    });

    it('speaks any supported language it is started in, as the widget does (not only English and Spanish)', async () => {
        const { code } = await runChat('bonjour\n', { SENDERO_URL: server.baseUrl, SENDERO_LOCALE: 'fr_FR.UTF-8' });
        expect(code).toBe(0);
        const stored = await server.store.directLineActivity.findMany({ orderBy: { createdAt: 'asc' } });
        const sent = stored.map((row) => JSON.parse(row.document) as { text?: string; locale?: string }).find((activity) => activity.text === 'bonjour');
        expect(sent?.locale).toBe('fr-FR');
    });
});
