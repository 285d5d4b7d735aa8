import { looksLikeQuestion } from '../../conversation/utteranceWords';
import { turnIn } from '../support/turnInLanguage';

describe('a message that looks like a question', () => {
    test.each([
        ['en', 'what is a backup code'],
        ['en', 'my case, how long will it take'],
        ['es', '¿cuánto tarda?'],
        ['fr', "le numéro A c'est quoi"],
        // The question word where the answer would go.
        ['zh', '我的案子要多久'],
        ['zh', '我的案件什么时候能批下来'],
        ['ko', '제 케이스는 언제 끝나요'],
        ['ko', '온라인 액세스 코드가 뭐예요'],
        ['vi', 'hồ sơ của tôi mất bao lâu'],
        ['vi', 'ho so cua toi mat bao lau'],
        ['tl', 'gaano katagal ang kaso ko'],
        ['tl', 'pwede ko ba itong gawin online'],
        ['ar', 'قضيتي تأخذ كم من الوقت'],
        // A closing particle, joined to the last word or a word of its own.
        ['zh', '我可以在网上查吗'],
        ['ko', '처리 기간이 길어지나요'],
        ['vi', 'tôi có thể đổi email được không'],
        // After the words people open with.
        ['en', 'ok what should I do now'],
        ['en', 'so how do I add my case'],
        ['es', 'y pero cómo lo pido'],
        ['fr', "d'accord et comment je fais"],
        ['tl', 'sige paano ko gagawin'],
        ['ar', 'طيب كيف أفعل ذلك'],
        // A request for an explanation asks as a question does ("yes please tell me", below, does not).
        ['en', 'tell me what this means'],
        ['en', 'please explain'],
        ['es', 'explíqueme esto'],
    ])('%s: "%s"', (language, text) => {
        expect(looksLikeQuestion(turnIn(language), text)).toBe(true);
    });

    test.each([
        ['en', 'I want to check my status'],
        ['es', 'le escribo cuando me llegue el código'],
        ['ko', '저는 가요'],
        // A particle alone is an answer ("no"), not a question.
        ['vi', 'không'],
        ['zh', '吗'],
        ['tl', 'kaso ko'],
        // Words people open with, with no question after them.
        ['en', 'ok'],
        ['en', 'ok so'],
        ['en', 'yes please tell me'],
        ['es', 'sí quiero'],
    ])('not %s: "%s"', (language, text) => {
        expect(looksLikeQuestion(turnIn(language), text)).toBe(false);
    });
});
