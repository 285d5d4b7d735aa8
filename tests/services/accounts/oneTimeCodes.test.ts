import { CodeAlreadyUsed, CodeExpired, CodeInvalid, CodeNotIssued, ResendTooSoon, TooManyAttempts } from '../../../services/accounts/accountErrors';
import { OneTimeCodes, type CodeDelivery } from '../../../services/accounts/oneTimeCodes';
import type { Notifier } from '../../../services/notifications/notifier';
import { createAccountTestKit, otherCode, type AccountTestKit } from './accountTestKit';

describe('OneTimeCodes', () => {
    let kit: AccountTestKit;
    const to = 'ana@example.com';
    let delivery: CodeDelivery;

    beforeEach(async () => {
        kit = await createAccountTestKit();
        delivery = {
            purpose: 'emailConfirmation',
            subjectId: 'reg-1',
            channel: 'email',
            to,
            conversationKey: 'conv-1',
            compose: (code, minutes) => kit.messages.compose('emailConfirmation', 'email', 'en', { code, minutes }),
        };
    });
    afterEach(() => kit.dispose());

    it('emails a 6-digit code that verifies once', async () => {
        const sent = await kit.codes.send(delivery);
        expect(sent.issueNumber).toBe(1);
        const mail = await kit.inbox(to);
        expect(mail).toHaveLength(1);
        expect(mail[0].subject).toContain('confirm your email');
        expect(mail[0].body).toContain('10 minutes');
        const code = await kit.latestCode(to);
        await expect(kit.codes.verify(delivery, code)).resolves.toBeUndefined();
        await expect(kit.codes.verify(delivery, code)).rejects.toBeInstanceOf(CodeAlreadyUsed);
    });

    it('accepts the code typed with spaces', async () => {
        await kit.codes.send(delivery);
        const code = await kit.latestCode(to);
        await kit.codes.verify(delivery, `${code.slice(0, 3)} ${code.slice(3)}`);
    });

    it('stores only a hash of the code and sends through the notifier with a key naming purpose, subject and issue', async () => {
        await kit.codes.send(delivery);
        const code = await kit.latestCode(to);
        const row = await kit.testStore.client.oneTimeCode.findFirstOrThrow();
        expect(row.codeHash).toMatch(/^scrypt\$/);
        expect(JSON.stringify(row)).not.toContain(code);
        const [mail] = await kit.inbox(to);
        expect(mail.idempotencyKey).toBe('otp:emailConfirmation:email:reg-1:1');
    });

    it('a retried turn (send again while the code is live) sends no second message and keeps the same code', async () => {
        await kit.codes.send(delivery);
        const code = await kit.latestCode(to);
        kit.clock.advanceSeconds(5);
        const again = await kit.codes.send(delivery);
        expect(again.issueNumber).toBe(1);
        expect(await kit.inbox(to)).toHaveLength(1);
        await kit.codes.verify(delivery, code);
    });

    it('re-delivers a live code whose first send never reached the notifier, under the same key', async () => {
        let calls = 0;
        const failsOnce: Notifier = {
            send: (message) => (calls++ === 0 ? Promise.reject(new Error('network down')) : kit.notifier.send(message)),
        };
        const flaky = new OneTimeCodes({ oneTimeCodes: kit.repositories.oneTimeCodes, notifier: failsOnce, hasher: kit.hasher, secretBox: kit.secretBox, now: kit.clock.now });
        await expect(flaky.send(delivery)).rejects.toThrow('network down');
        expect(await kit.inbox(to)).toHaveLength(0);
        await flaky.send(delivery);
        expect(await kit.inbox(to)).toHaveLength(1);
        await flaky.verify(delivery, await kit.latestCode(to));
    });

    it('expires after 10 minutes', async () => {
        await kit.codes.send(delivery);
        const code = await kit.latestCode(to);
        kit.clock.advanceMinutes(10);
        await expect(kit.codes.verify(delivery, code)).rejects.toBeInstanceOf(CodeExpired);
    });

    it('still works just before 10 minutes', async () => {
        await kit.codes.send(delivery);
        const code = await kit.latestCode(to);
        kit.clock.advanceSeconds(10 * 60 - 1);
        await kit.codes.verify(delivery, code);
    });

    it('allows 5 attempts: after five wrong codes even the right one is refused', async () => {
        await kit.codes.send(delivery);
        const code = await kit.latestCode(to);
        for (let left = 4; left >= 0; left--) {
            const error = await kit.codes.verify(delivery, otherCode(code)).catch((e: unknown) => e);
            expect(error).toBeInstanceOf(CodeInvalid);
            expect((error as CodeInvalid).attemptsLeft).toBe(left);
        }
        await expect(kit.codes.verify(delivery, code)).rejects.toBeInstanceOf(TooManyAttempts);
    });

    it('four wrong codes still leave the right one usable', async () => {
        await kit.codes.send(delivery);
        const code = await kit.latestCode(to);
        for (let i = 0; i < 4; i++) await expect(kit.codes.verify(delivery, otherCode(code))).rejects.toBeInstanceOf(CodeInvalid);
        await kit.codes.verify(delivery, code);
    });

    it('counts a badly formed code as a wrong attempt', async () => {
        await kit.codes.send(delivery);
        const error = await kit.codes.verify(delivery, 'abc').catch((e: unknown) => e);
        expect((error as CodeInvalid).attemptsLeft).toBe(4);
    });

    it('resend waits 60 seconds, then replaces the code (the old one stops working)', async () => {
        await kit.codes.send(delivery);
        const first = await kit.latestCode(to);
        kit.clock.advanceSeconds(30);
        const early = await kit.codes.resend(delivery).catch((e: unknown) => e);
        expect(early).toBeInstanceOf(ResendTooSoon);
        expect((early as ResendTooSoon).retryAfterSeconds).toBe(30);
        kit.clock.advanceSeconds(30);
        const sent = await kit.codes.resend(delivery);
        expect(sent.issueNumber).toBe(2);
        const mail = await kit.inbox(to);
        expect(mail.map((m) => m.idempotencyKey)).toEqual(['otp:emailConfirmation:email:reg-1:1', 'otp:emailConfirmation:email:reg-1:2']);
        const second = await kit.latestCode(to);
        if (second !== first) await expect(kit.codes.verify(delivery, first)).rejects.toBeInstanceOf(CodeInvalid);
        await kit.codes.verify(delivery, second);
    });

    it('after too many attempts a new code can be asked for once the cool-down is over', async () => {
        await kit.codes.send(delivery);
        const code = await kit.latestCode(to);
        for (let i = 0; i < 5; i++) await kit.codes.verify(delivery, otherCode(code)).catch(() => undefined);
        kit.clock.advanceSeconds(60);
        await kit.codes.send(delivery);
        await kit.codes.verify(delivery, await kit.latestCode(to));
    });

    it('keeps purposes, subjects and channels apart', async () => {
        await kit.codes.send(delivery);
        const code = await kit.latestCode(to);
        await expect(kit.codes.verify({ ...delivery, purpose: 'signIn' }, code)).rejects.toBeInstanceOf(CodeNotIssued);
        await expect(kit.codes.verify({ ...delivery, subjectId: 'reg-2' }, code)).rejects.toBeInstanceOf(CodeNotIssued);
        await expect(kit.codes.verify({ ...delivery, channel: 'sms' }, code)).rejects.toBeInstanceOf(CodeNotIssued);
    });

    it('a decoy code is stored and counted like a real one but never sent', async () => {
        const decoy = { ...delivery, deliver: false };
        await kit.codes.send(decoy);
        await kit.codes.send(decoy);
        expect(await kit.inbox(to)).toHaveLength(0);
        await expect(kit.codes.verify(decoy, '123456')).rejects.toBeInstanceOf(CodeInvalid);
    });

    it('sends SMS with the short text', async () => {
        const sms: CodeDelivery = { ...delivery, channel: 'sms', to: '+15551234567', compose: (code, minutes) => kit.messages.compose('signInCode', 'sms', 'es', { code, minutes }) };
        await kit.codes.send(sms);
        const [text] = await kit.inbox('+15551234567');
        expect(text.channel).toBe('sms');
        expect(text.subject).toBeNull();
        expect(text.body).toMatch(/^Sendero Test Org: su código para iniciar sesión es \d{6}\./);
    });

    describe('bound to a destination', () => {
        it('a live code for another address is superseded, not re-sent: the new address gets a new code at once', async () => {
            await kit.codes.send(delivery);
            const first = await kit.latestCode(to);
            const moved = { ...delivery, to: 'ana.new@example.com' };
            const sent = await kit.codes.send(moved);
            expect(sent.issueNumber).toBe(2);
            expect(await kit.inbox('ana.new@example.com')).toHaveLength(1);
            const second = await kit.latestCode('ana.new@example.com');
            if (second !== first) await expect(kit.codes.verify(moved, first)).rejects.toBeInstanceOf(CodeInvalid);
            await expect(kit.codes.verify(delivery, second)).rejects.toBeInstanceOf(CodeNotIssued);
            await kit.codes.verify(moved, second);
        });

        it('the resend cool-down still holds for the same address, however it is written', async () => {
            await kit.codes.send(delivery);
            await expect(kit.codes.resend({ ...delivery, to: ' ANA@Example.com ' })).rejects.toBeInstanceOf(ResendTooSoon);
        });

        it('a code does not verify another destination than the one it was sent to', async () => {
            await kit.codes.send(delivery);
            const code = await kit.latestCode(to);
            await expect(kit.codes.verify({ ...delivery, to: 'someone@example.com' }, code)).rejects.toBeInstanceOf(CodeNotIssued);
            await kit.codes.verify(delivery, code);
        });
    });
    it('retires the old code and stores the new one in one transaction: a failed write leaves the old code live', async () => {
        await kit.codes.send(delivery);
        const first = await kit.testStore.client.oneTimeCode.findFirstOrThrow();
        // A new code whose write fails (its id is taken): the old one must not have been retired without a replacement.
        const { id: _id, supersededAt: _supersededAt, consumedAt: _consumedAt, attempts: _attempts, ...rest } = first;
        await expect(kit.repositories.oneTimeCodes.create({ ...rest, id: first.id, issueNumber: 2 }, { id: first.id, at: new Date() })).rejects.toThrow();
        const after = await kit.testStore.client.oneTimeCode.findUniqueOrThrow({ where: { id: first.id } });
        expect(after.supersededAt).toBeNull();
        expect(after.sealedCode).not.toBeNull();
        await expect(kit.codes.verify(delivery, await kit.latestCode(to))).resolves.toBeUndefined();
    });
});
