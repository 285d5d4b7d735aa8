import { requestClauses } from '../../conversation/requestClauses';
import { turnIn } from '../support/turnInLanguage';

describe('requestClauses: the parts of a message that may each ask for something', () => {
    test.each([
        ['en', 'I want to check my case status and find my account number', ['i want to check my case status', 'find my account number']],
        ['en', 'Check my status. Also, find my account number!', ['check my status', 'find my account number']],
        ['es', 'Quiero ver el estado de mi caso y también encontrar mi número de cuenta', ['quiero ver el estado de mi caso', 'encontrar mi numero de cuenta']],
        ['fr', 'Je veux créer un compte et ajouter mon dossier papier', ['je veux creer un compte', 'ajouter mon dossier papier']],
        ['vi', 'Tôi muốn xem tình trạng hồ sơ và tìm số tài khoản', ['toi muon xem tinh trang ho so', 'tim so tai khoan']],
        ['tl', 'Gusto kong alamin ang status ng kaso ko at hanapin ang account number ko', ['gusto kong alamin ang status ng kaso ko', 'hanapin ang account number ko']],
        ['zh', '我想查案件状态和找我的账户号码。', ['我想查案件状态', '找我的账户号码']],
        ['ar', 'أريد معرفة حالة ملفي و إيجاد رقم حسابي', ['اريد معرفة حالة ملفي', 'ايجاد رقم حسابي']],
        ['ko', '케이스 상태 확인 그리고 계정 번호 찾기', ['케이스 상태 확인', '계정 번호 찾기']],
        ['ar', 'أريد معرفة حالة ملفي وإيجاد رقم حسابي', ['اريد معرفة حالة ملفي', 'ايجاد رقم حسابي']],
        ['ko', '케이스 상태 확인하고 계정 번호 찾기', ['케이스 상태 확인', '계정 번호 찾기']],
    ])('%s: "%s" has two parts', (language, text, parts) => {
        expect(requestClauses(turnIn(language), text)).toEqual(parts);
    });

    test('a message that joins nothing is one part, and a full stop inside a word or a number cuts nothing', () => {
        expect(requestClauses(turnIn('en'), 'What is the status of EAC9999103403?')).toEqual(['what is the status of eac9999103403']);
        expect(requestClauses(turnIn('en'), 'my email is ana.lopez@example.com')).toEqual(['my email is ana lopez example com']);
    });

    test('a word that only opens or ends like a joiner written on a word is cut too, and a short one is not', () => {
        // "وثيقة" (document) is not "و" + "ثيقة", but is cut as if it were: harmless, a part counts only if it names a task.
        expect(requestClauses(turnIn('ar'), 'أريد وثيقة')).toEqual(['اريد', 'ثيقة']);
        // "وقت" (time): too short to be "و" and a word.
        expect(requestClauses(turnIn('ar'), 'كم وقت')).toEqual(['كم وقت']);
        expect(requestClauses(turnIn('ko'), '하고')).toEqual([]);
        // Only Arabic writes "و" on a word, only Korean "하고".
        expect(requestClauses(turnIn('en'), 'check status وانشاء')).toEqual(['check status وانشاء']);
    });

    test('a language reads its own joining words only: Spanish "y" joins nothing in English', () => {
        expect(requestClauses(turnIn('en'), 'check status y find number')).toEqual(['check status y find number']);
    });
});
