import { en, es, say, texts, TEST_ORGANIZATION, type DialogHarness } from '../../support/dialogHarness';
import { createTestAccount, LOCALES, openAccountHarness, opening } from './accountFixture';

let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

type Expect = string | RegExp;

describe.each(LOCALES)('find my account number ($language)', ({ language, locale, t }) => {
    const ask = opening(t('findAccountNumber.ask'));
    const askAgain = opening(t('findAccountNumber.askAgain'));
    const menuAgain = opening(t('menu.again'));
    const stuck = new RegExp(`^${escapeRegExp(t('prompts.stuck'))}\\s+${escapeRegExp(t('contact.intro'))}[\\s\\S]*${escapeRegExp(t('contact.uscis'))}$`);

    /** Opens the guide: menu, then option 1. */
    async function openGuide(): Promise<{ h: DialogHarness; first: string[] }> {
        harness = await openAccountHarness({ locale });
        await say(harness.client, 'hi');
        return { h: harness, first: texts(await say(harness.client, '1')) };
    }

    /** Each case: what the user says in the guide, and every reply of each turn (a RegExp or the exact text). */
    const conversations: Array<{ name: string; steps: Array<[string, Expect[]]> }> = [
        {
            name: 'where the number is printed, then what it is not, then done',
            steps: [
                [t('findAccountNumber.topics.whereToFind'), [t('findAccountNumber.whereToFind'), askAgain]],
                [t('findAccountNumber.topics.whatItIsNot'), [t('findAccountNumber.whatItIsNot'), askAgain]],
                [t('findAccountNumber.topics.done'), [menuAgain]],
            ],
        },
        {
            name: 'options by number',
            steps: [
                ['1', [t('findAccountNumber.whereToFind'), askAgain]],
                ['2', [t('findAccountNumber.whatItIsNot'), askAgain]],
                ['5', [menuAgain]],
            ],
        },
        {
            name: 'a 12-digit number typed at the question is recognised as an account number',
            steps: [['1234-5678-9012', [t('findAccountNumber.check.looksRight', { accountNumber: '1234 5678 9012', orgName: TEST_ORGANIZATION.name }), askAgain]]],
        },
        {
            name: 'the same number from an Arabic or a full-width keyboard',
            steps: [
                ['١٢٣٤-٥٦٧٨-٩٠١٢', [t('findAccountNumber.check.looksRight', { accountNumber: '1234 5678 9012', orgName: TEST_ORGANIZATION.name }), askAgain]],
                ['１２３４５６７８９０１２', [t('findAccountNumber.check.looksRight', { accountNumber: '1234 5678 9012', orgName: TEST_ORGANIZATION.name }), askAgain]],
            ],
        },
        { name: 'an A-Number typed at the question', steps: [['A012345678', [t('findAccountNumber.check.aNumber'), askAgain]]] },
        { name: 'a receipt number typed at the question', steps: [['EAC1234567890', [t('findAccountNumber.check.receiptNumber'), askAgain]]] },
        { name: 'some other number typed at the question', steps: [['12345678', [t('findAccountNumber.check.notAccountNumber'), askAgain]]] },
        {
            name: 'the number-check branch asks for the number, then judges it',
            steps: [
                [t('findAccountNumber.topics.checkNumber'), [t('findAccountNumber.check.ask')]],
                ['a 1234567', [t('findAccountNumber.check.aNumber'), askAgain]],
                ['3', [t('findAccountNumber.check.ask')]],
                ['123456789012', [t('findAccountNumber.check.looksRight', { accountNumber: '1234 5678 9012', orgName: TEST_ORGANIZATION.name }), askAgain]],
                ['3', [t('findAccountNumber.check.ask')]],
                ['wac 2190000001', [t('findAccountNumber.check.receiptNumber'), askAgain]],
                ['3', [t('findAccountNumber.check.ask')]],
                ['my number', [t('findAccountNumber.check.notAccountNumber'), askAgain]],
            ],
        },
        { name: 'an answer that is no option is asked again', steps: [['banana', [opening(t('findAccountNumber.retry'))]]] },
        {
            // Before: "Sorry, I didn't understand", then "this step seems to be giving you trouble".
            name: 'any other question is answered with what the number is and where to look, and the question stands',
            steps: [
                [language === 'es' ? '¿cuál es la diferencia?' : "what's the difference?", [t('prompts.stepHelp.accountNumber.answer'), ask]],
                [language === 'es' ? 'presenté en papel, ¿tengo uno?' : 'I filed on paper, do I even have one?', [t('prompts.stepHelp.accountNumber.answer'), ask]],
            ],
        },
        {
            name: '"what is an account number?" is answered, and the question stands',
            steps: [[language === 'es' ? '¿Qué es el número de cuenta?' : 'what is an account number?', [t('prompts.stepHelp.accountNumber.answer'), ask]]],
        },
        {
            name: '"thanks" after an answer is "that\'s all"',
            steps: [
                ['1', [t('findAccountNumber.whereToFind'), askAgain]],
                [language === 'es' ? 'gracias' : 'thanks', [menuAgain]],
            ],
        },
        {
            // Found by chatting with the bot: after "where to find it", the notice named there was the next thing missing.
            name: '"I don\'t have that notice" gets where else the number is, and the question stands; not "I didn\'t understand"',
            steps: [
                ['1', [t('findAccountNumber.whereToFind'), askAgain]],
                [language === 'es' ? 'no tengo ese aviso' : "I don't have that notice", [t('findAccountNumber.noNotice'), askAgain]],
                [language === 'es' ? 'nunca me llegó la carta' : 'I never got the letter', [t('findAccountNumber.noNotice'), askAgain]],
            ],
        },
        {
            // Found by chatting with the bot: "I don't have an account" got "where to find it" again (in the profile, after
            // signing in), which someone without an account cannot do.
            name: '"I don\'t have an account" is told there may be no number, which paper filing does not need',
            steps: [
                ['1', [t('findAccountNumber.whereToFind'), askAgain]],
                [language === 'es' ? 'no tengo cuenta' : "I don't have an account", [t('findAccountNumber.noAccount'), askAgain]],
                [language === 'es' ? 'no tengo ese aviso' : "I don't have that notice", [t('findAccountNumber.noNotice'), askAgain]],
            ],
        },
        {
            // Found by chatting with the bot: these got what the number is and "choose Where to find it", or "Sorry, I didn't
            // understand". The options' words in a sentence now choose (findAccountNumber.<topic>Words).
            name: 'an option asked for in a sentence: where it is, a number to check',
            steps: [
                [language === 'es' ? '¿dónde está mi número de cuenta?' : 'where is my account number?', [t('findAccountNumber.whereToFind'), askAgain]],
                [language === 'es' ? 'tengo un número, ¿es mi número de cuenta?' : 'I have a number, is it my account number?', [t('findAccountNumber.check.ask')]],
            ],
        },
        {
            name: 'the number looked up, asked for in a sentence',
            steps: [[language === 'es' ? 'dígame mi número de cuenta por favor' : 'show me my account number please', [t('findAccountNumber.lookup.signInIntro'), t('signIn.askEmail')]]],
        },
        {
            name: '"what is an account number?" is still what the number is, then the question',
            steps: [[language === 'es' ? '¿qué es un número de cuenta?' : 'what is an account number?', [t('prompts.stepHelp.accountNumber.answer'), ask]]],
        },
        {
            name: '"I don\'t have it" is taken as where to find it',
            steps: [[language === 'es' ? 'no lo tengo' : "I don't have it", [t('findAccountNumber.whereToFind'), askAgain]]],
        },
        {
            // No help desk to hand over to in this harness: a stuck user is told how to reach a person at the second miss
            // in a row, then every third, never left with only "I didn't understand".
            name: 'answers that are no option: the second in a row also says how to reach a person, then every third',
            steps: [
                ['banana', [opening(t('findAccountNumber.retry'))]],
                ['pear', [opening(t('findAccountNumber.retry')), stuck]],
                ['plum', [opening(t('findAccountNumber.retry'))]],
                ['fig', [opening(t('findAccountNumber.retry'))]],
                ['kiwi', [opening(t('findAccountNumber.retry')), stuck]],
                ['1', [t('findAccountNumber.whereToFind'), askAgain]],
            ],
        },
        {
            name: 'help explains the guide and asks again',
            steps: [[t('interruptions.helpWords.0'), [`${t('findAccountNumber.help', { orgName: TEST_ORGANIZATION.name })}\n\n${t('help.commands')}`, ask]]],
        },
        { name: 'cancel returns to the menu', steps: [[t('interruptions.cancelWords.0'), [t('cancel.done'), menuAgain]]] },
        {
            name: 'start over shows the menu from the top',
            steps: [[t('interruptions.startOverWords.0'), [t('startOver.done'), opening(t('menu.prompt'))]]],
        },
    ];

    test('the guide offers its four options', async () => {
        const { first } = await openGuide();
        expect(first).toEqual([expect.stringMatching(ask)]);
        for (const topic of ['whereToFind', 'whatItIsNot', 'checkNumber', 'lookUp']) expect(first[0]).toContain(t(`findAccountNumber.topics.${topic}`));
        expect(first[0]).not.toContain(t('findAccountNumber.topics.done'));
    });

    test.each(conversations)('$name', async ({ steps }) => {
        const { h } = await openGuide();
        for (const [userSays, expected] of steps) {
            const replies = texts(await say(h.client, userSays));
            expect({ userSays, replies }).toEqual({ userSays, replies: expected.map((item) => (typeof item === 'string' ? item : expect.stringMatching(item))) });
        }
    });

    test('the verified look-up shows the account\'s own 12 digits and emails them', async () => {
        const { h } = await openGuide();
        const account = await createTestAccount(h, 'lookup@example.com');
        const mailBefore = (await h.inbox(account.email)).length;
        expect(texts(await say(h.client, t('findAccountNumber.topics.lookUp')))).toEqual([t('findAccountNumber.lookup.signInIntro'), t('signIn.askEmail')]);
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        const replies = texts(await say(h.client, await h.latestCode(account.email)));
        const shown = /(\d{4}) (\d{4}) (\d{4})/.exec(replies[1]);
        expect(shown?.slice(1).join('')).toBe(account.accountNumber);
        expect(replies[1]).toContain('l•••@example.com');
        const mail = await h.inbox(account.email);
        expect(mail).toHaveLength(mailBefore + 2); // the sign-in code, then the number
        expect(mail.at(-1)?.body).toContain(account.accountNumber);
    });
});

test('"español" at the guide asks the same question in Spanish, and Spanish answers work', async () => {
    harness = await openAccountHarness();
    await say(harness.client, 'hi');
    await say(harness.client, '1');
    const replies = texts(await say(harness.client, 'español'));
    expect(replies).toEqual([es('language.changed'), expect.stringMatching(opening(es('findAccountNumber.ask')))]);
    expect(texts(await say(harness.client, es('findAccountNumber.topics.whereToFind')))[0]).toBe(es('findAccountNumber.whereToFind'));
    expect(en('findAccountNumber.whereToFind')).not.toBe(es('findAccountNumber.whereToFind'));
});

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
