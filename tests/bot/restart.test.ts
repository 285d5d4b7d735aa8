import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { startChildServer, type ChildServer } from '../support/childServer';
import { en, es } from '../support/dialogHarness';
import { sendExpectingReplies } from '../support/expectReplies';
import { createMigratedDatabase } from '../support/testApp';

// Two child servers started one after the other (each loads the intent model and opens the store): 35–65 s in CI on two
// loaded cores, over jest's 30 s default. The test checks what survives the kill, not how fast the servers start.
jest.setTimeout(120_000);

/** Sends one message and returns the text of each reply, with its buttons. */
async function send(server: ChildServer, conversationId: string, text: string): Promise<string[]> {
    const activities = await sendExpectingReplies(server.url, conversationId, text);
    // The Emulator channel shows choices as suggested actions.
    return activities
        .filter((activity) => activity.type === 'message')
        .map((activity) => [activity.text ?? '', ...(activity.suggestedActions?.actions ?? []).map((action) => action.title)].join(' | '));
}

describe('state survives kill -9', () => {
    const database = createMigratedDatabase();
    // Each start must find the same key (sealed secrets survive the restart): the test's own, beside its database.
    const env = { DATABASE_URL: database.url, SECRETS_KEY_FILE: path.join(database.dir, 'secrets.key') };
    afterAll(() => fs.rmSync(database.dir, { recursive: true, force: true }));

    test('a conversation in the middle of a question continues after the server is killed and started again', async () => {
        const conversationId = `restart-${randomUUID()}`;
        const first = await startChildServer(env);
        try {
            expect((await send(first, conversationId, 'hi'))[0]).toBe(en('welcome.greeting', { orgName: 'Sendero' }));
            // Open the language question, then die before answering it.
            expect((await send(first, conversationId, 'language'))[0]).toMatch(/English.*Español/);
        } finally {
            first.process.kill('SIGKILL');
            await first.exited;
        }

        const second = await startChildServer(env);
        try {
            const replies = await send(second, conversationId, '2');
            expect(replies[0]).toBe(es('language.changed'));
            expect(replies[1]).toContain(es('menu.prompt'));
        } finally {
            second.process.kill('SIGTERM');
            expect(await second.exited).toBe(0);
        }
    });

    test('SIGTERM lets a turn in progress finish and answer before the process exits', async () => {
        const conversationId = `shutdown-${randomUUID()}`;
        const server = await startChildServer({ ...env, ACCOUNT_RESPONSE_FLOOR_MS: '1500' });
        await send(server, conversationId, 'hi');
        await send(server, conversationId, '2');
        // Which account: the second, an account with the organisation.
        await send(server, conversationId, '2');
        // Registering an email takes at least the response floor (1.5 s): time enough to ask the server to stop.
        const inFlight = send(server, conversationId, 'shutdown.test@example.org');
        await new Promise((resolve) => setTimeout(resolve, 300));
        server.process.kill('SIGTERM');
        const replies = await inFlight;
        expect(replies.join('\n')).toContain(en('createAccount.email.sent', { email: 'shutdown.test@example.org' }).slice(0, 20));
        expect(await server.exited).toBe(0);
    });

    test('a bad configuration stops start-up with a message naming the variable', async () => {
        // On a free port of its own (never the default 3978, where another server may answer /healthz).
        await expect(startChildServer({ ...env, LOG_LEVEL: 'shouty' })).rejects.toThrow(/LOG_LEVEL/);
    });
});
