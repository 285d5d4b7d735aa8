import type { TurnContext } from 'botbuilder';
import {
    ChoicePrompt,
    type Choice,
    type FoundChoice,
    type PromptOptions,
    type PromptRecognizerResult,
    type PromptValidator,
    ListStyle,
    recognizeChoices,
    supportsCardActions,
    supportsSuggestedActions,
} from 'botbuilder-dialogs';
import { phrases, translator } from '../turnLanguage';
import { takeRefusal } from './promptRefusal';

/** One option: a stable value the dialog acts on, and how it reads in the user's language. */
export interface LocalizedChoice {
    value: string;
    /** Locale key of the label; or a fixed label (for example a language name written in that language). */
    titleKey?: string;
    title?: string;
    /** Locale key of a list of other ways to say it. */
    synonymsKey?: string;
    synonyms?: readonly string[];
}

/** What a localized choice prompt stores in dialog state: keys, not sentences, so it renders in the current language. */
export interface LocalizedChoiceSpec {
    promptKey: string;
    retryKey?: string;
    params?: Record<string, string>;
    choices: LocalizedChoice[];
}

/** Prompt options for a LocalizedChoicePrompt. */
export function localizedChoiceOptions(spec: LocalizedChoiceSpec): PromptOptions {
    return { validations: spec };
}

/**
 * A ChoicePrompt whose text and options are rendered from locale keys on every turn, so a user who switches language
 * in the middle of a question sees it again in the new language. Rendering per channel (buttons, hero card, numbered
 * SMS list) is left to ChoiceFactory. The result's `value` is the stable choice value, whatever the language.
 */
export class LocalizedChoicePrompt extends ChoicePrompt {
    constructor(dialogId: string, validator?: PromptValidator<FoundChoice>) {
        super(dialogId, validator);
    }

    protected override async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
        const refusal = takeRefusal(state);
        const rendered = this.render(context, options);
        // A validator's reason (refuseWith) replaces the generic retry text for this one retry.
        if (refusal) rendered.retryPrompt = translator(context)(refusal.key, refusal.params);
        await super.onPrompt(context, state, rendered, isRetry);
    }

    protected override async onRecognize(
        context: TurnContext,
        state: object,
        options: PromptOptions,
    ): Promise<PromptRecognizerResult<FoundChoice>> {
        const spec = specOf(options);
        const result = await super.onRecognize(context, state, this.render(context, options));
        if (result.succeeded && result.value) {
            result.value = { ...result.value, value: spec.choices[result.value.index].value };
        }
        return result;
    }

    private render(context: TurnContext, options: PromptOptions): PromptOptions {
        const spec = specOf(options);
        const t = translator(context);
        return {
            ...options,
            style: options.style ?? styleForChannel(context.activity.channelId, spec.choices.length),
            prompt: t(spec.promptKey, spec.params),
            retryPrompt: t(spec.retryKey ?? spec.promptKey, spec.params),
            choices: renderChoices(context, spec),
        };
    }
}

function specOf(options: PromptOptions): LocalizedChoiceSpec {
    const spec = options.validations as LocalizedChoiceSpec | undefined;
    if (!spec?.promptKey || !Array.isArray(spec.choices)) {
        throw new Error('LocalizedChoicePrompt needs options made by localizedChoiceOptions()');
    }
    return spec;
}

/**
 * Finds which choice a free-text message names (for a first message that already says what the user wants), using
 * the same labels, synonyms and number recognition as the prompt. Returns the choice's value.
 */
export function findLocalizedChoice(context: TurnContext, spec: LocalizedChoiceSpec, text: string): string | undefined {
    const [best] = recognizeChoices(text, renderChoices(context, spec), { locale: context.activity.locale });
    return best ? spec.choices[best.resolution.index].value : undefined;
}

/**
 * Buttons where the channel has them (suggested actions in Web Chat, a hero card in Teams), numbered text elsewhere
 * (SMS). ChoiceFactory's automatic style falls back to a list whenever a label is over 20 characters, which most of our
 * Spanish labels are; Web Chat and Teams show long button labels fine.
 */
function styleForChannel(channelId: string, count: number): ListStyle {
    if (supportsSuggestedActions(channelId, count)) return ListStyle.suggestedAction;
    if (supportsCardActions(channelId, count)) return ListStyle.heroCard;
    // No buttons (SMS): ChoiceFactory picks an inline "(1) x or (2) y" for a few short options, else a numbered list.
    return ListStyle.auto;
}

function renderChoices(context: TurnContext, spec: LocalizedChoiceSpec): Choice[] {
    const t = translator(context);
    return spec.choices.map((choice) => ({
        value: choice.title ?? t(choice.titleKey ?? choice.value),
        synonyms: [...(choice.synonyms ?? []), ...(choice.synonymsKey ? phrases(context, choice.synonymsKey) : [])],
    }));
}
