import { authenticator } from 'otplib';
import {
    CodeInvalid,
    FlowNotFound,
    InputRejected,
    PasswordRejected,
    ResetAnswersRejected,
    StepOutOfOrder,
    TooManyAttempts,
} from '../../../services/accounts/accountErrors';
import type { RegistrationService } from '../../../services/accounts/registrationService';
import { createAccountTestKit, createRegistrationService, otherCode, PLANTED, registerFully, type AccountTestKit } from './accountTestKit';

let kit: AccountTestKit;
let registration: RegistrationService;
beforeEach(async () => {
    kit = await createAccountTestKit();
    registration = createRegistrationService(kit);
});
afterEach(() => kit.dispose());

describe('RegistrationService', () => {
    it('a full registration creates one account with a unique random 12-digit number and emails it', async () => {
        const result = await registerFully(kit, registration, '  Ana.Lopez@Example.com ');
        expect(result.accountNumber).toMatch(/^[1-9]\d{11}$/);
        const accounts = await kit.testStore.client.account.findMany();
        expect(accounts).toHaveLength(1);
        expect(accounts[0]).toMatchObject({ email: 'ana.lopez@example.com', accountNumber: result.accountNumber, accountType: 'applicant' });
        expect(accounts[0].passwordHash).toMatch(/^scrypt\$/);
        const mail = await kit.inbox('ana.lopez@example.com');
        const last = mail[mail.length - 1];
        expect(last.subject).toContain('your account is ready');
        expect(last.body).toContain(result.accountNumber);
    });

    it('complete() again (a retried turn) returns the same account and sends no second email', async () => {
        const result = await registerFully(kit, registration, 'ana@example.com');
        const before = (await kit.inbox('ana@example.com')).length;
        await expect(registration.complete(result.registrationId)).resolves.toEqual({ accountId: result.accountId, accountNumber: result.accountNumber });
        expect(await kit.inbox('ana@example.com')).toHaveLength(before);
    });

    it('two accounts get different account numbers', async () => {
        const a = await registerFully(kit, registration, 'a@example.com');
        kit.clock.advanceMinutes(2);
        const b = await registerFully(kit, registration, 'b@example.com');
        expect(a.accountNumber).not.toBe(b.accountNumber);
    });

    it('progress names the next step at every point, so a returning user can resume', async () => {
        const { registrationId } = await registration.start('ana@example.com', 'conv-1');
        expect((await registration.progress(registrationId)).nextStep).toBe('confirmEmail');
        expect((await registration.confirmEmail(registrationId, await kit.latestCode('ana@example.com'))).nextStep).toBe('acceptTerms');
        expect((await registration.acceptTerms(registrationId)).nextStep).toBe('setPassword');
        expect((await registration.setPassword(registrationId, PLANTED.password)).nextStep).toBe('chooseTwoStep');
        const chosen = await registration.chooseTwoStep(registrationId, { email: true, smsPhone: '(555) 123-4567' });
        expect(chosen).toMatchObject({ nextStep: 'verifyTwoStep', twoStepToVerify: ['email', 'sms'] });
        expect(await registration.findOpen('conv-1')).toMatchObject({ registrationId, nextStep: 'verifyTwoStep' });
        await expect(registration.findOpen('conv-other')).resolves.toBeUndefined();
    });

    it('refuses steps out of order, naming the step to do', async () => {
        const { registrationId } = await registration.start('ana@example.com', 'conv-1');
        const error = await registration.setPassword(registrationId, PLANTED.password).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(StepOutOfOrder);
        expect((error as StepOutOfOrder).nextStep).toBe('confirmEmail');
        await expect(registration.complete(registrationId)).rejects.toBeInstanceOf(StepOutOfOrder);
        await expect(registration.issueBackupCode(registrationId)).rejects.toBeInstanceOf(StepOutOfOrder);
    });

    it('refuses a bad email with the validator reason', async () => {
        const error = await registration.start('ana@', 'conv-1').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(InputRejected);
        expect(error).toMatchObject({ field: 'email', reason: 'invalid' });
    });

    it('setPassword lists every failed rule, including the email local part, and keeps only a hash', async () => {
        const { registrationId } = await registration.start('ana.lopez@example.com', 'conv-1');
        await registration.confirmEmail(registrationId, await kit.latestCode('ana.lopez@example.com'));
        await registration.acceptTerms(registrationId);
        const error = await registration.setPassword(registrationId, 'ana.lopez').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(PasswordRejected);
        expect((error as PasswordRejected).failures).toEqual(['missingUppercase', 'containsEmail']);
        await registration.setPassword(registrationId, PLANTED.password);
        const row = await kit.testStore.client.registration.findUniqueOrThrow({ where: { id: registrationId } });
        expect(row.passwordHash).toMatch(/^scrypt\$/);
    });

    it('an email that already has an account gets a notice instead of a code, the caller sees the same, and no second account is made', async () => {
        await registerFully(kit, registration, 'ana@example.com');
        const before = (await kit.inbox('ana@example.com')).length;

        const taken = await registration.start('ANA@example.com', 'conv-2');
        const fresh = await registration.start('new@example.com', 'conv-3');
        expect(Object.keys(taken).sort()).toEqual(Object.keys(fresh).sort());
        expect(Object.keys(taken.codeSent).sort()).toEqual(Object.keys(fresh.codeSent).sort());
        expect(await registration.progress(taken.registrationId)).toMatchObject({ nextStep: 'confirmEmail' });

        const mail = await kit.inbox('ana@example.com');
        expect(mail).toHaveLength(before + 1);
        expect(mail[mail.length - 1].subject).toContain('you already have an account');
        expect(mail[mail.length - 1].body).not.toMatch(/\b\d{6}\b/);

        // Whatever is typed (here: the last code the owner ever saw), confirmation never succeeds.
        const error = await registration.confirmEmail(taken.registrationId, '123456').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(CodeInvalid);
        expect((error as CodeInvalid).attemptsLeft).toBe(4);
        await expect(registration.acceptTerms(taken.registrationId)).rejects.toBeInstanceOf(StepOutOfOrder);
        expect(await kit.testStore.client.account.count()).toBe(1);
    });

    it('resend for a taken address sends the notice again after the same cool-down', async () => {
        await registerFully(kit, registration, 'ana@example.com');
        const taken = await registration.start('ana@example.com', 'conv-2');
        await expect(registration.resendConfirmation(taken.registrationId)).rejects.toMatchObject({ code: 'resendTooSoon' });
        kit.clock.advanceSeconds(60);
        await registration.resendConfirmation(taken.registrationId);
        const mail = await kit.inbox('ana@example.com');
        expect(mail.slice(-2).map((m) => m.subject)).toEqual([expect.stringContaining('already'), expect.stringContaining('already')]);
    });

    it('email and text may both be chosen, and each must be verified with its own code', async () => {
        const result = await registerFully(kit, registration, 'ana@example.com', { email: true, smsPhone: '555.123.4567' });
        const methods = await kit.testStore.client.twoStepMethod.findMany({ where: { ownerId: result.accountId }, orderBy: { kind: 'asc' } });
        expect(methods.map((m) => [m.kind, m.phone, Boolean(m.verifiedAt)])).toEqual([
            ['email', null, true],
            ['sms', '+15551234567', true],
        ]);
        const [text] = await kit.inbox('+15551234567');
        expect(text.channel).toBe('sms');
    });

    it('an authenticator app is verified with the code otplib computes from the enrolled secret', async () => {
        const { registrationId } = await registration.start('ana@example.com', 'conv-1');
        await registration.confirmEmail(registrationId, await kit.latestCode('ana@example.com'));
        await registration.acceptTerms(registrationId);
        await registration.setPassword(registrationId, PLANTED.password);
        await registration.chooseTwoStep(registrationId, { authenticatorApp: true });
        const started = await registration.startTwoStepSetup(registrationId, 'totp');
        if (started.method !== 'totp') throw new Error('expected an enrolment');
        expect(started.enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/);
        const code = authenticator.clone({ epoch: kit.clock.now().getTime() }).generate(started.enrolment.manualEntryKey);
        await expect(registration.verifyTwoStep(registrationId, 'totp', otherCode(code))).rejects.toBeInstanceOf(CodeInvalid);
        expect((await registration.verifyTwoStep(registrationId, 'totp', code)).nextStep).toBe('saveBackupCode');
    });

    it('refuses a two-step choice with no method or a non-US phone', async () => {
        const { registrationId } = await registration.start('ana@example.com', 'conv-1');
        await registration.confirmEmail(registrationId, await kit.latestCode('ana@example.com'));
        await registration.acceptTerms(registrationId);
        await registration.setPassword(registrationId, PLANTED.password);
        await expect(registration.chooseTwoStep(registrationId, {})).rejects.toMatchObject({ field: 'twoStep', reason: 'noMethod' });
        await expect(registration.chooseTwoStep(registrationId, { smsPhone: '+44 20 7946 0958' })).rejects.toMatchObject({ field: 'phone', reason: 'notUs' });
    });

    it('the confirmation code allows five attempts', async () => {
        const { registrationId } = await registration.start('ana@example.com', 'conv-1');
        const code = await kit.latestCode('ana@example.com');
        for (let i = 0; i < 5; i++) await expect(registration.confirmEmail(registrationId, otherCode(code))).rejects.toBeInstanceOf(CodeInvalid);
        await expect(registration.confirmEmail(registrationId, code)).rejects.toBeInstanceOf(TooManyAttempts);
    });

    /** A registration with email, terms, password and an email two-step method done. */
    async function atTwoStepVerified(email: string): Promise<string> {
        const { registrationId } = await registration.start(email, 'conv-1');
        await registration.confirmEmail(registrationId, await kit.latestCode(email));
        await registration.acceptTerms(registrationId);
        await registration.setPassword(registrationId, PLANTED.password);
        const progress = await registration.chooseTwoStep(registrationId, { email: true });
        await registration.startTwoStepSetup(registrationId, progress.twoStepToVerify[0]);
        await registration.verifyTwoStep(registrationId, 'email', await kit.latestCode(email));
        return registrationId;
    }

    it('reset answers can be saved one at a time, hashed at once; the step is done at five different questions', async () => {
        const registrationId = await atTwoStepVerified('ana@example.com');
        await registration.issueBackupCode(registrationId);
        await registration.confirmBackupSaved(registrationId);
        const [first, ...others] = PLANTED.answers;
        expect(await registration.setResetAnswer(registrationId, first.questionId, first.answer)).toEqual([first.questionId]);
        // Answering the same question again replaces its answer rather than counting twice.
        expect(await registration.setResetAnswer(registrationId, first.questionId, 'another answer')).toEqual([first.questionId]);
        await expect(registration.setResetAnswer(registrationId, 'favouriteColour', 'blue')).rejects.toBeInstanceOf(ResetAnswersRejected);
        await expect(registration.setResetAnswer(registrationId, others[0].questionId, '   ')).rejects.toBeInstanceOf(ResetAnswersRejected);
        for (const answer of others.slice(0, 3)) await registration.setResetAnswer(registrationId, answer.questionId, answer.answer);
        expect((await registration.progress(registrationId)).nextStep).toBe('setResetAnswers');
        expect(await registration.answeredResetQuestions(registrationId)).toHaveLength(4);
        await registration.setResetAnswer(registrationId, others[3].questionId, others[3].answer);
        expect((await registration.progress(registrationId)).nextStep).toBe('chooseAccountType');
        const stored = JSON.stringify(await kit.testStore.client.resetAnswer.findMany());
        for (const answer of PLANTED.answers) expect(stored).not.toContain(answer.answer);
    });

    it('the backup code must be issued before it can be confirmed saved, and reset answers must be five distinct questions', async () => {
        const registrationId = await atTwoStepVerified('ana@example.com');
        await expect(registration.confirmBackupSaved(registrationId)).rejects.toBeInstanceOf(StepOutOfOrder);
        expect(await registration.issueBackupCode(registrationId)).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
        await registration.confirmBackupSaved(registrationId);
        const twice = [...PLANTED.answers.slice(0, 4), PLANTED.answers[0]];
        await expect(registration.setResetAnswers(registrationId, twice)).rejects.toBeInstanceOf(ResetAnswersRejected);
        expect((await registration.setResetAnswers(registrationId, PLANTED.answers)).nextStep).toBe('chooseAccountType');
        await expect(registration.setAccountType(registrationId, 'robot' as 'applicant')).rejects.toBeInstanceOf(InputRejected);
        expect((await registration.setAccountType(registrationId, 'representative')).nextStep).toBe('complete');
    });

    it('an abandoned or completed registration id stops working', async () => {
        const { registrationId } = await registration.start('ana@example.com', 'conv-1');
        await registration.abandon(registrationId);
        await expect(registration.progress(registrationId)).rejects.toBeInstanceOf(FlowNotFound);
        const done = await registerFully(kit, registration, 'bo@example.com');
        await expect(registration.progress(done.registrationId)).rejects.toBeInstanceOf(FlowNotFound);
    });

    it('a pending registration survives a week, then is gone', async () => {
        const { registrationId } = await registration.start('ana@example.com', 'conv-1');
        kit.clock.advanceMinutes(7 * 24 * 60 - 1);
        await expect(registration.progress(registrationId)).resolves.toMatchObject({ nextStep: 'confirmEmail' });
        kit.clock.advanceMinutes(1);
        await expect(registration.progress(registrationId)).rejects.toBeInstanceOf(FlowNotFound);
    });
});
