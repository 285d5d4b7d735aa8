import { USCIS_SIGN_UP_STAGES } from '../../../dialogs/account/uscisAccountGuideDialog';
import { i18n, say, texts, TEST_ORGANIZATION } from '../../support/dialogHarness';
import { LOCALES, opening } from '../account/accountFixture';
import { harnessPerTest } from './wordsFixture';

/*
 * "Create an account" usually means the USCIS online account, which only USCIS can create: unless this deployment
 * issues USCIS account numbers, the bot first asks which account, and walks a USCIS sign-up step by step.
 */
const open = harnessPerTest();
const orgName = TEST_ORGANIZATION.name;
const total = USCIS_SIGN_UP_STAGES.length;

type StagePart = 'say' | 'check' | 'ifNot';

/** A stage's text (what to do, its check-in, what to do if not) in the language of `t`. */
function stageText(t: (key: string, params?: Record<string, unknown>) => string, index: number, part: StagePart): string {
    return t(`uscisAccountGuide.stages.${USCIS_SIGN_UP_STAGES[index]}.${part}`, { number: index + 1, total });
}

describe.each(LOCALES)('create an account: which one, and the USCIS sign-up guide ($language)', ({ locale, language, t }) => {
    const yes = t('signIn.answers.yes');
    const no = t('signIn.answers.no');
    const stage = (index: number, part: StagePart) => stageText(t, index, part);

    async function openCreate(scope?: 'uscis') {
        const h = await open({ locale, organization: scope ? { accountNumberScope: scope } : {} });
        await say(h.client, 'hi');
        return { h, first: texts(await say(h.client, '2')) };
    }

    test('first asks which account, naming both', async () => {
        const { first } = await openCreate();
        expect(first).toEqual([expect.stringMatching(opening(t('chooseAccount.prompt', { orgName })))]);
        expect(first[0]).toContain(t('chooseAccount.uscis'));
        expect(first[0]).toContain(t('chooseAccount.organization'));
    });

    test('an account with the organisation is today\'s sign-up', async () => {
        const { h } = await openCreate();
        expect(texts(await say(h.client, '2'))).toEqual([t('createAccount.email.prompt')]);
    });

    // The organisation's account by the organisation's name, as the question shows it ("an account with <name>"), or as
    // "you". Before: "Please choose one of the two accounts, or type 1 or 2".
    const namingTheOrganization = language === 'en' ? [orgName, `with ${orgName}`, 'with you'] : [orgName, `con ${orgName}`, 'con ustedes'];
    test.each(namingTheOrganization)('"%s" names the account with the organisation', async (said) => {
        const { h } = await openCreate();
        expect(texts(await say(h.client, said))).toEqual([t('createAccount.email.prompt')]);
    });

    test('a deployment that issues USCIS account numbers does not ask', async () => {
        const { first } = await openCreate('uscis');
        expect(first).toEqual([t('createAccount.email.prompt')]);
    });

    test('the USCIS account: what to have ready, then each stage with a check-in, to the end', async () => {
        const { h } = await openCreate();
        expect(texts(await say(h.client, '1'))).toEqual([
            t('uscisAccountGuide.intro', { orgName }),
            stage(0, 'say'),
            expect.stringMatching(opening(stage(0, 'check'))),
        ]);
        for (let index = 1; index < total; index++) {
            expect(texts(await say(h.client, yes))).toEqual([stage(index, 'say'), expect.stringMatching(opening(stage(index, 'check')))]);
        }
        expect(texts(await say(h.client, yes))).toEqual([t('uscisAccountGuide.done'), expect.stringMatching(opening(t('menu.again')))]);
    });

    // A thumbs-up alone is a yes (before: "please answer yes or no").
    test('"Did the confirmation email arrive?" 👍: the next stage', async () => {
        const { h } = await openCreate();
        await say(h.client, '1');
        expect(texts(await say(h.client, '👍'))).toEqual([stage(1, 'say'), expect.stringMatching(opening(stage(1, 'check')))]);
    });

    test('"Did the confirmation email arrive?" No: what to do, then the same question again', async () => {
        const { h } = await openCreate();
        const first = texts(await say(h.client, '1'));
        expect(first.at(-1)).toMatch(opening(stage(0, 'check')));
        expect(stage(0, 'check')).toMatch(/confirmation email|correo electrónico de confirmación/);
        const notArrived = texts(await say(h.client, no));
        expect(notArrived).toEqual([stage(0, 'ifNot'), expect.stringMatching(opening(stage(0, 'check')))]);
        expect(notArrived[0]).toMatch(/spam|correo no deseado/);
        expect(texts(await say(h.client, yes))).toEqual([stage(1, 'say'), expect.stringMatching(opening(stage(1, 'check')))]);
    });

    test('"No" twice at the same check-in: the second time, how to reach a person rather than the same advice again', async () => {
        // Found by chatting with the bot: each "no" repeated the same paragraph, for as long as the user said no.
        const { h } = await openCreate();
        await say(h.client, '1');
        expect(texts(await say(h.client, no))[0]).toBe(stage(0, 'ifNot'));
        const again = texts(await say(h.client, no));
        expect(again).toHaveLength(2);
        expect(again[0]).toMatch(opening(t('prompts.stuck')));
        expect(again[0]).toContain(t('contact.uscis'));
        expect(again[0]).not.toContain(stage(0, 'ifNot'));
        expect(again[1]).toMatch(opening(stage(0, 'check')));
        // The next stage's first "no" gets that stage's advice.
        await say(h.client, yes);
        expect(texts(await say(h.client, no))[0]).toBe(stage(1, 'ifNot'));
    });

    test('a question at a check-in gets what to do if the stage has not worked, then the check-in; not "answer yes or no"', async () => {
        // Found by chatting with the bot: "how long does it take to arrive?" at "Did the confirmation email arrive?"
        // got "Sorry, I didn't understand. Please answer yes or no."
        const { h } = await openCreate();
        await say(h.client, '1');
        const asked = texts(await say(h.client, language === 'es' ? '¿cuánto tarda en llegar?' : 'how long does it take to arrive?'));
        expect(asked).toEqual([stage(0, 'ifNot'), expect.stringMatching(opening(stage(0, 'check')))]);
        // Not counted as a miss: yes still moves on, to the stage after.
        expect(texts(await say(h.client, yes))).toEqual([stage(1, 'say'), expect.stringMatching(opening(stage(1, 'check')))]);
        for (let index = 2; index <= 4; index++) await say(h.client, yes);
        // At the backup code's check-in, "what is a backup code?" has its own answer.
        const backup = texts(await say(h.client, language === 'es' ? '¿qué es un código de respaldo?' : 'what is a backup code?'));
        expect(backup).toEqual([t('prompts.stepHelp.backupCode.answer'), expect.stringMatching(opening(stage(4, 'check')))]);
    });

    test('a check-in answered in a sentence that says how it went is read as that answer, not "answer yes or no"', async () => {
        // Found by chatting with the bot: "I checked spam already" and "still nothing" at "Did the confirmation email
        // arrive?" got "Sorry, I didn't understand. Please answer yes or no." three times, then the stuck message.
        const { h } = await openCreate();
        await say(h.client, '1');
        const notYet = language === 'es' ? 'ya revisé el spam y nada' : 'I checked spam already';
        expect(texts(await say(h.client, notYet))).toEqual([stage(0, 'ifNot'), expect.stringMatching(opening(stage(0, 'check')))]);
        const done = language === 'es' ? 'ya me llegó, gracias' : 'ok it came now';
        expect(texts(await say(h.client, done))).toEqual([stage(1, 'say'), expect.stringMatching(opening(stage(1, 'check')))]);
    });

    test('"all done" at a check-in is the step done, not a goodbye', async () => {
        // "All done" and "ya terminé" are also goodbyes at other questions, which answer them and end the question.
        const { h } = await openCreate();
        await say(h.client, '1');
        const done = language === 'es' ? 'ya terminé' : 'all done';
        expect(texts(await say(h.client, done))).toEqual([stage(1, 'say'), expect.stringMatching(opening(stage(1, 'check')))]);
    });

    test('a sentence that says both how it went and how it did not is asked about again', async () => {
        const { h } = await openCreate();
        await say(h.client, '1');
        const both = language === 'es' ? 'ya me llegó pero no funciona el enlace' : "it came but the link doesn't work";
        const replies = texts(await say(h.client, both));
        expect(replies.at(-1)).toContain(stage(0, 'check'));
        expect(replies).not.toContain(stage(1, 'say'));
        expect(replies).not.toContain(stage(0, 'ifNot'));
    });

    test('help in the guide says what it is doing, and asks the same question again', async () => {
        const { h } = await openCreate();
        await say(h.client, '1');
        const help = texts(await say(h.client, t('interruptions.helpWords.0')));
        expect(help).toEqual([`${t('uscisAccountGuide.help', { orgName, total })}\n\n${t('help.commands')}`, expect.stringMatching(opening(stage(0, 'check')))]);
    });

    test('every stage says what to do, asks a yes/no question and says what to do if not', () => {
        for (let index = 0; index < total; index++) {
            for (const part of ['say', 'check', 'ifNot'] as const) expect(stage(index, part)).not.toMatch(/uscisAccountGuide\./);
            expect(stage(index, 'check')).toMatch(/\?$/);
        }
    });
});

