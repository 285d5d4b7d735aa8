import { TurnContext } from 'botbuilder';
import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from '../../conversation/dialogKit';
import { conversationKey, isPrivateConversation } from '../../conversation/conversationKey';
import { translator, turnLocale } from '../../conversation/turnLanguage';
import { NotSignedIn } from '../../services/accounts/accountErrors';
import type { StatusBucket } from '../../services/cases/caseService';
import type { CaseSubscriptionDelivery, StoredConversationReference } from '../../services/cases/caseSubscriptions';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { LocalizedChoicePrompt, localizedChoiceOptions, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import type { StepTopic } from '../prompts/stepHelp';
import { topicsOfStatusShown } from './questionsAfterStatus';
import { yesNoSpec } from '../prompts/yesNo';

export const CASE_SUBSCRIPTION_DIALOG = 'caseSubscriptionDialog';
const OFFER_STEPS = 'caseSubscriptionOfferSteps';
const YES_NO_PROMPT = 'caseSubscriptionYesNoPrompt';
const HOW_PROMPT = 'caseSubscriptionHowPrompt';

/** What the status answer hands over: the case just shown, and the fingerprint of what was shown. */
export interface CaseSubscriptionOptions {
    receiptNumber: string;
    /** caseStatusHash of the status the user has just seen: only a change from it is news. */
    statusHash: string;
    /** The status's bucket, whose plain explanation answers "what does this mean?" at the offer. */
    bucket: StatusBucket;
    /** The case's form, as USCIS names it: some questions after a status depend on it (see topicsOfStatusShown). */
    formType?: string;
}

interface OfferState {
    /** The signed-in account, when there is one: it may choose email. */
    accountId?: string;
}

const COMPLETED: FlowOutcome = { outcome: 'completed' };

/**
 * "Tell me when this changes", offered after a status is shown: yes or no; a signed-in user then chooses this chat
 * or email to the account's address. Only in a one-to-one conversation (in a group, everyone would get the news), and
 * not again when this conversation already follows the case.
 *
 * @example
 * // In the status flow, after the status was shown:
 * return step.beginDialog(CASE_SUBSCRIPTION_DIALOG, { receiptNumber: status.receiptNumber, statusHash: caseStatusHash(status) });
 */
export class CaseSubscriptionDialog extends InterruptibleDialog {
    protected readonly helpKey = 'caseSubscriptions.help';

    constructor(services: ConversationServices) {
        super(CASE_SUBSCRIPTION_DIALOG, services);
        this.addDialog(new LocalizedChoicePrompt(YES_NO_PROMPT))
            .addDialog(new LocalizedChoicePrompt(HOW_PROMPT))
            .addDialog(new WaterfallDialog<CaseSubscriptionOptions>(OFFER_STEPS, [this.offerStep.bind(this), this.askHowStep.bind(this), this.subscribeStep.bind(this)]));
        this.initialDialogId = OFFER_STEPS;
    }

    /** Offers updates, unless this is a group chat or the conversation already follows the case. */
    private async offerStep(step: WaterfallStepContext<CaseSubscriptionOptions>): Promise<DialogTurnResult> {
        if (!isPrivateConversation(step.context)) return step.endDialog(COMPLETED);
        const existing = await this.services.cases.subscriptions.find(step.options.receiptNumber, conversationKey(step.context));
        if (existing) {
            await step.context.sendActivity(translator(step.context)(`caseSubscriptions.already.${existing.deliverBy}`));
            return step.endDialog(COMPLETED);
        }
        // Right after a status, people ask how long it will take (USCIS's usual times), when their interview or fingerprint
        // appointment is (where the date is), when their card will come (where the mailing shows), what it means (our
        // explanation of it again), how to get what only USCIS can do (expedite it, a card that did not come), or
        // something only their notice or a lawyer can answer; then they get the offer again.
        const { bucket, formType } = step.options;
        const stepHelp: StepTopic[] = [...topicsOfStatusShown(bucket, formType), 'processingTime', 'statusMeaning'];
        return step.prompt(
            YES_NO_PROMPT,
            localizedChoiceOptions({
                ...yesNoSpec('caseSubscriptions.offer.prompt'),
                // "Can you tell me when it changes?", "avíseme", "不用通知": the offer taken or turned down in a sentence.
                wordsInside: 'caseSubscriptions.offer',
                stepHelp,
                answersUscisMatters: true,
                questionKey: 'caseSubscriptions.offer.question',
                params: { bucket, orgName: this.services.organization.name },
            }),
        );
    }

    /** No: said and done. Yes: a signed-in user chooses chat or email; anyone else gets updates in this chat. */
    private async askHowStep(step: WaterfallStepContext<CaseSubscriptionOptions>): Promise<DialogTurnResult> {
        if ((step.result as FoundChoice).value !== 'yes') {
            await step.context.sendActivity(translator(step.context)('caseSubscriptions.declined'));
            return step.endDialog(COMPLETED);
        }
        const accountId = await this.signedInAccount(step.context);
        if (!accountId) return step.next({ value: 'conversation', index: 0, score: 1 } satisfies FoundChoice);
        (step.values as OfferState).accountId = accountId;
        return step.prompt(HOW_PROMPT, localizedChoiceOptions(HOW_SPEC));
    }

    /** Stores the subscription with this conversation's reference and says how the news will come. */
    private async subscribeStep(step: WaterfallStepContext<CaseSubscriptionOptions>): Promise<DialogTurnResult> {
        const t = translator(step.context);
        const deliverBy = (step.result as FoundChoice).value as CaseSubscriptionDelivery;
        const { receiptNumber, statusHash } = step.options;
        // Signed in when the question was asked; the session may have ended since (15 idle minutes): then chat it is.
        const accountId = deliverBy === 'email' ? await this.signedInAccount(step.context) : (step.values as OfferState).accountId;
        const by: CaseSubscriptionDelivery = deliverBy === 'email' && accountId ? 'email' : 'conversation';
        const outcome = await this.services.cases.subscriptions.subscribe({
            receiptNumber,
            conversationKey: conversationKey(step.context),
            reference: TurnContext.getConversationReference(step.context.activity) as StoredConversationReference,
            deliverBy: by,
            accountId,
            locale: turnLocale(step.context),
            currentHash: statusHash,
        });
        if (outcome.status === 'tooMany') {
            await step.context.sendActivity(t('caseSubscriptions.tooMany', { limit: outcome.limit }));
        } else {
            await step.context.sendActivity(t(`caseSubscriptions.subscribed.${by}`, { receipt: receiptNumber }));
        }
        return step.endDialog(COMPLETED);
    }

    /** The account this conversation is signed in to (the store decides), or undefined. */
    private async signedInAccount(context: TurnContext): Promise<string | undefined> {
        try {
            return await this.services.accounts.sessions.requireAccountId(conversationKey(context));
        } catch (error) {
            if (error instanceof NotSignedIn) return undefined;
            throw error;
        }
    }
}

const HOW_SPEC: LocalizedChoiceSpec = {
    promptKey: 'caseSubscriptions.how.prompt',
    retryKey: 'caseSubscriptions.how.retry',
    choices: (['conversation', 'email'] as const).map((value) => ({
        value,
        titleKey: `caseSubscriptions.how.${value}`,
        synonymsKey: `caseSubscriptions.how.${value}Words`,
    })),
};
