import { matchableChoices, matchChoice } from '../../conversation/choiceMatching';
import type { LocalePhrases } from '../../conversation/turnLanguage';
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
        leadingAnswer: true,
        choices: YES_NO_CHOICES,
    };
}

/** Whether a message is the locale's yes or no (`prompts.yesNo`, or a 1 or 2 for them); undefined for anything else. */
export function yesOrNoIn(phrases: LocalePhrases, text: string): 'yes' | 'no' | undefined {
    const index = matchChoice(phrases, matchableChoices(phrases, YES_NO_CHOICES), text, { explicitOnly: true });
    return index === undefined ? undefined : YES_NO_CHOICES[index].value;
}
