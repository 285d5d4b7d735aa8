import type { Activity } from 'botbuilder';
import { i18n, en, es, say, texts, type DialogHarness } from '../support/dialogHarness';
import { DirectLineTestClient, replyText } from '../support/directLineClient';
import { startTestApp, type TestApp } from '../support/testApp';
import { CaseServiceUnavailable } from '../../services/cases/caseErrors';
import { RESERVED_RECEIPTS } from '../../services/cases/sandboxFixtures';
import { HandoffService } from '../../services/handoff/handoffService';
import { parseHelpDeskHours } from '../../services/handoff/helpDeskHours';
import { createRepositories } from '../../store/repositories';
import { createTestAccount, openAccountHarness } from '../dialogs/account/accountFixture';
import { AGENT_PASSWORD } from './agentConsoleClient';

/**
 * The offers of a person that Sendero makes by itself: after two messages in a row it cannot understand at the menu
 * (in every language it speaks), and at once when a flow cannot go on (the case system is down, sign-in is locked).
 */
const UNAVAILABLE_RECEIPT = Object.entries(RESERVED_RECEIPTS).find(([, answer]) => answer() instanceof CaseServiceUnavailable)?.[0] ?? 'none';

/** Two messages no task of Sendero's covers, per language (a capital city, a pizza, a joke). */
const OUT_OF_SCOPE: Array<{ language: string; locale: string; first: string; second: string }> = [
    { language: 'en', locale: 'en-US', first: 'What is the capital of France?', second: 'Tell me a joke about cats' },
    { language: 'es', locale: 'es-MX', first: '¿Cuál es la capital de Francia?', second: 'Cuéntame un chiste sobre gatos' },
    { language: 'fr', locale: 'fr-FR', first: "Quelle est la capitale de l'Italie ?", second: 'Raconte-moi une blague sur les chats' },
    { language: 'zh', locale: 'zh-CN', first: '法国的首都是哪里？', second: '给我讲个关于猫的笑话' },
    { language: 'vi', locale: 'vi-VN', first: 'Thủ đô của Pháp là gì?', second: 'Kể cho tôi một câu chuyện cười về mèo' },
    { language: 'tl', locale: 'tl-PH', first: 'Ano ang kabisera ng Pransya?', second: 'Magkwento ka ng biro tungkol sa pusa' },
    { language: 'ar', locale: 'ar-EG', first: 'ما هي عاصمة فرنسا؟', second: 'أخبرني نكتة عن القطط' },
    { language: 'ko', locale: 'ko-KR', first: '고양이에 관한 농담 하나 해 주세요', second: '오늘 날씨가 어때요?' },
];

const offerText = (t: (key: string, params?: Record<string, unknown>) => string, reason: 'notUnderstood' | 'blocked' | 'retries' | 'frustrated') =>
    t(`handoff.offer.${reason}`, { option: t('menu.options.talkToPerson.title') });

