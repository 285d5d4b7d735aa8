import { i18n, say, texts } from '../../support/dialogHarness';
import { opening } from '../account/accountFixture';
import { harnessPerTest } from './wordsFixture';

/*
 * Found by chatting with the bot: at "What is stopping you from signing in?", a reason said in a sentence got "Sorry,
 * I didn't understand" (only the options' names, alone, were taken). `recoverAccess.topics.<topic>Words` are found
 * anywhere in the answer, in every language.
 */
const open = harnessPerTest();

test.each([
    ['fr-FR', "je ne me souviens plus de mon mot de passe", 'recoverAccess.reset.askEmail'],
    ['vi-VN', 'tôi không nhớ mật khẩu', 'recoverAccess.reset.askEmail'],
    ['tl-PH', 'hindi ko na maalala ang password ko', 'recoverAccess.reset.askEmail'],
    ['zh-CN', '我不记得密码了', 'recoverAccess.reset.askEmail'],
    ['ko-KR', '비밀번호가 기억이 안 나요', 'recoverAccess.reset.askEmail'],
    ['ar-EG', 'لا أتذكر كلمة المرور', 'recoverAccess.reset.askEmail'],
    ['fr-FR', 'je ne reçois pas le sms', 'recoverAccess.noCodes.advice'],
    ['vi-VN', 'tôi không nhận được tin nhắn', 'recoverAccess.noCodes.advice'],
    ['tl-PH', 'hindi dumarating yung text', 'recoverAccess.noCodes.advice'],
    ['zh-CN', '短信一直收不到', 'recoverAccess.noCodes.advice'],
    ['ko-KR', '문자가 안 와요', 'recoverAccess.noCodes.advice'],
    ['ar-EG', 'الرمز ما يوصلني أبدا', 'recoverAccess.noCodes.advice'],
    ['fr-FR', 'il dit que mon compte est verrouillé', 'recoverAccess.lockedOut.advice'],
    ['zh-CN', '账户被冻结了', 'recoverAccess.lockedOut.advice'],
    ['ko-KR', '계정이 잠겨서 못 들어가요', 'recoverAccess.lockedOut.advice'],
])('%s: "%s" at the reason question goes on with %s', async (locale, said, next) => {
    const t = i18n.getFixedT(locale.slice(0, 2));
    const h = await open({ locale });
    await say(h.client, 'hi');
    expect(texts(await say(h.client, '6'))).toEqual([expect.stringMatching(opening(t('recoverAccess.chooseTopic')))]);
    expect(texts(await say(h.client, said))[0]).toBe(t(next));
});
