import type { PromptOptions, PromptValidatorContext } from '../../conversation/dialogKit';
import { FlowNotFound, ResendTooSoon, StepOutOfOrder } from '../../services/accounts/accountErrors';
import type { TwoStepKind } from '../../services/accounts/registrationService';
import { parseOneTimeCode } from '../../services/validators';
import type { LocalizedTextSpec } from '../prompts/localizedTextPrompt';
import { accountErrorMessage } from './accountErrorMessage';
import { refuseWith } from '../prompts/promptRefusal';
import { notice } from './promptRetries';

/** A code question's keys plus what the code is for: ids only, never the code. */
export interface CodePromptSpec extends LocalizedTextSpec {
    registrationId: string;
    /** The second-step method being set up; absent for the email confirmation code. */
    method?: TwoStepKind;
}

/** The spec a code prompt was started with. */
export function codePromptSpec(options: PromptOptions): CodePromptSpec {
    const spec = options.validations as CodePromptSpec | undefined;
    if (!spec?.registrationId) throw new Error('a code prompt needs options made from a CodePromptSpec');
    return spec;
}


/** The six digits of a typed code, or a refusal that shows what a code looks like. */
export function typedCode(prompt: PromptValidatorContext<string>): string | false {
    const code = parseOneTimeCode(prompt.recognized.value ?? '');
    return code.ok ? code.value : refuseWith(prompt, 'createAccount.code.notSixDigits');
}

/**
 * Refuses with the localized text of a domain error (wrong, expired, used-up code...). A "too soon" answer to a
 * resend request is news, not a failed try. Errors that another try cannot fix (the registration is gone or moved on)
 * and errors that are not the user's to fix are thrown on, to the flow and the turn handler.
 */
export function refuseForAccountError(prompt: PromptValidatorContext<string>, error: unknown): false {
    if (error instanceof FlowNotFound || error instanceof StepOutOfOrder) throw error;
    const message = accountErrorMessage(prompt.context, error);
    if (message === undefined) throw error;
    return error instanceof ResendTooSoon
        ? notice(prompt, 'createAccount.serviceRefusal', { message })
        : refuseWith(prompt, 'createAccount.serviceRefusal', { message });
}
