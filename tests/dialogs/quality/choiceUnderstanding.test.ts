import { createTestAccount } from '../account/accountFixture';
import { Chat, LANGUAGES, opening, type T, useQualityChats } from './qualityKit';

const chat = useQualityChats();

const SAID = {
    en: { oneQuestion: 'I have one question', filedForms: 'I filed 2 forms', newOne: 'give me a new one', agree: ['I agree', 'yes'] },
    es: { oneQuestion: 'tengo una pregunta', filedForms: 'llené 2 formularios', newOne: 'deme uno nuevo', agree: ['acepto', 'sí'] },
};

describe.each(LANGUAGES)('a choice is taken only when the whole message names it ($language)', ({ language, locale, t }) => {
    const said = SAID[language];

    test('at the terms, a number word inside a sentence is not agreement: one line says what is needed', async () => {
        const c = await chat(t, locale);
        await c.toTerms();
        const replies = await c.send(said.oneQuestion);
        expect(replies[0]).toMatch(opening(t('createAccount.terms.retry')));
        expect(replies.join('\n')).not.toContain(t('createAccount.terms.accepted'));
        expect(await c.registrationStep()).toBe('acceptTerms');
        // A number word alone is not consent either, nor a mere "ok"; the explicit words are.
        expect((await c.send(language === 'es' ? 'uno' : 'one'))[0]).toMatch(opening(t('createAccount.terms.retry')));
        expect((await c.send(language === 'es' ? 'vale' : 'ok'))[0]).toMatch(opening(t('createAccount.terms.retry')));
        expect(await c.registrationStep()).toBe('acceptTerms');
    });

    test.each(SAID[language].agree)('at the terms, "%s" is an explicit agreement', async (words) => {
        const c = await chat(t, locale);
        await c.toTerms();
        expect((await c.send(words))[0]).toBe(t('createAccount.terms.accepted'));
        expect(await c.registrationStep()).toBe('setPassword');
    });

    test('at the main menu, "I filed 2 forms" starts nothing: the menu says it did not understand', async () => {
        const c = await chat(t, locale);
        await c.send('hi');
        const replies = await c.send(said.filedForms);
        expect(replies).toEqual([expect.stringMatching(opening(t('menu.retry')))]);
        expect(await c.h.store.client.registration.count()).toBe(0);
    });

    test('at the backup code, "give me a new one" gives a new code and does not mark the code saved', async () => {
        const c = await chat(t, locale);
        await c.toBackupSaved();
        const replies = await c.send(said.newOne);
        expect(replies[0]).toMatch(opening(t('createAccount.backup.show', { code: '' }).split('\n')[0]));
        expect(replies[1]).toMatch(opening(t('createAccount.backup.prompt')));
        expect(await c.registrationStep()).toBe('saveBackupCode');
    });
});

/**
 * Free-typed answers that name no option of any question: each must leave the question on screen, unanswered: asked
 * again, or, for a moment asked for (WAITING), open without being asked again after "take your time".
 */
const WAITING: ReadonlySet<string> = new Set(['deme un minuto', 'one moment please', 'un momento']);
const FREE_TYPED = [
    'I have one question',
    'tengo una pregunta',
    'I filed 2 forms',
    'llené 2 formularios',
    'give me 1 minute',
    'deme un minuto',
    'one moment please',
    'un momento',
    "I don't know",
    'no sé',
    'maybe',
    'tal vez',
    'the second thing you said confuses me',
    'what does this mean?',
    '¿qué significa esto?',
    'I want option 3 and 4',
    'hmm',
];

