import { i18n, say, texts } from '../../support/dialogHarness';
import { harnessPerTest } from './wordsFixture';

/*
 * At the account-number guide's question, "where is my account number?" got what the number is and "choose Where to
 * find it", and "I have a number, is it mine?" the same. The options' words in a sentence choose now, in every language
 * (findAccountNumber.<topic>Words), before the step's help.
 */
const open = harnessPerTest();

test.each([
    ['fr-FR', 'où est mon numéro de compte ?', 'whereToFind'],
    ['vi-VN', 'số tài khoản của tôi ở đâu?', 'whereToFind'],
    ['tl-PH', 'saan ko makikita ang account number ko?', 'whereToFind'],
    ['zh-CN', '我的账户号码在哪里？', 'whereToFind'],
    ['ko-KR', '계정 번호가 어디 있어요?', 'whereToFind'],
    ['ar-EG', 'أين رقم حسابي؟', 'whereToFind'],
    ['fr-FR', "j'ai un numéro, est-ce que c'est le bon ?", 'check.ask'],
    ['zh-CN', '我有一个号码，是不是我的账户号码？', 'check.ask'],
    ['ar-EG', 'عندي رقم، هل هو رقم حسابي؟', 'check.ask'],
])('%s: "%s" at the guide gets %s', async (locale, said, next) => {
    const t = i18n.getFixedT(locale.slice(0, 2));
    const h = await open({ locale });
    await say(h.client, 'hi');
    await say(h.client, '1');
    expect(texts(await say(h.client, said))[0]).toBe(t(`findAccountNumber.${next}`));
});
