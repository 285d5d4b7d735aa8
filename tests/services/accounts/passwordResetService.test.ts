import {
    BackupCodeInvalid,
    CodeInvalid,
    FlowNotFound,
    NotSignedIn,
    PasswordRejected,
    ResetAnswersIncorrect,
    StepOutOfOrder,
    TooManyAttempts,
} from '../../../services/accounts/accountErrors';
import type { PasswordResetService } from '../../../services/accounts/passwordResetService';
import type { SignInSessions } from '../../../services/accounts/signInSessions';
import {
    createAccountTestKit,
    createPasswordReset,
    createRegistrationService,
    createSignIn,
    PLANTED,
    registerFully,
    type AccountTestKit,
    type RegisteredAccount,
} from './accountTestKit';

let kit: AccountTestKit;
let reset: PasswordResetService;
let sessions: SignInSessions;
let ana: RegisteredAccount;

beforeEach(async () => {
    kit = await createAccountTestKit();
    ({ sessions } = createSignIn(kit));
    reset = createPasswordReset(kit, sessions);
    ana = await registerFully(kit, createRegistrationService(kit), 'ana@example.com');
    kit.clock.advanceMinutes(5);
});
afterEach(() => kit.dispose());

/** Answers as the user would: the saved answer, typed differently, for each question asked. */
function answersFor(questionIds: string[], wrong: string[] = []) {
    return questionIds.map((questionId) => {
        const saved = PLANTED.answers.find((a) => a.questionId === questionId)!.answer;
        return { questionId, answer: wrong.includes(questionId) ? 'no idea' : `  ${saved.toUpperCase()} ` };
    });
}

async function resetWithConfirmedEmail(): Promise<string> {
    const { resetId } = await reset.start('Ana@Example.com', 'conv-r');
    const mail = await kit.inbox('ana@example.com');
    expect(mail[mail.length - 1].subject).toContain('password reset code');
    await reset.confirmEmail(resetId, await kit.latestCode('ana@example.com'));
    return resetId;
}