describe.each(LANGUAGES)('table: free-typed answers at every choice question are never taken as an option ($language)', ({ locale, t }) => {
    /** Sends every free-typed answer; after each, the same question is still on screen with all its options. */
    async function staysAt(c: Chat, question: string, titles: string[]): Promise<void> {
        for (const typed of FREE_TYPED) {
            const replies = await c.send(typed);
            if (WAITING.has(typed)) {
                expect({ question, typed, replies }).toEqual({ question, typed, replies: [t('remarks.wait.answer')] });
                continue;
            }
            const again = replies.find((reply) => titles.every((title) => reply.includes(title)));
            expect({ question, typed, askedAgain: again !== undefined }).toEqual({ question, typed, askedAgain: true });
        }
    }
    const titlesOf = (prefix: string, values: readonly string[], suffix = '') => values.map((value) => t(`${prefix}.${value}${suffix}`));
    const yesNo = [t('prompts.yesNo.yes'), t('prompts.yesNo.no')];

    test('menu, language, and every question of create account', async () => {
        const c = await chat(t, locale);
        const email = 'table@example.com';
        await c.send('hi');
        const menu = titlesOf('menu.options', ['findAccountNumber', 'createAccount', 'addPaperCase', 'checkStatus', 'commonQuestions', 'recoverAccess', 'talkToPerson'], '.title');
        await staysAt(c, 'menu', menu);
        await c.send(t === LANGUAGES[1].t ? 'idioma' : 'language');
        await staysAt(c, 'language', ['English', 'Español']);
        await c.send(t === LANGUAGES[1].t ? 'cancelar' : 'cancel');

        await c.send('2');
        await c.send(email);
        await c.send(await c.h.latestCode(email));
        await staysAt(c, 'terms', titlesOf('createAccount.terms', ['agree', 'disagree']));
        expect(await c.registrationStep()).toBe('acceptTerms');
        await c.send(t('createAccount.terms.agree'));
        await c.send({ value: { secret_password: 'Str0ng!Passw0rd', secret_confirm: 'Str0ng!Passw0rd' } });
        await staysAt(c, 'two-step', titlesOf('createAccount.twoStep', ['email', 'sms', 'totp', 'emailAndSms']));
        expect(await c.registrationStep()).toBe('chooseTwoStep');
        await c.send(t('createAccount.twoStep.email'));
        await c.send(await c.h.latestCode(email));
        await staysAt(c, 'backup saved', titlesOf('createAccount.backup', ['saved', 'newCode']));
        expect(await c.registrationStep()).toBe('saveBackupCode');
        await c.send(t('createAccount.backup.saved'));
        await staysAt(c, 'reset question', [t('resetQuestions.firstCar'), t('resetQuestions.childhoodNickname')]);
        expect(await c.h.store.client.resetAnswer.count()).toBe(0);
        for (let i = 0; i < 5; i++) {
            await c.send('1');
            await c.send(`answer number ${i}`);
        }
        await staysAt(c, 'account type', titlesOf('createAccount.accountType', ['applicant', 'representative']));
        expect(await c.registrationStep()).toBe('chooseAccountType');

        // Leave a second registration half-way: the resume question.
        await c.send('1');
        await c.send('2');
        await c.send('other@example.com');
        await c.send(t === LANGUAGES[1].t ? 'cancelar' : 'cancel');
        await c.send('2');
        await staysAt(c, 'resume', titlesOf('createAccount.resume', ['continue', 'startNew']));
    });

    test('every question of "I can\'t sign in", the account number guide and sign-in', async () => {
        const c = await chat(t, locale);
        const account = await createTestAccount(c.h, 'tablesignin@example.com', { email: true, authenticatorApp: true });
        await c.send('hi');
        await c.send('6');
        const topics = titlesOf('recoverAccess.topics', ['forgotPassword', 'noCodes', 'lockedOut']);
        await staysAt(c, 'recover topic', topics);
        await c.send(t('recoverAccess.topics.noCodes'));
        await staysAt(c, 'have backup code', yesNo);
        await c.send(t('prompts.yesNo.yes'));
        await c.send('6');
        await c.send(t('recoverAccess.topics.lockedOut'));
        await staysAt(c, 'reset now', yesNo);
        await c.send(t('prompts.yesNo.yes'));
        await c.send(account.email);
        await c.send(await c.h.latestCode(account.email));
        await staysAt(c, 'proof', titlesOf('recoverAccess.reset.proofs', ['questions', 'backupCode']));
        await c.send(t === LANGUAGES[1].t ? 'empezar de nuevo' : 'start over');

        await c.send('1');
        const guide = titlesOf('findAccountNumber.topics', ['whereToFind', 'whatItIsNot', 'checkNumber']);
        await staysAt(c, 'account number guide', guide);
        await c.send('4');
        await c.send(account.email);
        await staysAt(c, 'sign-in method', titlesOf('signIn.methods', ['email', 'totp', 'backupCode']));
        await c.send(t('signIn.methods.email'));
        for (let i = 0; i < 5; i++) await c.send(`00000${i}`);
        await staysAt(c, 'locked: help?', yesNo);
    });
});
