import { WaterfallDialog, type Dialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from '../../conversation/dialogKit';
import { conversationKey, isPrivateConversation } from '../../conversation/conversationKey';
import { translator } from '../../conversation/turnLanguage';
import { NotSignedIn } from '../../services/accounts/accountErrors';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { issuesUscisAccountNumbers } from '../organization';
import { LocalizedChoicePrompt, localizedChoiceOptions } from '../prompts/localizedChoicePrompt';
import { yesNoSpec } from '../prompts/yesNo';
import { AccountChoicePrompt } from './accountChoicePrompt';
import { accountNamedIn } from './accountNamed';
import { sendAccountError } from './accountPrompts';
import { ACCOUNT_WORDS_INSIDE, accountKindChoices, ACCOUNT_KINDS, type AccountKind } from './chooseAccountDialog';
import type { SignInDialogOptions, SignInOutcome } from './signInDialog';

export const DELETE_ACCOUNT_DIALOG = 'deleteAccountDialog';
const DELETE_STEPS = 'deleteAccountSteps';
const WHICH_ACCOUNT_PROMPT = 'deleteAccountWhichPrompt';
const CONFIRM_PROMPT = 'deleteAccountConfirmPrompt';

const COMPLETED: FlowOutcome = { outcome: 'completed' };

export interface DeleteAccountOptions {
    /** The account already known to be meant (asked again after the session ended). Unset: read from the message. */
    account?: AccountKind;
}

/**
 * "Delete my account". A USCIS online account is not ours to delete: that answer says so and where to ask USCIS. The
 * account with this organisation is deleted after the one sign-in and a yes to a question that says what goes and
 * that it cannot be undone; its address is then told (AccountClosure). Only in a one-to-one conversation.
 */
export class DeleteAccountDialog extends InterruptibleDialog {
    protected readonly helpKey = 'deleteAccount.help';

    /** `signIn` is the conversation's one sign-in (SignInDialog). */
    constructor(
        services: ConversationServices,
        private readonly children: { signIn: Dialog<SignInDialogOptions> },
    ) {
        super(DELETE_ACCOUNT_DIALOG, services);
        this.addDialog(new AccountChoicePrompt(WHICH_ACCOUNT_PROMPT, services.organization, undefined, 'eitherAccount'))
            .addDialog(new LocalizedChoicePrompt(CONFIRM_PROMPT))
            .addDialog(children.signIn)
            .addDialog(
                new WaterfallDialog<DeleteAccountOptions>(DELETE_STEPS, [this.whichStep.bind(this), this.signInStep.bind(this), this.confirmStep.bind(this), this.deleteStep.bind(this)]),
            );
        this.initialDialogId = DELETE_STEPS;
    }

    /** Asks which account, unless the message named one or this deployment's accounts are the USCIS ones. */
    private async whichStep(step: WaterfallStepContext<DeleteAccountOptions>): Promise<DialogTurnResult> {
        if (!isPrivateConversation(step.context)) {
            await step.context.sendActivity(translator(step.context)('privacy.privateChatOnly'));
            return step.endDialog(COMPLETED);
        }
        const { organization } = this.services;
        const kind = issuesUscisAccountNumbers(organization) ? 'organization' : (step.options.account ?? accountNamedIn(step.context.activity.text ?? '', organization.name));
        if (kind) return step.next({ value: kind, index: ACCOUNT_KINDS.indexOf(kind), score: 1 } satisfies FoundChoice);
        return step.prompt(
            WHICH_ACCOUNT_PROMPT,
            localizedChoiceOptions({ promptKey: 'deleteAccount.which', retryKey: 'chooseAccount.retry', params: { orgName: organization.name }, choices: accountKindChoices(organization.name), wordsInside: ACCOUNT_WORDS_INSIDE, leftWhenDeclined: true }),
        );
    }

    /** The USCIS account: where to ask USCIS. This organisation's: the one sign-in (at once when already signed in). */
    private async signInStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const kind = (step.result as FoundChoice).value as AccountKind;
        if (kind === 'uscis') {
            await step.context.sendActivity(translator(step.context)('deleteAccount.uscis'));
            return step.endDialog(COMPLETED);
        }
        return step.beginDialog(this.children.signIn.id, { introKey: 'deleteAccount.signInIntro' } satisfies SignInDialogOptions);
    }

    /** What goes, that it cannot be undone, and a yes or no (only the locale's explicit words count). */
    private async confirmStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const signIn = step.result as SignInOutcome;
        if (signIn.outcome !== 'completed') return step.endDialog(signIn);
        return step.prompt(CONFIRM_PROMPT, localizedChoiceOptions({ ...yesNoSpec('deleteAccount.confirm'), params: { orgName: this.services.organization.name } }));
    }

    /** Yes: deleted, signed out, and told where the note went. No: nothing changes. */
    private async deleteStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const t = translator(step.context);
        if ((step.result as FoundChoice).value !== 'yes') {
            await step.context.sendActivity(t('deleteAccount.kept'));
            return step.endDialog(COMPLETED);
        }
        const key = conversationKey(step.context);
        let deleted: { emailedTo: string } | undefined;
        try {
            deleted = await this.services.accounts.closure.deleteSignedInAccount(key);
        } catch (error) {
            if (!(error instanceof NotSignedIn)) throw error;
            // The session ended while the question was open: say so, and sign in again before anything is deleted.
            await sendAccountError(step.context, error);
            return step.replaceDialog(DELETE_STEPS, { account: 'organization' } satisfies DeleteAccountOptions);
        }
        await this.services.signedIn.clear(step.context);
        const chatUpdates = (await this.services.cases.subscriptions.listForConversation(key)).length > 0;
        const done = deleted ? t('deleteAccount.done', { email: deleted.emailedTo }) : t('deleteAccount.alreadyGone');
        await step.context.sendActivity(chatUpdates ? `${done}\n\n${t('deleteAccount.chatUpdatesStay')}` : done);
        return step.endDialog(COMPLETED);
    }
}