describe('on the real server, with a staffed help desk', () => {
    let app: TestApp;

    beforeAll(async () => {
        app = await startTestApp({ HELPDESK_SCHEDULE: 'Mon-Sun 00:00-24:00' });
        await app.helpDesk.agents.create({ username: 'ana', displayName: 'Ana', password: AGENT_PASSWORD });
    });
    afterAll(async () => app?.dispose());

    async function ticketOf(conversationId: string): Promise<Record<string, unknown> | undefined> {
        return (await app.rows('HandoffTicket')).find((row) => String(row.conversationKey).includes(conversationId));
    }

    test.each(OUT_OF_SCOPE)('the second out-of-scope message in a row offers a person ($language)', async ({ language, locale, first, second }) => {
        const t = i18n.getFixedT(language);
        const chat = await DirectLineTestClient.open(app.url, locale);
        await chat.botReplies();
        const once = (await chat.send(first)).map(replyText);
        expect(once).toContain(t('understanding.outOfScope'));
        expect(once).not.toContain(offerText(t, 'notUnderstood'));
        const twice = (await chat.send(second)).map(replyText);
        expect(twice).toEqual([t('understanding.outOfScope'), offerText(t, 'notUnderstood'), expect.any(String)]);
    });

    test('the offer is not repeated at the very next miss, and taking it opens a ticket that says why', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'en-US');
        await chat.botReplies();
        await chat.send('What is the capital of France?');
        expect((await chat.send('Tell me a joke about cats')).map(replyText)).toContain(offerText(en, 'notUnderstood'));
        // A third miss: only the out-of-scope answer (the next offer comes after three more).
        const third = (await chat.send('Wie spät ist es heute in Berlin?')).map(replyText);
        expect(third).toContain(en('understanding.outOfScope'));
        expect(third).not.toContain(offerText(en, 'notUnderstood'));
        // Something understood ends the streak: one more miss does not bring the offer.
        const menu = await DirectLineTestClient.open(app.url, 'en-US');
        await menu.botReplies();
        await menu.send('hello');
        expect((await menu.send('What is the capital of France?')).map(replyText)).not.toContain(offerText(en, 'notUnderstood'));

        await chat.send('Who won the football game?');
        await chat.send(en('menu.options.talkToPerson.title'));
        expect(await ticketOf(chat.conversationId)).toMatchObject({ reason: 'notUnderstood', status: 'waiting' });
        await chat.send('never mind');
    });

    test('at a choice question in a flow: a person at the second miss in a row, then at every third after it, not at each', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'en-US');
        await chat.botReplies();
        await chat.send('1');
        const offers: string[][] = [];
        for (const miss of ['qwerty', 'zxcvb', 'plokij', 'mnbvc', 'lkjhg']) {
            const replies = (await chat.send(miss)).map(replyText);
            offers.push([offerText(en, 'notUnderstood'), offerText(en, 'retries')].filter((offer) => replies.includes(offer)));
        }
        expect(offers).toEqual([[], [offerText(en, 'notUnderstood')], [], [], [offerText(en, 'retries')]]);
        await chat.send('cancel');
    });

    test('the case system being down offers a person at once, after saying what happened', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'es-US');
        await chat.botReplies();
        await chat.send('4');
        const replies = (await chat.send(UNAVAILABLE_RECEIPT)).filter((reply: Partial<Activity>) => reply.type === 'message').map(replyText);
        const down = replies.indexOf(es('caseErrors.caseServiceUnavailable'));
        expect(down).toBeGreaterThanOrEqual(0);
        expect(replies[down + 1]).toBe(offerText(es, 'blocked'));
        // One way to a person, not two blocks of contact details.
        expect(replies.filter((text) => text.includes('555') || text.includes('@'))).toEqual([]);
        await chat.send(es('menu.options.talkToPerson.title'));
        // Taken from the menu that followed the offer: the ticket says why the person was offered.
        expect(await ticketOf(chat.conversationId)).toMatchObject({ status: 'waiting', language: 'es', reason: 'blocked' });
        await chat.send('no importa');
    });

    // Found by chatting with the bot: someone fed up ("this is useless") on a staffed help desk was told to type "talk to a
    // person", with no button, where two messages not understood bring the offer and its button.
    test.each([
        { language: 'en', locale: 'en-US', greeting: 'hello', said: 'this is useless' },
        { language: 'es', locale: 'es-US', greeting: 'hola', said: 'esto no sirve para nada' },
        { language: 'fr', locale: 'fr-FR', greeting: 'bonjour', said: 'ça sert à rien ce truc' },
        { language: 'zh', locale: 'zh-CN', greeting: '你好', said: '这个真没用' },
        { language: 'vi', locale: 'vi-VN', greeting: 'xin chào', said: 'bot vô dụng quá' },
        { language: 'tl', locale: 'tl-PH', greeting: 'kumusta', said: 'walang kwenta to' },
        { language: 'ar', locale: 'ar-EG', greeting: 'مرحبا', said: 'هذا غير مفيد' },
        { language: 'ko', locale: 'ko-KR', greeting: '안녕하세요', said: '이거 정말 쓸모없네요' },
    ])('fed up at the menu, and saying nothing else: the apology with the offer of a person and its button ($language)', async ({ language, locale, greeting, said }) => {
        const t = i18n.getFixedT(language);
        const chat = await DirectLineTestClient.open(app.url, locale);
        await chat.botReplies();
        await chat.send(greeting);
        const replies = (await chat.send(said)).filter((reply: Partial<Activity>) => reply.type === 'message');
        expect(replies.map(replyText)).toEqual([offerText(t, 'frustrated'), expect.stringContaining(t('menu.prompt'))]);
        expect(replies[0].suggestedActions?.actions.map((action) => action.title)).toEqual([t('menu.options.talkToPerson.title')]);
        expect(replies.map(replyText)).not.toContain(t('understanding.frustration'));
        // Taken from the menu that followed: the ticket says the person was offered to someone fed up.
        await chat.send(t('menu.options.talkToPerson.title'));
        expect(await ticketOf(chat.conversationId)).toMatchObject({ reason: 'frustrated', status: 'waiting', language });
        await chat.send(t('handoff.leavePhrases.0'));
    });

    test.each([
        { where: 'a question in a flow', language: 'en', locale: 'en-US', opening: 'menu.options.checkStatus.title', said: "you don't understand me" },
        { where: 'the common questions', language: 'es', locale: 'es-US', opening: 'menu.options.commonQuestions.title', said: 'esto no sirve para nada' },
    ])('fed up at $where: the question again, then the offer with its button; taking it says why', async ({ language, locale, opening, said }) => {
        const t = i18n.getFixedT(language);
        const chat = await DirectLineTestClient.open(app.url, locale);
        await chat.botReplies();
        const question = (await chat.send(t(opening))).map(replyText).pop();
        const replies = (await chat.send(said)).filter((reply: Partial<Activity>) => reply.type === 'message');
        expect(replies.map(replyText)).toEqual([question, offerText(t, 'frustrated')]);
        expect(replies[1].suggestedActions?.actions.map((action) => action.title)).toEqual([t('menu.options.talkToPerson.title')]);
        await chat.send(t('menu.options.talkToPerson.title'));
        expect(await ticketOf(chat.conversationId)).toMatchObject({ reason: 'frustrated', status: 'waiting' });
        await chat.send(t('handoff.leavePhrases.0'));
    });

    test('a ticket from a conversation answered in traditional Chinese says so to the agent: zh-Hant', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'zh-TW');
        await chat.botReplies();
        await chat.send('我想跟真人說話');
        expect(await ticketOf(chat.conversationId)).toMatchObject({ language: 'zh-Hant', status: 'waiting' });
        await chat.send('不用了');
    });

    test('fed up while asking for something: the plain line, then what was asked (no offer in its way)', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'en-US');
        await chat.botReplies();
        await chat.send('hello');
        const replies = (await chat.send("I can't sign in and this is so frustrating")).map(replyText);
        expect(replies[0]).toBe(en('understanding.frustration'));
        expect(replies.join('\n')).toContain(en('signInTrouble.prompt').split('\n')[0]);
        expect(replies).not.toContain(offerText(en, 'frustrated'));
    });

    test('"no" twice at the same step of the USCIS sign-up guide offers a person, instead of the same advice again', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'en-US');
        await chat.botReplies();
        await chat.send('create an account');
        await chat.send('1');
        expect((await chat.send('no')).map(replyText)[0]).toBe(en('uscisAccountGuide.stages.email.ifNot'));
        const again = (await chat.send('no')).map(replyText);
        expect(again[0]).toBe(offerText(en, 'retries'));
        expect(again.join('\n')).not.toContain(en('uscisAccountGuide.stages.email.ifNot'));
        await chat.send(en('menu.options.talkToPerson.title'));
        expect(await ticketOf(chat.conversationId)).toMatchObject({ reason: 'retries', status: 'waiting' });
        await chat.send('never mind');
    });

    test('someone who may be in danger at a question: the line to call, the question again, a person offered; taking it puts them first', async () => {
        const earlier = await DirectLineTestClient.open(app.url, 'en-US');
        await earlier.botReplies();
        await earlier.send('talk to a person');
        const chat = await DirectLineTestClient.open(app.url, 'en-US');
        await chat.botReplies();
        const asked = (await chat.send('check my case status')).map(replyText);
        // Before: "Sorry, I can't help with that" would not even be said: the receipt question again, as a wrong answer.
        const replies = (await chat.send('I want to kill myself')).map(replyText);
        expect(replies).toEqual([en('safety.selfHarm.answer'), asked[asked.length - 1], en('handoff.offer.safety', { option: en('menu.options.talkToPerson.title') })]);
        const taken = (await chat.send(en('menu.options.talkToPerson.title'))).map(replyText).join('\n');
        expect(await ticketOf(chat.conversationId)).toMatchObject({ reason: 'safety', status: 'waiting' });
        // Ahead of the one who asked earlier.
        expect(taken).toContain('You are number 1 in line');
        await chat.send('never mind');
        await earlier.send('never mind');
    });

    test('a first message from someone who may be in danger: the line to call, the menu, a person offered', async () => {
        const chat = await DirectLineTestClient.open(app.url, 'es-MX');
        await chat.botReplies();
        const replies = (await chat.send('mi esposo me amenaza con quitarme la green card')).map(replyText);
        expect(replies).toEqual([es('safety.abuse.answer'), expect.stringContaining(es('menu.prompt')), es('handoff.offer.safety', { option: es('menu.options.talkToPerson.title') })]);
    });
});

