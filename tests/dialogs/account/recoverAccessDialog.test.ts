import { es, say, texts, TEST_ORGANIZATION, type DialogHarness } from '../../support/dialogHarness';
import { createTestAccount, escapeRegExp, LOCALES, NEW_PASSWORD, openAccountHarness, opening, questionAsked, RESET_ANSWERS, type TestAccount } from './accountFixture';

let harness: DialogHarness | undefined;
afterEach(async () => {
    await harness?.dispose();
    harness = undefined;
});

const NEW_PASSWORD_SUBMISSION = { value: { secret_password: NEW_PASSWORD, secret_confirm: NEW_PASSWORD } };

describe.each(LOCALES)('I can\'t sign in ($language)', ({ locale, t }) => {
    const menuAgain = opening(t('menu.again'));
    // Unlocking goes to the organisation's help desk (configured in the test organisation), never to the USCIS phone line.
    const helpDeskRoute = new RegExp(`^${escapeRegExp(t('recoverAccess.helpDesk', { orgName: TEST_ORGANIZATION.name }))}\\s+${escapeRegExp(t('contact.helpdesk', { orgName: TEST_ORGANIZATION.name, details: '' }).split(':')[0])}[^\\n]*${escapeRegExp(TEST_ORGANIZATION.helpdeskPhone)}[^\\n]*$`);

    /** Menu, then option 6. */
    async function openRecover(): Promise<{ h: DialogHarness; first: string[] }> {
        harness = await openAccountHarness({ locale });
        await say(harness.client, 'hi');
        return { h: harness, first: texts(await say(harness.client, '6')) };
    }

    /** Forgot password up to the choice of proof: email, then the emailed code. */
    async function confirmResetEmail(h: DialogHarness, account: TestAccount): Promise<void> {
        expect(texts(await say(h.client, t('recoverAccess.topics.forgotPassword')))).toEqual([t('recoverAccess.reset.askEmail')]);
        expect(texts(await say(h.client, account.email))).toEqual([t('recoverAccess.reset.codeSent'), t('recoverAccess.reset.enterCode')]);
        const choose = texts(await say(h.client, await h.latestCode(account.email)));
        expect(choose).toEqual([expect.stringMatching(opening(t('recoverAccess.reset.chooseProof')))]);
    }

    /** Answers the question on screen correctly (or wrongly) and returns the replies. */
    async function answer(h: DialogHarness, question: string, correctly: boolean): Promise<string[]> {
        const id = questionAsked(question);
        return texts(await say(h.client, correctly ? (RESET_ANSWERS[id] ?? '').toUpperCase() : 'not my answer'));
    }

    const whichAccount = () => expect.stringMatching(opening(t('signInTrouble.prompt', { orgName: TEST_ORGANIZATION.name })));

    test('a sentence ("I forgot my password") asks which account, then goes straight to the reason it named', async () => {
        harness = await openAccountHarness({ locale });
        await say(harness.client, 'hi');
        expect(texts(await say(harness.client, t('recoverAccess.topics.forgotPassword')))).toEqual([whichAccount()]);
        // "help" there says what the two accounts are, and asks again.
        const help = texts(await say(harness.client, t('interruptions.helpWords.0')));
        expect(help[0]).toMatch(opening(t('signInTrouble.help', { orgName: TEST_ORGANIZATION.name })));
        expect(help[help.length - 1]).toEqual(whichAccount());
        // Not "What is stopping you from signing in?": the sentence said why.
        expect(texts(await say(harness.client, t('chooseAccount.organization')))).toEqual([t('recoverAccess.reset.askEmail')]);
    });

    // Before: "Please choose one of the two accounts, or type 1 or 2.", and the reason asked again once an account was
    // chosen ("What is stopping you from signing in?").
    test('the reason said at "which account?": the question again with a line that it can be helped, then straight to that reason', async () => {
        const cannotSignIn: Record<string, string> = { en: "I can't get into my account", es: 'no puedo entrar' };
        const noCode: Record<string, string> = { en: 'the code never arrives', es: 'nunca me llegó el código' };
        const language = locale === undefined ? 'en' : 'es';
        harness = await openAccountHarness({ locale });
        await say(harness.client, 'hi');
        expect(texts(await say(harness.client, cannotSignIn[language]!))).toEqual([whichAccount()]);
        expect(texts(await say(harness.client, noCode[language]!))).toEqual([expect.stringMatching(opening(t('signInTrouble.reasonKept', { orgName: TEST_ORGANIZATION.name })))]);
        // This assistant's account: what to do when codes don't come, not the question of why.
        const here = texts(await say(harness.client, t('chooseAccount.organization')));
        expect(here[0]).toBe(t('recoverAccess.noCodes.advice'));
        expect(here.join('\n')).not.toContain(t('recoverAccess.chooseTopic'));
    });

    test('the reason said at "which account?", then the USCIS account: what to do on the USCIS website for that reason', async () => {
        harness = await openAccountHarness({ locale });
        await say(harness.client, 'hi');
        await say(harness.client, locale === undefined ? "I can't get into my account" : 'no puedo entrar');
        await say(harness.client, locale === undefined ? 'the code never arrives' : 'nunca me llegó el código');
        const replies = texts(await say(harness.client, t('chooseAccount.uscis')));
        expect(replies[0]).toBe(t('signInTrouble.uscis.noCodes'));
        expect(replies[1]).toMatch(opening(t('menu.again')));
    });

    test('the menu\'s own option, by its title or number, means the account here: the reason is asked, not the account', async () => {
        harness = await openAccountHarness({ locale });
        await say(harness.client, 'hi');
        expect(texts(await say(harness.client, t('menu.options.recoverAccess.title')))).toEqual([expect.stringMatching(opening(t('recoverAccess.chooseTopic')))]);
        await say(harness.client, 'cancel');
        expect(texts(await say(harness.client, '6'))).toEqual([expect.stringMatching(opening(t('recoverAccess.chooseTopic')))]);
    });

    // Before, the whole list of the USCIS account's common problems, under "only USCIS can unlock or reset it": but a
    // forgotten password is reset by its owner, on the USCIS sign-in page.
    test('"I forgot my password", then the USCIS account: how to reset it on the USCIS website, not this assistant\'s reset', async () => {
        harness = await openAccountHarness({ locale, channelId: 'webchat' });
        await say(harness.client, 'hi');
        expect(texts(await say(harness.client, t('recoverAccess.topics.forgotPassword')))).toEqual([whichAccount()]);
        const replies = texts(await say(harness.client, t('chooseAccount.uscis')));
        expect(replies[0]).toBe(t('signInTrouble.uscis.forgotPassword'));
        expect(replies[1]).toMatch(opening(t('menu.again')));
        expect(replies.join('\n')).not.toContain(t('faq.signInHere'));
        expect(replies.join('\n')).not.toContain(t('recoverAccess.reset.askEmail'));
    });

    test('where the accounts are the USCIS ones (ACCOUNT_NUMBER_SCOPE=uscis), a sentence goes straight to the reason', async () => {
        harness = await openAccountHarness({ locale, organization: { accountNumberScope: 'uscis' } });
        await say(harness.client, 'hi');
        expect(texts(await say(harness.client, t('recoverAccess.topics.forgotPassword')))).toEqual([t('recoverAccess.reset.askEmail')]);
    });

    // Found by chatting with the bot: "I don't remember my password", "the code never comes" and "it says my account is
    // locked" each got "Sorry, I didn't understand" here. A reason said in a sentence is taken (`<topic>Words`).
    test.each([
        ['forgotPassword', { en: "I don't remember my password", es: 'no me acuerdo de la contraseña' }, 'recoverAccess.reset.askEmail'],
        ['noCodes', { en: 'the code never comes', es: 'nunca me llega el código' }, 'recoverAccess.noCodes.advice'],
        ['lockedOut', { en: 'it says my account is locked', es: 'dice que mi cuenta está bloqueada' }, 'recoverAccess.lockedOut.advice'],
    ])('the reason %s said in a sentence is taken', async (topic, said, next) => {
        const { h } = await openRecover();
        const replies = texts(await say(h.client, locale ? said.es : said.en));
        expect(replies[0]).toBe(t(next));
    });

    test('"I forgot my email" is not a forgotten password: where the email is, then the reasons again', async () => {
        const { h } = await openRecover();
        const replies = texts(await say(h.client, locale ? 'olvidé mi correo' : 'I forgot my email'));
        expect(replies.join('\n')).not.toContain(t('recoverAccess.reset.askEmail'));
        expect(replies.at(-1)).toMatch(opening(t('recoverAccess.chooseTopic')));
    });

    test('"I\'d rather answer my security questions" at the choice of proof is taken (before: "Sorry, I didn\'t understand")', async () => {
        const { h } = await openRecover();
        const account = await createTestAccount(h, 'proofsentence@example.com');
        await confirmResetEmail(h, account);
        const intro = texts(await say(h.client, locale ? 'prefiero contestar mis preguntas de seguridad' : "I'd rather answer my security questions"));
        expect(intro[0]).toBe(t('recoverAccess.reset.questionsIntro', { count: 3 }));
    });

    test('a reset code that has not come: minutes, the spam folder, "new code"; then the code still goes on (before: a format error)', async () => {
        const { h } = await openRecover();
        const account = await createTestAccount(h, 'slowmail@example.com');
        await say(h.client, t('recoverAccess.topics.forgotPassword'));
        await say(h.client, account.email);
        expect(texts(await say(h.client, locale ? 'todavía no me llega' : 'nothing came'))).toEqual([t('prompts.missing.code.email'), t('recoverAccess.reset.enterCode')]);
        expect(texts(await say(h.client, await h.latestCode(account.email)))).toEqual([expect.stringMatching(opening(t('recoverAccess.reset.chooseProof')))]);
    });

    test('another address typed at the reset code question: a code goes to it, and the reset goes on from there', async () => {
        // Found by chatting: "wrong email, I meant ..." got the code's format error, every time.
        const { h } = await openRecover();
        const account = await createTestAccount(h, 'right@example.com');
        await say(h.client, t('recoverAccess.topics.forgotPassword'));
        await say(h.client, 'wrong@example.com');
        const sentence = locale ? 'me equivoqué de correo, es right@example.com' : 'wrong email, I meant right@example.com';
        expect(texts(await say(h.client, sentence))).toEqual([t('prompts.emailChange.changing'), t('recoverAccess.reset.codeSent'), t('recoverAccess.reset.enterCode')]);
        expect(texts(await say(h.client, await h.latestCode(account.email)))[0]).toMatch(opening(t('recoverAccess.reset.chooseProof')));
    });

    test('the same address sent again at the reset code question is no change: the code sent still works', async () => {
        const { h } = await openRecover();
        const account = await createTestAccount(h, 'twice@example.com');
        await say(h.client, t('recoverAccess.topics.forgotPassword'));
        await say(h.client, account.email);
        expect(texts(await say(h.client, account.email))).toEqual([t('signIn.codeFormat')]);
        expect(texts(await say(h.client, await h.latestCode(account.email)))[0]).toMatch(opening(t('recoverAccess.reset.chooseProof')));
    });

    test('"I typed the wrong email" at the reset code question asks for the address again', async () => {
        const { h } = await openRecover();
        await say(h.client, t('recoverAccess.topics.forgotPassword'));
        await say(h.client, 'wrong@example.com');
        expect(texts(await say(h.client, locale ? 'escribí mal el correo' : 'I typed the wrong email'))).toEqual([t('prompts.emailChange.changing'), t('recoverAccess.reset.askEmail')]);
    });

    test('offers the three reasons', async () => {
        const { first } = await openRecover();
        expect(first).toEqual([expect.stringMatching(opening(t('recoverAccess.chooseTopic')))]);
        for (const topic of ['forgotPassword', 'noCodes', 'lockedOut']) expect(first[0]).toContain(t(`recoverAccess.topics.${topic}`));
    });

    test('forgot password by the reset questions: three questions, then the new password, and the account is changed', async () => {
        const { h } = await openRecover();
        const account = await createTestAccount(h, 'reset@example.com');
        await confirmResetEmail(h, account);
        const intro = texts(await say(h.client, t('recoverAccess.reset.proofs.questions')));
        expect(intro[0]).toBe(t('recoverAccess.reset.questionsIntro', { count: 3 }));
        const asked = [intro[1]];
        asked.push((await answer(h, asked[0], true))[0]);
        asked.push((await answer(h, asked[1], true))[0]);
        expect(new Set(asked.map(questionAsked)).size).toBe(3);
        const toPassword = await answer(h, asked[2], true);
        expect(toPassword).toHaveLength(1); // the password step (a link on this channel)
        const hashBefore = (await h.store.client.account.findUniqueOrThrow({ where: { email: account.email } })).passwordHash;
        const done = texts(await say(h.client, NEW_PASSWORD_SUBMISSION));
        expect(done).toEqual([t('passwordCapture.saved'), t('recoverAccess.reset.done'), expect.stringMatching(menuAgain)]);
        const hashAfter = (await h.store.client.account.findUniqueOrThrow({ where: { email: account.email } })).passwordHash;
        expect(hashAfter).not.toBe(hashBefore);
        expect((await h.inbox(account.email)).at(-1)?.subject).toMatch(/password/i);
    });

    test('forgot password by the backup code: the new backup code is shown once, then the new password', async () => {
        const { h } = await openRecover();
        const account = await createTestAccount(h, 'resetbackup@example.com');
        await confirmResetEmail(h, account);
        expect(texts(await say(h.client, t('recoverAccess.reset.proofs.backupCode')))).toEqual([t('recoverAccess.reset.enterBackupCode')]);
        expect(texts(await say(h.client, 'not a code'))).toEqual([t('signIn.backupCodeFormat')]);
        expect(texts(await say(h.client, 'ABCDE-FGHJK'))).toEqual([t('accountErrors.backupCodeInvalid'), t('recoverAccess.reset.enterBackupCode')]);
        const replies = texts(await say(h.client, account.backupCode));
        const newCode = /([A-Z2-9]{5}-[A-Z2-9]{5})/.exec(replies[0])?.[1] ?? '';
        expect(replies[0]).toBe(t('signIn.newBackupCode', { code: newCode }));
        expect(newCode).not.toBe(account.backupCode);
        expect(replies).toHaveLength(2);
        expect(texts(await say(h.client, NEW_PASSWORD_SUBMISSION))[1]).toBe(t('recoverAccess.reset.done'));
    });

    test('wrong answers say how many rounds are left, ask again, and the third wrong round ends at the help desk', async () => {
        const { h } = await openRecover();
        const account = await createTestAccount(h, 'wronganswers@example.com');
        await confirmResetEmail(h, account);
        let question = texts(await say(h.client, t('recoverAccess.reset.proofs.questions')))[1];
        for (const roundsLeft of [2, 1]) {
            question = (await answer(h, question, true))[0];
            question = (await answer(h, question, false))[0];
            const replies = await answer(h, question, true);
            expect(replies[0]).toBe(t('accountErrors.resetAnswersIncorrect', { count: roundsLeft }));
            question = replies[1];
            questionAsked(question);
        }
        question = (await answer(h, question, false))[0];
        question = (await answer(h, question, false))[0];
        const last = await answer(h, question, false);
        expect(last).toEqual([
            t('recoverAccess.reset.identityFailed'),
            expect.stringMatching(helpDeskRoute),
            expect.stringMatching(menuAgain),
        ]);
    });

    test('a wrong reset code says how many tries are left; "new code" sends another, with a cool-down', async () => {
        const { h } = await openRecover();
        const account = await createTestAccount(h, 'resetcode@example.com');
        await say(h.client, t('recoverAccess.topics.forgotPassword'));
        await say(h.client, account.email);
        expect(texts(await say(h.client, '000000'))).toEqual([t('accountErrors.codeInvalidAttempts', { count: 4 }), t('recoverAccess.reset.enterCode')]);
        h.clock.advanceSeconds(61);
        expect(texts(await say(h.client, t('signIn.newCodeWords.0')))).toEqual([t('recoverAccess.reset.codeResent'), t('recoverAccess.reset.enterCode')]);
        expect(texts(await say(h.client, t('signIn.newCodeWords.0')))).toEqual([t('accountErrors.resendTooSoon', { count: 60 }), t('recoverAccess.reset.enterCode')]);
        expect(texts(await say(h.client, await h.latestCode(account.email)))[0]).toMatch(opening(t('recoverAccess.reset.chooseProof')));
    });

    test('five wrong reset codes pause resets for the address: the reset ends with its own words and the help desk', async () => {
        const { h } = await openRecover();
        const account = await createTestAccount(h, 'resetlock@example.com');
        await say(h.client, t('recoverAccess.topics.forgotPassword'));
        await say(h.client, account.email);
        for (const left of [4, 3, 2, 1]) {
            expect(texts(await say(h.client, '000000'))).toEqual([t('accountErrors.codeInvalidAttempts', { count: left }), t('recoverAccess.reset.enterCode')]);
        }
        const locked = texts(await say(h.client, '000000'));
        const [beforeTime] = t('accountErrors.resetLocked', { time: '@@' }).split('@@');
        expect(locked[0]).toMatch(opening(beforeTime));
        expect(locked.slice(1)).toEqual([expect.stringMatching(helpDeskRoute), expect.stringMatching(menuAgain)]);
        expect(locked.join('\n')).not.toContain(t('recoverAccess.reset.enterCode'));
    });

    test('an email without an account gets the same words and never gets past the code', async () => {
        const { h } = await openRecover();
        await say(h.client, t('recoverAccess.topics.forgotPassword'));
        expect(texts(await say(h.client, 'nobody@example.com'))).toEqual([t('recoverAccess.reset.codeSent'), t('recoverAccess.reset.enterCode')]);
        expect(texts(await say(h.client, '123456'))).toEqual([t('accountErrors.codeInvalidAttempts', { count: 4 }), t('recoverAccess.reset.enterCode')]);
        expect(await h.inbox('nobody@example.com')).toEqual([]);
    });

    test.each([
        ['with a backup code', 'yes', () => [t('recoverAccess.noCodes.useBackupCode'), expect.stringMatching(menuAgain)]],
        ['without a backup code', 'no', () => [expect.stringMatching(helpDeskRoute), expect.stringMatching(menuAgain)]],
    ])('codes not arriving: spam, wait, resend, backup code; %s', async (_name, reply, expected) => {
        const { h } = await openRecover();
        expect(texts(await say(h.client, t('recoverAccess.topics.noCodes')))).toEqual([
            t('recoverAccess.noCodes.advice'),
            expect.stringMatching(opening(t('recoverAccess.noCodes.haveBackupCode'))),
        ]);
        expect(texts(await say(h.client, t(`signIn.answers.${reply}`)))).toEqual(expected());
    });

    test('locked out: the 20-minute rule, then no reset now: wait, then the help desk', async () => {
        const { h } = await openRecover();
        const advice = texts(await say(h.client, t('recoverAccess.topics.lockedOut')));
        expect(advice).toEqual([t('recoverAccess.lockedOut.advice'), expect.stringMatching(opening(t('recoverAccess.lockedOut.offerReset')))]);
        expect(advice[0]).toContain('20');
        expect(texts(await say(h.client, t('signIn.answers.no')))).toEqual([
            t('recoverAccess.lockedOut.waitFirst'),
            expect.stringMatching(helpDeskRoute),
            expect.stringMatching(menuAgain),
        ]);
    });

    test('locked out: yes leads into the password reset', async () => {
        const { h } = await openRecover();
        await say(h.client, '3');
        expect(texts(await say(h.client, t('signIn.answers.yes')))).toEqual([t('recoverAccess.reset.askEmail')]);
    });

    test('help at the first question explains this flow; help inside the reset explains the reset', async () => {
        const { h } = await openRecover();
        expect(texts(await say(h.client, t('interruptions.helpWords.0')))[0]).toBe(`${t('recoverAccess.help')}\n\n${t('help.commands')}`);
        await say(h.client, '1');
        expect(texts(await say(h.client, t('interruptions.helpWords.0')))).toEqual([
            `${t('recoverAccess.reset.help')}\n\n${t('help.commands')}`,
            t('recoverAccess.reset.askEmail'),
        ]);
    });

    test('cancel inside the reset returns to the menu', async () => {
        const { h } = await openRecover();
        await say(h.client, '1');
        await say(h.client, 'someone@example.com');
        expect(texts(await say(h.client, t('interruptions.cancelWords.0')))).toEqual([t('cancel.done'), expect.stringMatching(menuAgain)]);
    });
});

test('"español" at the reset code question asks it again in Spanish', async () => {
    harness = await openAccountHarness();
    await say(harness.client, 'hi');
    await say(harness.client, '6');
    await say(harness.client, '1');
    await say(harness.client, 'someone@example.com');
    expect(texts(await say(harness.client, 'español'))).toEqual([es('language.changed'), es('recoverAccess.reset.enterCode')]);
    expect(texts(await say(harness.client, 'ayuda'))[0]).toBe(`${es('recoverAccess.reset.help')}\n\n${es('help.commands')}`);
});
