import type { TurnContext } from 'botbuilder';
import { WaterfallDialog, type Dialog, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from '../../conversation/dialogKit';
import { conversationKey, isPrivateConversation } from '../../conversation/conversationKey';
import { translator } from '../../conversation/turnLanguage';
import type { TFunction } from '../../locales';
import { NotSignedIn } from '../../services/accounts/accountErrors';
import { CaseRateLimited, CaseServiceUnavailable } from '../../services/cases/caseErrors';
import { parseReceiptNumber } from '../../services/validators';
import { sendAccountError } from '../account/accountPrompts';
import type { SignInDialogOptions, SignInOutcome } from '../account/signInDialog';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { offerWhenStaffed } from '../handoff/personOffer';
import { InterruptibleDialog } from '../interruptibleDialog';
import { LocalizedChoicePrompt, localizedChoiceOptions } from '../prompts/localizedChoicePrompt';
import { yesNoSpec } from '../prompts/yesNo';
import { caseErrorMessage } from './caseErrorMessage';
import { caseDate, caseStatusTitle } from './caseStatusMessage';
import { linkedCaseChoices, type CheckStatusOptions } from './checkStatusDialog';

export const MY_CASES_DIALOG = 'myCasesDialog';
const MY_CASES_STEPS = 'myCasesSteps';
const CHECK_STEPS = 'myCasesCheckSteps';
const CHECK_PROMPT = 'myCasesCheckPrompt';
/** The "not now" and "all of them" options of the which-case question. */
const NOT_NOW = 'notNow';
const ALL = 'all';
const QUESTION_KEY = 'myCases.check.question';
/**
 * The most cases "all of them" asks the case service about in one turn (a family's adjustment package is three or four
 * receipts); an account with more picks one at a time.
 */
export const MAX_CASES_CHECKED_AT_ONCE = 6;

interface ListedCase {
    receiptNumber: string;
    formType?: string;
}

interface CheckOptions {
    cases: ListedCase[];
    /** Their statuses were just shown in short: the question is which one to see in full. */
    summarized?: boolean;
}

const COMPLETED: FlowOutcome = { outcome: 'completed' };

/**
 * "My cases": after sign-in, the cases linked to the account (receipt number, form, when it was added), then the offer to
 * check their status, since that is what most people who ask for their cases want to know next: one case, yes or no;
 * several, which one or all of them (each status in one line, then which one to see in full).
 */
export class MyCasesDialog extends InterruptibleDialog {
    protected readonly helpKey = 'myCases.help';

    /** `signIn` is the conversation's one sign-in (SignInDialog); `checkStatus` answers for the case chosen from the list. */
    constructor(
        services: ConversationServices,
        private readonly children: { signIn: Dialog<SignInDialogOptions>; checkStatus: Dialog<CheckStatusOptions> },
    ) {
        super(MY_CASES_DIALOG, services);
        this.addDialog(children.signIn)
            .addDialog(children.checkStatus)
            .addDialog(new LocalizedChoicePrompt(CHECK_PROMPT, typedReceiptValidator))
            .addDialog(new WaterfallDialog(MY_CASES_STEPS, [this.signInStep.bind(this), this.listStep.bind(this), this.endWithResultStep.bind(this)]))
            .addDialog(new WaterfallDialog<CheckOptions>(CHECK_STEPS, [this.offerStep.bind(this), this.checkStep.bind(this), this.endWithResultStep.bind(this)]));
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

    /** Lists the signed-in account's cases and offers to check them, or says there are none yet and how to add one. */
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
        // The cases this chat follows say how their updates come ("my updates" lists the same).
        const followed = new Map((await this.services.cases.subscriptions.listForConversation(conversationKey(step.context))).map((s) => [s.receiptNumber, s.deliverBy]));
        const lines = cases.map((linked) => {
            const line = t('myCases.line', {
                receipt: linked.receiptNumber,
                form: formLabel(t, linked.formType),
                date: caseDate(step.context, linked.linkedAt),
            });
            const delivery = followed.get(linked.receiptNumber);
            return delivery ? `${line}${t(`myCases.followed.${delivery}`)}` : line;
        });
        await step.context.sendActivity([t('myCases.intro', { count: cases.length }), ...lines].join('\n'));
        const listed = cases.map(({ receiptNumber, formType }): ListedCase => (formType ? { receiptNumber, formType } : { receiptNumber }));
        return step.beginDialog(CHECK_STEPS, { cases: listed } satisfies CheckOptions);
    }

    /** One case: check it? Several: which one (or all of them, when there are few enough), or not now. */
    private async offerStep(step: WaterfallStepContext<CheckOptions>): Promise<DialogTurnResult> {
        const { cases, summarized } = step.options;
        // A question asked here ("what does approved mean?") gets what checking shows, then the question again.
        if (cases.length === 1 && !summarized) return step.prompt(CHECK_PROMPT, localizedChoiceOptions({ ...yesNoSpec('myCases.check.one'), questionKey: QUESTION_KEY }));
        const all = !summarized && cases.length <= MAX_CASES_CHECKED_AT_ONCE ? [{ value: ALL, titleKey: 'myCases.check.all', synonymsKey: 'myCases.check.allWords' }] : [];
        return step.prompt(
            CHECK_PROMPT,
            localizedChoiceOptions({
                promptKey: summarized ? 'myCases.check.more' : 'myCases.check.which',
                questionKey: QUESTION_KEY,
                byNameOnly: false,
                choices: [...linkedCaseChoices(step.context, cases), ...all, { value: NOT_NOW, titleKey: 'myCases.check.notNow', synonymsKey: 'prompts.yesNo.noWords' }],
            }),
        );
    }

    /** A case chosen (or typed, or the one case's yes) is checked in full; all of them in short; "no" or "not now" ends here. */
    private async checkStep(step: WaterfallStepContext<CheckOptions>): Promise<DialogTurnResult> {
        const { value } = step.result as FoundChoice;
        const { cases } = step.options;
        if (value === ALL) {
            const stopped = await this.sendStatusLines(step.context, cases);
            if (stopped) return step.endDialog(COMPLETED);
            return step.replaceDialog(CHECK_STEPS, { cases, summarized: true } satisfies CheckOptions);
        }
        const receiptNumber = value === 'yes' ? cases[0]?.receiptNumber : value === 'no' || value === NOT_NOW ? undefined : value;
        if (!receiptNumber) {
            await step.context.sendActivity(translator(step.context)('myCases.check.declined'));
            return step.endDialog(COMPLETED);
        }
        return step.beginDialog(this.children.checkStatus.id, { receiptNumber } satisfies CheckStatusOptions);
    }

    /** Ends with the inner flow's outcome (the status check's tells the menu which status was shown). */
    private async endWithResultStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        return step.endDialog(step.result);
    }

    /**
     * Each case's status in one line, as the case service gives it now. A case it gives no status for says so (choosing it
     * shows why); when the service is down or asked too often, that is said once and the rest are not asked (true).
     */
    private async sendStatusLines(context: TurnContext, cases: readonly ListedCase[]): Promise<boolean> {
        const t = translator(context);
        await context.sendActivity({ type: 'typing' });
        const lines: string[] = [];
        for (const listed of cases) {
            try {
                const status = await this.services.cases.service.getCase(listed.receiptNumber);
                lines.push(t('myCases.all.line', { receipt: status.receiptNumber, form: formLabel(t, status.formType ?? listed.formType), title: caseStatusTitle(context, status) }));
            } catch (error) {
                if (error instanceof CaseServiceUnavailable || error instanceof CaseRateLimited) {
                    if (lines.length > 0) await context.sendActivity([t('myCases.all.intro'), ...lines].join('\n'));
                    await context.sendActivity(caseErrorMessage(context, error) ?? t('caseErrors.caseServiceUnavailable'));
                    // As after one status: the case system is down, so a person is offered at once.
                    if (error instanceof CaseServiceUnavailable) await offerWhenStaffed(context, this.services.handoff, 'blocked');
                    return true;
                }
                if (!caseErrorMessage(context, error)) throw error;
                lines.push(t('myCases.all.noStatus', { receipt: listed.receiptNumber, form: formLabel(t, listed.formType) }));
            }
        }
        await context.sendActivity([t('myCases.all.intro'), ...lines].join('\n'));
        return false;
    }
}

/** "Form I-130", or "form not known" when neither the store nor the case service says which. */
function formLabel(t: TFunction, formType: string | undefined): string {
    return formType ? t('myCases.form', { form: formType }) : t('myCases.formUnknown');
}

/** At the offer, a receipt number typed instead of a choice or a yes is the case to check (any case, as in "Check my case status"). */
async function typedReceiptValidator(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    if (prompt.recognized.succeeded) return true;
    const parsed = parseReceiptNumber(prompt.context.activity.text ?? '');
    if (!parsed.ok) return false;
    prompt.recognized.value = { value: parsed.value.receiptNumber, index: -1, score: 1 };
    prompt.recognized.succeeded = true;
    return true;
}
