import { AutoSaveStateMiddleware, MemoryStorage, UserState, type Activity } from 'botbuilder';
import { DialogTestClient } from 'botbuilder-testing';
import { LanguageMiddleware } from '../../bot/languageMiddleware';
import { UserStateLanguagePreference } from '../../bot/userLanguagePreference';
import { buildAccountFlows } from '../../dialogs/account/accountFlows';
import { ComingSoonDialog } from '../../dialogs/comingSoonDialog';
import { MainDialog } from '../../dialogs/mainDialog';
import type { FlowOption } from '../../dialogs/menuOptions';
import { en, es, i18n, startDialogHarness, texts, TEST_ORGANIZATION, type DialogHarness } from '../support/dialogHarness';

/*
 * The one-time question: a conversation's first message written in another supported language gets one question, in
 * that language, whether to continue in it. The first message then goes on to the menu as it would have anyway.
 * Each conversation here starts as SenderoBot starts one: the main dialog with the first message as its utterance.
 */
const ko = i18n.getFixedT('ko');

let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

/**
 * One user's conversations: the same user state (so the saved language and the "asked" mark) across them. The flows
 * say "coming soon", but "I can't sign in" is the real one with `realRecoverAccess`.
 */
async function openUser(realRecoverAccess = false) {
    harness = await startDialogHarness();
    const userState = new UserState(new MemoryStorage());
    const languages = new UserStateLanguagePreference(userState);
    const services = { ...harness.services, languages };
    const soon = (flow: FlowOption) => new ComingSoonDialog(flow, TEST_ORGANIZATION);
    const flows = {
        findAccountNumber: soon('findAccountNumber'),
        createAccount: soon('createAccount'),
        addPaperCase: soon('addPaperCase'),
        checkStatus: soon('checkStatus'),
        commonQuestions: soon('commonQuestions'),
        recoverAccess: realRecoverAccess ? buildAccountFlows(services).recoverAccess : soon('recoverAccess'),
    };
    /**
     * A new conversation whose first message is `firstMessage`, on a channel that sends `locale`. With `welcome`, the
     * welcome's menu comes first (as in the widget and Teams) and the first message is typed at it.
     */
    return async (firstMessage: string, locale = 'en-US', welcome = false) => {
        const client = new DialogTestClient('test', new MainDialog(services, flows), welcome ? {} : { utterance: firstMessage }, [
            new AutoSaveStateMiddleware(userState),
            new LanguageMiddleware(i18n, languages, 'en'),
        ]);
        const send = async (text: string) => {
            const replies: Partial<Activity>[] = [];
            let reply = (await client.sendActivity({ type: 'message', text, locale })) as Partial<Activity> | undefined;
            while (reply) {
                replies.push(reply);
                reply = client.getNextReply() as Partial<Activity> | undefined;
            }
            return texts(replies);
        };
        if (welcome) await client.sendActivity({ type: 'conversationUpdate', locale });
        return { first: await send(firstMessage), send };
    };
}

