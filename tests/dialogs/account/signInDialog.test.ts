import { en, es, say, texts, TEST_ORGANIZATION, type DialogHarness } from '../../support/dialogHarness';
import { createTestAccount, LOCALES, nextTotp, openAccountHarness, opening, sayFrom } from './accountFixture';

// Sign-in is driven through its first user, the verified look-up of "Find my account number" (menu 1, then option 4).

let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

async function open(locale?: string, channelId?: string): Promise<DialogHarness> {
    harness = await openAccountHarness({ locale, channelId });
    return harness;
}

const grouped = (accountNumber: string) => accountNumber.replace(/(\d{4})(?=\d)/g, '$1 ');
const masked = (email: string) => `${email[0]}•••${email.slice(email.indexOf('@'))}`;

/** The lockout text for a lock that started now: sign-in reopens 20 minutes later. */
function lockedText(h: DialogHarness, t: (key: string, params?: Record<string, unknown>) => string, language: string): string {
    const lockedUntil = new Date(h.clock.now().getTime() + 20 * 60_000);
    const time = lockedUntil.toLocaleTimeString(language, { hour: 'numeric', minute: '2-digit', timeZone: 'America/New_York', timeZoneName: 'short' });
    return t('accountErrors.signInLocked', { time });
}

describe.each(LOCALES)('sign-in ($language)', ({ language, locale, t }) => {
    /** Menu, "find my account number", "look up my number": the sign-in asks for the email. */
    async function startLookUp(h: DialogHarness): Promise<string[]> {
        await say(h.client, 'hi');
        await say(h.client, '1');
        return texts(await say(h.client, t('findAccountNumber.topics.lookUp')));
    }

    test('asks for the email, explaining why', async () => {
        const h = await open(locale);
        expect(await startLookUp(h)).toEqual([t('findAccountNumber.lookup.signInIntro'), t('signIn.askEmail')]);
    });

    test('a malformed email is asked again with the reason', async () => {
        const h = await open(locale);
        await startLookUp(h);
        expect(texts(await say(h.client, 'ana.example.com'))).toEqual([t('signIn.emailInvalid')]);
    });

    test('a common mail domain misspelt is asked about; "no" keeps the address as typed, not "I have no account"', async () => {
        const h = await open(locale);
        await createTestAccount(h, 'ana@gmial.com');
        await startLookUp(h);
        expect(texts(await say(h.client, 'ana@gmial.com'))).toEqual([t('prompts.emailTypo', { typed: 'ana@gmial.com', meant: 'ana@gmail.com' })]);
        expect(texts(await say(h.client, 'no'))).toEqual([expect.stringMatching(opening(t('signIn.chooseMethod')))]);
    });

    test('"why do I have to sign in?" at the email question: what signing in protects, then the question; not a format error', async () => {
        const h = await open(locale);
        await startLookUp(h);
        const asked = texts(await say(h.client, language === 'es' ? '¿por qué tengo que iniciar sesión?' : 'why do I have to sign in?'));
        expect(asked).toEqual([t('signIn.whyAsked'), t('signIn.askEmail')]);
        expect(asked[0]).toContain(t('prompts.missing.account.signIn'));
        // Not counted as a wrong address: the next one is taken.
        expect(texts(await say(h.client, 'ana.example.com'))).toEqual([t('signIn.emailInvalid')]);
    });

    test('a sign-in code that has not come: minutes, the spam folder, "new code", a person; then the code still signs in', async () => {
        // Before: "That doesn't look like a code".
        const h = await open(locale);
        const account = await createTestAccount(h, 'ana@example.com');
        await startLookUp(h);
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        const said = language === 'es' ? 'no me ha llegado ningún código' : "I didn't get the code";
        expect(texts(await say(h.client, said))).toEqual([t('prompts.missing.code.email'), t('signIn.enterCode.email')]);
        expect(texts(await say(h.client, await h.latestCode(account.email)))[0]).toBe(t('signIn.signedIn'));
    });

    test('by email code: the code is sent, the right code signs in and the number is shown and emailed', async () => {
        const h = await open(locale);
        const account = await createTestAccount(h, 'ana@example.com');
        await startLookUp(h);
        const choose = texts(await say(h.client, 'Ana@Example.com'));
        expect(choose).toEqual([expect.stringMatching(opening(t('signIn.chooseMethod')))]);
        expect(choose[0]).toContain(t('signIn.methods.email'));
        expect(choose[0]).toContain(t('signIn.methods.backupCode'));
        expect(choose[0]).not.toContain(t('signIn.methods.sms'));
        expect(texts(await say(h.client, t('signIn.methods.email')))).toEqual([t('signIn.codeSent.email'), t('signIn.enterCode.email')]);
        const replies = texts(await say(h.client, await h.latestCode(account.email)));
        expect(replies).toEqual([
            t('signIn.signedIn'),
            t('findAccountNumber.lookup.result', { accountNumber: grouped(account.accountNumber), emailedTo: masked(account.email), orgName: TEST_ORGANIZATION.name }),
            expect.stringMatching(opening(t('menu.again'))),
        ]);
        expect(replies[1]).toMatch(/\d{4} \d{4} \d{4}/);
        const mail = await h.inbox(account.email);
        expect(mail.at(-1)?.body).toContain(account.accountNumber);
    });

    // Found by chatting with the bot: "I'll use my backup code" got "Sorry, I didn't understand"; only a way's name,
    // alone, was taken. The ways' words in a sentence are read as at the two-step question (createAccount.twoStep).
    test('a way named in a sentence is taken: "I\'ll use my backup code", "send the code to my email"', async () => {
        const h = await open(locale);
        const account = await createTestAccount(h, 'sentence@example.com');
        await startLookUp(h);
        await say(h.client, account.email);
        expect(texts(await say(h.client, language === 'es' ? 'voy a usar mi código de respaldo' : "I'll use my backup code"))).toEqual([t('signIn.enterCode.backupCode')]);
        await say(h.client, 'cancel');
        await startLookUp(h);
        await say(h.client, account.email);
        expect(texts(await say(h.client, language === 'es' ? 'mándelo a mi correo' : 'send the code to my email'))).toEqual([t('signIn.codeSent.email'), t('signIn.enterCode.email')]);
    });

    test('by authenticator app: no code is sent, the app code signs in', async () => {
        const h = await open(locale);
        const account = await createTestAccount(h, 'app@example.com', { authenticatorApp: true });
        await startLookUp(h);
        expect(texts(await say(h.client, account.email))[0]).toContain(t('signIn.methods.totp'));
        const mailBefore = (await h.inbox(account.email)).length;
        expect(texts(await say(h.client, t('signIn.methods.totp')))).toEqual([t('signIn.enterCode.totp')]);
        expect(await h.inbox(account.email)).toHaveLength(mailBefore);
        expect(texts(await say(h.client, t('signIn.newCodeWords.0')))).toEqual([
            t('signIn.nothingToResend.totp'),
            t('signIn.enterCode.totp'),
        ]);
        const replies = texts(await say(h.client, nextTotp(h, account.totpSecret ?? '')));
        expect(replies[0]).toBe(t('signIn.signedIn'));
        expect(replies[1]).toContain(grouped(account.accountNumber));
    });

    test('by backup code: a new backup code is shown once, and it is the one that works next time', async () => {
        const h = await open(locale);
        const account = await createTestAccount(h, 'backup@example.com');
        await startLookUp(h);
        await say(h.client, account.email);
        expect(texts(await say(h.client, t('signIn.methods.backupCode')))).toEqual([t('signIn.enterCode.backupCode')]);
        const replies = texts(await say(h.client, account.backupCode.toLowerCase()));
        const newCode = /([A-Z2-9]{5}-[A-Z2-9]{5})/.exec(replies[0])?.[1] ?? '';
        expect(replies[0]).toBe(t('signIn.newBackupCode', { code: newCode }));
        expect(newCode).not.toBe(account.backupCode);
        expect(replies[1]).toBe(t('signIn.signedIn'));

        // Signed out, the old code fails and the new one works.
        const { id: accountId } = await h.store.client.account.findUniqueOrThrow({ where: { email: account.email } });
        await h.services.accounts.sessions.endAllFor(accountId);
        await say(h.client, '1');
        await say(h.client, t('findAccountNumber.topics.lookUp'));
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.backupCode'));
        expect(texts(await say(h.client, account.backupCode))).toEqual([t('accountErrors.codeInvalidAttempts', { count: 4 }), t('signIn.enterCode.backupCode')]);
        expect(texts(await say(h.client, newCode))[1]).toBe(t('signIn.signedIn'));
    });

    test.each([
        ['a wrong code', '000000'],
        ['a wrong backup code', 'ABCDE-FGHJK'],
    ])('%s says how many tries are left and asks again; the right code still works', async (_name, wrong) => {
        const h = await open(locale);
        const account = await createTestAccount(h, 'wrong@example.com');
        await startLookUp(h);
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        const code = await h.latestCode(account.email);
        const typed = wrong === code ? '111111' : wrong;
        expect(texts(await say(h.client, typed))).toEqual([t('accountErrors.codeInvalidAttempts', { count: 4 }), t('signIn.enterCode.email')]);
        expect(texts(await say(h.client, code))[0]).toBe(t('signIn.signedIn'));
    });

    test('something that is no code at all is refused without counting as a try', async () => {
        const h = await open(locale);
        const account = await createTestAccount(h, 'format@example.com');
        await startLookUp(h);
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        expect(texts(await say(h.client, '12345'))).toEqual([t('signIn.codeFormat')]);
        expect(texts(await say(h.client, '000000'))[0]).toBe(t('accountErrors.codeInvalidAttempts', { count: 4 }));
    });

    test('"new code" sends a new code, and asking again at once gets the cool-down message', async () => {
        const h = await open(locale);
        const account = await createTestAccount(h, 'resend@example.com');
        await startLookUp(h);
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        const first = await h.latestCode(account.email);
        h.clock.advanceSeconds(61);
        expect(texts(await say(h.client, t('signIn.newCodeWords.0')))).toEqual([t('signIn.codeResent.email'), t('signIn.enterCode.email')]);
        const second = await h.latestCode(account.email);
        expect(texts(await say(h.client, t('signIn.newCodeWords.0')))).toEqual([
            t('accountErrors.resendTooSoon', { count: 60 }),
            t('signIn.enterCode.email'),
        ]);
        // Only the newest code works.
        if (first !== second) expect(texts(await say(h.client, first))[0]).toBe(t('accountErrors.codeInvalidAttempts', { count: 4 }));
        expect(texts(await say(h.client, second))[0]).toBe(t('signIn.signedIn'));
    });

    test('five wrong codes lock sign-in with the time, offer help, and sign-in works again 20 minutes later', async () => {
        const h = await open(locale);
        const account = await createTestAccount(h, 'locked@example.com');
        await startLookUp(h);
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        for (const left of [4, 3, 2, 1]) {
            expect(texts(await say(h.client, '000000'))[0]).toBe(t('accountErrors.codeInvalidAttempts', { count: left }));
        }
        const expectedLock = lockedText(h, t, language);
        expect(texts(await say(h.client, '000000'))).toEqual([expectedLock, expect.stringMatching(opening(t('signIn.locked.offerHelp')))]);
        expect(texts(await say(h.client, t('signIn.answers.no')))).toEqual([t('signIn.locked.later'), expect.stringMatching(opening(t('menu.again')))]);

        // Still locked: the email alone gets the same lockout, and "yes" opens the locked-out help.
        h.clock.advanceMinutes(10);
        await say(h.client, '1');
        await say(h.client, t('findAccountNumber.topics.lookUp'));
        expect(texts(await say(h.client, account.email))[0]).toBe(expectedLock);
        expect(texts(await say(h.client, t('signIn.answers.yes')))).toEqual([
            t('recoverAccess.lockedOut.advice'),
            expect.stringMatching(opening(t('recoverAccess.lockedOut.offerReset'))),
        ]);
        await say(h.client, 'cancel');

        h.clock.advanceMinutes(10);
        await say(h.client, '1');
        await say(h.client, t('findAccountNumber.topics.lookUp'));
        expect(texts(await say(h.client, account.email))[0]).toMatch(opening(t('signIn.chooseMethod')));
        await say(h.client, t('signIn.methods.email'));
        expect(texts(await say(h.client, await h.latestCode(account.email)))[0]).toBe(t('signIn.signedIn'));
    });

    test('"I don\'t have an account" at the method question: how to make one, and the question again', async () => {
        const h = await open(locale);
        await createTestAccount(h, 'ana@example.com');
        await startLookUp(h);
        await say(h.client, 'ana@example.com');
        const replies = texts(await say(h.client, language === 'es' ? 'no tengo cuenta' : "I don't have an account"));
        expect(replies[0]).toBe(t('prompts.missing.account.signIn'));
        expect(replies[1]).toMatch(opening(t('signIn.chooseMethod')));
    });

    test('an email without an account gets the same questions, no mail, and never signs in', async () => {
        const h = await open(locale);
        const account = await createTestAccount(h, 'real@example.com');
        await startLookUp(h);
        const known = texts(await say(h.client, account.email));
        await say(h.client, 'cancel');

        await say(h.client, '1');
        await say(h.client, t('findAccountNumber.topics.lookUp'));
        const unknown = texts(await say(h.client, 'nobody@example.com'));
        expect(unknown).toEqual([expect.stringMatching(opening(t('signIn.chooseMethod')))]);
        expect(known[0]).toMatch(opening(t('signIn.chooseMethod')));
        expect(texts(await say(h.client, t('signIn.methods.backupCode')))).toEqual([t('signIn.enterCode.backupCode')]);
        // Even the real account's backup code does nothing for another email; five tries lock it like a real one.
        for (const left of [4, 3, 2, 1]) {
            expect(texts(await say(h.client, account.backupCode))).toEqual([t('accountErrors.codeInvalidAttempts', { count: left }), t('signIn.enterCode.backupCode')]);
        }
        expect(texts(await say(h.client, account.backupCode))[0]).toBe(lockedText(h, t, language));
        expect(await h.inbox('nobody@example.com')).toEqual([]);
        // No sign-in session exists at all, for any conversation.
        expect(await h.store.client.signInSession.count()).toBe(0);
    });

    test('an unknown email choosing a sent code is told the same and receives nothing', async () => {
        const h = await open(locale);
        await startLookUp(h);
        const choose = texts(await say(h.client, 'nobody@example.com'))[0];
        const method = (['email', 'sms'] as const).find((m) => choose.includes(t(`signIn.methods.${m}`)));
        if (!method) return; // This address's decoy set offers only the app: covered by the backup-code case above.
        expect(texts(await say(h.client, t(`signIn.methods.${method}`)))).toEqual([t(`signIn.codeSent.${method}`), t(`signIn.enterCode.${method}`)]);
        expect(texts(await say(h.client, '123456'))[0]).toBe(t('accountErrors.codeInvalidAttempts', { count: 4 }));
        expect(await h.inbox('nobody@example.com')).toEqual([]);
    });

    test('signed in, a second look-up needs no sign-in; after 15 idle minutes it asks again', async () => {
        const h = await open(locale);
        const account = await createTestAccount(h, 'idle@example.com');
        await startLookUp(h);
        await say(h.client, account.email);
        await say(h.client, t('signIn.methods.email'));
        await say(h.client, await h.latestCode(account.email));

        h.clock.advanceMinutes(14);
        await say(h.client, '1');
        expect(texts(await say(h.client, t('findAccountNumber.topics.lookUp')))[0]).toContain(grouped(account.accountNumber));

        h.clock.advanceMinutes(15);
        await say(h.client, '1');
        expect(texts(await say(h.client, t('findAccountNumber.topics.lookUp')))).toEqual([t('findAccountNumber.lookup.signInIntro'), t('signIn.askEmail')]);
    });

    test('help explains sign-in and asks the same question again', async () => {
        const h = await open(locale);
        await startLookUp(h);
        const replies = texts(await say(h.client, t('interruptions.helpWords.0')));
        expect(replies).toEqual([`${t('signIn.help')}\n\n${t('help.commands')}`, t('signIn.askEmail')]);
    });

    test('cancel leaves sign-in and returns to the menu', async () => {
        const h = await open(locale);
        await startLookUp(h);
        expect(texts(await say(h.client, t('interruptions.cancelWords.0')))).toEqual([t('cancel.done'), expect.stringMatching(opening(t('menu.again')))]);
    });
});

