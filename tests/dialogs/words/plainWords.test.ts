import { loadTranslations } from '../../../locales';
import { localeTexts } from '../../support/localeTexts';
import { en, es, say, texts, TEST_ORGANIZATION } from '../../support/dialogHarness';
import { LOCALES, opening } from '../account/accountFixture';
import { harnessPerTest } from './wordsFixture';

/* Plain words, in English and Spanish: short lines, what a step is for instead of its name, one term per concept. */
const open = harnessPerTest();
const orgName = TEST_ORGANIZATION.name;

const wordCount = (line: string) => line.split(/\s+/).filter(Boolean).length;

describe.each(LOCALES)('plain words ($language)', ({ language, locale, t }) => {
    test('the safety note is short lines; the English one opens with the way to Spanish', () => {
        const lines = t('welcome.safety').split('\n');
        expect(lines.length).toBeGreaterThanOrEqual(4);
        for (const line of lines) expect(wordCount(line)).toBeLessThanOrEqual(18);
        expect(lines[0]).toBe(language === 'en' ? 'Escriba «español» para continuar en español.' : 'Escriba «english» para continuar en inglés.');
    });

    test('help while creating an account says 8 short steps and which one the user is on', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '2');
        await say(h.client, '2');
        const help = texts(await say(h.client, t('interruptions.helpWords.0')));
        expect(help[0]).toMatch(opening(t('createAccount.help', { orgName, step: 1 })));
        expect(help[0]).toMatch(language === 'es' ? /8 pasos cortos\. Usted está en el paso 1\./ : /8 short steps\. You are on step 1\./);
        await say(h.client, 'ana.lopez@example.com');
        const atCode = texts(await say(h.client, t('interruptions.helpWords.0')));
        expect(atCode[0]).toMatch(language === 'es' ? /en el paso 2\./ : /on step 2\./);
    });

    test('the "email sent" and "find my number" help are short', () => {
        expect(wordCount(t('createAccount.email.sent', { email: 'ana.lopez@example.com' }))).toBeLessThanOrEqual(32);
        expect(wordCount(t('findAccountNumber.help', { orgName }))).toBeLessThanOrEqual(40);
    });

    test('two-step verification is explained, not named; a setup key and an authenticator app are explained in a line', () => {
        expect(t('createAccount.twoStep.prompt')).not.toMatch(/two-step verification|verificación en dos pasos/i);
        expect(t('createAccount.twoStep.prompt')).toMatch(language === 'es' ? /código de un solo uso/ : /one-time code/);
        expect(t('createAccount.twoStep.appKey', { key: 'X' })).toMatch(language === 'es' ? /Esa clave es un código que une/ : /A setup key is a code that links/);
        expect(t('createAccount.twoStep.appIntro')).toMatch(language === 'es' ? /Es una aplicación de su teléfono celular que crea códigos/ : /This is an app on your phone that makes sign-in codes/);
    });

    test('password rules read as a list after "It must:" (no "It needs: not to be")', () => {
        expect(t('accountErrors.passwordRejected')).toMatch(language === 'es' ? /Debe:$/ : /It must:$/);
        expect(t('passwordRules.tooCommon')).toMatch(language === 'es' ? /^no ser / : /^not be /);
        expect(t('passwordRules.containsEmail')).toMatch(language === 'es' ? /^no contener / : /^not contain /);
    });

    test('signed in: "if you do nothing for 15 minutes, you are signed out"', () => {
        expect(t('signIn.signedIn')).toMatch(language === 'es' ? /Si no hace nada durante 15 minutos, se cierra su sesión\./ : /If you do nothing for 15 minutes, you are signed out\./);
    });

    test('the applicant account type says it is for yourself', () => {
        expect(t('createAccount.accountType.applicant')).toMatch(language === 'es' ? /\(para usted\)$/ : /\(for yourself\)$/);
    });
});

describe('Spanish: one term per concept, usted, no English sentences', () => {
    const spanish = localeTexts('es');

    test('"correo electrónico" for email and "teléfono celular" for a mobile phone, everywhere', () => {
        const bare = spanish.filter(([, text]) => /\bcorreo\b(?! electr[oó]nico| no deseado| postal)/.test(text) || /(?<!tel[eé]fono )\bcelular\b/.test(text));
        expect(bare.map(([key]) => key)).toEqual([]);
    });

    test('one example address', () => {
        // USCIS's own sender (MyAccount@uscis.dhs.gov, where its account mail comes from) is a fact, not an example.
        const example = (address: string) => !address.includes('{{') && !address.endsWith('@uscis.dhs.gov');
        const addresses = new Set(spanish.flatMap(([, text]) => text.match(/[\w.]+@[\w.]+\.[a-z]+/g) ?? []).filter(example));
        expect([...addresses]).toEqual(['ana.lopez@example.com']);
    });

    test('the notice keeps its English name in parentheses; hashing is not called encryption', () => {
        expect(es('findAccountNumber.whereToFind')).toContain('Aviso de Acceso a la Cuenta en Línea de USCIS (USCIS Online Account Access Notice)');
        expect(spanish.filter(([, text]) => /cifrad/.test(text)).map(([key]) => key)).toEqual([]);
    });

    test('the help words include the usted form', () => {
        const words = loadTranslations('es') as { interruptions: { helpWords: string[] } };
        expect(words.interruptions.helpWords).toEqual(expect.arrayContaining(['qué puede hacer']));
    });

    test('no English sentence inside a Spanish message (quoted labels and names in parentheses aside)', () => {
        const english = /\b(the|your|you|please|to continue|if any)\b/i;
        const found = spanish.filter(([, text]) => english.test(text.replace(/"[^"]*"|«[^»]*»|\([^)]*\)|{{[^}]*}}|https?:\/\/\S+/g, ' ')));
        expect(found.map(([key]) => key)).toEqual([]);
        // The English welcome may say one line in Spanish (for a Spanish speaker who landed in English); not the reverse.
        expect(es('welcome.safety')).not.toMatch(/to continue in English/);
        expect(en('welcome.safety')).toMatch(/«español»/);
    });
});
