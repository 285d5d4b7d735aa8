import type { TurnContext } from 'botbuilder';
import { WaterfallDialog, type Dialog, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from '../../conversation/dialogKit';
import { caseStatusHash } from '../../services/cases/caseStatusHash';
import type { StatusBucket } from '../../services/cases/caseService';
import { findReceiptNumbers, mistypedReceiptIn, parseReceiptNumber } from '../../services/validators';
import { conversationKey } from '../../conversation/conversationKey';
import { translator } from '../../conversation/turnLanguage';
import type { ConversationServices } from '../conversationServices';
import { leftFlow, type FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { LocalizedChoicePrompt, localizedChoiceOptions, type LocalizedChoice, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { LocalizedTextPrompt, localizedTextOptions, type LocalizedTextSpec } from '../prompts/localizedTextPrompt';
import { RECEIPT_MISSING, receiptValidator } from '../prompts/missingMeans';
import { refuseWith } from '../prompts/promptRefusal';
import { yesNoSpec } from '../prompts/yesNo';
import { caseErrorMessage } from './caseErrorMessage';
import { CaseNotRecognized, CaseServiceUnavailable } from '../../services/cases/caseErrors';
import { offerWhenStaffed } from '../handoff/personOffer';
import type { CaseSubscriptionOptions } from './caseSubscriptionDialog';
import { caseStatusActivities } from './caseStatusMessage';

export const CHECK_STATUS_DIALOG = 'checkStatusDialog';
const STATUS_STEPS = 'checkStatusSteps';
const CASE_PROMPT = 'checkStatusCasePrompt';
const RECEIPT_PROMPT = 'checkStatusReceiptPrompt';
const CONFIRM_PROMPT = 'checkStatusConfirmPrompt';

/** The value of "another receipt number" in the linked-cases list. */
const ANOTHER_NUMBER = 'anotherNumber';
/** The value the linked-cases list returns when the user typed a receipt number instead of choosing. */
const TYPED_RECEIPT = 'typedReceipt';

export interface CheckStatusOptions {
    /** A receipt number already typed ("status of EAC9999103403" at the menu): the flow goes straight to the answer. */
    receiptNumber?: string;
    /** Ask for a number to type, without the linked-cases list (after "no, that is not my number"). */
    typeNumber?: boolean;
    /**
     * The other receipt numbers written in the same message, as typed ("EAC9999103403 and EAC9999103400"): each is
     * checked in turn once the one before has been answered. Kept only until then.
     */
    moreReceipts?: string[];
    /** Set when this is one of several written together, after the first: they were announced already. */
    inTurn?: boolean;
}

/** Receipt numbers of one message checked in turn; any beyond are said to be left out. */
export const RECEIPTS_AT_ONCE = 5;

/** What the flow ends with: the FlowOutcome, and the receipt it answered for (so a caller can offer more about it). */
export interface CheckStatusOutcome extends FlowOutcome {
    receiptNumber?: string;
}


interface StatusStepValues {
    receiptNumber?: string;
    knownPrefix?: boolean;
    bucket?: StatusBucket;
    formType?: string;
}

/**
 * "Check my case status": anyone can type a receipt number; a signed-in user picks one of their linked cases or types
 * another. A receipt the user typed with a likely misreading (O for 0, I for 1) is confirmed first; an unknown prefix
 * is warned about, not refused (USCIS adds prefixes). While the case service is asked, the user sees "typing"; then the
 * status as caseStatusMessage renders it, and, when given, the offer to follow the case.
 */
export class CheckStatusDialog extends InterruptibleDialog {
    protected readonly helpKey = 'caseStatus.help';

    constructor(
        services: ConversationServices,
        /** `offerUpdates`: "tell me when this changes" (CaseSubscriptionDialog), offered after every status shown. */
        private readonly children: { offerUpdates?: Dialog<CaseSubscriptionOptions> } = {},
    ) {
        super(CHECK_STATUS_DIALOG, services);
        this.addDialog(new LocalizedChoicePrompt(CASE_PROMPT, linkedCaseValidator))
            .addDialog(new LocalizedTextPrompt(RECEIPT_PROMPT, receiptValidator('caseStatus')))
            .addDialog(new LocalizedChoicePrompt(CONFIRM_PROMPT))
            .addDialog(
                new WaterfallDialog<CheckStatusOptions>(STATUS_STEPS, [
                    this.chooseCaseStep.bind(this),
                    this.askReceiptStep.bind(this),
                    this.confirmReceiptStep.bind(this),
                    this.answerStep.bind(this),
                    this.afterAnswerStep.bind(this),
                ]),
            );
        if (children.offerUpdates) this.addDialog(children.offerUpdates);
        this.initialDialogId = STATUS_STEPS;
    }

    /**
     * A receipt already typed goes on; a signed-in user's linked cases, and the cases this conversation was shown, are
     * offered to pick from ("what happens next with my case?" after a status); anyone else types a number.
     */
    private async chooseCaseStep(step: WaterfallStepContext<CheckStatusOptions>): Promise<DialogTurnResult> {
        const typed = step.options.receiptNumber;
        // Used once: a receipt number need not stay in dialog state longer than the turn that reads it.
        delete step.options.receiptNumber;
        if (typed) {
            if (step.options.moreReceipts?.length && !step.options.inTurn) await this.sayCheckedInTurn(step, [typed, ...step.options.moreReceipts]);
            return step.next({ value: TYPED_RECEIPT, index: -1, score: 1, typed } satisfies FoundChoice & { typed: string });
        }
        const linked = step.options.typeNumber ? [] : await this.casesToOffer(step.context);
        if (linked.length === 0) return step.next({ value: ANOTHER_NUMBER, index: -1, score: 1 } satisfies FoundChoice);
        return step.prompt(CASE_PROMPT, localizedChoiceOptions(linkedCasesSpec(step.context, linked)));
    }

    /** "Another number" asks for it; a chosen or typed receipt goes on. */
    private async askReceiptStep(step: WaterfallStepContext<CheckStatusOptions>): Promise<DialogTurnResult> {
        const chosen = step.result as FoundChoice & { typed?: string };
        if (chosen.value === ANOTHER_NUMBER) return step.prompt(RECEIPT_PROMPT, localizedTextOptions(this.receiptQuestion()));
        if (chosen.value === TYPED_RECEIPT) return step.next(chosen.typed ?? step.context.activity.text ?? '');
        return step.next(chosen.value);
    }

    /**
     * Reads the number; one we corrected (O→0, I→1) is shown back for a yes before it is used. Several typed at the
     * receipt question are checked in turn, from the first.
     */
    private async confirmReceiptStep(step: WaterfallStepContext<CheckStatusOptions>): Promise<DialogTurnResult> {
        const [first, ...more] = findReceiptNumbers(String(step.result ?? ''));
        if (more.length > 0) await this.sayCheckedInTurn(step, [first, ...more]);
        const parsed = parseReceiptNumber(more.length > 0 ? first : String(step.result ?? ''));
        if (!parsed.ok) {
            // Only a receipt typed at the menu can get here unchecked (the prompts validate theirs): ask for it, after
            // saying what is wrong with one a digit short or long ("EAC999910340 has 9 numbers after the letters").
            const mistyped = mistypedReceiptIn(String(step.result ?? ''));
            if (mistyped) await step.context.sendActivity(translator(step.context)('prompts.receiptDigitCount', { typed: mistyped.typed, digits: mistyped.digits }));
            return step.replaceDialog(STATUS_STEPS, { typeNumber: true, moreReceipts: step.options.moreReceipts } satisfies CheckStatusOptions);
        }
        const values = step.values as StatusStepValues;
        values.receiptNumber = parsed.value.receiptNumber;
        values.knownPrefix = parsed.value.knownPrefix;
        if (!parsed.value.corrected) return step.next({ value: 'yes', index: 0, score: 1 } satisfies FoundChoice);
        return step.prompt(CONFIRM_PROMPT, localizedChoiceOptions({ ...yesNoSpec('caseStatus.corrected.confirm'), params: { receipt: parsed.value.receiptNumber } }));
    }

    /** Asks the case service (showing "typing" meanwhile) and shows the status, or says plainly why it could not. */
    private async answerStep(step: WaterfallStepContext<CheckStatusOptions>): Promise<DialogTurnResult> {
        const t = translator(step.context);
        const values = step.values as StatusStepValues;
        const receiptNumber = values.receiptNumber ?? '';
        if ((step.result as FoundChoice).value !== 'yes') {
            await step.context.sendActivity(t('caseStatus.corrected.retype'));
            return step.replaceDialog(STATUS_STEPS, { typeNumber: true, moreReceipts: step.options.moreReceipts } satisfies CheckStatusOptions);
        }
        if (!values.knownPrefix) await step.context.sendActivity(t('caseStatus.unknownPrefix', { prefix: receiptNumber.slice(0, 3) }));
        await step.context.sendActivity({ type: 'typing' });
        let status;
        try {
            status = await this.services.cases.service.getCase(receiptNumber);
        } catch (error) {
            const words = caseErrorMessage(step.context, error);
            if (!words) throw error;
            // Among several numbers, which one this is about.
            const several = step.options.inTurn || Boolean(step.options.moreReceipts?.length);
            await step.context.sendActivity(several ? `${t('caseStatus.receiptHeading', { receipt: receiptNumber })}\n${words}` : words);
            // The case system is down: nothing more to do here, so a person is offered at once.
            if (error instanceof CaseServiceUnavailable) await offerWhenStaffed(step.context, this.services.handoff, 'blocked');
            // One number not recognized: the next one written is still checked.
            else if (step.options.moreReceipts?.length) return this.checkNext(step);
            return step.endDialog({ outcome: 'completed', ...(error instanceof CaseNotRecognized && { receiptNotRecognized: true }) } satisfies CheckStatusOutcome);
        }
        for (const activity of caseStatusActivities(step.context, status)) await step.context.sendActivity(activity);
        await this.services.checkedCases?.remember(step.context, { receiptNumber: status.receiptNumber, ...(status.formType && { formType: status.formType }) });
        Object.assign(step.values as StatusStepValues, { bucket: status.bucket, formType: status.formType });
        const { offerUpdates } = this.children;
        if (!offerUpdates) return step.next();
        return step.beginDialog(offerUpdates.id, { receiptNumber: status.receiptNumber, statusHash: caseStatusHash(status), bucket: status.bucket, ...(status.formType && { formType: status.formType }) } satisfies CaseSubscriptionOptions);
    }

    /**
     * Ends with the receipt answered; the offer to follow the case (if any) has had its turn. An offer left for another
     * task or a fresh start ends this flow the same way, so the menu acts on it.
     */
    private async afterAnswerStep(step: WaterfallStepContext<CheckStatusOptions>): Promise<DialogTurnResult> {
        if (leftFlow(step.result) && step.result.outcome !== 'cancelled') return step.endDialog(step.result);
        // "Cancel" at the offer ends the offer and the numbers still to check.
        if (!leftFlow(step.result) && step.options.moreReceipts?.length) return this.checkNext(step);
        const { receiptNumber, bucket, formType } = step.values as StatusStepValues;
        return step.endDialog({ outcome: 'completed', receiptNumber, statusShown: bucket, ...(formType && { formShown: formType }) } satisfies CheckStatusOutcome);
    }

    /** The next of the receipt numbers written together, from the start of the flow. */
    private async checkNext(step: WaterfallStepContext<CheckStatusOptions>): Promise<DialogTurnResult> {
        const [next, ...rest] = step.options.moreReceipts ?? [];
        return step.replaceDialog(STATUS_STEPS, { receiptNumber: next, moreReceipts: rest, inTurn: true } satisfies CheckStatusOptions);
    }

    /**
     * "You wrote 2 receipt numbers. I will check them one at a time." Beyond RECEIPTS_AT_ONCE, the first ones are checked
     * and the message says so; the rest are dropped here.
     */
    private async sayCheckedInTurn(step: WaterfallStepContext<CheckStatusOptions>, written: readonly string[]): Promise<void> {
        const t = translator(step.context);
        const capped = written.length > RECEIPTS_AT_ONCE;
        await step.context.sendActivity(t(capped ? 'caseStatus.severalReceiptsCapped' : 'caseStatus.severalReceipts', { count: written.length, max: RECEIPTS_AT_ONCE }));
        step.options.moreReceipts = written.slice(1, RECEIPTS_AT_ONCE);
    }

    /**
     * "What is the receipt number?": "I lost my notice" gets where else it is; "when is my interview?", "I got a letter"
     * get what USCIS does about them, and "how long does it take?" USCIS's usual times, then the question again (the
     * status is what they lead to).
     */
    private receiptQuestion(): LocalizedTextSpec {
        return { promptKey: 'caseStatus.ask.receipt', missing: RECEIPT_MISSING, answersUscisMatters: true, answersUsualTimes: true, leftWhenDeclined: true, params: { orgName: this.services.organization.name } };
    }

    /** The linked cases, then those this conversation was shown that are not among them. */
    private async casesToOffer(context: TurnContext): Promise<Array<{ receiptNumber: string; formType?: string }>> {
        const linked = await this.linkedCases(context);
        const checked = (await this.services.checkedCases?.list(context)) ?? [];
        return [...linked, ...checked.filter((item) => !linked.some((link) => link.receiptNumber === item.receiptNumber))];
    }

    /** The signed-in account's linked cases; none for anyone not signed in (the store decides, as at sign-in). */
    private async linkedCases(context: TurnContext): Promise<Array<{ receiptNumber: string; formType?: string }>> {
        const remembered = await this.services.signedIn.get(context);
        const key = conversationKey(context);
        if (!remembered || remembered.conversationKey !== key) return [];
        if (!(await this.services.accounts.sessions.isSignedIn(key))) return [];
        return this.services.cases.links.listForAccount(remembered.accountId);
    }
}

/** The linked cases as options (receipt and form), then "another receipt number". */
function linkedCasesSpec(context: TurnContext, linked: ReadonlyArray<{ receiptNumber: string; formType?: string }>): LocalizedChoiceSpec {
    return {
        promptKey: 'caseStatus.ask.chooseCase',
        byNameOnly: false,
        leftWhenDeclined: true,
        choices: [...linkedCaseChoices(context, linked), { value: ANOTHER_NUMBER, titleKey: 'caseStatus.ask.anotherNumber', synonymsKey: 'caseStatus.ask.anotherNumberWords' }],
    };
}

/** Linked cases as choices: each titled by its receipt number and form, chosen by the receipt number; its value is the receipt. */
export function linkedCaseChoices(context: TurnContext, linked: ReadonlyArray<{ receiptNumber: string; formType?: string }>): LocalizedChoice[] {
    const t = translator(context);
    return linked.map((item) => ({
        value: item.receiptNumber,
        title: item.formType ? t('caseStatus.ask.linkedCase', { receipt: item.receiptNumber, form: item.formType }) : item.receiptNumber,
        synonyms: [item.receiptNumber],
    }));
}

/** At the linked-cases list, a typed receipt number is an answer too; one a digit short or long is said to be so. */
async function linkedCaseValidator(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
    if (prompt.recognized.succeeded) return true;
    const text = prompt.context.activity.text ?? '';
    const parsed = parseReceiptNumber(text);
    if (!parsed.ok) {
        const mistyped = mistypedReceiptIn(text);
        return mistyped ? refuseWith(prompt, 'prompts.receiptDigitCount', { typed: mistyped.typed, digits: String(mistyped.digits) }) : false;
    }
    prompt.recognized.value = { value: TYPED_RECEIPT, index: -1, score: 1 };
    prompt.recognized.succeeded = true;
    return true;
}
