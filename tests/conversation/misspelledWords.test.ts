import { oneEditApart, withMisspellingsFixed } from '../../conversation/misspelledWords';

describe('one edit apart', () => {
    test.each([
        ['intervew', 'interview', true],
        ['expird', 'expired', true],
        ['mutch', 'much', true],
        ['adress', 'address', true],
        ['recieved', 'received', true],
        ['stauts', 'status', true],
        ['wen', 'when', true],
        ['form', 'from', true],
        ['status', 'status', false],
        ['card', 'cart', true],
        ['grencard', 'green', false],
        ['biometrcs', 'biometrics', true],
        ['visa', 'vise', true],
        ['visa', 'advise', false],
        ['teh', 'the', true],
        ['abc', 'cba', false],
    ])('"%s" and "%s": %s', (a, b, expected) => {
        expect(oneEditApart(a, b)).toBe(expected);
        expect(oneEditApart(b, a)).toBe(expected);
    });
});

describe('a message with its misspelled words put right', () => {
    test.each([
        ['en', 'wen is my interview?', 'when is my interview?'],
        ['en', 'my wrk permit expird', 'my work permit expired'],
        ['en', 'how mutch is citizenship', 'how much is citizenship'],
        ['en', 'wat is biometrics', 'what is biometrics'],
        ['en', 'I recieved a leter from USCIS', 'I received a letter from USCIS'],
        ['es', 'perdí mi tarjeta de recidencia', 'perdí mi tarjeta de residencia'],
        ['fr', 'je veux renouvler ma carte verte', 'je veux renouveler ma carte verte'],
    ])('%s: "%s" is read as "%s"', (language, typed, fixed) => {
        expect(withMisspellingsFixed(language, typed)).toBe(fixed);
    });

    // Words the texts use, numbers, addresses, receipt numbers and scripts without spaces are left as typed.
    test.each([
        ['en', 'tell me a joke'],
        ['en', 'check EAC9999103403 please'],
        ['en', 'ana.lopez@example.com'],
        ['en', 'my A-Number is A123456789'],
        ['zh', '我的绿卡丢了'],
        ['ko', '영주권 갱신은 어떻게 해요?'],
        ['ar', 'فقدت بطاقتي الخضراء'],
    ])('%s: "%s" is left as typed', (language, typed) => {
        expect(withMisspellingsFixed(language, typed)).toBeUndefined();
    });
});
