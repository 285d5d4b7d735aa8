import { WaterfallDialog, type Dialog, type DialogTurnResult, type WaterfallStepContext } from '../../conversation/dialogKit';
import { NotSignedIn } from '../../services/accounts/accountErrors';
import { conversationKey, isPrivateConversation } from '../../conversation/conversationKey';
import { translator } from '../../conversation/turnLanguage';
import { sendAccountError } from '../account/accountPrompts';
import type { SignInDialogOptions, SignInOutcome } from '../account/signInDialog';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { caseDate } from './caseStatusMessage';

export const MY_CASES_DIALOG = 'myCasesDialog';
const MY_CASES_STEPS = 'myCasesSteps';

const COMPLETED: FlowOutcome = { outcome: 'completed' };

/** "My cases": after sign-in, the cases linked to the account (receipt number, form, when it was added). */
export class MyCasesDialog extends InterruptibleDialog {
    protected readonly helpKey = 'myCases.help';

    /** `signIn` is the conversation's one sign-in (SignInDialog). */
    constructor(
        services: ConversationServices,
        private readonly children: { signIn: Dialog<SignInDialogOptions> },
    ) {
        super(MY_CASES_DIALOG, services);
        this.addDialog(children.signIn).addDialog(new WaterfallDialog(MY_CASES_STEPS, [this.signInStep.bind(this), this.listStep.bind(this)]));
        this.initialDialogId = MY_CASES_STEPS;
    }

    /** Account matters stay out of group chats; otherwise the one sign-in (ends at once when already signed in). */
    private async signInStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        if (!isPrivateConversation(step.context)) {
            await step.context.sendActivity(translator(step.context)('privacy.privateChatOnly'));
            return step.endDialog(COMPLETED);
        }
        return step.beginDialog(this.children.signIn.id, { introKey: 'myCases.signInIntro' } satisfies SignInDialogOptions);
    }

    /** Lists the signed-in account's cases, or says there are none yet and how to add one. */
    private async listStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const signIn = step.result as SignInOutcome;
        if (signIn.outcome !== 'completed') return step.endDialog(signIn);
        const t = translator(step.context);
        let accountId: string;
        try {
            accountId = await this.services.accounts.sessions.requireAccountId(conversationKey(step.context));
        } catch (error) {
            if (!(error instanceof NotSignedIn)) throw error;
            // The session ended between sign-in and the list: say so and sign in again.
            await sendAccountError(step.context, error);
            return step.replaceDialog(MY_CASES_STEPS);
        }
        const cases = await this.services.cases.links.listForAccount(accountId);
        if (cases.length === 0) {
            await step.context.sendActivity(t('myCases.none'));
            return step.endDialog(COMPLETED);
        }
        const lines = cases.map((linked) =>
            t('myCases.line', {
                receipt: linked.receiptNumber,
                form: linked.formType ? t('myCases.form', { form: linked.formType }) : t('myCases.formUnknown'),
                date: caseDate(step.context, linked.linkedAt),
            }),
        );
        await step.context.sendActivity([t('myCases.intro', { count: cases.length }), ...lines].join('\n'));
        return step.endDialog(COMPLETED);
    }
}
