import { authenticator } from 'otplib';
import { CodeInvalid, MethodNotAvailable, NotSignedIn, SignInLocked } from '../../../services/accounts/accountErrors';
import { AccountLookupService } from '../../../services/accounts/accountLookupService';
import type { SignInService } from '../../../services/accounts/signInService';
import type { SignInSessions } from '../../../services/accounts/signInSessions';
import {
    createAccountTestKit,
    createRegistrationService,
    createSignIn,
    otherCode,
    registerFully,
    type AccountTestKit,
    type RegisteredAccount,
} from './accountTestKit';

let kit: AccountTestKit;
let signIn: SignInService;
let sessions: SignInSessions;
let ana: RegisteredAccount;

beforeEach(async () => {
    kit = await createAccountTestKit();
    ({ signIn, sessions } = createSignIn(kit));
    ana = await registerFully(kit, createRegistrationService(kit), 'ana@example.com', { email: true, smsPhone: '(555) 123-4567' });
    kit.clock.advanceMinutes(5);
});
afterEach(() => kit.dispose());

/** Starts a sign-in for Ana and returns the emailed code. */
async function emailedCode(conversationKey = 'conv-9') {
    const started = await signIn.start('ana@example.com', conversationKey);
    await signIn.sendCode(started.signInId, 'email');
    return { signInId: started.signInId, code: await kit.latestCode('ana@example.com') };
}

