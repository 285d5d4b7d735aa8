import type { TurnContext } from 'botbuilder';
import { TextPrompt, type PromptOptions, type PromptRecognizerResult, type PromptValidator } from 'botbuilder-dialogs';
import { markInboundSensitive } from '../sensitiveInput';
import { takeRefusal } from './promptRefusal';
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
        const refusal = takeRefusal(state);
        const retry = refusal ? t(refusal.key, refusal.params) : t(spec.retryKey ?? spec.promptKey, spec.params);
        await super.onPrompt(context, state, { ...options, prompt: t(spec.promptKey, spec.params), retryPrompt: retry }, isRetry);
    }

    protected override async onRecognize(context: TurnContext, state: object, options: PromptOptions): Promise<PromptRecognizerResult<string>> {
        if ((options.validations as LocalizedTextSpec | undefined)?.sensitive && context.activity.type === 'message') markInboundSensitive(context);
        return super.onRecognize(context, state, options);
    }
}