describe('sign-in locked out (dialogs with the real account services)', () => {
    let harness: DialogHarness | undefined;
    afterEach(async () => {
        await harness?.dispose();
        harness = undefined;
    });

    /** The harness's services with a help desk: a handoff service on the same store, and one agent account. */
    async function withHelpDesk(h: DialogHarness): Promise<void> {
        const repositories = createRepositories(h.store.client);
        await repositories.agents.create({ id: 'agent-1', username: 'ana', displayName: 'Ana', passwordHash: 'unused', sealedTotp: 'unused' });
        h.services.handoff = new HandoffService({
            tickets: repositories.handoffTickets,
            agents: repositories.agents,
            agentSessions: repositories.agentSessions,
            hours: parseHelpDeskHours({ schedule: 'Mon-Sun 00:00-24:00', timeZone: 'America/New_York', holidays: '' }),
        });
    }

    async function lockOut(h: DialogHarness, t: typeof en): Promise<string[]> {
        const account = await createTestAccount(h, 'locked@example.com');
        await say(h.client, 'hi');
        await say(h.client, '1');
        await say(h.client, t('findAccountNumber.topics.lookUp'));
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        for (let wrong = 0; wrong < 4; wrong++) await say(h.client, '000000');
        return texts(await say(h.client, '000000'));
    }

    test.each([
        { language: 'en', locale: undefined, t: en },
        { language: 'es', locale: 'es-US', t: es },
    ])('the fifth wrong code locks sign-in and offers a person at once ($language)', async ({ locale, t }) => {
        harness = await openAccountHarness({ locale });
        await withHelpDesk(harness);
        const said = await lockOut(harness, t);
        expect(said[0]).toMatch(/^.+ \d/);
        expect(said[1]).toBe(offerText(t, 'blocked'));
        expect(said[2]).toContain(t('signIn.locked.offerHelp'));
    });

    test('without a help desk the lock-out says nothing of a person it cannot reach', async () => {
        harness = await openAccountHarness();
        const said = await lockOut(harness, en);
        expect(said).not.toContain(offerText(en, 'blocked'));
    });
});