describe('SignInService', () => {
    it('lists the account\'s verified methods plus the backup code, and signs in with the emailed code', async () => {
        const started = await signIn.start(' ANA@example.com ', 'conv-9');
        expect(started).toEqual({ signInId: expect.any(String), methods: ['email', 'sms', 'backupCode'], phoneAlreadyProven: false });
        await signIn.sendCode(started.signInId, 'email');
        const result = await signIn.verify(started.signInId, await kit.latestCode('ana@example.com'));
        expect(result).toEqual({ accountId: ana.accountId });
        await expect(sessions.requireAccountId('conv-9')).resolves.toBe(ana.accountId);
    });

    it('signs in with the SMS code when the conversation is not on that phone', async () => {
        const started = await signIn.start('ana@example.com', 'conv-9');
        await signIn.sendCode(started.signInId, 'sms');
        await signIn.verify(started.signInId, await kit.latestCode('+15551234567'));
        await expect(sessions.isSignedIn('conv-9')).resolves.toBe(true);
    });

    it('an unknown email gets the same answer shape, and its codes are never sent and never match', async () => {
        const known = await signIn.start('ana@example.com', 'conv-1');
        const unknown = await signIn.start('nobody@example.com', 'conv-2');
        expect(Object.keys(unknown).sort()).toEqual(Object.keys(known).sort());
        expect(unknown.methods[unknown.methods.length - 1]).toBe('backupCode');
        expect(unknown.methods.length).toBeGreaterThanOrEqual(2);
        // Stable: asking again gives the same methods.
        expect((await signIn.start('nobody@example.com', 'conv-3')).methods).toEqual(unknown.methods);

        const method = unknown.methods.includes('email') ? 'email' : unknown.methods.includes('sms') ? 'sms' : undefined;
        if (method) {
            const sent = await signIn.sendCode(unknown.signInId, method);
            const knownSent = await signIn.sendCode(known.signInId, 'email');
            expect(Object.keys(sent).sort()).toEqual(Object.keys(knownSent).sort());
        }
        expect(await kit.testStore.client.outboxMessage.count({ where: { to: 'nobody@example.com' } })).toBe(0);
        const error = await signIn.verify(unknown.signInId, '123456').catch((e: unknown) => e);
        expect(error).toBeInstanceOf(CodeInvalid);
        expect((error as CodeInvalid).attemptsLeft).toBe(4);
    });

    it('an unknown email locks after five wrong codes, like a known one', async () => {
        const unknown = await signIn.start('nobody@example.com', 'conv-2');
        for (let i = 0; i < 4; i++) await expect(signIn.verify(unknown.signInId, '123456')).rejects.toBeInstanceOf(CodeInvalid);
        await expect(signIn.verify(unknown.signInId, '123456')).rejects.toBeInstanceOf(SignInLocked);
        await expect(signIn.start('nobody@example.com', 'conv-3')).rejects.toBeInstanceOf(SignInLocked);
    });

    it('five wrong codes lock sign-in for 20 minutes, even with the right code; then it unlocks', async () => {
        const { signInId, code } = await emailedCode();
        for (let left = 4; left >= 1; left--) {
            await expect(signIn.verify(signInId, otherCode(code))).rejects.toMatchObject({ code: 'codeInvalid', attemptsLeft: left });
        }
        const locked = await signIn.verify(signInId, otherCode(code)).catch((e: unknown) => e);
        expect(locked).toBeInstanceOf(SignInLocked);
        expect((locked as SignInLocked).lockedUntil).toEqual(new Date(kit.clock.now().getTime() + 20 * 60_000));
        await expect(signIn.verify(signInId, code)).rejects.toBeInstanceOf(SignInLocked);
        await expect(signIn.start('ana@example.com', 'conv-9')).rejects.toBeInstanceOf(SignInLocked);

        kit.clock.advanceMinutes(19);
        await expect(signIn.start('ana@example.com', 'conv-9')).rejects.toBeInstanceOf(SignInLocked);
        kit.clock.advanceMinutes(1);
        const again = await emailedCode();
        await expect(signIn.verify(again.signInId, again.code)).resolves.toEqual({ accountId: ana.accountId });
    });

    it('the lock counts wrong codes across sign-in attempts and a success clears the count', async () => {
        for (let i = 0; i < 4; i++) {
            const { signInId, code } = await emailedCode(`conv-${i}`);
            await expect(signIn.verify(signInId, otherCode(code))).rejects.toBeInstanceOf(CodeInvalid);
            kit.clock.advanceSeconds(61);
        }
        const { signInId, code } = await emailedCode();
        await signIn.verify(signInId, code);
        kit.clock.advanceSeconds(61);
        const next = await emailedCode('conv-x');
        await expect(signIn.verify(next.signInId, otherCode(next.code))).rejects.toMatchObject({ attemptsLeft: 4 });
    });

    it('the backup code signs in once and is replaced by a new one, which is returned', async () => {
        const started = await signIn.start('ana@example.com', 'conv-9');
        const result = await signIn.verify(started.signInId, ana.backupCode);
        expect(result.newBackupCode).toMatch(/^[A-Z2-9]{5}-[A-Z2-9]{5}$/);
        expect(result.newBackupCode).not.toBe(ana.backupCode);
        const second = await signIn.start('ana@example.com', 'conv-10');
        await expect(signIn.verify(second.signInId, ana.backupCode)).rejects.toBeInstanceOf(CodeInvalid);
        await expect(signIn.verify(second.signInId, result.newBackupCode!)).resolves.toMatchObject({ accountId: ana.accountId });
    });

    it('accepts the authenticator app code computed from the secret', async () => {
        const bo = await registerFully(kit, createRegistrationService(kit), 'bo@example.com', { authenticatorApp: true });
        kit.clock.advanceMinutes(1);
        const started = await signIn.start('bo@example.com', 'conv-bo');
        expect(started.methods).toEqual(['totp', 'backupCode']);
        const code = authenticator.clone({ epoch: kit.clock.now().getTime() }).generate(bo.totpSecret!);
        await expect(signIn.verify(started.signInId, code)).resolves.toEqual({ accountId: bo.accountId });
    });

    it('a code is single use: the same code cannot finish a second sign-in', async () => {
        const { signInId, code } = await emailedCode();
        await signIn.verify(signInId, code);
        const other = await signIn.start('ana@example.com', 'conv-10');
        await expect(signIn.verify(other.signInId, code)).rejects.toBeInstanceOf(CodeInvalid);
    });

    describe('a conversation that arrived by SMS from the verified phone', () => {
        it('counts the phone as one factor: SMS is not offered or accepted, another factor is still required', async () => {
            const started = await signIn.start('ana@example.com', 'sms-conv', { arrivedFromPhone: '+15551234567' });
            expect(started.phoneAlreadyProven).toBe(true);
            expect(started.methods).toEqual(['email', 'backupCode']);
            await expect(signIn.sendCode(started.signInId, 'sms')).rejects.toBeInstanceOf(MethodNotAvailable);
            await expect(sessions.isSignedIn('sms-conv')).resolves.toBe(false);
            await signIn.sendCode(started.signInId, 'email');
            await signIn.verify(started.signInId, await kit.latestCode('ana@example.com'));
            await expect(sessions.isSignedIn('sms-conv')).resolves.toBe(true);
        });

        it('an SMS code sent in another sign-in does not sign this one in', async () => {
            const elsewhere = await signIn.start('ana@example.com', 'web-conv');
            await signIn.sendCode(elsewhere.signInId, 'sms');
            const smsCode = await kit.latestCode('+15551234567');
            const started = await signIn.start('ana@example.com', 'sms-conv', { arrivedFromPhone: '(555) 123-4567' });
            await expect(signIn.verify(started.signInId, smsCode)).rejects.toBeInstanceOf(CodeInvalid);
            await expect(sessions.isSignedIn('sms-conv')).resolves.toBe(false);
        });

        it('another phone is not a proof: SMS stays available', async () => {
            const started = await signIn.start('ana@example.com', 'sms-conv', { arrivedFromPhone: '+12025550123' });
            expect(started).toMatchObject({ phoneAlreadyProven: false, methods: ['email', 'sms', 'backupCode'] });
        });
    });

    describe('the signed-in session', () => {
        it('ends after 15 idle minutes, and each use moves the deadline', async () => {
            const { signInId, code } = await emailedCode();
            await signIn.verify(signInId, code);
            kit.clock.advanceMinutes(14);
            await expect(sessions.requireAccountId('conv-9')).resolves.toBe(ana.accountId);
            kit.clock.advanceMinutes(14);
            await expect(sessions.requireAccountId('conv-9')).resolves.toBe(ana.accountId);
            kit.clock.advanceMinutes(15);
            await expect(sessions.requireAccountId('conv-9')).rejects.toBeInstanceOf(NotSignedIn);
            await expect(sessions.requireAccountId('conv-9')).rejects.toBeInstanceOf(NotSignedIn);
        });

        it('belongs to its conversation only', async () => {
            const { signInId, code } = await emailedCode();
            await signIn.verify(signInId, code);
            await expect(sessions.requireAccountId('another-conv')).rejects.toBeInstanceOf(NotSignedIn);
        });
    });
});

describe('AccountLookupService', () => {
    it('gives a signed-in conversation its account number and emails it; refuses when not signed in', async () => {
        const lookup = new AccountLookupService({ accounts: kit.repositories.accounts, sessions, notifier: kit.notifier, messages: kit.messages });
        await expect(lookup.accountNumber('conv-9')).rejects.toBeInstanceOf(NotSignedIn);
        const { signInId, code } = await emailedCode();
        await signIn.verify(signInId, code);
        await expect(lookup.accountNumber('conv-9', 'turn-1')).resolves.toEqual({ accountNumber: ana.accountNumber, emailedTo: 'a•••@example.com' });
        await lookup.accountNumber('conv-9', 'turn-1');
        const mail = await kit.inbox('ana@example.com');
        const lookups = mail.filter((m) => m.subject?.includes('your account number'));
        expect(lookups).toHaveLength(1);
        expect(lookups[0].body).toContain(ana.accountNumber);
        kit.clock.advanceMinutes(16);
        await expect(lookup.accountNumber('conv-9')).rejects.toBeInstanceOf(NotSignedIn);
    });
});
