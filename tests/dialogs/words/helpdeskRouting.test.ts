import { say, texts, TEST_ORGANIZATION } from '../../support/dialogHarness';
import { LOCALES, opening } from '../account/accountFixture';
import { harnessPerTest } from './wordsFixture';

/*
 * Unlocking an account and changing how codes arrive go to the organisation's help desk when it has one, else to
 * USCIS's online help form. The USCIS Contact Center's phone line is never offered as the way to unlock an account.
 */
const open = harnessPerTest();
const USCIS_PHONE = '800-375-5283';
const NO_HELP_DESK = { helpdeskPhone: '', helpdeskEmail: '', helpdeskHours: '' };

describe.each(LOCALES)('help-desk routing ($language)', ({ language, locale, t }) => {
    const orgName = TEST_ORGANIZATION.name;

    /** "I can't sign in" → "My codes don't arrive" → "no backup code": the route to get codes another way. */
    async function noCodesWithoutBackup(organization = {}): Promise<string[]> {
        const h = await open({ locale, organization });
        await say(h.client, 'hi');
        await say(h.client, '6');
        await say(h.client, t('recoverAccess.topics.noCodes'));
        return texts(await say(h.client, t('signIn.answers.no')));
    }

    test('with a help desk: the organisation\'s help desk and its details, not the USCIS phone line', async () => {
        const replies = await noCodesWithoutBackup();
        expect(replies).toHaveLength(2);
        expect(replies[0]).toMatch(opening(t('recoverAccess.helpDesk', { orgName })));
        expect(replies[0]).toContain(TEST_ORGANIZATION.helpdeskPhone);
        expect(replies[0]).not.toContain(USCIS_PHONE);
        expect(replies[1]).toMatch(opening(t('menu.again')));
    });

    test('without a help desk: USCIS\'s online help form, not the USCIS phone line', async () => {
        const replies = await noCodesWithoutBackup(NO_HELP_DESK);
        expect(replies).toEqual([t('recoverAccess.helpForm'), expect.stringMatching(opening(t('menu.again')))]);
        expect(replies[0]).toContain('https://my.uscis.gov/account/v1/needhelp');
        expect(replies[0]).not.toContain(USCIS_PHONE);
    });

    test('locked out: the advice matches sign-in here (wrong codes, never a password), then the same routing', async () => {
        const h = await open({ locale, organization: NO_HELP_DESK });
        await say(h.client, 'hi');
        await say(h.client, '6');
        const advice = texts(await say(h.client, t('recoverAccess.topics.lockedOut')))[0];
        expect(advice).toBe(t('recoverAccess.lockedOut.advice'));
        expect(advice).toMatch(language === 'es' ? /5 códigos incorrectos/ : /5 wrong codes/);
        expect(advice).toMatch(language === 'es' ? /Nunca le pide su contraseña/ : /never asks for your password/);
        const route = texts(await say(h.client, t('signIn.answers.no')));
        expect(route).toEqual([t('recoverAccess.lockedOut.waitFirst'), t('recoverAccess.helpForm'), expect.stringMatching(opening(t('menu.again')))]);
        expect(route.join('\n')).not.toContain(USCIS_PHONE);
    });

    test('"talk to a person" still lists the USCIS Contact Center, for USCIS matters', async () => {
        const h = await open({ locale });
        await say(h.client, 'hi');
        expect(texts(await say(h.client, '7'))[0]).toContain(USCIS_PHONE);
    });
});