const menu = (t: typeof en) => new RegExp(`^${escape(t('menu.prompt'))}`);
const offerIn = (t: typeof en) => new RegExp(`^${escape(t('language.offer'))}`);

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('the one-time language question', () => {
    test('a Spanish first message in an English conversation is asked about in Spanish; "sí" switches and the menu follows in Spanish', async () => {
        const start = await openUser();
        const { first, send } = await start('hola');
        expect(first).toEqual([expect.stringMatching(offerIn(es))]);
        expect(await send('sí')).toEqual([es('language.changed'), expect.stringMatching(menu(es))]);
    });

    test('the first message still goes where it asked, in the language chosen', async () => {
        const start = await openUser();
        const { first, send } = await start('quiero ver el estado de mi caso');
        expect(first).toEqual([expect.stringMatching(offerIn(es))]);
        const replies = await send('si');
        expect(replies[0]).toBe(es('language.changed'));
        expect(replies[1]).toMatch(new RegExp(`^${escape(es('comingSoon.notYet', { flow: es('flows.checkStatus') }))}`));
    });

    test('a request written in the offered language instead of yes or no: that language, and the request is what is done', async () => {
        const start = await openUser();
        const { first, send } = await start('hola');
        expect(first).toEqual([expect.stringMatching(offerIn(es))]);
        const replies = await send('quiero ver el estado de mi caso');
        expect(replies[0]).toBe(es('language.changed'));
        expect(replies[1]).toMatch(new RegExp(`^${escape(es('comingSoon.notYet', { flow: es('flows.checkStatus') }))}`));
    });

    test('a receipt number typed at the question (as typed, or spaced): that language, and the number is checked', async () => {
        for (const answer of ['EAC9999103403', 'EAC 9999103403']) {
            const start = await openUser();
            const { first, send } = await start('hola, necesito ayuda');
            expect(first).toEqual([expect.stringMatching(offerIn(es))]);
            const replies = await send(answer);
            expect(replies[0]).toBe(es('language.changed'));
            // The status check behind the menu here says "coming soon": it is where the number went, not "yes or no?".
            expect(replies[1]).toMatch(new RegExp(`^${escape(es('comingSoon.notYet', { flow: es('flows.checkStatus') }))}`));
            await harness?.dispose();
            harness = undefined;
        }
    });

    test('"sí" to the question acts on the first message itself: "olvidé mi contraseña" goes straight to the reset', async () => {
        const start = await openUser(true);
        const { first, send } = await start('olvidé mi contraseña');
        expect(first).toEqual([expect.stringMatching(offerIn(es))]);
        // Which account, in Spanish; then not "What is stopping you from signing in?": the first message said why, and
        // "sí" says nothing of it.
        expect(await send('sí')).toEqual([es('language.changed'), expect.stringMatching(new RegExp(`^${escape(es('signInTrouble.prompt', { orgName: TEST_ORGANIZATION.name }))}`))]);
        expect(await send(es('chooseAccount.organization'))).toEqual([es('recoverAccess.reset.askEmail')]);
    });

    test('asking for a person at the question, in the offered language: that language, and the contact details in it', async () => {
        const zh = i18n.getFixedT('zh');
        const start = await openUser();
        const { first, send } = await start('你好');
        expect(first).toEqual([expect.stringMatching(offerIn(zh))]);
        const replies = await send('人工客服');
        expect(replies[0]).toBe(zh('language.changed'));
        expect(replies.join('\n')).toContain(zh('contact.intro'));
        expect(replies.join('\n')).not.toContain(en('contact.intro'));
    });

    test('asking for a person as the first message typed at the welcome\'s menu, in another language: answered in it', async () => {
        const zh = i18n.getFixedT('zh');
        const start = await openUser();
        const { first, send } = await start('我要跟真人说话', 'en-US', true);
        expect(first[0]).toBe(zh('language.changed'));
        expect(first.join('\n')).toContain(zh('contact.intro'));
        expect(first.join('\n')).not.toContain(en('contact.intro'));
        // The language stays: the next request is answered in it, with no question about the language.
        expect((await send('帮助')).join('\n')).not.toMatch(offerIn(zh));
    });

    test('"no" keeps the language, and the question never comes back for this user', async () => {
        const start = await openUser();
        const { first, send } = await start('¿Cómo encuentro mi número de cuenta?');
        expect(first).toEqual([expect.stringMatching(offerIn(es))]);
        expect(await send('no')).toEqual([en('language.unchanged'), expect.stringMatching(menu(en))]);

        const again = await start('hola, necesito ayuda con mi cuenta');
        expect(again.first.some((text) => offerIn(es).test(text))).toBe(false);
        expect(again.first.at(-1)).toMatch(menu(en));
    });

    test('the current language\'s yes word answers too ("yes" to a question asked in Spanish)', async () => {
        const start = await openUser();
        const { send } = await start('hola');
        expect(await send('yes')).toEqual([es('language.changed'), expect.stringMatching(menu(es))]);
    });

    test('the choice is saved: the next conversation opens in it, without the question', async () => {
        const start = await openUser();
        const { send } = await start('hola');
        await send('sí');
        const next = await start('hello');
        expect(next.first).toEqual([expect.stringMatching(menu(es))]);
    });

    test('a Korean first message is asked about in Korean, and answered with a Korean yes', async () => {
        const start = await openUser();
        const { first, send } = await start('계정 번호를 잊어버렸어요');
        expect(first).toEqual([expect.stringMatching(offerIn(ko))]);
        const yes = (i18n.t('prompts.yesNo.yesWords', { lng: 'ko', returnObjects: true }) as string[])[0];
        expect((await send(yes))[0]).toBe(ko('language.changed'));
    });

    test('an answer that is neither yes nor no gets the yes/no reminder in the offered language', async () => {
        const start = await openUser();
        const { send } = await start('hola');
        const replies = await send('tal vez');
        expect(replies.at(-1)).toMatch(new RegExp(`^${escape(`${es('prompts.notUnderstood.yesNo')}\n\n${es('language.offer')}`)}`));
    });

    test('a language named at the question is an answer: the one in use keeps it', async () => {
        const start = await openUser();
        const { send } = await start('hola');
        expect(await send('English')).toEqual([en('language.unchanged'), expect.stringMatching(menu(en))]);
    });

    test('help at the question explains both choices', async () => {
        const start = await openUser();
        const { send } = await start('hola');
        const replies = await send('help');
        expect(replies[0]).toContain(en('language.offerHelp', { language: es('language.name') }));
        expect(replies.at(-1)).toMatch(offerIn(es));
    });

    test.each(['EAC9999103403', 'ana.lopez@example.com', '123456', 'A123456789', 'Maria Lopez'])('no question for "%s"', async (message) => {
        const start = await openUser();
        const { first } = await start(message);
        expect(first.some((text) => /continuar|continue/i.test(text) && text !== en('menu.prompt'))).toBe(false);
    });

    test('no question when the message is in the conversation\'s language', async () => {
        const start = await openUser();
        const { first } = await start('hola', 'es-MX');
        expect(first).toEqual([expect.stringMatching(menu(es))]);
    });
});
