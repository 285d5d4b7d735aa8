import { WaterfallDialog, type DialogContext, type DialogTurnResult, type PromptValidatorContext, type WaterfallStepContext } from '../../conversation/dialogKit';
import type { TwoStepKind } from '../../services/accounts/registrationService';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { InterruptibleDialog } from '../interruptibleDialog';
import { localizedTextOptions } from '../prompts/localizedTextPrompt';
import type { TurnContext } from 'botbuilder';
import { foldUtterance } from '../../locales';
import { foldedPhrases, translator } from '../../conversation/turnLanguage';
import { AccountTextPrompt } from './accountTextPrompt';
import { registrationHelp } from './registrationHelp';
import { sendAuthenticatorSetup } from './authenticatorCard';
import { isNewCodeRequest } from './accountPrompts';
import { CODE_NOT_ARRIVED } from '../prompts/missingMeans';
import { codePromptSpec, refuseForAccountError, typedCode, type CodePromptSpec } from './codeInput';
import { notice } from './promptRetries';

export const TWO_STEP_SETUP_DIALOG = 'twoStepSetupDialog';
const SETUP_WATERFALL = 'twoStepSetupWaterfall';
const SETUP_CODE_PROMPT = 'twoStepSetupCodePrompt';

/** Which registration's chosen methods to verify. */
export interface TwoStepSetupOptions {
    registrationId: string;
}

/** How the setup ended: every method verified, or the user asked to choose the methods again. */
export interface TwoStepSetupResult extends FlowOutcome {
    changeMethod?: boolean;
}

/** Methods are set up in this order whatever order they were stored in, so the conversation is predictable. */
const SETUP_ORDER: readonly TwoStepKind[] = ['email', 'sms', 'totp'];

const CODE_PROMPT_KEYS: Record<TwoStepKind, string> = {
    email: 'createAccount.twoStep.emailPrompt',
    sms: 'createAccount.twoStep.smsPrompt',
    totp: 'createAccount.twoStep.appPrompt',
};

const VERIFIED_KEYS: Record<TwoStepKind, string> = {
    email: 'createAccount.twoStep.verifiedEmail',
    sms: 'createAccount.twoStep.verifiedSms',
    totp: 'createAccount.twoStep.verifiedTotp',
};

/**
 * Proves each chosen second-step method with a one-time code, one method at a time: an emailed or texted setup code,
 * or the first code of a newly added authenticator app. Ends with `completed` when every chosen method is verified.
 */
export class TwoStepSetupDialog extends InterruptibleDialog {
    protected readonly helpKey = 'createAccount.help';

    /** "8 short steps; you are on step N": this part of sign-up is always the same step. */
    protected override async helpText(innerDc: DialogContext): Promise<string> {
        return registrationHelp(innerDc.context, this.services.organization, 'verifyTwoStep');
    }

    constructor(services: ConversationServices) {
        super(TWO_STEP_SETUP_DIALOG, services);
        this.addDialog(new AccountTextPrompt(SETUP_CODE_PROMPT, services.organization, this.checkSetupCode.bind(this)));
        this.addDialog(
            new WaterfallDialog<TwoStepSetupOptions>(SETUP_WATERFALL, [this.sendSetupCodeStep.bind(this), this.confirmMethodStep.bind(this)]),
        );
        this.initialDialogId = SETUP_WATERFALL;
    }

    /** Starts the next method still to verify (sends its code, or shows the app's QR code and key) and asks for the code. */
    private async sendSetupCodeStep(step: WaterfallStepContext<TwoStepSetupOptions>): Promise<DialogTurnResult> {
        const { registration } = this.services.accounts;
        const { registrationId } = step.options;
        const progress = await registration.progress(registrationId);
        const method = SETUP_ORDER.find((kind) => progress.twoStepToVerify.includes(kind));
        if (progress.nextStep !== 'verifyTwoStep' || method === undefined) return step.endDialog({ outcome: 'completed' } satisfies FlowOutcome);
        const setup = await registration.startTwoStepSetup(registrationId, method);
        const t = translator(step.context);
        if (setup.method === 'totp') await sendAuthenticatorSetup(step.context, setup.enrolment, this.services.organization.name);
        else await step.context.sendActivity(t(setup.method === 'email' ? 'createAccount.twoStep.emailSent' : 'createAccount.twoStep.smsSent'));
        setupValues(step).method = method;
        const spec: CodePromptSpec = {
            promptKey: CODE_PROMPT_KEYS[method],
            params: { orgName: this.services.organization.name },
            registrationId,
            method,
            sensitive: true,
            stepHelp: method === 'totp' ? ['setupKey', 'authenticatorApp', 'twoStep'] : ['twoStep'],
            missing: method === 'totp' ? { thing: 'app', answerKey: 'prompts.missing.app.setup' } : CODE_NOT_ARRIVED[method],
        };
        return step.prompt(SETUP_CODE_PROMPT, localizedTextOptions(spec));
    }

    /** Says the method works (the prompt ends only once the service accepted its code) and goes on with the next one. */
    private async confirmMethodStep(step: WaterfallStepContext<TwoStepSetupOptions>): Promise<DialogTurnResult> {
        if (isChangeMethodRequest(step.context, String(step.result))) {
            return step.endDialog({ outcome: 'completed', changeMethod: true } satisfies TwoStepSetupResult);
        }
        const { method } = setupValues(step);
        if (method) await step.context.sendActivity(translator(step.context)(VERIFIED_KEYS[method]));
        return step.replaceDialog(SETUP_WATERFALL, step.options);
    }

    /** Checks a setup code with the service; "new code" sends another one (email and text only). */
    private async checkSetupCode(prompt: PromptValidatorContext<string>): Promise<boolean> {
        const { registrationId, method } = codePromptSpec(prompt.options);
        if (!method) throw new Error('a setup code prompt needs its method');
        const { registration } = this.services.accounts;
        // A wrong phone number, or codes that never come: back to the choice of methods.
        if (isChangeMethodRequest(prompt.context, prompt.recognized.value ?? '')) return true;
        if (isNewCodeRequest(prompt.context, prompt.recognized.value ?? '')) {
            if (method === 'totp') return notice(prompt, 'createAccount.twoStep.appNewCode');
            try {
                await registration.resendTwoStepCode(registrationId, method);
            } catch (error) {
                return refuseForAccountError(prompt, error);
            }
            return notice(prompt, method === 'email' ? 'createAccount.twoStep.emailResent' : 'createAccount.twoStep.smsResent');
        }
        const code = typedCode(prompt);
        if (code === false) return false;
        try {
            await registration.verifyTwoStep(registrationId, method, code);
            return true;
        } catch (error) {
            return refuseForAccountError(prompt, error);
        }
    }
}

function isChangeMethodRequest(context: TurnContext, text: string): boolean {
    return foldedPhrases(context, 'createAccount.twoStep.changeMethodWords').has(foldUtterance(text));
}

/** What the waterfall keeps between its steps: the method being set up. */
function setupValues(step: WaterfallStepContext<TwoStepSetupOptions>): { method?: TwoStepKind } {
    return step.values as { method?: TwoStepKind };
}
