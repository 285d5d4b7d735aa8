import { buildAccountFlows } from '../../dialogs/account/accountFlows';
import { CodeInvalid, CodeNotIssued } from '../../services/accounts/accountErrors';
import { OneTimeCodes, type CodeDelivery } from '../../services/accounts/oneTimeCodes';
import type { RegistrationService } from '../../services/accounts/registrationService';
import type { Notifier, OutboundMessage } from '../../services/notifications/notifier';
import { say, startDialogHarness, texts, en, type DialogHarness } from '../support/dialogHarness';
import { createAccountTestKit, createRegistrationService, registrationAtPasswordStep, type AccountTestKit } from '../services/accounts/accountTestKit';

// Issue item 3: a code sent to (555) 301-1111 marked +15553022222 as verified after the number was changed, and the
// new number never got a text ("notification already in the outbox"). A code proves the destination it was sent to.

const FIRST = '+15553011111';
const SECOND = '+15553022222';

describe('a one-time code is bound to the destination it was sent to (service)', () => {
    let kit: AccountTestKit;
    let registration: RegistrationService;
    let registrationId: string;

    beforeEach(async () => {
        kit = await createAccountTestKit();
        registration = createRegistrationService(kit);
        registrationId = await registrationAtPasswordStep(kit, registration, 'ana@example.com');
        await registration.setPassword(registrationId, 'Str0ng!Passw0rd');
        await registration.chooseTwoStep(registrationId, { smsPhone: '(555) 301-1111' });
        await registration.startTwoStepSetup(registrationId, 'sms');
    });
    afterEach(() => kit.dispose());

    it('a new number gets its own code at once (no cool-down), under a new idempotency key, and the old code does not verify it', async () => {
        const oldCode = await kit.latestCode(FIRST);
        await registration.chooseTwoStep(registrationId, { smsPhone: '(555) 302-2222' });
        const sent = await registration.startTwoStepSetup(registrationId, 'sms');
        expect(sent).toMatchObject({ method: 'sms', codeSent: { issueNumber: 2 } });

        const texted = await kit.inbox(SECOND);
        expect(texted).toHaveLength(1);
        expect(texted[0].idempotencyKey).not.toBe((await kit.inbox(FIRST))[0].idempotencyKey);
        const newCode = await kit.latestCode(SECOND);
        if (newCode !== oldCode) {
            await expect(registration.verifyTwoStep(registrationId, 'sms', oldCode)).rejects.toBeInstanceOf(CodeInvalid);
        }
        await registration.verifyTwoStep(registrationId, 'sms', newCode);
        const method = await kit.testStore.client.twoStepMethod.findFirstOrThrow({ where: { ownerId: registrationId, kind: 'sms' } });
        expect(method).toMatchObject({ phone: SECOND, verifiedAt: expect.any(Date) });
    });

    it('the code sent to the old number cannot verify the new one even if no new code was asked for', async () => {
        const oldCode = await kit.latestCode(FIRST);
        await registration.chooseTwoStep(registrationId, { smsPhone: '(555) 302-2222' });
        await expect(registration.verifyTwoStep(registrationId, 'sms', oldCode)).rejects.toBeInstanceOf(CodeNotIssued);
        const method = await kit.testStore.client.twoStepMethod.findFirstOrThrow({ where: { ownerId: registrationId, kind: 'sms' } });
        expect(method.verifiedAt).toBeNull();
    });

    it('the code row keeps only a keyed hash of the destination, and the same number (any formatting) keeps its live code', async () => {
        const rows = await kit.testStore.client.oneTimeCode.findMany({ where: { subjectId: registrationId, purpose: 'twoStepSetup' } });
        expect(rows).toHaveLength(1);
        expect(rows[0].destination).toMatch(/^[0-9a-f]{64}$/);
        expect(rows[0].destination).not.toContain('5553011111');
        // Choosing the same number again re-delivers the live code as a duplicate: no second text.
        await registration.chooseTwoStep(registrationId, { smsPhone: '555.301.1111' });
        await registration.startTwoStepSetup(registrationId, 'sms');
        expect(await kit.inbox(FIRST)).toHaveLength(1);
        await registration.verifyTwoStep(registrationId, 'sms', await kit.latestCode(FIRST));
    });

    it('every code message is sent as kind "code" with the conversation that asked', async () => {
        const sent: OutboundMessage[] = [];
        const recording: Notifier = { send: (message) => (sent.push(message), kit.notifier.send(message)) };
        const codes = new OneTimeCodes({ oneTimeCodes: kit.repositories.oneTimeCodes, notifier: recording, hasher: kit.hasher, secretBox: kit.secretBox, now: kit.clock.now });
        const delivery: CodeDelivery = {
            purpose: 'signIn',
            subjectId: 'attempt-1',
            channel: 'sms',
            to: FIRST,
            conversationKey: 'directline/conv-7',
            compose: (code, minutes) => kit.messages.compose('signInCode', 'sms', 'en', { code, minutes }),
        };
        await codes.send(delivery);
        await codes.send({ ...delivery, to: SECOND });
        expect(sent.map(({ kind, conversationKey, to }) => ({ kind, conversationKey, to }))).toEqual([
            { kind: 'code', conversationKey: 'directline/conv-7', to: FIRST },
            { kind: 'code', conversationKey: 'directline/conv-7', to: SECOND },
        ]);
    });
});

describe('a one-time code is bound to the destination it was sent to (conversation)', () => {
    let harness: DialogHarness;
    beforeEach(async () => {
        harness = await startDialogHarness({ flows: (services) => ({ createAccount: buildAccountFlows(services).createAccount }) });
    });
    afterEach(() => harness.dispose());

    it('Text message to 301-1111, "change method", Text message to 302-2222: the new number gets a text, and only its code verifies it', async () => {
        const email = 'ana.lopez@example.com';
        await say(harness.client, 'hi');
        await say(harness.client, '2');
        await say(harness.client, email);
        await say(harness.client, await harness.latestCode(email));
        await say(harness.client, '1');
        await say(harness.client, { value: { secret_password: 'Str0ng!Passw0rd', secret_confirm: 'Str0ng!Passw0rd' } });
        await say(harness.client, '2');
        expect(texts(await say(harness.client, '(555) 301-1111'))).toContain(en('createAccount.twoStep.smsSent'));
        const oldCode = await harness.latestCode(FIRST);
        await say(harness.client, 'change method');
        await say(harness.client, '2');
        expect(texts(await say(harness.client, '(555) 302-2222'))).toContain(en('createAccount.twoStep.smsSent'));

        // The bot said a text was sent: it really was.
        const texted = await harness.inbox(SECOND);
        expect(texted).toHaveLength(1);
        const newCode = await harness.latestCode(SECOND);

        if (oldCode !== newCode) {
            const refused = texts(await say(harness.client, oldCode));
            expect(refused.join('\n')).not.toContain(en('createAccount.twoStep.verifiedSms'));
            const sms = await harness.store.client.twoStepMethod.findFirstOrThrow({ where: { kind: 'sms' } });
            expect(sms).toMatchObject({ phone: SECOND, verifiedAt: null });
        }
        expect(texts(await say(harness.client, newCode))).toContain(en('createAccount.twoStep.verifiedSms'));
        const sms = await harness.store.client.twoStepMethod.findFirstOrThrow({ where: { kind: 'sms' } });
        expect(sms).toMatchObject({ phone: SECOND, verifiedAt: expect.any(Date) });
    });
});
