import { i18n, say, texts, type DialogHarness } from '../../support/dialogHarness';
import { createTestAccount, opening } from '../account/accountFixture';
import { openCaseHarness } from './caseFixture';

/*
 * Found by chatting with the bot: at "I also need its Online Access Code", "I don't have the code" and "what is
 * that?" got "An Online Access Code has only letters and numbers", and "it expired" or "I lost it" were sent to the
 * case service as codes (9 letters fit the format), each spending one of the three tries. Now they get where the code
 * is printed, that it works once within 90 days, and how to ask USCIS for a new one; the question stands, no try is
 * spent, and nothing is sent to the case service. "The code doesn't work" gets the same answer (once, within 90 days).
 */
let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

const IOE_VALID = { receipt: 'IOE0900000001', code: 'SNDBX7Q2M9X4' };

describe.each([
    { locale: 'en-US', said: ["I don't have the code", 'I lost it', 'it expired', 'where do I find it?', 'what is that?', "the code doesn't work"] },
    { locale: 'es-US', said: ['no tengo el código', 'lo perdí', 'ya venció', '¿dónde lo encuentro?', '¿qué es eso?', 'el código no funciona'] },
    { locale: 'fr-FR', said: ["je n'ai pas le code", "je l'ai perdu", "c'est quoi ?", 'le code ne marche pas'] },
    { locale: 'vi-VN', said: ['tôi không có mã', 'bị mất rồi', 'nó ở đâu'] },
    { locale: 'zh-CN', said: ['我没有访问码', '丢了', '这个是什么？'] },
    { locale: 'ko-KR', said: ['코드 없어요', '잃어버렸어요', '그게 뭐예요?'] },
    { locale: 'tl-PH', said: ['wala akong code', 'nawala', 'ano po iyan?'] },
    { locale: 'ar-EG', said: ['ما عندي الرمز', 'ضاع مني', 'ما هذا؟'] },
])('at the Online Access Code question ($locale)', ({ locale, said }) => {
    const t = i18n.getFixedT(locale.slice(0, 2));

    test('a lost, expired or unknown code gets where it is and how to get a new one; no try is spent', async () => {
        const h = (harness = await openCaseHarness({ locale }));
        const account = await createTestAccount(h, `code.${locale.slice(0, 2)}@example.com`);
        await say(h.client, 'hi');
        await say(h.client, t('menu.options.addPaperCase.title'));
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        expect(texts(await say(h.client, await h.latestCode(account.email))).at(-1)).toBe(t('addCase.askReceipt'));
        expect(texts(await say(h.client, IOE_VALID.receipt))).toEqual([t('addCase.askCode')]);

        const answer = t('prompts.stepHelp.accessCode.answer');
        expect(answer).toContain(t('addCase.newCodeHow'));
        for (const text of said) {
            expect([text, texts(await say(h.client, text))]).toEqual([text, [answer, t('addCase.askCode')]]);
        }
        // More messages than the three tries a wrong code gets, and the right code still adds the case.
        const replies = texts(await say(h.client, IOE_VALID.code));
        expect(replies[0]).toBe(t('addCase.linked', { receipt: IOE_VALID.receipt }));
        expect(replies.at(-1)).toMatch(opening(t('menu.again')));
    });
});
