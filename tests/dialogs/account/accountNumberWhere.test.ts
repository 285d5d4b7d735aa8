import { askingAtTheMenu } from '../menuWithEveryFlow';
import { opening } from './accountFixture';

/*
 * Found by chatting: "where do I find my online account number?" started the account-number guide with its first
 * question, "What would you like to do?", whose first option is "Where to find it". The sentence already asked that:
 * the answer comes at once, then "anything else about your account number?". A sentence that does not ask where (or
 * the option's own words) still gets the question.
 */
const { askAtMenu } = askingAtTheMenu();

describe('where the account number is, asked in a sentence at the menu', () => {
    test.each([
        ['en-US', 'hello', 'where do I find my online account number?'],
        ['en-US', 'hello', "I can't find my account number"],
        ['es-US', 'hola', 'no encuentro mi número de cuenta en línea'],
        ['es-US', 'hola', '¿dónde está mi número de cuenta?'],
        ['fr-FR', 'bonjour', 'où est mon numéro de compte en ligne ?'],
        ['vi-VN', 'xin chào', 'số tài khoản trực tuyến của tôi ở đâu?'],
        ['tl-PH', 'kumusta', 'saan ko makikita ang online account number ko?'],
        ['zh-CN', '你好', '我的在线账户号码在哪里？'],
        ['ko-KR', '안녕하세요', '온라인 계정 번호가 어디 있어요?'],
        ['ar', 'مرحبا', 'أين أجد رقم حسابي على الإنترنت؟'],
    ])('%s: "%s… %s" gets where it is at once, then "anything else?"', async (locale, greeting, question) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies[0]).toBe(t('findAccountNumber.whereToFind'));
        expect(replies[1]).toMatch(opening(t('findAccountNumber.askAgain')));
    });

    test.each([
        ['en-US', 'hello', 'find my account number'],
        ['en-US', 'hello', 'what is my account number'],
        ['es-US', 'hola', 'encontrar mi número de cuenta'],
    ])('%s: "%s… %s" asks what the user would like to do, as before', async (locale, greeting, question) => {
        const { t, replies } = await askAtMenu(locale, greeting, question);
        expect(replies[0]).toMatch(opening(t('findAccountNumber.ask')));
    });
});
