import { AccountMessages } from '../../../services/accounts/accountMessages';
import { i18n, say, texts, TEST_ORGANIZATION } from '../../support/dialogHarness';
import { createTestAccount, LOCALES, opening } from '../account/accountFixture';
import { harnessPerTest } from './wordsFixture';

/*
 * True words about the account number: the 12-digit number Sendero issues is the organisation's, not USCIS's, unless
 * the deployment says it issues USCIS account numbers (ACCOUNT_NUMBER_SCOPE=uscis).
 */
const open = harnessPerTest();
const FORM_FIELD = 'USCIS Online Account Number (if any)';
const grouped = (digits: string) => digits.replace(/(\d{4})(\d{4})(\d{4})/, '$1 $2 $3');

describe.each(LOCALES)('account number scope ($language)', ({ language, locale, t }) => {
    const orgName = TEST_ORGANIZATION.name;

    test('the welcome says whose assistant this is and that it is not USCIS', () => {
        const greeting = t('welcome.greeting', { orgName });
        expect(greeting).toContain(orgName);
        expect(greeting).toMatch(language === 'es' ? /No formo parte de USCIS/ : /not part of USCIS/);
    });

    /** Signs in through "find my number" → "my number" and returns the replies that show it. */
    async function lookUpNumber(scope?: 'uscis'): Promise<{ replies: string[]; accountNumber: string; menu: string }> {
        const h = await open({ locale, organization: scope ? { accountNumberScope: scope } : {} });
        const account = await createTestAccount(h, 'scope@example.com');
        await say(h.client, 'hi');
        const menu = texts(await say(h.client, '1'))[0];
        await say(h.client, '4');
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        const replies = texts(await say(h.client, await h.latestCode(account.email)));
        return { replies, accountNumber: account.accountNumber, menu };
    }

    test('by default the number shown after sign-in is the organisation\'s, and it is not for USCIS forms', async () => {
        const { replies, accountNumber, menu } = await lookUpNumber();
        expect(menu).toContain(t('findAccountNumber.topics.lookUp'));
        const shown = replies[1];
        expect(shown).toContain(grouped(accountNumber));
        expect(shown).toContain(orgName);
        expect(shown).not.toContain(FORM_FIELD);
        expect(shown).toMatch(language === 'es' ? /No lo escriba en los formularios de USCIS/ : /Do not write it on USCIS forms/);
    });

    test('with ACCOUNT_NUMBER_SCOPE=uscis it is the online account number, as before', async () => {
        const { replies, accountNumber, menu } = await lookUpNumber('uscis');
        expect(menu).toContain(t('findAccountNumber.topics.lookUp_uscis'));
        expect(replies[1]).toMatch(opening(t('findAccountNumber.lookup.result_uscis', { accountNumber: grouped(accountNumber), emailedTo: '' }).split(grouped(accountNumber))[0]));
        expect(replies[1]).not.toMatch(/USCIS forms|formularios de USCIS/);
    });

    test('the emails about the number follow the same scope', () => {
        const values = { accountNumber: '123456789012' };
        for (const kind of ['accountCreated', 'accountNumber'] as const) {
            const organization = new AccountMessages(i18n, orgName).compose(kind, 'email', language, values);
            expect(organization.body).toContain(orgName);
            expect(organization.body).not.toContain(FORM_FIELD);
            expect(organization.body).toMatch(/USCIS/);
            const uscis = new AccountMessages(i18n, orgName, 'uscis').compose(kind, 'email', language, values);
            expect(uscis.body).not.toMatch(/formularios de USCIS|USCIS forms/);
        }
        expect(new AccountMessages(i18n, orgName, 'uscis').compose('accountCreated', 'email', language, values).body).toContain(FORM_FIELD);
    });

    test('an account made here: the chat never says to write its number in a USCIS form field', () => {
        const done = t('createAccount.complete.done', { accountNumber: '1234 5678 9012', orgName });
        expect(done).not.toContain(FORM_FIELD);
        expect(done).toContain(orgName);
        expect(t('createAccount.complete.done_uscis', { accountNumber: '1234 5678 9012', orgName })).toContain(FORM_FIELD);
    });

    test('"find my number" explains the Online Access Code where it mentions the notice, and only what the facts support', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        await say(h.client, '1');
        const where = texts(await say(h.client, '1'))[0];
        expect(where).toMatch(/90/);
        expect(where).toMatch(language === 'es' ? /Código de Acceso en Línea \(Online Access Code\)/ : /Online Access Code/);
        expect(where).toMatch(/IOE/);
        // The number is not in USCIS's confirmation emails, and the notice is mailed to some paper filers, not all.
        expect(where).not.toMatch(/confirmation emails|correos de confirmación|sent if you filed on paper|se envía si presentó en papel/);
        if (language === 'es') expect(where).toContain('(USCIS Online Account Access Notice)');
    });
});
