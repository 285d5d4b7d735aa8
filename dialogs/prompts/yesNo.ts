import type { LocalizedChoiceSpec } from './localizedChoicePrompt';

/** Yes and no, with their words from the locale's `prompts.yesNo` lists. */
export const YES_NO_CHOICES = [
    { value: 'yes', titleKey: 'prompts.yesNo.yes', synonymsKey: 'prompts.yesNo.yesWords' },
    { value: 'no', titleKey: 'prompts.yesNo.no', synonymsKey: 'prompts.yesNo.noWords' },
] as const;

/**
 * A yes/no question rendered from locale keys. Only the locale's explicit words count ("yes", "I have it", "sí",
 * "está bien", "dale"; "no", "not yet", "todavía no"); anything else gets "please answer yes or no" and the question.
 */
export function yesNoSpec(promptKey: string): LocalizedChoiceSpec {
    return {
        promptKey,
        notUnderstoodKey: 'prompts.notUnderstood.yesNo',
        explicitOnly: true,
        choices: YES_NO_CHOICES,
    };
}
