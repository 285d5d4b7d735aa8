import type { TurnContext } from 'botbuilder';
import {
    WaterfallDialog,
    type Dialog,
    type DialogTurnResult,
    type FoundChoice,
    type PromptValidatorContext,
    type WaterfallStepContext,
} from '../../conversation/dialogKit';
import { NotSignedIn } from '../../services/accounts/accountErrors';
import { CaseBadFormat, CaseNotRecognized, CaseRateLimited, CaseServiceUnavailable } from '../../services/cases/caseErrors';
import { AccessCodeRejected, AccessCodeRequired } from '../../services/cases/caseLinkErrors';
import type { LinkOutcome } from '../../services/cases/caseLinks';
import { parseOnlineAccessCode, parseReceiptNumber, type ReceiptNumber } from '../../services/validators';
import { conversationKey, isPrivateConversation } from '../../conversation/conversationKey';
import { translator } from '../../conversation/turnLanguage';
import { sendAccountError } from '../account/accountPrompts';
import type { SignInDialogOptions, SignInOutcome } from '../account/signInDialog';
import type { StatusBucket } from '../../services/cases/caseService';
import type { ConversationServices } from '../conversationServices';
import { isFlowOutcome, type FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { LocalizedChoicePrompt, localizedChoiceOptions, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { LocalizedTextPrompt, localizedTextOptions } from '../prompts/localizedTextPrompt';
import { ACCESS_CODE_MISSING, RECEIPT_MISSING, receiptValidator } from '../prompts/missingMeans';
import { refuseWith } from '../prompts/promptRefusal';
import { yesNoSpec } from '../prompts/yesNo';
import { caseErrorMessage } from './caseErrorMessage';
import { offerWhenStaffed } from '../handoff/personOffer';
import { caseStatusActivities } from './caseStatusMessage';

export const ADD_PAPER_CASE_DIALOG = 'addPaperCaseDialog';
const ADD_STEPS = 'addPaperCaseSteps';
const RECEIPT_STEPS = 'addPaperCaseReceiptSteps';
const LINK_STEPS = 'addPaperCaseLinkSteps';
const FOLLOW_UP_STEPS = 'addPaperCaseFollowUpSteps';
const RECEIPT_PROMPT = 'addPaperCaseReceiptPrompt';
const CODE_PROMPT = 'addPaperCaseCodePrompt';
const YES_NO_PROMPT = 'addPaperCaseYesNoPrompt';
const OFFER_PROMPT = 'addPaperCaseOfferPrompt';

/** A wrong code may be typed again this many times in a row before the flow ends with how to get a new one. */
const MAX_CODE_TRIES = 3;

/**
 * The Online Access Code question: a secret, kept out of stored history. "I lost it", "it expired" and "where do I
 * find it?" get where the code is and how to get a new one, and are never tried as a code.
 */
const ACCESS_CODE_QUESTION = localizedTextOptions({ promptKey: 'addCase.askCode', sensitive: true, missing: ACCESS_CODE_MISSING, stepHelp: ['accessCode', 'accessCodeHere'] });

export interface AddPaperCaseOptions {
    /** A receipt number the user already typed (at the menu): not asked again, but still checked and confirmed. */
    receiptNumber?: string;
}

/** A round of the flow: the receipt may be one checked in an earlier round (try again, signed in again). */
interface AddRoundOptions extends AddPaperCaseOptions {
    receiptChecked?: boolean;
}

interface ReceiptOptions {
    /** Typed before the question: used when it is a receipt number, else the question is asked. */
    typed?: string;
}

interface LinkOptions {
    receiptNumber: string;
    /** Wrong codes typed so far for this receipt. */
    codeTries?: number;
}

interface FollowUpOptions {
    kind: 'notRecognized' | 'unavailable';
    receiptNumber: string;
}

/** How one linking attempt ended: done (the flow ends), or go round again with a new receipt or the same one. */
type LinkResult = { next: 'done'; statusShown?: StatusBucket; formShown?: string } | { next: 'newReceipt' } | { next: 'retry'; receiptNumber: string };

const DONE: LinkResult = { next: 'done' };
const COMPLETED: FlowOutcome = { outcome: 'completed' };

function isLinkResult(value: unknown): value is LinkResult {
    return typeof value === 'object' && value !== null && typeof (value as LinkResult).next === 'string';
}

/**
 * "Add a paper-filed case": after sign-in, the receipt number (a corrected O/I/l is confirmed first, an unknown
 * prefix is warned about), for an IOE receipt the Online Access Code, then the look-up and the link; it ends by
 * showing the case's status. A case already here is said to be so; one linked to another account is refused without
 * saying whose; a code that is expired or used gets how to get a new one; a receipt not recognised gets the typo and
 * "very new case" hints; an unavailable service is never "not found": try again, later, or talk to a person.
 */
export class AddPaperCaseDialog extends InterruptibleDialog {
    protected readonly helpKey = 'addCase.help';

    /** `signIn` is the conversation's one sign-in (SignInDialog), required before anything is asked. */
    constructor(
        services: ConversationServices,
        private readonly children: { signIn: Dialog<SignInDialogOptions> },
    ) {
        super(ADD_PAPER_CASE_DIALOG, services);
        this.addDialog(new LocalizedTextPrompt(RECEIPT_PROMPT, receiptValidator('addCase')))
            .addDialog(new LocalizedTextPrompt(CODE_PROMPT, accessCodeValidator))
            .addDialog(new LocalizedChoicePrompt(YES_NO_PROMPT))
            .addDialog(new LocalizedChoicePrompt(OFFER_PROMPT))
            .addDialog(children.signIn)
            .addDialog(
                new WaterfallDialog<AddRoundOptions>(ADD_STEPS, [
                    this.signInStep.bind(this),
                    this.receiptStep.bind(this),
                    this.linkStep.bind(this),
                    this.nextRoundStep.bind(this),
                ]),
            )
            .addDialog(
                new WaterfallDialog<ReceiptOptions>(RECEIPT_STEPS, [this.askReceiptStep.bind(this), this.confirmCorrectionStep.bind(this), this.acceptReceiptStep.bind(this)]),
            )
            .addDialog(new WaterfallDialog<LinkOptions>(LINK_STEPS, [this.linkByReceiptStep.bind(this), this.linkWithCodeStep.bind(this), this.passOnStep.bind(this)]))
            .addDialog(new WaterfallDialog<FollowUpOptions>(FOLLOW_UP_STEPS, [this.offerStep.bind(this), this.routeOfferStep.bind(this)]));
        this.initialDialogId = ADD_STEPS;
    }

    /** Account matters stay out of group chats; otherwise the one sign-in (ends at once when already signed in). */
    private async signInStep(step: WaterfallStepContext<AddRoundOptions>): Promise<DialogTurnResult> {
        if (!isPrivateConversation(step.context)) {
            await step.context.sendActivity(translator(step.context)('privacy.privateChatOnly'));
            return step.endDialog(COMPLETED);
        }
        // The receipt number people came with is often typed at the email question: kept, when none was given yet.
        const keepsReceipt = !step.options.receiptNumber;
        return step.beginDialog(this.children.signIn.id, { introKey: 'addCase.signInIntro', keepsReceipt } satisfies SignInDialogOptions);
    }

    /**
     * Asks for the receipt number, unless one was given (at the menu or at the sign-in's email question: checked and
     * confirmed all the same) or checked already.
     */
    private async receiptStep(step: WaterfallStepContext<AddRoundOptions>): Promise<DialogTurnResult> {
        const signIn = step.result as SignInOutcome;
        if (signIn.outcome !== 'completed') return step.endDialog(signIn);
        const { receiptNumber, receiptChecked } = step.options;
        if (receiptNumber && receiptChecked) return step.next(receiptNumber);
        return step.beginDialog(RECEIPT_STEPS, { typed: receiptNumber ?? signIn.receiptTyped } satisfies ReceiptOptions);
    }

    /** Links the receipt (asking for the access code when it needs one). */
    private async linkStep(step: WaterfallStepContext<AddRoundOptions>): Promise<DialogTurnResult> {
        if (isFlowOutcome(step.result)) return step.endDialog(step.result);
        return step.beginDialog(LINK_STEPS, { receiptNumber: step.result as string } satisfies LinkOptions);
    }

    /** Ends the flow, or goes round again: a new receipt number, or the same one once the service is back. */
    private async nextRoundStep(step: WaterfallStepContext<AddRoundOptions>): Promise<DialogTurnResult> {
        if (isFlowOutcome(step.result)) return step.endDialog(step.result);
        const result = isLinkResult(step.result) ? step.result : DONE;
        switch (result.next) {
            case 'done':
                return step.endDialog({ ...COMPLETED, statusShown: result.statusShown, ...(result.formShown && { formShown: result.formShown }) } satisfies FlowOutcome);
            case 'newReceipt':
                return step.replaceDialog(ADD_STEPS, {} satisfies AddRoundOptions);
            case 'retry':
                return step.replaceDialog(ADD_STEPS, { receiptNumber: result.receiptNumber, receiptChecked: true } satisfies AddRoundOptions);
        }
    }

    /** Asks for the receipt number (unless one typed before is one); the validator explains what is wrong with a bad one. */
    private async askReceiptStep(step: WaterfallStepContext<ReceiptOptions>): Promise<DialogTurnResult> {
        const { typed } = step.options;
        if (typed && parseReceiptNumber(typed).ok) return step.next(typed);
        return step.prompt(RECEIPT_PROMPT, localizedTextOptions({ promptKey: 'addCase.askReceipt', missing: RECEIPT_MISSING, leftWhenDeclined: true }));
    }

    /** A number with O, I or l read as 0 or 1 is confirmed before it is used. */
    private async confirmCorrectionStep(step: WaterfallStepContext<ReceiptOptions>): Promise<DialogTurnResult> {
        const receipt = parsedReceipt(step.result as string);
        (step.values as { receipt?: ReceiptNumber }).receipt = receipt;
        if (!receipt.corrected) return step.next();
        return step.prompt(YES_NO_PROMPT, localizedChoiceOptions(withParams(yesNoSpec('addCase.corrected.confirm'), { receipt: receipt.receiptNumber })));
    }

    /** "No" to the correction asks again; an unknown prefix gets a warning, not a refusal. */
    private async acceptReceiptStep(step: WaterfallStepContext<ReceiptOptions>): Promise<DialogTurnResult> {
        const { receipt } = step.values as { receipt: ReceiptNumber };
        const t = translator(step.context);
        if (receipt.corrected && (step.result as FoundChoice).value !== 'yes') {
            await step.context.sendActivity(t('addCase.corrected.retype'));
            return step.replaceDialog(RECEIPT_STEPS, {} satisfies ReceiptOptions);
        }
        if (!receipt.knownPrefix) await step.context.sendActivity(t('addCase.unknownPrefix', { prefix: receipt.receiptNumber.slice(0, 3) }));
        return step.endDialog(receipt.receiptNumber);
    }

    /** Tries the link by the receipt alone: done, or the access code is asked for, or the error is explained. */
    private async linkByReceiptStep(step: WaterfallStepContext<LinkOptions>): Promise<DialogTurnResult> {
        try {
            return await this.finishLinked(step, await this.link(step.context, step.options.receiptNumber));
        } catch (error) {
            if (error instanceof AccessCodeRequired) return step.prompt(CODE_PROMPT, ACCESS_CODE_QUESTION);
            return this.explainLinkError(step, error);
        }
    }

    /** Links with the access code (never kept in state): done, or a wrong code is asked for again, or the error is explained. */
    private async linkWithCodeStep(step: WaterfallStepContext<LinkOptions>): Promise<DialogTurnResult> {
        if (isLinkResult(step.result)) return step.endDialog(step.result);
        try {
            return await this.finishLinked(step, await this.link(step.context, step.options.receiptNumber, step.result as string));
        } catch (error) {
            return this.explainLinkError(step, error);
        }
    }

    /** Hands a follow-up's result (try another number, try again, later) to the flow. */
    private async passOnStep(step: WaterfallStepContext<LinkOptions>): Promise<DialogTurnResult> {
        return step.endDialog(isLinkResult(step.result) ? step.result : DONE);
    }

    /** Not recognised: try another number? Unavailable: try again now or later ("talk to a person" works anywhere). */
    private async offerStep(step: WaterfallStepContext<FollowUpOptions>): Promise<DialogTurnResult> {
        // "What does that mean?" right after "USCIS does not recognize that receipt number": what it means (not lost, not
        // denied; most often a typo, or a very new case), as after the status check, then the question again.
        if (step.options.kind === 'notRecognized') {
            return step.prompt(YES_NO_PROMPT, localizedChoiceOptions({ ...yesNoSpec('addCase.notRecognizedAgain'), stepHelp: ['receiptNotRecognizedShown'] }));
        }
        return step.prompt(OFFER_PROMPT, localizedChoiceOptions(unavailableSpec()));
    }

    private async routeOfferStep(step: WaterfallStepContext<FollowUpOptions>): Promise<DialogTurnResult> {
        const choice = (step.result as FoundChoice).value;
        const t = translator(step.context);
        if (step.options.kind === 'notRecognized') {
            if (choice === 'yes') return step.endDialog({ next: 'newReceipt' } satisfies LinkResult);
            await step.context.sendActivity(t('addCase.notRecognizedLater'));
            return step.endDialog(DONE);
        }
        if (choice === 'tryAgain') return step.endDialog({ next: 'retry', receiptNumber: step.options.receiptNumber } satisfies LinkResult);
        await step.context.sendActivity(t('addCase.unavailableLater'));
        return step.endDialog(DONE);
    }

    /** The signed-in account links the receipt (NotSignedIn when the session ended meanwhile). */
    private async link(context: TurnContext, receiptNumber: string, accessCode?: string): Promise<LinkOutcome> {
        const accountId = await this.services.accounts.sessions.requireAccountId(conversationKey(context));
        return this.services.cases.links.link(accountId, receiptNumber, accessCode);
    }

    /** Says what happened (added, or already here; a code that could not be checked), then shows the status. */
    private async finishLinked(step: WaterfallStepContext<LinkOptions>, outcome: LinkOutcome): Promise<DialogTurnResult> {
        const t = translator(step.context);
        const receipt = outcome.case.receiptNumber;
        await step.context.sendActivity(t(outcome.status === 'linked' ? 'addCase.linked' : 'addCase.alreadyHere', { receipt }));
        if (!outcome.accessCodeChecked) await step.context.sendActivity(t('addCase.codeNotChecked'));
        for (const activity of caseStatusActivities(step.context, outcome.case)) await step.context.sendActivity(activity);
        const { bucket, formType } = outcome.case;
        return step.endDialog({ next: 'done', statusShown: bucket, ...(formType && { formShown: formType }) } satisfies LinkResult);
    }

    /**
     * The words for a linking error (caseErrorMessage.ts), then what can be done: a wrong code may be typed again, an
     * expired or used one gets how to get a new one, an unknown receipt may be retyped, an unavailable service may be
     * tried again. A session that ended meanwhile signs in again and carries on with the same receipt.
     */
    private async explainLinkError(step: WaterfallStepContext<LinkOptions>, error: unknown): Promise<DialogTurnResult> {
        const { context } = step;
        const t = translator(context);
        const { receiptNumber } = step.options;
        if (error instanceof NotSignedIn) {
            await sendAccountError(context, error);
            await step.cancelAllDialogs();
            return step.beginDialog(ADD_STEPS, { receiptNumber, receiptChecked: true } satisfies AddRoundOptions);
        }
        const words = caseErrorMessage(context, error);
        if (!words) throw error;
        if (error instanceof AccessCodeRejected && error.verdict === 'invalid') {
            const codeTries = (step.options.codeTries ?? 0) + 1;
            if (codeTries >= MAX_CODE_TRIES) {
                await context.sendActivity(t('addCase.codeTooManyTries'));
                return step.endDialog(DONE);
            }
            await context.sendActivity(words);
            return step.replaceDialog(LINK_STEPS, { receiptNumber, codeTries } satisfies LinkOptions);
        }
        await context.sendActivity(words);
        if (error instanceof AccessCodeRejected) {
            await context.sendActivity(t('addCase.newCodeHow'));
            return step.endDialog(DONE);
        }
        if (error instanceof CaseNotRecognized || error instanceof CaseBadFormat) {
            return step.beginDialog(FOLLOW_UP_STEPS, { kind: 'notRecognized', receiptNumber } satisfies FollowUpOptions);
        }
        if (error instanceof CaseServiceUnavailable || error instanceof CaseRateLimited) {
            // The case system is down: a person is offered at once, before "try again now or later".
            if (error instanceof CaseServiceUnavailable) await offerWhenStaffed(context, this.services.handoff, 'blocked');
            return step.beginDialog(FOLLOW_UP_STEPS, { kind: 'unavailable', receiptNumber } satisfies FollowUpOptions);
        }
        // Linked to another account: refused, and nothing more to do here.
        return step.endDialog(DONE);
    }
}

/** The receipt prompt's answer, already validated. */
function parsedReceipt(text: string): ReceiptNumber {
    const parsed = parseReceiptNumber(text);
    if (!parsed.ok) throw new Error('the receipt prompt let an invalid number through');
    return parsed.value;
}

/** An access code in its printed format; an A-Number, account number or receipt number typed instead is named. */
async function accessCodeValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const parsed = parseOnlineAccessCode(prompt.recognized.value ?? '');
    if (parsed.ok) {
        prompt.recognized.value = parsed.value;
        return true;
    }
    return refuseWith(prompt, `addCase.codeProblems.${parsed.reason}`);
}

function withParams(spec: LocalizedChoiceSpec, params: Record<string, string>): LocalizedChoiceSpec {
    return { ...spec, params };
}

function unavailableSpec(): LocalizedChoiceSpec {
    return {
        promptKey: 'addCase.unavailableOffer',
        choices: (['tryAgain', 'later'] as const).map((value) => ({
            value,
            titleKey: `addCase.unavailableChoices.${value}`,
            synonymsKey: `addCase.unavailableChoices.${value}Synonyms`,
        })),
    };
}
