import type { Activity, Attachment } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { PASSWORD_CAPTURE_DIALOG, PasswordCaptureDialog } from '../../../dialogs/account/passwordCaptureDialog';
import { PASSWORD_SET_EVENT } from '../../../conversation/eventNames';
import type { ConversationServices } from '../../../dialogs/conversationServices';
import { en, es, startDialogHarness, say, texts, type DialogHarness } from '../../support/dialogHarness';

const EMAIL = 'maria@example.org';
const STRONG = 'Str0ng!Passw0rd';

/** Stands in for the create-account flow: it only runs the password step for a registration made beforehand. */
class PasswordStepFlow extends ComponentDialog {
    constructor(private readonly services: ConversationServices, private readonly registrationId: () => string) {
        super('passwordStepFlow');
        this.addDialog(new PasswordCaptureDialog(services)).addDialog(
            new WaterfallDialog('steps', [this.askPasswordStep.bind(this), this.afterStep.bind(this)]),
        );
        this.initialDialogId = 'steps';
    }

    private async askPasswordStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        return step.beginDialog(PASSWORD_CAPTURE_DIALOG, { purpose: 'registration', targetId: this.registrationId() });
    }

    private async afterStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        await step.context.sendActivity('STEP DONE');
        return step.endDialog({ outcome: 'completed' });
    }
}

let harness: DialogHarness;
let registrationId = '';

async function atPasswordStep(channelId: string, locale?: string): Promise<Partial<Activity>[]> {
    harness = await startDialogHarness({
        channelId,
        locale,
        flows: (services) => ({ createAccount: new PasswordStepFlow(services, () => registrationId) }),
    });
    const { registration } = harness.services.accounts;
    registrationId = (await registration.start(EMAIL, `${channelId}/conv`, 'en')).registrationId;
    await registration.confirmEmail(registrationId, await harness.latestCode(EMAIL));
    await registration.acceptTerms(registrationId);
    await say(harness.client, 'hi');
    return say(harness.client, '2');
}

afterEach(async () => harness?.dispose());

const card = (replies: Partial<Activity>[]): Attachment | undefined => replies.flatMap((reply) => reply.attachments ?? [])[0];
const nextStep = async () => (await harness.services.accounts.registration.progress(registrationId)).nextStep;

describe('password capture where the channel has masked inputs', () => {
    test('it shows a card with two masked fields whose ids mark them as secrets', async () => {
        const replies = await atPasswordStep('directline');
        expect(replies[0].text).toBe(en('passwordCapture.cardIntro'));
        const content = card(replies)?.content as { version: string; body: Array<{ type: string; id?: string; style?: string }> };
        const inputs = content.body.filter((element) => element.type === 'Input.Text');
        expect(content.version).toBe('1.5');
        expect(inputs).toEqual([
            expect.objectContaining({ id: 'secret_password', style: 'password' }),
            expect.objectContaining({ id: 'secret_confirm', style: 'password' }),
        ]);
    });

    test('a strong password submitted in the card is saved and the flow goes on', async () => {
        await atPasswordStep('directline');
        const replies = texts(await say(harness.client, { value: { secret_password: STRONG, secret_confirm: STRONG } }));
        expect(replies).toEqual([en('passwordCapture.saved'), 'STEP DONE', expect.stringContaining(en('menu.again'))]);
        expect(await nextStep()).not.toBe('setPassword');
    });

    test('two different passwords are refused and the card comes back', async () => {
        await atPasswordStep('msteams');
        const replies = await say(harness.client, { value: { secret_password: STRONG, secret_confirm: `${STRONG}x` } });
        expect(texts(replies)[0]).toBe(en('passwordCapture.mismatch'));
        expect(card(replies)).toBeDefined();
        expect(await nextStep()).toBe('setPassword');
    });

    test('a weak password lists every rule it breaks, and nothing is saved', async () => {
        await atPasswordStep('directline');
        const replies = texts(await say(harness.client, { value: { secret_password: 'password', secret_confirm: 'password' } }));
        expect(replies[0]).toContain(en('accountErrors.passwordRejected'));
        expect(replies[0]).toContain(en('passwordRules.missingUppercase'));
        expect(replies[0]).toContain(en('passwordRules.missingSpecial'));
        expect(replies[0]).toContain(en('passwordRules.tooCommon'));
        expect(await nextStep()).toBe('setPassword');
    });

    test('a password typed as a chat message is refused, and the user is told it was removed', async () => {
        await atPasswordStep('directline');
        const replies = await say(harness.client, STRONG);
        expect(texts(replies)[0]).toBe(en('passwordCapture.typedInChat'));
        expect(card(replies)).toBeDefined();
        expect(await nextStep()).toBe('setPassword');
    });

    test('"send link" switches to the password page', async () => {
        await atPasswordStep('directline');
        const [reply] = texts(await say(harness.client, 'send link'));
        expect(reply).toMatch(/http:\/\/127\.0\.0\.1:3978\/account\/password\/[\w-]{20,}/);
    });

    test('in Spanish', async () => {
        const replies = await atPasswordStep('directline', 'es-US');
        expect(replies[0].text).toBe(es('passwordCapture.cardIntro'));
        expect(texts(await say(harness.client, { value: { secret_password: STRONG, secret_confirm: 'otra' } }))[0]).toBe(es('passwordCapture.mismatch'));
    });
});

describe('password capture where the channel cannot mask input (SMS)', () => {
    test('it sends a single-use link; setting the password on the page continues the chat', async () => {
        const replies = texts(await atPasswordStep('sms'));
        const url = replies[0].match(/(http\S+\/account\/password\/\S+)/)?.[1];
        expect(url).toBeDefined();
        // The link carries the conversation's language, so the page opens in it.
        expect(new URL(url!).searchParams.get('lang')).toBe('en');
        const token = new URL(url!).pathname.split('/').pop()!;
        await expect(harness.services.accounts.passwordLinks.setPassword(token, STRONG, STRONG)).resolves.toEqual({ status: 'set' });
        // The app turns the page's event into this activity in the waiting conversation.
        const resumed = texts(await say(harness.client, { type: 'event', name: PASSWORD_SET_EVENT, value: { purpose: 'registration', targetId: registrationId } }));
        expect(resumed.slice(0, 2)).toEqual([en('passwordCapture.saved'), 'STEP DONE']);
        expect(await nextStep()).not.toBe('setPassword');
    });

    test('a password typed in an SMS is refused and a link is sent again', async () => {
        await atPasswordStep('sms');
        const replies = texts(await say(harness.client, STRONG));
        expect(replies[0]).toBe(en('passwordCapture.typedInChat'));
        expect(replies[1]).toMatch(/\/account\/password\//);
    });
});
