import { ActivityHandler } from 'botbuilder';
import { markInboundSensitive, showOnce } from '../../../conversation/sensitiveInput';
import { DirectLineTestClient } from '../../support/directLineClient';
import { startDirectLineTestServer, type DirectLineTestServer } from '../../support/directLineTestServer';
import { createTestStore, type TestStore } from '../../support/testStore';

const PASSWORD = 'Pl@inText-Passw0rd';
const BACKUP_CODE = 'BKUP-7Q2M-9XZA';

/** A bot that treats "my password is ..." as a secret typed in the open, and shows a backup code once. */
class SecretBot extends ActivityHandler {
    readonly received: unknown[] = [];
    constructor() {
        super();
        this.onMessage(async (context, next) => {
            this.received.push(context.activity.value ?? context.activity.text);
            if (context.activity.text?.startsWith('my password is')) markInboundSensitive(context);
            if (context.activity.text?.startsWith('fail after')) {
                markInboundSensitive(context);
                throw new Error('the turn failed');
            }
            if (context.activity.text === 'backup code') await context.sendActivity(showOnce({ type: 'message', text: `Your backup code: ${BACKUP_CODE}` }));
            else await context.sendActivity('noted');
            await next();
        });
    }
}

let store: TestStore;
let server: DirectLineTestServer;
let bot: SecretBot;

beforeEach(async () => {
    store = await createTestStore();
    bot = new SecretBot();
    server = await startDirectLineTestServer({ databaseUrl: store.databaseUrl, bot });
});
afterEach(async () => {
    await server.close();
    await store.dispose();
});

const historyText = async (client: DirectLineTestClient) => JSON.stringify(await client.history());

describe('secrets never stay in the Direct Line history', () => {
    test('a masked card field reaches the bot but is not stored', async () => {
        const client = await DirectLineTestClient.open(server.baseUrl);
        await client.send({ value: { secret_password: PASSWORD, secret_confirm: PASSWORD, sendero: 'passwordCapture' } });
        expect(bot.received).toContainEqual({ secret_password: PASSWORD, secret_confirm: PASSWORD, sendero: 'passwordCapture' });
        const history = await historyText(client);
        expect(history).not.toContain(PASSWORD);
        expect(history).toContain('passwordCapture');
    });

    test('a message the bot marks as sensitive is replaced by a placeholder after the turn', async () => {
        const client = await DirectLineTestClient.open(server.baseUrl);
        await client.send(`my password is ${PASSWORD}`);
        await client.send('hello');
        const history = await historyText(client);
        expect(history).not.toContain(PASSWORD);
        expect(history).toContain('hello');
        expect(history).toContain('senderoRedacted');
    });

    test('a secret the bot recognised is removed even when the turn then fails', async () => {
        const client = await DirectLineTestClient.open(server.baseUrl);
        await client.send(`fail after ${PASSWORD}`);
        expect(await historyText(client)).not.toContain(PASSWORD);
    });

    test('a message that is only a code is stored as a placeholder from the start, yet the bot receives it', async () => {
        const client = await DirectLineTestClient.open(server.baseUrl);
        await client.send('482 913');
        expect(bot.received).toContain('482 913');
        const rows = JSON.stringify(await store.client.directLineActivity.findMany());
        expect(rows).not.toContain('482 913');
    });

    test.each([
        ['Arabic-Indic digits', '٤٨٢ ٩١٣'],
        ['Persian digits', '۴۸۲۹۱۳'],
        ['full-width digits', '４８２９１３'],
    ])('a code typed in %s is a code too: stored as a placeholder, received as typed', async (_keyboard, code) => {
        const client = await DirectLineTestClient.open(server.baseUrl);
        await client.send(code);
        expect(bot.received).toContain(code);
        const rows = JSON.stringify(await store.client.directLineActivity.findMany());
        expect(rows).not.toContain(code);
        expect(rows).toContain('senderoRedacted');
    });

    test('a page cannot send the events the server itself sends', async () => {
        const client = await DirectLineTestClient.open(server.baseUrl);
        await expect(client.send({ type: 'event', name: 'sendero.passwordSet', value: { purpose: 'registration' } })).rejects.toThrow(/post failed: 400/);
    });

    test('a show-once message is delivered once, then only a placeholder remains', async () => {
        const client = await DirectLineTestClient.open(server.baseUrl);
        const replies = await client.send('backup code');
        expect(replies.map((reply) => reply.text)).toContain(`Your backup code: ${BACKUP_CODE}`);
        expect(await historyText(client)).not.toContain(BACKUP_CODE);
        const dbRows = await store.client.directLineActivity.findMany();
        expect(JSON.stringify(dbRows)).not.toContain(BACKUP_CODE);
    });
});