/** "Did the confirmation email arrive?" answered in a sentence, in each language the bot speaks. */
describe.each([
    { locale: 'fr-FR', language: 'fr', notYet: "j'ai déjà regardé dans les spams, toujours rien", done: "c'est arrivé, merci" },
    { locale: 'vi-VN', language: 'vi', notYet: 'vẫn chưa nhận được email', done: 'nhận được rồi' },
    { locale: 'tl-PH', language: 'tl', notYet: 'wala pa rin po', done: 'dumating na po' },
    { locale: 'zh-CN', language: 'zh', notYet: '垃圾邮件也看了，还是没收到', done: '收到了，谢谢' },
    { locale: 'ko-KR', language: 'ko', notYet: '스팸함도 봤는데 아직 안 왔어요', done: '이제 왔어요' },
    { locale: 'ar', language: 'ar', notYet: 'لم يصلني شيء حتى الآن', done: 'لقد وصل الإيميل' },
])('the sign-up guide\'s check-in answered in a sentence ($language)', ({ locale, language, notYet, done }) => {
    const t = i18n.getFixedT(language);
    const stage = (index: number, part: StagePart) => stageText(t, index, part);

    test('not yet: what to do, then the check-in; come: the next stage', async () => {
        const h = await open({ locale });
        await say(h.client, t('menu.options.commonQuestions.title'));
        await say(h.client, t('faq.backToMenu.title'));
        await say(h.client, '2');
        expect(texts(await say(h.client, '1')).at(-1)).toMatch(opening(stage(0, 'check')));
        expect(texts(await say(h.client, notYet))).toEqual([stage(0, 'ifNot'), expect.stringMatching(opening(stage(0, 'check')))]);
        expect(texts(await say(h.client, done))).toEqual([stage(1, 'say'), expect.stringMatching(opening(stage(1, 'check')))]);
    });
});
