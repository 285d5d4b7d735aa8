import { i18n, say, texts, TEST_ORGANIZATION, type DialogHarness } from '../../support/dialogHarness';
import { openCaseHarness } from '../cases/caseFixture';
import { LOCALES, opening } from '../account/accountFixture';
import { openWordsHarness } from '../words/wordsFixture';

/*
 * What a nervous user says at a question instead of its answer, found by chatting with the bot: "I don't remember
 * it" at the receipt question, "I forgot my email" or "I don't have an account" at the sign-in, the receipt number
 * itself at the sign-in's email question, and "I don't have an email" at the choice of an account to create. Each
 * got "That doesn't look like an email address" (or the receipt's format error), and after three of them, "this step
 * seems to be giving you trouble".
 */

let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

// "I don't know" at the sign-in email was "That doesn't look like an email address" (before the last forgotEmail of each).
const SAID = [
    {
        locale: 'en-US',
        forgotReceipt: ["I don't remember it", 'I forgot the receipt number'],
        forgotEmail: ['I forgot my email', "I don't remember my email address", "I don't know"],
        noAccount: ["I don't have an account", 'I never made one', "I'm new"],
        noEmail: "I don't have an email",
    },
    {
        locale: 'es-US',
        forgotReceipt: ['no lo recuerdo', 'olvidé el número de recibo'],
        forgotEmail: ['olvidé mi correo', 'no me acuerdo de mi correo electrónico', 'no sé'],
        noAccount: ['no tengo cuenta', 'nunca me registré', 'soy nueva'],
        noEmail: 'no tengo correo',
    },
    {
        locale: 'fr-FR',
        forgotReceipt: ["je ne m'en souviens pas", "j'ai oublié le numéro de reçu"],
        forgotEmail: ["j'ai oublié mon adresse e-mail", 'je ne me souviens pas de mon email', 'je ne sais pas'],
        noAccount: ["je n'ai pas de compte", 'je ne me suis jamais inscrit'],
        noEmail: "je n'ai pas d'email",
    },
    {
        locale: 'vi-VN',
        forgotReceipt: ['tôi không nhớ', 'tôi quên số biên nhận'],
        forgotEmail: ['tôi quên email', 'tôi không nhớ địa chỉ email', 'tôi không biết'],
        noAccount: ['tôi không có tài khoản', 'tôi chưa tạo'],
        noEmail: 'tôi không có email',
    },
    {
        locale: 'zh-CN',
        forgotReceipt: ['不记得了', '我忘了收据号码'],
        forgotEmail: ['我忘了邮箱', '不记得电子邮箱', '不知道'],
        noAccount: ['我没有账户', '我没开过'],
        noEmail: '我没有邮箱',
    },
    {
        locale: 'ko-KR',
        forgotReceipt: ['기억이 안 나요', '접수 번호 잊어버렸어요'],
        forgotEmail: ['이메일을 잊어버렸어요', '이메일 기억이 안 나요', '몰라요'],
        noAccount: ['계정이 없어요', '가입 안 했어요'],
        noEmail: '이메일 없어요',
    },
    {
        locale: 'tl-PH',
        forgotReceipt: ['hindi ko maalala', 'nakalimutan ko ang receipt number'],
        forgotEmail: ['nakalimutan ko ang email ko', 'hindi ko maalala ang email', 'hindi ko alam'],
        noAccount: ['wala akong account', 'bago lang ako'],
        noEmail: 'wala akong email',
    },
    {
        locale: 'ar-EG',
        forgotReceipt: ['لا أتذكر', 'نسيت رقم الإيصال'],
        forgotEmail: ['نسيت بريدي الإلكتروني', 'لا أتذكر الإيميل', 'لا أعرف'],
        noAccount: ['ما عندي حساب', 'أنا جديد'],
        noEmail: 'ما عندي بريد',
    },
];

