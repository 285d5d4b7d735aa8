import type { TurnContext } from 'botbuilder';
import { rememberSignedIn } from './signedInMemory';
import {
    WaterfallDialog,
    type Dialog,
    type DialogTurnResult,
    type FoundChoice,
    type PromptValidatorContext,
    type WaterfallStepContext,
} from '../../conversation/dialogKit';
import { FlowNotFound, SignInLocked } from '../../services/accounts/accountErrors';
import type { SignedIn, SignInMethod, SignInStarted } from '../../services/accounts/signInService';
import { parseReceiptNumber } from '../../services/validators';
import { channelTraits } from '../../conversation/channelTraits';
import { isChannelIdentityVerified } from '../../conversation/channelIdentity';
import { conversationKey } from '../../conversation/conversationKey';
import type { ConversationServices } from '../conversationServices';
import { isFlowOutcome, type FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { offerWhenStaffed } from '../handoff/personOffer';
import { LocalizedChoicePrompt, localizedChoiceOptions } from '../prompts/localizedChoicePrompt';
import { LocalizedTextPrompt, localizedTextOptions } from '../prompts/localizedTextPrompt';
import { CODE_NOT_ARRIVED, SIGN_IN_ACCOUNT_MISSING, SIGN_IN_EMAIL_MISSING, type MissingMeans } from '../prompts/missingMeans';
import { showOnce } from '../../conversation/sensitiveInput';
import { translator } from '../../conversation/turnLanguage';
import { codeValidator, emailValidator, isNewCodeRequest, sendAccountError, yesNoSpec } from './accountPrompts';
import { checkingDomainTypos, emailTypoQuestion } from './emailTypoCheck';
import type { RecoverAccessOptions } from './recoverAccessDialog';

export const SIGN_IN_DIALOG = 'signInDialog';

/** What "I don't have it" or "it never came" means at the code question of each way of signing in. */
const CODE_MISSING: Readonly<Record<SignInMethod, MissingMeans | undefined>> = {
    email: CODE_NOT_ARRIVED.email,
    sms: CODE_NOT_ARRIVED.sms,
    totp: { thing: 'app', answerKey: 'prompts.missing.app.signIn' },
    backupCode: undefined,
};

const SIGN_IN_STEPS = 'signInSteps';
const CODE_STEPS = 'signInCodeSteps';
const LOCKED_STEPS = 'signInLockedSteps';
const EMAIL_PROMPT = 'signInEmailPrompt';
const EMAIL_OR_RECEIPT_PROMPT = 'signInEmailOrReceiptPrompt';
const METHOD_PROMPT = 'signInMethodPrompt';
const CODE_PROMPT = 'signInCodePrompt';
const RECOVER_OFFER_PROMPT = 'signInRecoverOfferPrompt';

const E164 = /^\+[1-9]\d{7,14}$/;

export interface SignInDialogOptions {
    /** Locale key of a line saying why sign-in is needed ("to show your account number..."). */
    introKey?: string;
    /** The email the user already gave with their request: not asked again. */
    email?: string;
    /**
     * The flow after sign-in asks for a receipt number ("add a case"): one typed at the email question is kept for it
     * (returned as `receiptTyped`), said so, and the email asked again, rather than refused as a bad email.
     */
    keepsReceipt?: boolean;
    /** The receipt number kept so far (see keepsReceipt). */
    receiptTyped?: string;
}

/** How sign-in ended: signed in, or not (the user cancelled, started over, or was locked out). */
export type SignInOutcome =
    | { outcome: 'completed'; signedIn: true; receiptTyped?: string }
    | { outcome: Exclude<FlowOutcome['outcome'], 'completed'> };

interface SignInValues {
    signInId: string;
    methods: SignInMethod[];
}

interface CodeEntryOptions {
    signInId: string;
    method: SignInMethod;
}

const SIGNED_IN: SignInOutcome = { outcome: 'completed', signedIn: true };
const NOT_SIGNED_IN: SignInOutcome = { outcome: 'cancelled' };

/**
 * Signs the conversation in: email, a second-step method, its code. Used by every flow that shows account details.
 * An email without an account is asked exactly the same questions and simply never succeeds, so the flow never tells
 * anyone whether an address has an account. A conversation that arrived by SMS has proved its phone, which counts as
 * one factor only: the code must then come from somewhere else.
 *
 * One instance is built at the composition root and handed to every flow that requires sign-in; a signed-in session
 * (kept in user state, checked against the store) ends it at once, so one sign-in serves every flow for as long as
 * the session has not sat idle 15 minutes.
 *
 * @example
 * constructor(services: ConversationServices, private readonly children: { signIn: Dialog<SignInDialogOptions> }) {
 *     super(FIND_ACCOUNT_NUMBER_DIALOG, services);
 *     this.addDialog(children.signIn);
 * }
 * // in a step:
 * return step.beginDialog(this.children.signIn.id, { introKey: 'findAccountNumber.lookup.signInIntro' } satisfies SignInDialogOptions);
 */
export class SignInDialog extends InterruptibleDialog {
    protected readonly helpKey = 'signIn.help';

    /** `recoverAccess` is offered after a lockout (RecoverAccessDialog). */
    constructor(
        services: ConversationServices,
        private readonly children: { recoverAccess: Dialog<RecoverAccessOptions> },
    ) {
        super(SIGN_IN_DIALOG, services);
        this.addDialog(new LocalizedTextPrompt(EMAIL_PROMPT, checkingDomainTypos(emailValidator)))
            .addDialog(new LocalizedTextPrompt(EMAIL_OR_RECEIPT_PROMPT, checkingDomainTypos(emailOrReceiptValidator)))
            .addDialog(new LocalizedChoicePrompt(METHOD_PROMPT))
            .addDialog(new LocalizedTextPrompt(CODE_PROMPT, codeValidator))
            .addDialog(new LocalizedChoicePrompt(RECOVER_OFFER_PROMPT))
            .addDialog(children.recoverAccess)
            .addDialog(
                new WaterfallDialog<SignInDialogOptions>(SIGN_IN_STEPS, [
                    this.askEmailStep.bind(this),
                    this.startSignInStep.bind(this),
                    this.sendCodeStep.bind(this),
                    this.finishStep.bind(this),
                ]),
            )
            .addDialog(new WaterfallDialog<CodeEntryOptions>(CODE_STEPS, [this.askCodeStep.bind(this), this.checkCodeStep.bind(this)]))
            .addDialog(
                new WaterfallDialog(LOCKED_STEPS, [this.offerRecoverStep.bind(this), this.routeRecoverOfferStep.bind(this), this.endLockedStep.bind(this)]),
            );
        this.initialDialogId = SIGN_IN_STEPS;
    }

    /** Ends at once when the conversation is already signed in; otherwise asks for the email. */
    private async askEmailStep(step: WaterfallStepContext<SignInDialogOptions>): Promise<DialogTurnResult> {
        if (await this.isSignedIn(step.context)) return step.endDialog(SIGNED_IN);
        if (step.options.introKey) await step.context.sendActivity(translator(step.context)(step.options.introKey));
        const { email } = step.options;
        delete step.options.email;
        // An address given with the request is asked about, as a typed one is, when its domain looks misspelt.
        const typo = email ? emailTypoQuestion(email, 'signIn.askEmail') : undefined;
        if (email && !typo) return step.next(email);
        // "Why do I have to sign in?": what signing in protects, and what works without an account.
        return step.prompt(
            step.options.keepsReceipt ? EMAIL_OR_RECEIPT_PROMPT : EMAIL_PROMPT,
            localizedTextOptions({ promptKey: 'signIn.askEmail', missing: SIGN_IN_EMAIL_MISSING, questionKey: 'signIn.whyAsked', leftWhenDeclined: true, ...typo }),
        );
    }

    /** Opens the sign-in and asks which method to use when there is a choice. */
    private async startSignInStep(step: WaterfallStepContext<SignInDialogOptions>): Promise<DialogTurnResult> {
        const receipt = step.options.keepsReceipt ? parseReceiptNumber(step.result as string) : undefined;
        if (receipt?.ok) {
            await step.context.sendActivity(translator(step.context)('signIn.receiptKept', { receipt: receipt.value.receiptNumber }));
            return step.replaceDialog(SIGN_IN_STEPS, { ...step.options, introKey: undefined, receiptTyped: step.result as string } satisfies SignInDialogOptions);
        }
        let started: SignInStarted;
        try {
            started = await this.services.accounts.signIn.start(step.result as string, conversationKey(step.context), {
                arrivedFromPhone: isChannelIdentityVerified(step.context) ? senderPhone(step.context) : undefined,
            });
        } catch (error) {
            if (error instanceof SignInLocked) return this.lockedOut(step, error);
            throw error;
        }
        const values = step.values as SignInValues;
        values.signInId = started.signInId;
        values.methods = started.methods;
        if (started.methods.length === 1) return step.next({ value: started.methods[0], index: 0, score: 1 } satisfies FoundChoice);
        return step.prompt(
            METHOD_PROMPT,
            localizedChoiceOptions({
                promptKey: 'signIn.chooseMethod',
                choices: started.methods.map((method) => ({ value: method, titleKey: `signIn.methods.${method}`, synonymsKey: `signIn.methods.${method}Synonyms` })),
                stepHelp: ['backupCode', 'authenticatorApp'],
                // "I'll use my backup code", "send it to my phone": the ways' words in a sentence, as the two-step question reads them.
                wordsInside: 'createAccount.twoStep',
                // "I don't have an account" here too: the email asked first may have been tried on a hunch.
                missing: SIGN_IN_ACCOUNT_MISSING,
            }),
        );
    }

    /** Sends the code for email or text (the app and the backup code have nothing to send), then asks for it. */
    private async sendCodeStep(step: WaterfallStepContext<SignInDialogOptions>): Promise<DialogTurnResult> {
        const { signInId } = step.values as SignInValues;
        const method = (step.result as FoundChoice).value as SignInMethod;
        if (method === 'email' || method === 'sms') {
            try {
                await this.services.accounts.signIn.sendCode(signInId, method);
            } catch (error) {
                return this.handleSignInError(step, error, { signInId, method });
            }
            await step.context.sendActivity(translator(step.context)(`signIn.codeSent.${method}`));
        }
        return step.beginDialog(CODE_STEPS, { signInId, method } satisfies CodeEntryOptions);
    }

    /** Hands the outcome of the code entry (or of the lockout) to the flow that asked for sign-in. */
    private async finishStep(step: WaterfallStepContext<SignInDialogOptions>): Promise<DialogTurnResult> {
        const outcome = isFlowOutcome(step.result) ? (step.result as SignInOutcome) : NOT_SIGNED_IN;
        const { receiptTyped } = step.options;
        return step.endDialog(outcome.outcome === 'completed' && receiptTyped ? { ...outcome, receiptTyped } : outcome);
    }

    /** Asks for the code of the chosen method. */
    private async askCodeStep(step: WaterfallStepContext<CodeEntryOptions>): Promise<DialogTurnResult> {
        return step.prompt(
            CODE_PROMPT,
            localizedTextOptions({
                promptKey: `signIn.enterCode.${step.options.method}`,
                retryKey: 'signIn.codeFormat',
                stepHelp: ['backupCode', 'authenticatorApp'],
                missing: CODE_MISSING[step.options.method],
            }),
        );
    }

    /** Sends a new code on request, or checks the code: signed in, try again, or locked out. */
    private async checkCodeStep(step: WaterfallStepContext<CodeEntryOptions>): Promise<DialogTurnResult> {
        const typed = step.result as string;
        const { signInId, method } = step.options;
        const t = translator(step.context);
        if (isNewCodeRequest(step.context, typed)) {
            if (method === 'email' || method === 'sms') {
                try {
                    await this.services.accounts.signIn.resendCode(signInId, method);
                    await step.context.sendActivity(t(`signIn.codeResent.${method}`));
                } catch (error) {
                    return this.handleSignInError(step, error, step.options);
                }
            } else {
                await step.context.sendActivity(t(`signIn.nothingToResend.${method}`));
            }
            return step.replaceDialog(CODE_STEPS, step.options);
        }
        let signedIn: SignedIn;
        try {
            signedIn = await this.services.accounts.signIn.verify(signInId, typed);
        } catch (error) {
            return this.handleSignInError(step, error, step.options);
        }
        // Delivered once, then replaced in the stored chat history.
        if (signedIn.newBackupCode) await step.context.sendActivity(showOnce({ type: 'message', text: t('signIn.newBackupCode', { code: signedIn.newBackupCode }) }));
        await step.context.sendActivity(t('signIn.signedIn'));
        await this.remember(step.context, signedIn.accountId);
        return step.endDialog(SIGNED_IN);
    }

    /** Offers the recover-access help after a lockout. */
    private async offerRecoverStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        return step.prompt(RECOVER_OFFER_PROMPT, localizedChoiceOptions(yesNoSpec('signIn.locked.offerHelp')));
    }

    /** Yes: the locked-out advice of the recover-access flow. No: when to try again. */
    private async routeRecoverOfferStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        if ((step.result as FoundChoice).value === 'yes') {
            return step.beginDialog(this.children.recoverAccess.id, { topic: 'lockedOut' } satisfies RecoverAccessOptions);
        }
        await step.context.sendActivity(translator(step.context)('signIn.locked.later'));
        return step.next();
    }

    /** A lockout never signs in; a "start over" inside the recover help is passed on. */
    private async endLockedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const startOver = isFlowOutcome(step.result) && step.result.outcome === 'startOver';
        return step.endDialog(startOver ? step.result : NOT_SIGNED_IN);
    }

    /**
     * What a sign-in error means for the conversation: locked out (offer help), the sign-in expired (start again from
     * the email), or a wrong or stale code (say why and ask again).
     */
    private async handleSignInError(step: WaterfallStepContext, error: unknown, retry: CodeEntryOptions): Promise<DialogTurnResult> {
        if (error instanceof SignInLocked) return this.lockedOut(step, error);
        if (error instanceof FlowNotFound) {
            await sendAccountError(step.context, error);
            await step.cancelAllDialogs();
            return step.beginDialog(SIGN_IN_STEPS, {} satisfies SignInDialogOptions);
        }
        await sendAccountError(step.context, error);
        return step.replaceDialog(CODE_STEPS, retry);
    }

    /**
     * Whether this conversation is signed in. The store decides (it ends a session after 15 idle minutes, at a
     * password reset, and keeps one per conversation); user state mirrors what it said, with the moved deadline.
     */
    private async isSignedIn(context: TurnContext): Promise<boolean> {
        const key = conversationKey(context);
        const remembered = await this.services.signedIn.get(context);
        if (!(await this.services.accounts.sessions.isSignedIn(key))) {
            if (remembered) await this.services.signedIn.clear(context);
            return false;
        }
        // Checking touched the store's session: the deadline moves here too.
        if (remembered?.conversationKey === key) await this.remember(context, remembered.accountId);
        return true;
    }

    /** Remembers the session with its new idle deadline. */
    private async remember(context: TurnContext, accountId: string): Promise<void> {
        await rememberSignedIn(this.services, context, accountId);
    }


    /** Says until when sign-in is locked, then offers help getting back in. */
    private async lockedOut(step: WaterfallStepContext, error: SignInLocked): Promise<DialogTurnResult> {
        await sendAccountError(step.context, error);
        // Sign-in cannot go on for a while: a person is offered at once (then the help getting back in).
        await offerWhenStaffed(step.context, this.services.handoff, 'blocked');
        await step.cancelAllDialogs();
        return step.beginDialog(LOCKED_STEPS);
    }
}

/**
 * The sign-in email of "add a case", where people type the receipt number they came with: an email address, or a
 * receipt number (kept for after sign-in), or refused as the email question refuses.
 */
async function emailOrReceiptValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
    if (parseReceiptNumber((prompt.recognized.value ?? '').trim()).ok) return true;
    return emailValidator(prompt);
}

/** The sender's phone number on an SMS channel, which the sign-in service may count as one proven factor. */
function senderPhone(context: TurnContext): string | undefined {
    const { from } = context.activity;
    return channelTraits(context).senderIsPhoneNumber && from?.id && E164.test(from.id) ? from.id : undefined;
}
