import {
    checkPassword,
    emailLocalPart,
    findReceiptNumber,
    findReceiptNumbers,
    formatBackupCode,
    isCommonPassword,
    likelyMeantEmail,
    mistypedReceiptIn,
    normaliseEmail,
    parseAccountNumber,
    parseANumber,
    parseBackupCode,
    emailWrittenIn,
    phoneWrittenIn,
    parseEmail,
    parseOneTimeCode,
    parseOnlineAccessCode,
    parseReceiptNumber,
    parseUsPhone,
} from '../../services/validators';

describe('emailWrittenIn', () => {
    it.each([
        ['my email is Ana.Lopez@Example.com.', 'ana.lopez@example.com', 'my email is ', '.'],
        ['es <jose+uscis@mail.example.org>, gracias', 'jose+uscis@mail.example.org', 'es <', '>, gracias'],
        ['我的邮箱是ana@example.com', 'ana@example.com', '我的邮箱是', ''],
        ['ana lopez@example.com', 'lopez@example.com', 'ana ', ''],
    ])('finds the one address in %j', (raw, email, before, after) => {
        expect(emailWrittenIn(raw)).toEqual({ email: { ok: true, value: email }, before, after });
    });

    it.each([['no address here'], ['a@example.com or b@example.com'], ['ana@example']])('finds none in %j', (raw) => {
        expect(emailWrittenIn(raw)).toBeUndefined();
    });
});

describe('phoneWrittenIn', () => {
    it.each([
        ['my number is (202) 555-0143', '+12025550143'],
        ['es el 202 555 0143, gracias', '+12025550143'],
        ['+1 202-555-0143 please', '+12025550143'],
    ])('finds the one number in %j', (raw, phone) => {
        expect(phoneWrittenIn(raw)).toEqual({ ok: true, value: phone });
    });

    it.each([['no number here'], ['call 202 555 0143 or 202 555 0199'], ['apartment 4, 202 555 0143'], ['202 555 and 0143']])('takes none in %j', (raw) => {
        expect(phoneWrittenIn(raw)?.ok ?? false).toBe(false);
    });
});

