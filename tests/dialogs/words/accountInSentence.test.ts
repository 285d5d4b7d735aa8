import { i18n, say, texts, TEST_ORGANIZATION } from '../../support/dialogHarness';
import { harnessPerTest } from './wordsFixture';

/*
 * Found by chatting with the bot: at "Which account do you want to create?", "una cuenta de este asistente" and "the
 * one for this chat" got "Choose one of the two accounts" three times, then the stuck message; "the government one"
 * as well. Words that name one account anywhere in the sentence (chooseAccount.uscisWords, .organizationWords) now
 * choose it, at this question and at the other two that ask which account.
 */
const open = harnessPerTest();

describe('which account, named in a sentence', () => {
    test.each([
        ['en-US', 'the one for this chat', 'organization'],
        ['en-US', 'the government one', 'uscis'],
        ['es-US', 'una cuenta de este asistente', 'organization'],
        ['es-US', 'quiero la del gobierno', 'uscis'],
        ['fr-FR', 'un compte avec cet assistant', 'organization'],
        ['vi-VN', 'tài khoản với trợ lý này', 'organization'],
        ['tl-PH', 'account para sa chat na ito po', 'organization'],
        ['zh-CN', '我要这个助手的账户', 'organization'],
        ['ko-KR', '이 도우미 계정으로 할게요', 'organization'],
        ['ar-EG', 'حساب مع هذا المساعد', 'organization'],
        ['ar-EG', 'حساب دائرة الهجرة', 'uscis'],
    ])('%s: "%s" chooses the %s account', async (locale, said, account) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '2');
        const replies = texts(await say(h.client, said));
        const first = account === 'organization' ? t('createAccount.email.prompt') : t('uscisAccountGuide.intro', { orgName: TEST_ORGANIZATION.name });
        expect(replies[0]).toBe(first);
    });

    // Found by chatting with the bot: an email typed at the question got "Please choose one of the two accounts", and
    // the sign-up then asked for it again.
    test.each([
        ['en-US', 'maria.lopez@example.com'],
        ['es-US', 'mi correo es maria.lopez@example.com'],
    ])('%s: an email typed at the question ("%s") is kept for the sign-up here, and the question asked again', async (locale, said) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '2');
        const replies = texts(await say(h.client, said));
        expect(replies[0]).toBe(t('chooseAccount.emailKept', { orgName: TEST_ORGANIZATION.name }));
        expect(replies[1]).toMatch(new RegExp(`^${t('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name }).split('\n')[0].replace(/[?¿]/g, '.')}`));
        const signUp = texts(await say(h.client, '2'));
        expect(signUp).not.toContain(t('createAccount.email.prompt'));
        expect(signUp.join('\n')).toContain('maria.lopez@example.com');
    });

    // Found by chatting with the bot: "I typed the wrong email" after an address got "Please choose one of the two
    // accounts", and the sign-up then used the wrong address. Now the address is dropped, said so, and the sign-up asks.
    test.each([
        ['en-US', 'maria.lopez@example.com', 'I typed the wrong email'],
        ['es-US', 'mi correo es maria.lopez@example.com', 'me equivoqué de correo'],
        ['zh-CN', 'maria.lopez@example.com', '邮箱写错了'],
    ])('%s: an address typed at the question, then "%s", is dropped: the sign-up asks for one', async (locale, email, said) => {
        const t = i18n.getFixedT(locale.slice(0, 2));
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '2');
        await say(h.client, email);
        const replies = texts(await say(h.client, said));
        expect(replies[0]).toBe(t('chooseAccount.emailDropped', { orgName: TEST_ORGANIZATION.name }));
        expect(replies[1]).toMatch(new RegExp(`^${t('chooseAccount.prompt', { orgName: TEST_ORGANIZATION.name }).split('\n')[0].replace(/[?¿]/g, '.')}`));
        const signUp = texts(await say(h.client, '2'));
        expect(signUp[0]).toBe(t('createAccount.email.prompt'));
        expect(signUp.join('\n')).not.toContain('maria.lopez@example.com');
    });

    test('a sentence that names both accounts chooses neither', async () => {
        const h = await open({ locale: 'en-US' });
        await say(h.client, 'hi');
        await say(h.client, '2');
        const replies = texts(await say(h.client, 'a USCIS account or one for this chat?'));
        expect(replies).toHaveLength(1);
        expect(replies[0].startsWith(i18n.getFixedT('en')('chooseAccount.retry'))).toBe(true);
    });
});
