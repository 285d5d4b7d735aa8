import { TEST_ORGANIZATION } from '../../support/dialogHarness';
import { askingAtTheMenu } from '../menuWithEveryFlow';

/*
 * Found by chatting with the bot as people type on small phones: "wen is my intervew" and "wat is biometrics" got
 * "Sorry, I can't help with that"; "my wrk permit expird" and "I recieved a leter from USCIS" an unsure guess to confirm
 * (a case status, keeping an account safe). The menu reads such a message again with its misspelled words put right
 * (conversation/misspelledWords.ts), and keeps that reading when it is sure.
 */
const { askAtMenu } = askingAtTheMenu();

describe('a message with misspelled words, at the menu', () => {
    test.each([
        ['en-US', 'hello', 'wen is my intervew', 'understanding.uscisMatters.appointment.answer'],
        ['en-US', 'hello', 'wat is biometrics', 'understanding.biometrics'],
        ['en-US', 'hello', 'my wrk permit expird', 'understanding.uscisMatters.workPermitRenewal.answer'],
        ['en-US', 'hello', 'I recieved a leter from USCIS', 'understanding.uscisMatters.letter.answer'],
        ['en-US', 'hello', 'i los my grencard', 'understanding.uscisMatters.replaceCard.answer'],
        ['fr-FR', 'bonjour', 'je veux renouvler ma carte verte', 'understanding.uscisMatters.replaceCard.answer'],
    ])('%s: "%s", then "%s": the answer to the words as spelled (%s)', async (locale, greeting, said, key) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t(key, { orgName: TEST_ORGANIZATION.name }));
    });

    // The fee is read from the message as put right too (the forms-and-fees answer opens with Form N-400's page).
    test('en-US: "how mutch is citizenship" gets the fee page of Form N-400', async () => {
        const { replies } = await askAtMenu('en-US', 'hello', 'how mutch is citizenship');
        expect(replies[0]).toContain('https://www.uscis.gov/n-400');
    });

    // Put right or not, what this chat does not do is still said so.
    test.each([
        ['en-US', 'hello', 'tell me a joke'],
        ['en-US', 'hello', 'who won the game last nite'],
    ])('%s: "%s", then "%s" is still out of scope', async (locale, greeting, said) => {
        const { t, replies } = await askAtMenu(locale, greeting, said);
        expect(replies[0]).toBe(t('understanding.outOfScope'));
    });
});