describe.each(SAID)('forgotten or missing, said at a question ($locale)', ({ locale, forgotReceipt, forgotEmail, noAccount, noEmail }) => {
    const t = i18n.getFixedT(locale.slice(0, 2));

    /** The case flows with sign-in; the menu is on screen. */
    async function atMenu(): Promise<DialogHarness> {
        harness = await openCaseHarness({ locale });
        await say(harness.client, 'hi');
        return harness;
    }

    test('a forgotten receipt number is told where it is printed, and the question stands', async () => {
        const h = await atMenu();
        expect(texts(await say(h.client, '4'))).toEqual([t('caseStatus.ask.receipt')]);
        for (const text of forgotReceipt) {
            expect([text, texts(await say(h.client, text))]).toEqual([text, [t('prompts.missing.receipt.answer'), t('caseStatus.ask.receipt')]]);
        }
    });

    test('at the sign-in: a forgotten email, no account, no email each get their own next step; none is a failed try', async () => {
        const h = await atMenu();
        expect(texts(await say(h.client, '3'))).toEqual([t('addCase.signInIntro'), t('signIn.askEmail')]);
        for (const text of forgotEmail) {
            expect([text, texts(await say(h.client, text))]).toEqual([text, [t('prompts.missing.email.forgotten'), t('signIn.askEmail')]]);
        }
        for (const text of noAccount) {
            expect([text, texts(await say(h.client, text))]).toEqual([text, [t('prompts.missing.account.signIn'), t('signIn.askEmail')]]);
        }
        expect(texts(await say(h.client, noEmail))).toEqual([t('prompts.missing.email.signIn'), t('signIn.askEmail')]);
        // Seven answers given, none refused: no "this step seems to be giving you trouble".
        expect(texts(await say(h.client, 'abc'))).toEqual([t('signIn.emailInvalid')]);
    });

    // Before: "That doesn't look like an email address", and the receipt number's format.
    test('a plain "no" to the sign-in email is no account yet, not a failed try', async () => {
        const h = await atMenu();
        const [no] = t('prompts.yesNo.noWords', { returnObjects: true }) as string[];
        expect(texts(await say(h.client, '3'))).toEqual([t('addCase.signInIntro'), t('signIn.askEmail')]);
        expect(texts(await say(h.client, no))).toEqual([t('prompts.missing.account.signIn'), t('signIn.askEmail')]);
    });

    test('a plain "no" to the receipt question is told where the number is', async () => {
        const h = await atMenu();
        const [no] = t('prompts.yesNo.noWords', { returnObjects: true }) as string[];
        expect(texts(await say(h.client, '4'))).toEqual([t('caseStatus.ask.receipt')]);
        expect(texts(await say(h.client, no))).toEqual([t('prompts.missing.receipt.answer'), t('caseStatus.ask.receipt')]);
    });

    test('at the sign-in: a receipt number or a phone number is named as such', async () => {
        const h = await atMenu();
        // "My cases" asks for no receipt number after sign-in (add a case keeps one: addPaperCaseDialog.test.ts).
        const myCases = (t('menu.spoken.myCases.synonyms', { returnObjects: true }) as string[]).at(-2)!;
        expect(texts(await say(h.client, myCases))).toEqual([t('myCases.signInIntro'), t('signIn.askEmail')]);
        expect(texts(await say(h.client, 'EAC9999103403'))).toEqual([t('signIn.emailIsReceipt')]);
        expect(texts(await say(h.client, '(555) 123-4567'))).toEqual([t('signIn.emailIsNumber')]);
        // The third refusal in a row also offers a person, as every question does.
        expect(texts(await say(h.client, 'ana.example.com'))[0]).toBe(t('signIn.emailInvalid'));
    });

    test('at the sign-in: a phone number from an Arabic keyboard is named as a number too', async () => {
        const h = await atMenu();
        await say(h.client, '3');
        expect(texts(await say(h.client, '(٥٥٥) ١٢٣-٤٥٦٧'))).toEqual([t('signIn.emailIsNumber')]);
    });

    test('no email at the choice of an account to create: where to get one, then the same choice', async () => {
        harness = await openWordsHarness({ locale });
        await say(harness.client, 'hi');
        const question = opening(t('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name }));
        expect(texts(await say(harness.client, '2'))).toEqual([expect.stringMatching(question)]);
        expect(texts(await say(harness.client, noEmail))).toEqual([t('prompts.missing.email.chooseAccount'), expect.stringMatching(question)]);
        expect(texts(await say(harness.client, '2'))).toEqual([t('createAccount.email.prompt')]);
    });
});

describe.each(LOCALES)('at "What is stopping you from signing in?" ($language)', ({ t }) => {
    const said =
        t === LOCALES[0].t
            ? { forgotEmail: 'I forgot my email', noAccount: "I don't have an account" }
            : { forgotEmail: 'olvidé mi correo electrónico', noAccount: 'no tengo cuenta' };

    test('a forgotten email and no account each get their next step, then the same question', async () => {
        harness = await openWordsHarness({ locale: t === LOCALES[0].t ? undefined : 'es-US' });
        await say(harness.client, 'hi');
        const question = opening(t('recoverAccess.chooseTopic'));
        expect(texts(await say(harness.client, '6'))).toEqual([expect.stringMatching(question)]);
        expect(texts(await say(harness.client, said.forgotEmail))).toEqual([t('prompts.missing.email.forgotten'), expect.stringMatching(question)]);
        expect(texts(await say(harness.client, said.noAccount))).toEqual([t('prompts.missing.account.signIn'), expect.stringMatching(question)]);
        expect(texts(await say(harness.client, t('recoverAccess.topics.forgotPassword')))).toEqual([t('recoverAccess.reset.askEmail')]);
    });
});

describe('what the new answers must not catch (en)', () => {
    const t = i18n.getFixedT('en');

    test('"I forgot my password" at the sign-in is not a forgotten email: it starts the password reset', async () => {
        harness = await openCaseHarness({});
        await say(harness.client, 'hi');
        await say(harness.client, '3');
        const replies = texts(await say(harness.client, 'I forgot my password'));
        expect(replies).not.toContain(t('prompts.missing.email.forgotten'));
        expect(replies).not.toContain(t('signIn.emailInvalid'));
    });

    test('at the choice of an account, a sentence naming no email is not told about email', async () => {
        harness = await openWordsHarness({});
        await say(harness.client, 'hi');
        await say(harness.client, '2');
        const replies = texts(await say(harness.client, "I don't have one yet"));
        expect(replies).not.toContain(t('prompts.missing.email.chooseAccount'));
    });
});

/** Found by chatting: "my email is …" at an email question got "That doesn't look like an email address". */
describe.each([
    { locale: 'en-US', sentence: "it's nobody.here@example.com" },
    { locale: 'es-US', sentence: 'mi correo es nobody.here@example.com' },
    { locale: 'zh-CN', sentence: '我的邮箱是nobody.here@example.com' },
])('an email address in a sentence at the sign-in ($locale)', ({ locale, sentence }) => {
    const t = i18n.getFixedT(locale.slice(0, 2));

    test('is taken as the address; a word just before it that may be part of it is not', async () => {
        harness = await openCaseHarness({ locale });
        await say(harness.client, 'hi');
        await say(harness.client, '3');
        expect(texts(await say(harness.client, 'nobody here@example.com'))).toEqual([t('signIn.emailInvalid')]);
        expect(texts(await say(harness.client, sentence))).not.toContain(t('signIn.emailInvalid'));
    });
});
