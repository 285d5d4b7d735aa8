import type { ConversationStart } from '../../conversation/conversationStart';
import { en, es, i18n, say, TEST_ORGANIZATION, texts, type DialogHarness } from '../support/dialogHarness';
import { askingAtTheMenu } from './menuWithEveryFlow';

/*
 * "I need someone who speaks Spanish": the conversation goes on in the language asked for, so the way to a person is
 * read in it, and the contact details say what the USCIS Contact Center's phone line speaks (English and Spanish; for
 * another language, someone the user trusts can interpret on the call).
 */
const menu = askingAtTheMenu();
/** The replies to the first message `open` sent. */
let greeted: string[] = [];

async function open(locale?: string, hello = 'hello', start?: ConversationStart): Promise<DialogHarness> {
    const harness = await menu.open({ locale, start });
    greeted = texts(await say(harness.client, hello));
    return harness;
}

const vi = i18n.getFixedT('vi');
const zh = i18n.getFixedT('zh');
const opens = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`);

describe('a person asked for in a language', () => {
    test.each([
        ['I want to talk to a person who speaks Vietnamese', vi],
        ['I want to speak with an agent in Chinese', zh],
    ])('"%s": that language from here on, the contact details in it, and that the phone line needs an interpreter', async (text, t) => {
        const { client } = await open();
        const replies = texts(await say(client, text));
        expect(replies[0]).toBe(t('language.changed'));
        expect(replies[1]).toMatch(opens(t('contact.intro')));
        expect(replies[1]).toContain(t('contact.uscis'));
        expect(replies[1]).toContain(t('contact.phoneLanguagesWithInterpreter'));
        expect(replies[2]).toContain(t('menu.options.talkToPerson.title'));
    });

    test('"talk to someone in spanish please": Spanish, and the phone line speaks Spanish (no interpreter needed)', async () => {
        const { client } = await open();
        const replies = texts(await say(client, 'talk to someone in spanish please'));
        expect(replies[0]).toBe(es('language.changed'));
        expect(replies[1]).toContain(es('contact.phoneLanguages'));
        expect(replies[1]).not.toContain(es('contact.phoneLanguagesWithInterpreter'));
        expect(replies[2]).toContain(es('menu.options.talkToPerson.title'));
    });

    test('in the middle of a flow: the language changes, the contact details, then the same question in that language', async () => {
        const { client } = await open();
        expect(texts(await say(client, 'create an account'))[0]).toMatch(opens(en('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name })));
        const replies = texts(await say(client, 'can I talk to someone in spanish'));
        expect(replies[0]).toBe(es('language.changed'));
        expect(replies[1]).toMatch(opens(es('contact.intro')));
        expect(replies[1]).toContain(es('contact.phoneLanguages'));
        expect(replies[2]).toMatch(opens(es('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name })));
    });

    test('the conversation\'s own language asked for: no switch, and the phone line\'s languages are said', async () => {
        const { client } = await open();
        const replies = texts(await say(client, 'I need to talk to someone in english'));
        expect(replies.join('\n')).not.toContain(en('language.changed'));
        expect(replies[0]).toMatch(opens(en('contact.intro')));
        expect(replies[0]).toContain(en('contact.phoneLanguages'));
    });

    test('"talk to a person" naming no language: no switch, and no line about the phone line\'s languages', async () => {
        const { client } = await open();
        const replies = texts(await say(client, 'talk to a person'));
        expect(replies[0]).toMatch(opens(en('contact.intro')));
        expect(replies[0]).not.toContain(en('contact.phoneLanguages'));
    });

    test.each([
        ['vi-VN', 'xin chào', vi],
        ['zh-CN', '你好', zh],
    ])('%s: a person asked for in a conversation in another language: the line speaks English and Spanish, bring an interpreter', async (locale, hello, t) => {
        const { client } = await open(locale, hello);
        const replies = texts(await say(client, t('menu.options.talkToPerson.title')));
        expect(replies[0]).toMatch(opens(t('contact.intro')));
        expect(replies[0]).toContain(t('contact.phoneLanguagesWithInterpreter'));
    });

    test('es: in Spanish, asked for no language: no line about the phone line\'s languages', async () => {
        const { client } = await open('es-US', 'hola');
        const replies = texts(await say(client, es('menu.options.talkToPerson.title')));
        expect(replies[0]).toMatch(opens(es('contact.intro')));
        expect(replies[0]).not.toContain(es('contact.phoneLanguages'));
    });

    test.each([
        ['at the menu', false],
        ['as the first message', true],
    ])('zh: "我要和会说中文的人通话" (someone who speaks Chinese) %s is a person, not only the language already in use', async (_where, first) => {
        // Before: "我们已经在用中文了" (we are already in Chinese), and the menu.
        const utterance = '我要和会说中文的人通话';
        const { client } = await open('zh-CN', first ? utterance : '你好', first ? { utterance } : undefined);
        const replies = first ? greeted : texts(await say(client, utterance));
        expect(replies.join('\n')).not.toContain(zh('language.alreadyUsing'));
        expect(replies[0]).toMatch(opens(zh('contact.intro')));
        expect(replies[0]).toContain(zh('contact.phoneLanguagesWithInterpreter'));
    });

    test('"can you speak vietnamese" asks for the language only: no contact details', async () => {
        const { client } = await open();
        const replies = texts(await say(client, 'can you speak vietnamese'));
        expect(replies[0]).toBe(vi('language.changed'));
        expect(replies.join('\n')).not.toContain(vi('contact.intro'));
    });
});
