import { revealsCode, revealsPassword, typesSignInDetails } from '../../conversation/sensitiveInput';
import { turnIn } from '../support/turnInLanguage';

/*
 * What a message must hold to be taken for a secret typed in the open, and so not kept: a one-time or backup code, alone
 * or in a sentence; a password stated with the word for one, in any language this chat speaks (whatever the chat's
 * language is). The numbers and names people type every day are not secrets.
 */
describe('a code in a message', () => {
    test.each(['483920', '482 913', 'here is my code 483920', 'mi código es 482-913', 'رمزي ٤٨٢٩١٣', 'my backup code is 7Q2M9-XZA4K'])('"%s" holds one', (text) => {
        expect(revealsCode(text)).toBe(true);
    });

    test.each([
        'my account number is 1234 5678 9012',
        'call me at 800-375-5283',
        'call (800) 375 5283',
        'EAC9999103403',
        'EAC 21 900 00001',
        'my A-Number is A 123 456 789',
        'I paid 675 dollars on 12/15/2024',
        'my zip code is 10001',
        'a well-known word',
        // Five letters of another script, a dash and a form's number (how do I withdraw my I-130?).
        '怎么取消I-130申请',
        '取消I-485申请',
    ])('"%s" holds none', (text) => {
        expect(revealsCode(text)).toBe(false);
    });
});

describe('a password in a message', () => {
    test.each([
        ['en', 'my password is Hunter2!2024 can you log in for me?'],
        ['es', 'mi contraseña es Hola1234!'],
        ['zh', '我的密码是Abc12345，帮我登录'],
        ['ko', '제 비밀번호는 Seoul2024! 이에요'],
        // Written in English in a chat held in Spanish.
        ['es', 'my password is Summer2025'],
    ])('%s: "%s" states one', (language, text) => {
        expect(revealsPassword(turnIn(language), text)).toBe(true);
    });

    test.each([
        ['en', "my password doesn't work"],
        ['en', 'I forgot my password for form I-129F'],
        ['en', 'reset my password, my email is ana2024@example.com'],
        ['en', 'password for EAC9999103403'],
        ['en', 'my password expired on 2024-01-15'],
        ['en', 'my A-Number is A123456789 and I lost my password'],
        ['en', 'Hunter2!2024 is my new username'],
    ])('%s: "%s" states none', (language, text) => {
        expect(revealsPassword(turnIn(language), text)).toBe(false);
    });
});

/*
 * What belongs only in another site's sign-up form (an email address, a password, a code), typed where this chat guides
 * someone through that site: the whole message one run that looks like a password is one there, with no word for it.
 */
describe('sign-in details in a message', () => {
    test.each(['maria.lopez@example.com', 'my email is ana@example.org', 'Secret#Pass123', 'hunter2024', '483920', 'mi contraseña es Hola1234!'])('"%s" holds some', (text) => {
        expect(typesSignInDetails(turnIn('en'), text)).toBe(true);
    });

    test.each(['yes', 'I checked my spam folder already', 'step 2', 'EAC9999103403', 'I-130', 'it says error 404', 'www.uscis.gov'])('"%s" holds none', (text) => {
        expect(typesSignInDetails(turnIn('en'), text)).toBe(false);
    });
});
