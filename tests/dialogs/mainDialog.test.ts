import { clientPerTest, say, texts, en, es, TEST_ORGANIZATION } from '../support/dialogHarness';

const openClient = clientPerTest();

type Expect = string | RegExp;
interface ConversationCase {
    name: string;
    locale?: string;
    /** Each step: what the user says, then every reply of that turn, in order (a string must open the reply). */
    steps: Array<[string, Expect[]]>;
}

const menuEn = (again = false) => new RegExp(`^${escape(en(again ? 'menu.again' : 'menu.prompt'))}[\\s\\S]*1\\. ${escape(en('menu.options.findAccountNumber.title'))}[\\s\\S]*7\\. ${escape(en('menu.options.talkToPerson.title'))}`);
const menuEs = (again = false) => new RegExp(`^${escape(es(again ? 'menu.again' : 'menu.prompt'))}[\\s\\S]*1\\. ${escape(es('menu.options.findAccountNumber.title'))}[\\s\\S]*7\\. ${escape(es('menu.options.talkToPerson.title'))}`);
const retryEn = new RegExp(`^${escape(en('menu.retry'))}`);
const retryEs = new RegExp(`^${escape(es('menu.retry'))}`);
const notYetEn = (flow: string) => en('comingSoon.notYet', { flow: en(`flows.${flow}`) });
const notYetEs = (flow: string) => es('comingSoon.notYet', { flow: es(`flows.${flow}`) });
const contactEn = new RegExp(`^${escape(en('contact.intro'))}[\\s\\S]*${escape(TEST_ORGANIZATION.helpdeskPhone)}[\\s\\S]*800-375-5283`);
const contactEs = new RegExp(`^${escape(es('contact.intro'))}[\\s\\S]*${escape(TEST_ORGANIZATION.helpdeskPhone)}[\\s\\S]*800-375-5283`);

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const cases: ConversationCase[] = [
    // The menu and routing, in English.
    { name: 'en: the first message gets the menu', steps: [['hi', [menuEn()]]] },
    {
        name: 'en: a number picks a menu option and the flow says plainly it is not available yet',
        steps: [['hi', [menuEn()]], ['4', [notYetEn('checkStatus'), contactEn, menuEn(true)]]],
    },
    {
        name: 'en: the option label picks it',
        steps: [['hi', [menuEn()]], ['Create an account', [notYetEn('createAccount'), contactEn, menuEn(true)]]],
    },
    {
        name: 'en: every menu option routes to its flow',
        steps: [
            ['hi', [menuEn()]],
            ['1', [notYetEn('findAccountNumber'), contactEn, menuEn(true)]],
            ['3', [notYetEn('addPaperCase'), contactEn, menuEn(true)]],
            ['5', [notYetEn('commonQuestions'), contactEn, menuEn(true)]],
            ['6', [notYetEn('recoverAccess'), contactEn, menuEn(true)]],
            ['7', [contactEn, menuEn(true)]],
        ],
    },
    // With no help desk to hand over to, the second miss in a row also says how to reach a person.
    { name: 'en: an answer that is no option is asked again', steps: [['hi', [menuEn()]], ['banana bread', [retryEn]], ['9', [retryEn, en('prompts.stuck')]]] },
    // Interruptions at the menu, in English.
    { name: 'en: help explains the menu and asks again', steps: [['hi', [menuEn()]], ['help', [en('help.menu'), menuEn()]]] },
    { name: 'en: "?" is help', steps: [['hi', [menuEn()]], ['?', [en('help.menu'), menuEn()]]] },
    { name: 'en: cancel at the menu has nothing to cancel', steps: [['hi', [menuEn()]], ['cancel', [en('cancel.nothing'), menuEn()]]] },
    { name: 'en: start over shows the menu from the top', steps: [['hi', [menuEn()]], ['4', [/./, /./, menuEn(true)]], ['start over', [en('startOver.done'), menuEn()]]] },
    { name: 'en: talk to a person gives contact details and asks again', steps: [['hi', [menuEn()]], ['talk to a person', [contactEn, menuEn()]]] },
    { name: 'en: "human" also reaches a person', steps: [['hi', [menuEn()]], ['Human', [contactEn, menuEn()]]] },
    {
        name: 'en: typing a language name switches language and re-asks the question in it',
        steps: [['hi', [menuEn()]], ['Español', [es('language.changed'), menuEs()]], ['4', [notYetEs('checkStatus'), contactEs, menuEs(true)]]],
    },
    { name: 'en: the current language is already in use', steps: [['hi', [menuEn()]], ['english', [en('language.alreadyUsing'), menuEn()]]] },
    {
        name: 'en: the language menu lists each language by its own name and switches',
        steps: [['hi', [menuEn()]], ['language', [/English[\s\S]*Español/]], ['2', [es('language.changed'), menuEs()]]],
    },
    { name: 'en: the language menu can keep the same language', steps: [['hi', [menuEn()]], ['language', [/English/]], ['English', [en('language.alreadyUsing'), menuEn()]]] },
    {
        name: 'en: a Spanish command typed first at the welcome\'s menu is answered in Spanish, which is kept',
        steps: [['hi', [menuEn()]], ['ayuda', [es('language.changed'), es('help.menu'), menuEs()]], ['4', [notYetEs('checkStatus'), contactEs, menuEs(true)]]],
    },
    {
        name: 'en: a Spanish command later in an English conversation still works, in English',
        steps: [['hi', [menuEn()]], ['4', [notYetEn('checkStatus'), contactEn, menuEn(true)]], ['ayuda', [en('help.menu'), menuEn(true)]]],
    },

    // The same, in Spanish (the channel sends locale es-MX).
    { name: 'es: the first message gets the menu in Spanish', locale: 'es-MX', steps: [['hola', [menuEs()]]] },
    {
        name: 'es: a number picks a menu option',
        locale: 'es-MX',
        steps: [['hola', [menuEs()]], ['4', [notYetEs('checkStatus'), contactEs, menuEs(true)]]],
    },
    {
        name: 'es: words pick an option',
        locale: 'es-MX',
        steps: [['hola', [menuEs()]], ['crear una cuenta', [notYetEs('createAccount'), contactEs, menuEs(true)]]],
    },
    {
        name: 'es: every menu option routes',
        locale: 'es-MX',
        steps: [
            ['hola', [menuEs()]],
            ['1', [notYetEs('findAccountNumber'), contactEs, menuEs(true)]],
            ['2', [notYetEs('createAccount'), contactEs, menuEs(true)]],
            ['3', [notYetEs('addPaperCase'), contactEs, menuEs(true)]],
            ['5', [notYetEs('commonQuestions'), contactEs, menuEs(true)]],
            ['6', [notYetEs('recoverAccess'), contactEs, menuEs(true)]],
            ['7', [contactEs, menuEs(true)]],
        ],
    },
    { name: 'es: an answer that is no option is asked again', locale: 'es-MX', steps: [['hola', [menuEs()]], ['pan dulce', [retryEs]]] },
    { name: 'es: ayuda', locale: 'es-MX', steps: [['hola', [menuEs()]], ['Ayuda', [es('help.menu'), menuEs()]]] },
    { name: 'es: cancelar at the menu', locale: 'es-MX', steps: [['hola', [menuEs()]], ['cancelar', [es('cancel.nothing'), menuEs()]]] },
    { name: 'es: empezar de nuevo', locale: 'es-MX', steps: [['hola', [menuEs()]], ['empezar de nuevo', [es('startOver.done'), menuEs()]]] },
    { name: 'es: hablar con una persona', locale: 'es-MX', steps: [['hola', [menuEs()]], ['hablar con una persona', [contactEs, menuEs()]]] },
    { name: 'es: english switches to English', locale: 'es-MX', steps: [['hola', [menuEs()]], ['English', [en('language.changed'), menuEn()]]] },
    { name: 'es: idioma opens the language menu', locale: 'es-MX', steps: [['hola', [menuEs()]], ['idioma', [/English[\s\S]*Español/]], ['english', [en('language.changed'), menuEn()]]] },
    { name: 'es: already speaking Spanish', locale: 'es-MX', steps: [['hola', [menuEs()]], ['español', [es('language.alreadyUsing'), menuEs()]]] },
];

