import type { TurnContext } from 'botbuilder';
import { TextPrompt, type PromptOptions, type PromptRecognizerResult, type PromptValidator, type PromptValidatorContext } from 'botbuilder-dialogs';
import { markInboundSensitive } from '../sensitiveInput';
import { translator } from '../turnLanguage';

/** What a localized text prompt keeps in dialog state: keys and parameters, never a rendered sentence. */
export interface LocalizedTextSpec {
    promptKey: string;
    retryKey?: string;
    params?: Record<string, string>;
    /** The answer is a secret (a one-time code, a backup code, a reset answer): it is kept out of stored history. */
    sensitive?: boolean;
    /**
     * Any words can be the answer (a reset answer may well be "English" or "a person"): words that would otherwise
     * switch language or call a person are taken as the answer. Help, cancel and start over still work.
     */
    anyWordsAnswer?: boolean;
}

/** Prompt options for a LocalizedTextPrompt. */
export function localizedTextOptions(spec: LocalizedTextSpec): PromptOptions {
    return { validations: spec };
}

/**
 * The locale key a validator chose to explain why an answer was refused; the prompt shows it instead of the
 * generic retry text (for example "that code has expired" rather than "please try again").
 */
export function refuseWith(prompt: PromptValidatorContext<string>, key: string, params?: Record<string, string>): false {
    (prompt.state as Record<string, unknown>).refusal = { key, params };
    return false;
}

/**
 * A TextPrompt rendered from locale keys on every turn, so it follows a language change mid-question, and whose
 * validator can name the reason for a refusal.
 */
export class LocalizedTextPrompt extends TextPrompt {
    constructor(dialogId: string, validator?: PromptValidator<string>) {
        super(dialogId, validator);
    }

    protected override async onPrompt(context: TurnContext, state: Record<string, unknown>, options: PromptOptions, isRetry: boolean): Promise<void> {
        const spec = options.validations as LocalizedTextSpec | undefined;
        if (!spec?.promptKey) throw new Error('LocalizedTextPrompt needs options made by localizedTextOptions()');
        const t = translator(context);
        const refusal = state.refusal as { key: string; params?: Record<string, string> } | undefined;
        delete state.refusal;
        const retry = refusal ? t(refusal.key, refusal.params) : t(spec.retryKey ?? spec.promptKey, spec.params);
        await super.onPrompt(context, state, { ...options, prompt: t(spec.promptKey, spec.params), retryPrompt: retry }, isRetry);
    }

    protected override async onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<string>> {
        if ((options.validations as LocalizedTextSpec | undefined)?.sensitive && context.activity.type === 'message') markInboundSensitive(context);
        return super.onRecognize(context, state, options);
    }
}
