import type { Activity } from 'botbuilder';
import { en, es, i18n } from '../support/dialogHarness';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { startTestApp, type TestApp } from '../support/testApp';

/**
 * The web chat shows the welcome and the menu before anything is typed, so the first thing a person types is their
 * answer to the menu. Written in another language we speak than the page's, it gets the one-time question a first
 * message gets on other channels ("continue in Vietnamese?"), in that language, and then goes where it asked.
 */
const vi = i18n.getFixedT('vi');
const said = (replies: Partial<Activity>[]) => replies.filter((reply) => reply.type === 'message').map(replyText);
const starts = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

let app: TestApp;
beforeAll(async () => {
    app = await startTestApp({ ORG_NAME: 'Ayuda Legal Test' });
});
afterAll(async () => app?.dispose());

/** A new web chat on an English page, past its welcome and menu. */
async function englishPage(): Promise<DirectLineTestClient> {
    const chat = await DirectLineTestClient.open(app.url, 'en-US');
    const welcome = said(await chat.botReplies());
    expect(welcome.at(-1)).toMatch(starts(en('menu.prompt')));
    return chat;
}

test('a Vietnamese answer to the menu is asked about in Vietnamese; "có" switches, and the answer goes where it asked', async () => {
    const chat = await englishPage();
    expect(said(await chat.send('tôi muốn kiểm tra tình trạng hồ sơ'))).toEqual([expect.stringMatching(starts(vi('language.offer')))]);
    const replies = said(await chat.send('có'));
    expect(replies[0]).toBe(vi('language.changed'));
    expect(replies.at(-1)).toBe(vi('caseStatus.ask.receipt'));
});

test('a Spanish greeting is asked about; "no" keeps English and the greeting is still answered', async () => {
    const chat = await englishPage();
    expect(said(await chat.send('hola'))).toEqual([expect.stringMatching(starts(es('language.offer')))]);
    const replies = said(await chat.send('no'));
    expect(replies[0]).toBe(en('language.unchanged'));
    expect(replies[1]).toBe(en('understanding.greeting'));
    expect(replies.at(-1)).toMatch(starts(en('menu.prompt')));
});

test('something we do not handle, in Spanish, is asked about too, then answered in the language chosen', async () => {
    const chat = await englishPage();
    expect(said(await chat.send('necesito renovar mi pasaporte mexicano'))).toEqual([expect.stringMatching(starts(es('language.offer')))]);
    const replies = said(await chat.send('sí'));
    expect(replies[0]).toBe(es('language.changed'));
    expect(replies.slice(1)).toEqual([es('understanding.outOfScope'), expect.stringMatching(starts(es('menu.prompt')))]);
});

test.each(['4', 'check my case status', 'EAC9999103403'])('no question for "%s": it goes where it asked', async (answer) => {
    const chat = await englishPage();
    const replies = said(await chat.send(answer));
    expect(replies.join('\n')).not.toMatch(/continuar|tiếp tục|continue in/i);
    expect(replies.join('\n')).toMatch(new RegExp(`${en('caseStatus.ask.receipt').slice(0, 20)}|${en('caseStatus.buckets.approved.explanation').slice(0, 20)}`));
});

test('later menus ("anything else?") do not ask: by then the conversation\'s language has been read and answered', async () => {
    const chat = await englishPage();
    await chat.send('5');
    expect(said(await chat.send('cancel')).at(-1)).toMatch(starts(en('menu.again')));
    // The greeting is answered in English, with no question.
    expect(said(await chat.send('hola'))).toEqual([en('understanding.greeting'), expect.stringMatching(starts(en('menu.prompt')))]);
});