describe('main dialog: menu, routing and interruptions', () => {
    test.each(cases)('$name', async ({ locale, steps }) => {
        const client = await openClient({ locale });
        for (const [userSays, expected] of steps) {
            const replies = texts(await say(client, userSays));
            expect(replies).toHaveLength(expected.length);
            expected.forEach((expectation, index) => {
                // A string must open the reply; a pattern must match it.
                expect(replies[index]).toMatch(typeof expectation === 'string' ? new RegExp(`^${escape(expectation)}`) : expectation);
            });
        }
    });

    test('the language choice is remembered for the next turns', async () => {
        const client = await openClient();
        await say(client, 'hi');
        await say(client, 'español');
        expect(texts(await say(client, 'xyz'))[0]).toMatch(retryEs);
    });

    test('on the web chat channel the page is told about a language change', async () => {
        const client = await openClient({ channelId: 'directline' });
        await say(client, 'hi');
        const replies = await say(client, 'español');
        expect(replies.find((reply) => reply.type === 'event')).toMatchObject({ name: 'sendero.languageChanged', value: 'es' });
    });

    test('on SMS there is no language event, only text', async () => {
        const client = await openClient({ channelId: 'sms' });
        await say(client, 'hi');
        const replies = await say(client, 'español');
        expect(replies.every((reply) => reply.type === 'message')).toBe(true);
    });
});
