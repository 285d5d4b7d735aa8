import type { Activity } from 'botbuilder';
import { en, i18n } from '../support/dialogHarness';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { startTestApp, type TestApp } from '../support/testApp';

jest.setTimeout(60_000);

/*
 * Found by chatting: "my password is Hunter2!2024, can you log in for me?" and "here is my code 483920" at the menu were
 * read as any message (which account? check a case status?) and stayed in the web transcript as typed. A password
 * stated in the open, and a code inside a sentence, are not kept (the stored history has a placeholder), and the menu
 * says so first: a password is never needed here, a code is asked for only inside a step. A sentence that names a
 * password without one in it ("my password doesn't work") is kept and read as before.
 */
let app: TestApp;

beforeAll(async () => {
    app = await startTestApp({ NODE_ENV: 'development' });
});
afterAll(async () => app?.dispose());

const texts = (replies: Partial<Activity>[]) => replies.filter((reply) => reply.type === 'message').map(replyText);

async function chat(): Promise<DirectLineTestClient> {
    const client = await DirectLineTestClient.open(app.url);
    await client.botReplies();
    return client;
}

test.each([
    ['en', 'my password is Hunter2!2024 can you log in for me?', 'Hunter2!2024', 'privacy.passwordTyped'],
    ['es', 'mi contraseña es Hola1234! ¿me ayuda a entrar?', 'Hola1234!', 'privacy.passwordTyped'],
    ['en', 'here is my code 483920', '483920', 'privacy.codeUnasked'],
    ['en', 'the code 482 913 does not work', '482 913', 'privacy.codeUnasked'],
])('%s: "%s" at the menu: a word of warning first, and the message is not kept', async (language, typed, secret, key) => {
    const client = await chat();
    const t = i18n.getFixedT(language);
    const replies = texts(await client.send(typed));
    // Written in Spanish at an English menu: "continue in Spanish?" first, and yes reads the message held.
    if (language !== 'en') replies.push(...texts(await client.send(t('prompts.yesNo.yes'))));
    expect(replies).toContain(t(key));
    expect(JSON.stringify(await client.history())).not.toContain(secret);
});

test('a sentence about a password with none in it is kept and read as before', async () => {
    const client = await chat();
    const replies = texts(await client.send("my password doesn't work"));
    expect(replies.join('\n')).not.toContain(en('privacy.passwordTyped'));
    expect(JSON.stringify(await client.history())).toContain("my password doesn't work");
});

test('an account number, a phone number and a receipt number are not codes', async () => {
    const client = await chat();
    for (const typed of ['my account number is 1234 5678 9012', 'call me at 800-375-5283', 'EAC9999103403']) {
        const replies = texts(await client.send(typed));
        expect(replies.join('\n')).not.toContain(en('privacy.codeUnasked'));
    }
    const history = JSON.stringify(await client.history());
    expect(history).toContain('1234 5678 9012');
    expect(history).toContain('800-375-5283');
});

/*
 * Found by chatting too: walked through the USCIS sign-up, people typed their email address or the password they had
 * just made at a check-in ("Did the link open a USCIS page to make a password?"). They were told "please answer yes or
 * no", and the web transcript kept what they typed. Now: typed only on USCIS's site, said once, and the stored history
 * has a placeholder; the check-in is asked again and a yes goes on.
 */
async function atTheGuide(language: string): Promise<DirectLineTestClient> {
    const t = i18n.getFixedT(language);
    const client = await DirectLineTestClient.open(app.url, language === 'es' ? 'es-US' : 'en-US');
    await client.botReplies();
    await client.send(t('menu.options.createAccount.title'));
    const guide = texts(await client.send('1'));
    expect(guide.at(-1)).toContain(t('uscisAccountGuide.stages.email.check'));
    return client;
}

test.each([
    ['en', 'my email is maria.lopez@example.com', 'maria.lopez@example.com'],
    ['en', 'Secret#Pass123', 'Secret#Pass123'],
    ['en', '483920', '483920'],
    ['es', 'mi correo es ana.ruiz@example.com', 'ana.ruiz@example.com'],
    ['es', 'mi contraseña es Hola1234!', 'Hola1234!'],
])('%s: "%s" typed at a check-in of the USCIS sign-up: typed on USCIS\'s site only, and not kept', async (language, typed, secret) => {
    const t = i18n.getFixedT(language);
    const client = await atTheGuide(language);
    const replies = texts(await client.send(typed));
    expect(replies[0]).toBe(t('uscisAccountGuide.typedHere'));
    expect(replies.at(-1)).toContain(t('uscisAccountGuide.stages.email.check'));
    expect(JSON.stringify(await client.history())).not.toContain(secret);
    // The check-in goes on as before.
    expect(texts(await client.send(t('prompts.yesNo.yes'))).join('\n')).toContain(t('uscisAccountGuide.stages.confirmLink.check'));
});

test('a plain no, and a sentence with no detail in it, are answered and kept as before', async () => {
    const t = i18n.getFixedT('en');
    const client = await atTheGuide('en');
    const replies = texts(await client.send('I checked my spam folder already'));
    expect(replies).not.toContain(t('uscisAccountGuide.typedHere'));
    expect(replies[0]).toBe(t('uscisAccountGuide.stages.email.ifNot'));
    expect(JSON.stringify(await client.history())).toContain('I checked my spam folder already');
});