describe('sign-in: language and channel', () => {
    test('"español" at the code question asks it again in Spanish, and the code still works', async () => {
        const h = await open();
        const account = await createTestAccount(h, 'lang@example.com');
        await say(h.client, 'hi');
        await say(h.client, '1');
        await say(h.client, en('findAccountNumber.topics.lookUp'));
        await say(h.client, account.email);
        await say(h.client, en('signIn.methods.email'));
        expect(texts(await say(h.client, 'español'))).toEqual([es('language.changed'), es('signIn.enterCode.email')]);
        expect(texts(await say(h.client, await h.latestCode(account.email)))[0]).toBe(es('signIn.signedIn'));
    });

    test('by SMS from the account phone, the phone is one factor only: no text code is offered', async () => {
        const h = await open(undefined, 'sms');
        const account = await createTestAccount(h, 'sms@example.com', { email: true, smsPhone: '(555) 010-2030' });
        const phone = account.phone ?? '';
        expect(phone).toBe('+15550102030');
        await sayFrom(h.client, phone, 'hi');
        await sayFrom(h.client, phone, '1');
        await sayFrom(h.client, phone, en('findAccountNumber.topics.lookUp'));
        const choose = texts(await sayFrom(h.client, phone, account.email))[0];
        expect(choose).toMatch(opening(en('signIn.chooseMethod')));
        expect(choose).toContain(en('signIn.methods.email'));
        expect(choose).toContain(en('signIn.methods.backupCode'));
        expect(choose).not.toContain(en('signIn.methods.sms'));
        // Picking the text option anyway is not understood as a choice.
        expect(texts(await sayFrom(h.client, phone, en('signIn.methods.sms')))[0]).not.toBe(en('signIn.codeSent.sms'));
    });

    test('by SMS from another phone, the text code is offered as usual', async () => {
        const h = await open(undefined, 'sms');
        const account = await createTestAccount(h, 'sms2@example.com', { email: true, smsPhone: '(555) 010-2030' });
        const other = '+15550109999';
        await sayFrom(h.client, other, 'hi');
        await sayFrom(h.client, other, '1');
        await sayFrom(h.client, other, en('findAccountNumber.topics.lookUp'));
        expect(texts(await sayFrom(h.client, other, account.email))[0]).toContain(en('signIn.methods.sms'));
        expect(texts(await sayFrom(h.client, other, en('signIn.methods.sms')))).toEqual([en('signIn.codeSent.sms'), en('signIn.enterCode.sms')]);
        expect(texts(await sayFrom(h.client, other, await h.latestCode(account.phone ?? '')))[0]).toBe(en('signIn.signedIn'));
    });
});
