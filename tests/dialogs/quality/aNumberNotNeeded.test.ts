import { i18n, say, texts } from '../../support/dialogHarness';
import { askingAtTheMenu } from '../menuWithEveryFlow';

/*
 * Found by chatting with the bot: "I don't have an A-number" at the sign-in email got "Your account signs in with an
 * email address", as if the email were missing, and at the receipt question where the receipt number is printed. No
 * question here asks for an A-Number: that it is not needed, then the same question.
 */
const { open } = askingAtTheMenu();

describe('no A-Number, said at a question for something else', () => {
    test.each([
        ['en-US', 'hello', 'add a paper-filed case', "I don't have an A-number", 'signIn.askEmail'],
        ['en-US', 'hello', 'check my case status', "I don't have an alien number", 'caseStatus.ask.receipt'],
        ['es-US', 'hola', 'agregar un caso en papel', 'no tengo número A', 'signIn.askEmail'],
        ['es-US', 'hola', 'ver el estado de mi caso', 'no tengo número A', 'caseStatus.ask.receipt'],
        ['fr-FR', 'bonjour', '4', "je n'ai pas de numéro A", 'caseStatus.ask.receipt'],
        ['vi-VN', 'xin chào', '4', 'tôi không có số A', 'caseStatus.ask.receipt'],
        ['zh-CN', '你好', '4', '我没有A号码', 'caseStatus.ask.receipt'],
        ['ko-KR', '안녕하세요', '4', 'A번호가 없어요', 'caseStatus.ask.receipt'],
        ['tl-PH', 'kumusta', '4', 'wala akong A-number', 'caseStatus.ask.receipt'],
        ['ar', 'مرحبا', '4', 'ليس لدي رقم A', 'caseStatus.ask.receipt'],
    ])('%s: "%s", "%s", then "%s": none is needed, then %s again', async (locale, greeting, option, said, question) => {
        const t = i18n.getFixedT(locale.split('-')[0]!);
        const { client } = await open({ locale });
        await say(client, greeting);
        const asked = texts(await say(client, option));
        expect(asked[asked.length - 1].startsWith(t(question).split(' ').slice(0, 3).join(' '))).toBe(true);
        expect(texts(await say(client, said))).toEqual([t('prompts.aNumber.notNeeded'), asked[asked.length - 1]]);
    });
});