describe('parseEmail', () => {
    it.each([
        ['ana@example.com', 'ana@example.com'],
        ['  Ana.Lopez@Example.COM  ', 'ana.lopez@example.com'],
        ['JOSE+uscis@Mail.Example.org', 'jose+uscis@mail.example.org'],
        ["o'brien@example.ie", "o'brien@example.ie"],
        ['a_b-c@sub-domain.example.co', 'a_b-c@sub-domain.example.co'],
        // A Chinese, Japanese or Korean input method's full-width "＠" and letters.
        ['ａｎａ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'ana@example.com'],
        ['ali٢٠٢٠@example.com', 'ali2020@example.com'],
    ])('accepts %j as %j (trimmed, all lowercase)', (raw, expected) => {
        expect(parseEmail(raw)).toEqual({ ok: true, value: expected });
    });

    it.each([
        ['', 'empty'],
        ['   ', 'empty'],
        ['ana', 'invalid'],
        ['ana@', 'invalid'],
        ['@example.com', 'invalid'],
        ['ana@example', 'invalid'],
        ['ana@@example.com', 'invalid'],
        ['ana lopez@example.com', 'invalid'],
        ['ana..lopez@example.com', 'invalid'],
        ['.ana@example.com', 'invalid'],
        ['ana@example..com', 'invalid'],
        [`${'a'.repeat(250)}@example.com`, 'tooLong'],
    ])('refuses %j with %s', (raw, reason) => {
        expect(parseEmail(raw)).toEqual({ ok: false, reason });
    });

    it('normaliseEmail lowercases the local part too, so case variants are one address', () => {
        expect(normaliseEmail(' Ana@EXAMPLE.com ')).toBe(normaliseEmail('ana@example.com'));
    });

    it('emailLocalPart takes the part before the last @', () => {
        expect(emailLocalPart('Ana.Lopez@example.com')).toBe('ana.lopez');
        expect(emailLocalPart('nobody')).toBe('nobody');
    });
});

describe('parseUsPhone', () => {
    it.each([
        ['(555) 123-4567', '+15551234567'],
        ['555.123.4567', '+15551234567'],
        ['+1 555 123 4567', '+15551234567'],
        ['555-123-4567', '+15551234567'],
        ['5551234567', '+15551234567'],
        ['1 (555) 123-4567', '+15551234567'],
        ['15551234567', '+15551234567'],
        ['+1 (202) 555-0123', '+12025550123'],
        ['787 555 1234', '+17875551234'], // Puerto Rico is the US
        ['  +12125551234 ', '+12125551234'],
        ['(٢٠٢) ٥٥٥-٠١٢٣', '+12025550123'],
        ['＋１ ２０２ ５５５ ０１２３', '+12025550123'],
    ])('accepts %j as %j', (raw, expected) => {
        expect(parseUsPhone(raw)).toEqual({ ok: true, value: expected });
    });

    it.each([
        ['', 'empty'],
        ['555-1234', 'invalid'],
        ['555 123 45678', 'invalid'],
        ['call me 5551234567', 'invalid'],
        ['+44 20 7946 0958', 'notUs'],
        ['+52 55 1234 5678', 'notUs'],
        ['+1 416 555 1234', 'notUs'], // Toronto
        ['604-555-1234', 'notUs'], // Vancouver
        ['+1 809 555 1234', 'notUs'], // Dominican Republic
        ['(055) 123-4567', 'invalidAreaCode'],
        ['(155) 123-4567', 'invalidAreaCode'],
        ['+1 055 123 4567', 'invalidAreaCode'],
        ['(555) 123-456', 'invalid'],
        ['2 555 123 4567', 'invalid'],
    ])('refuses %j with %s', (raw, reason) => {
        expect(parseUsPhone(raw)).toEqual({ ok: false, reason });
    });
});

describe('checkPassword', () => {
    it.each(['Sendero#Rio2029', 'Mañana-Llueve7', 'tres Tristes tigres!', 'Q7v!rT2m', 'Ñandú&Bosque'])('accepts %j', (pw) => {
        expect(checkPassword(pw, { email: 'ana.lopez@example.com' })).toEqual({ ok: true, failures: [] });
    });

    it('reports every failed rule at once, in a fixed order', () => {
        expect(checkPassword('abc').failures).toEqual(['tooShort', 'missingUppercase', 'missingSpecial']);
        expect(checkPassword('').failures).toEqual(['tooShort', 'missingUppercase', 'missingLowercase', 'missingSpecial']);
    });

    it.each([
        ['Ab!defg', ['tooShort']],
        ['abcdefg!x', ['missingUppercase']],
        ['ABCDEFG!X', ['missingLowercase']],
        ['Abcdefgh9', ['missingSpecial']],
        [`Aa!${'x'.repeat(130)}`, ['tooLong']],
    ])('%j fails %j', (pw, failures) => {
        expect(checkPassword(pw).failures).toEqual(failures);
    });

    it('counts characters, not UTF-16 units, for the minimum length', () => {
        expect(checkPassword('Aa!😀😀😀😀').failures).toContain('tooShort');
        expect(checkPassword('Aa!😀😀😀😀😀').failures).not.toContain('tooShort');
    });

    it.each([
        ['Ana.Lopez@Example.com', 'the whole address'],
        ['x!Ana.Lopez@example.comX', 'the address inside'],
        ['ANA.LOPEZ', 'the local part, any case (also missing lowercase/special)'],
        ['My!ana.lopezZ', 'the local part inside'],
    ])('refuses %j: %s', (pw) => {
        expect(checkPassword(pw, { email: 'ana.lopez@example.com' }).failures).toContain('containsEmail');
    });

    it('refuses a short local part only as the whole password', () => {
        expect(checkPassword('Jo', { email: 'jo@example.com' }).failures).toContain('containsEmail');
        expect(checkPassword('Banjo#Tree7', { email: 'jo@example.com' }).failures).not.toContain('containsEmail');
    });

    it.each(['Password1!', 'P@ssw0rd!', 'Qwerty123!', 'Dragon2024#', 'Iloveyou!1', 'Football!!', 'Letmein#1'])(
        'refuses the common password %j',
        (pw) => {
            expect(checkPassword(pw).failures).toContain('tooCommon');
        },
    );

    it('isCommonPassword knows the top of the list and spares random text', () => {
        expect(isCommonPassword('123456')).toBe(true);
        expect(isCommonPassword('PASSWORD')).toBe(true);
        expect(isCommonPassword('Zq8#vL2!rPw')).toBe(false);
    });
});

describe('parseAccountNumber', () => {
    it.each([
        ['123456789012', '123456789012'],
        ['1234 5678 9012', '123456789012'],
        ['1234-5678-9012', '123456789012'],
        [' 123 456-789 012 ', '123456789012'],
        ['１２３４ ５６７８ ９０１２', '123456789012'],
        ['١٢٣٤-٥٦٧٨-٩٠١٢', '123456789012'],
    ])('accepts %j', (raw, expected) => {
        expect(parseAccountNumber(raw)).toEqual({ ok: true, value: expected });
    });

    it.each([
        ['', 'empty'],
        ['12345678901', 'notTwelveDigits'],
        ['1234567890123', 'notTwelveDigits'],
        ['12345678901O', 'notTwelveDigits'],
        ['EAC2190000001', 'looksLikeReceiptNumber'],
        ['A012345678', 'looksLikeANumber'],
        ['a12345678', 'looksLikeANumber'],
    ])('refuses %j with %s', (raw, reason) => {
        expect(parseAccountNumber(raw)).toEqual({ ok: false, reason });
    });
});

describe('parseReceiptNumber', () => {
    it.each([
        ['EAC2190000001', { receiptNumber: 'EAC2190000001', corrected: false, knownPrefix: true, ioe: false }],
        ['eac-219-000-0001', { receiptNumber: 'EAC2190000001', corrected: false, knownPrefix: true, ioe: false }],
        ['LIN 99 001 50001', { receiptNumber: 'LIN9900150001', corrected: false, knownPrefix: true, ioe: false }],
        ['*WAC2190000001*', { receiptNumber: 'WAC2190000001', corrected: false, knownPrefix: true, ioe: false }],
        ['IOE0912345678', { receiptNumber: 'IOE0912345678', corrected: false, knownPrefix: true, ioe: true }],
        ['ioeO9I2345678', { receiptNumber: 'IOE0912345678', corrected: true, knownPrefix: true, ioe: true }],
        ['EAC219OOOOOOl', { receiptNumber: 'EAC2190000001', corrected: true, knownPrefix: true, ioe: false }],
        ['NYC2190000001', { receiptNumber: 'NYC2190000001', corrected: false, knownPrefix: false, ioe: false }],
        // Full-width (Chinese, Japanese, Korean input) and Arabic-Indic digits.
        ['ＥＡＣ２１９００００００１', { receiptNumber: 'EAC2190000001', corrected: false, knownPrefix: true, ioe: false }],
        ['EAC٢١٩٠٠٠٠٠٠١', { receiptNumber: 'EAC2190000001', corrected: false, knownPrefix: true, ioe: false }],
        ['ｉｏｅ－０９１２３４５６７８', { receiptNumber: 'IOE0912345678', corrected: false, knownPrefix: true, ioe: true }],
    ])('accepts %j', (raw, expected) => {
        expect(parseReceiptNumber(raw)).toEqual({ ok: true, value: expected });
    });

    it('keeps letter positions as typed (only digit positions are corrected)', () => {
        expect(parseReceiptNumber('I0E0912345678')).toEqual({ ok: false, reason: 'invalidFormat' });
    });

    it.each([
        ['', 'empty'],
        [' - * ', 'empty'],
        ['EAC219000000', 'tooShort'],
        ['EAC', 'tooShort'],
        // The other numbers of the same papers, said as such rather than "too short".
        ['123456789012', 'looksLikeAccountNumber'],
        ['1234 5678 9012', 'looksLikeAccountNumber'],
        ['A123456789', 'looksLikeANumber'],
        ['a1234567', 'looksLikeANumber'],
        // The form's name, which many people call their case by (before: "too short").
        ['I-130', 'looksLikeFormName'],
        ['i485', 'looksLikeFormName'],
        ['N-400', 'looksLikeFormName'],
        ['I-131A', 'looksLikeFormName'],
        ['Form I-765', 'looksLikeFormName'],
        ['12345678901', 'tooShort'],
        ['EAC21900000012', 'tooLong'],
        ['EAC2190000001 and IOE0912345678', 'tooLong'],
        ['EA12190000001', 'invalidFormat'],
        ['123EAC0000001', 'invalidFormat'],
        ['EAC21900000X1', 'lettersInDigits'],
        ['EACABCDEFGHJK', 'lettersInDigits'],
        ['EAC21900000#1', 'invalidFormat'],
        // Words, not a try at the number: three or more without a digit, or letters of another script.
        ['I just mailed my application last week', 'words'],
        ['my wife case', 'words'],
        ['hello there', 'tooShort'],
        ['我还没有收到通知', 'words'],
        ['접수번호', 'words'],
        ['ما عندي', 'words'],
        ['my receipt is EAC2190000001', 'tooLong'],
    ])('refuses %j with %s', (raw, reason) => {
        expect(parseReceiptNumber(raw)).toEqual({ ok: false, reason });
    });

    it('never returns the old wrongLength reason: a wrong length says which way it is wrong', () => {
        for (const raw of ['EAC1', 'EAC219000000', 'EAC21900000012', 'X'.repeat(40)]) {
            expect(parseReceiptNumber(raw)).not.toEqual({ ok: false, reason: 'wrongLength' });
        }
    });
});

describe('parseANumber', () => {
    it.each([
        ['A123456789', 'A123456789'],
        ['A12345678', 'A012345678'],
        ['A1234567', 'A001234567'],
        ['a-123-456-789', 'A123456789'],
        ['123456789', 'A123456789'],
        ['1234567', 'A001234567'],
        ['A 012 345 678', 'A012345678'],
        ['A0012345678', 'A012345678'],
    ])('accepts %j as %j', (raw, expected) => {
        expect(parseANumber(raw)).toEqual({ ok: true, value: expected });
    });

    it.each([
        ['', 'empty'],
        ['A123456', 'tooShort'],
        ['A1234567890', 'tooLong'],
        ['B123456789', 'invalidFormat'],
        ['A12345678X', 'invalidFormat'],
        ['AA12345678', 'invalidFormat'],
    ])('refuses %j with %s', (raw, reason) => {
        expect(parseANumber(raw)).toEqual({ ok: false, reason });
    });
});

describe('parseOnlineAccessCode', () => {
    it.each([
        ['ABCD1234', 'ABCD1234'],
        ['abcd-1234-efgh', 'ABCD1234EFGH'],
        ['AB CD 12 34 EF GH 56 78', 'ABCD1234EFGH5678'],
    ])('accepts %j as %j', (raw, expected) => {
        expect(parseOnlineAccessCode(raw)).toEqual({ ok: true, value: expected });
    });

    it.each([
        ['', 'empty'],
        ['ABC1234', 'wrongLength'],
        ['ABCD1234EFGH56789', 'wrongLength'],
        ['ABCD_1234', 'invalidCharacters'],
        ['ÁBCD1234', 'invalidCharacters'],
        ['EAC2190000001', 'looksLikeReceiptNumber'],
        ['ioe-091-234-5678', 'looksLikeReceiptNumber'],
        ['1234 5678 9012', 'looksLikeAccountNumber'],
        ['A123456789', 'looksLikeANumber'],
        ['a-12345678', 'looksLikeANumber'],
        ['A1234567', 'looksLikeANumber'],
        ['123-456-789', 'looksLikeANumber'],
    ])('refuses %j with %s', (raw, reason) => {
        expect(parseOnlineAccessCode(raw)).toEqual({ ok: false, reason });
    });

    it('still accepts codes that only resemble other numbers in part', () => {
        expect(parseOnlineAccessCode('AB12345678')).toEqual({ ok: true, value: 'AB12345678' });
        expect(parseOnlineAccessCode('12345678')).toEqual({ ok: true, value: '12345678' });
        expect(parseOnlineAccessCode('EAC219000000')).toEqual({ ok: true, value: 'EAC219000000' });
    });
});

describe('parseOneTimeCode', () => {
    it.each([
        ['123456', '123456'],
        ['123 456', '123456'],
        [' 1 2 3 4 5 6 ', '123456'],
        ['123-456', '123456'],
        ['000000', '000000'],
        // Other keyboards' digits: full-width (Chinese, Japanese, Korean input), Arabic-Indic, Persian, Devanagari.
        ['１２３４５６', '123456'],
        ['١٢٣ ٤٥٦', '123456'],
        ['۱۲۳۴۵۶', '123456'],
        ['१२३४५६', '123456'],
        ['٠٩٨٧٦٥', '098765'],
    ])('accepts %j', (raw, expected) => {
        expect(parseOneTimeCode(raw)).toEqual({ ok: true, value: expected });
    });

    it.each([
        ['', 'empty'],
        ['12345', 'notSixDigits'],
        ['1234567', 'notSixDigits'],
        ['12345a', 'notSixDigits'],
        ['١٢٣٤٥', 'notSixDigits'],
    ])('refuses %j with %s', (raw, reason) => {
        expect(parseOneTimeCode(raw)).toEqual({ ok: false, reason });
    });
});

describe('parseBackupCode', () => {
    it('accepts the printed form in any case', () => {
        expect(parseBackupCode('abcde-fghjk')).toEqual({ ok: true, value: 'ABCDEFGHJK' });
        expect(parseBackupCode(' ABCDE FGHJK ')).toEqual({ ok: true, value: 'ABCDEFGHJK' });
    });

    it.each([
        ['', 'empty'],
        ['ABCDEFGHJ', 'invalidFormat'],
        ['ABCDEFGHJKM', 'invalidFormat'],
        ['ABCDEFGHJ0', 'invalidFormat'], // 0 is not in the alphabet
        ['123456', 'invalidFormat'],
    ])('refuses %j with %s', (raw, reason) => {
        expect(parseBackupCode(raw)).toEqual({ ok: false, reason });
    });

    it('formatBackupCode groups in fives', () => {
        expect(formatBackupCode('ABCDEFGHJK')).toBe('ABCDE-FGHJK');
    });
});

describe('findReceiptNumber', () => {
    test.each([
        ['EAC9999103403', 'EAC9999103403'],
        ['my receipt number is EAC9999103403', 'EAC9999103403'],
        ['제 접수 번호는 EAC9999103403이에요', 'EAC9999103403'],
        ['el número es EAC 999 910 3403, gracias', 'EAC 999 910 3403'],
        ['it is IOE0912345678.', 'IOE0912345678'],
        ['我的收据号是ＥＡＣ９９９９１０３４０３', 'EAC9999103403'],
    ])('%s → %s', (text, found) => {
        expect(findReceiptNumber(text)).toBe(found);
    });

    test.each([['no number here'], ['EAC9999103403 EAC9999103400'], ['EAC99991034'], ['call 555-123-4567']])('%s → none', (text) => {
        expect(findReceiptNumber(text)).toBeUndefined();
    });

    test('the same number twice is one number', () => {
        expect(findReceiptNumber('EAC9999103403, yes EAC9999103403')).toBe('EAC9999103403');
    });
});

describe('findReceiptNumbers', () => {
    test.each([
        ['EAC9999103403 and EAC9999103400', ['EAC9999103403', 'EAC9999103400']],
        // Before, the first ran on into "… IO" of the second (O and I read as digits), and neither was found whole.
        ['EAC9999103403 IOE0900000001', ['EAC9999103403', 'IOE0900000001']],
        ['EAC9999103403IOE0900000001', ['EAC9999103403', 'IOE0900000001']],
        ['EAC 999 910 3403, EAC9999103400, EAC9999103403', ['EAC 999 910 3403', 'EAC9999103400']],
        ['EAC9999103403please', []],
        ['no number here', []],
    ])('%s → %j', (text, found) => {
        expect(findReceiptNumbers(text)).toEqual(found);
    });
});

describe('mistypedReceiptIn', () => {
    test.each([
        ['EAC999910340', { typed: 'EAC999910340', digits: 9 }],
        ['check EAC99991034033 please', { typed: 'EAC99991034033', digits: 11 }],
        ['EAC 999 910 340', { typed: 'EAC 999 910 340', digits: 9 }],
    ])('%s → %j', (text, found) => {
        expect(mistypedReceiptIn(text)).toEqual(found);
    });

    test.each([
        // A receipt number that parses, or one beside it; other numbers; two mistyped ones (which is meant is not guessed).
        'EAC9999103403',
        'EAC9999103403 and EAC999910340',
        'A012345678',
        'I-130',
        '123456789012',
        'EAC99991034 and EAC999910340',
    ])('%s → nothing', (text) => {
        expect(mistypedReceiptIn(text)).toBeUndefined();
    });
});

describe('likelyMeantEmail', () => {
    test.each([
        ['ana@gmial.com', 'ana@gmail.com'],
        ['Ana.Lopez@GMIAL.com', 'Ana.Lopez@gmail.com'],
        ['ana@hotmail.con', 'ana@hotmail.com'],
        ['ana@yaho.com.mx', 'ana@yahoo.com.mx'],
        ['ana@naver.co', 'ana@naver.com'],
    ])('%s → %s', (typed, meant) => {
        expect(likelyMeantEmail(typed)).toBe(meant);
    });

    // Known domains, including those of the places Sendero's users write from, and any domain not close to a known one.
    test.each(['ana@gmail.com', 'ana@yahoo.com.mx', 'ana@hotmail.es', 'ana@orange.fr', 'ana@163.com', 'ana@legalaid.org', 'not an email'])('%s → nothing', (typed) => {
        expect(likelyMeantEmail(typed)).toBeUndefined();
    });
});