describe('PasswordResetService', () => {
    it('email code, then three of the five questions, then a new password (hashed); the account is signed out and told', async () => {
        await sessions.begin('conv-old', ana.accountId);
        const resetId = await resetWithConfirmedEmail();
        const asked = await reset.questions(resetId);
        expect(asked).toHaveLength(3);
        expect(await reset.questions(resetId)).toEqual(asked);
        await expect(reset.answerQuestions(resetId, answersFor(asked))).resolves.toBe('setPassword');
        const before = (await kit.testStore.client.account.findUniqueOrThrow({ where: { id: ana.accountId } })).passwordHash;
        await reset.setNewPassword(resetId, 'Brand-New#Secret7');
        const account = await kit.testStore.client.account.findUniqueOrThrow({ where: { id: ana.accountId } });
        expect(account.passwordHash).not.toBe(before);
        await expect(kit.hasher.verify('Brand-New#Secret7', account.passwordHash)).resolves.toBe(true);
        await expect(sessions.requireAccountId('conv-old')).rejects.toBeInstanceOf(NotSignedIn);
        const mail = await kit.inbox('ana@example.com');
        expect(mail[mail.length - 1].subject).toContain('your password was changed');
        await expect(reset.progress(resetId)).rejects.toBeInstanceOf(FlowNotFound);
    });

    it('answers are checked one at a time; the verdict comes with the last, and only right/wrong is stored', async () => {
        const resetId = await resetWithConfirmedEmail();
        const asked = await reset.questions(resetId);
        const [first, second, third] = answersFor(asked, [asked[0]]);
        // A wrong first answer is not revealed until the round is over.
        await expect(reset.answerQuestion(resetId, first.questionId, first.answer)).resolves.toEqual({ status: 'next', remaining: asked.slice(1) });
        await expect(reset.answerQuestion(resetId, second.questionId, second.answer)).resolves.toEqual({ status: 'next', remaining: asked.slice(2) });
        const row = await kit.testStore.client.passwordReset.findUniqueOrThrow({ where: { id: resetId } });
        expect(JSON.parse(row.roundResults ?? '{}')).toEqual({ [asked[0]]: false, [asked[1]]: true });
        expect(row.roundResults).not.toContain(second.answer.trim());
        await expect(reset.answerQuestion(resetId, third.questionId, third.answer)).rejects.toMatchObject({ code: 'resetAnswersIncorrect', roundsLeft: 2 });
        await expect(reset.answerQuestion(resetId, 'favouriteColour', 'blue')).rejects.toMatchObject({ code: 'inputRejected' });
        for (const answer of answersFor(asked)) await reset.answerQuestion(resetId, answer.questionId, answer.answer);
        await expect(reset.progress(resetId)).resolves.toBe('setPassword');
    });

    it('two right answers and one wrong do not prove identity; three wrong rounds close the reset', async () => {
        const resetId = await resetWithConfirmedEmail();
        const asked = await reset.questions(resetId);
        await expect(reset.answerQuestions(resetId, answersFor(asked, [asked[0]]))).rejects.toMatchObject({ code: 'resetAnswersIncorrect', roundsLeft: 2 });
        await expect(reset.answerQuestions(resetId, answersFor(asked, asked))).rejects.toBeInstanceOf(ResetAnswersIncorrect);
        await expect(reset.answerQuestions(resetId, answersFor(asked, [asked[2]]))).rejects.toBeInstanceOf(TooManyAttempts);
        await expect(reset.answerQuestions(resetId, answersFor(asked))).rejects.toBeInstanceOf(FlowNotFound);
    });

    it('answers to questions that were not asked do not count', async () => {
        const resetId = await resetWithConfirmedEmail();
        const asked = await reset.questions(resetId);
        const notAsked = PLANTED.answers.map((a) => a.questionId).filter((id) => !asked.includes(id as never));
        const mixed = [...answersFor(notAsked), ...answersFor(asked.slice(0, 1))];
        await expect(reset.answerQuestions(resetId, mixed)).rejects.toBeInstanceOf(ResetAnswersIncorrect);
    });

    it('the backup code proves identity instead, and is replaced', async () => {
        const resetId = await resetWithConfirmedEmail();
        await expect(reset.useBackupCode(resetId, 'AAAAA-AAAAA')).rejects.toBeInstanceOf(BackupCodeInvalid);
        const { newBackupCode } = await reset.useBackupCode(resetId, ana.backupCode);
        expect(newBackupCode).not.toBe(ana.backupCode);
        await expect(kit.backupCodes.redeem(ana.accountId, ana.backupCode)).resolves.toBeUndefined();
        await reset.setNewPassword(resetId, 'Brand-New#Secret7');
    });

    it('checks the new password against the policy and lists every failed rule', async () => {
        const resetId = await resetWithConfirmedEmail();
        await reset.answerQuestions(resetId, answersFor(await reset.questions(resetId)));
        const error = await reset.setNewPassword(resetId, 'ana').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PasswordRejected);
        expect((error as PasswordRejected).failures).toEqual(['tooShort', 'missingUppercase', 'missingSpecial', 'containsEmail']);
    });

    it('refuses steps out of order', async () => {
        const { resetId } = await reset.start('ana@example.com', 'conv-r');
        await expect(reset.questions(resetId)).rejects.toBeInstanceOf(StepOutOfOrder);
        await expect(reset.setNewPassword(resetId, 'Brand-New#Secret7')).rejects.toBeInstanceOf(StepOutOfOrder);
    });

    it('an unknown email looks the same to the caller, gets no email, and its code never matches', async () => {
        const known = await reset.start('ana@example.com', 'conv-1');
        const unknown = await reset.start('nobody@example.com', 'conv-2');
        expect(Object.keys(unknown).sort()).toEqual(Object.keys(known).sort());
        expect(Object.keys(unknown.codeSent).sort()).toEqual(Object.keys(known.codeSent).sort());
        expect(await kit.testStore.client.outboxMessage.count({ where: { to: 'nobody@example.com' } })).toBe(0);
        await expect(reset.confirmEmail(unknown.resetId, '123456')).rejects.toBeInstanceOf(CodeInvalid);
    });

    it('a reset is gone after 30 minutes', async () => {
        const { resetId } = await reset.start('ana@example.com', 'conv-r');
        kit.clock.advanceMinutes(30);
        await expect(reset.progress(resetId)).rejects.toBeInstanceOf(FlowNotFound);
    });
});
