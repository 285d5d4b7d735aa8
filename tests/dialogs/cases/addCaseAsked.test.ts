import { askingAtTheMenu } from '../menuWithEveryFlow';

/*
 * Found by chatting: "I want to add my case to my account" as a first message checked a status ("my case" names the
 * status check; the option's own words were only "add a case", "add case"). Adding a paper case names "add my case" and
 * its translations now, so the sentence names both options and the classifier decides, as it does at the menu. A
 * sentence that names "my cases" and the adding option's words adds a case too.
 */
const { firstMessage } = askingAtTheMenu();

describe('adding my case to my account, said in a first message', () => {
    test.each([
        ['en-US', 'I want to add my case to my account'],
        ['es-US', 'quiero agregar mi caso a mi cuenta'],
        ['fr-FR', 'je veux ajouter mon dossier à mon compte'],
        ['ar', 'أريد إضافة ملفي إلى حسابي'],
        ['ko-KR', '제 케이스를 계정에 추가하고 싶어요'],
        // These name "my cases" (我的案件, hồ sơ của tôi, kaso ko) too: before, the account's list of cases.
        ['zh-CN', '我想把我的案件添加到账户'],
        ['vi-VN', 'tôi muốn thêm hồ sơ của tôi vào tài khoản'],
        ['tl-PH', 'gusto kong idagdag ang kaso ko sa account ko'],
        // "How do I add my case", with "my" between the verb and the case (before: the account's list of cases).
        ['zh-CN', '怎么添加我的案件'],
    ])('%s: "%s" starts adding a case (sign-in first), not a status check', async (locale, utterance) => {
        const { t, replies } = await firstMessage(locale, utterance);
        expect(replies.join('\n')).toContain(t('addCase.signInIntro'));
        expect(replies).not.toContain(t('caseStatus.ask.receipt'));
    });

    test('en: "what is the status of my case" still checks a status', async () => {
        const { t, replies } = await firstMessage('en-US', 'what is the status of my case');
        expect(replies).toContain(t('caseStatus.ask.receipt'));
    });

    test.each([
        ['en-US', 'show my cases'],
        ['tl-PH', 'mga kaso ko'],
    ])('%s: "%s" is still the list of the account\'s cases', async (locale, utterance) => {
        const { t, replies } = await firstMessage(locale, utterance);
        expect(replies.join('\n')).toContain(t('myCases.signInIntro'));
    });
});
