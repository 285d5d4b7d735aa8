import type { PromptValidator } from '../../conversation/dialogKit';
import { turnPhrases } from '../../conversation/turnLanguage';
import { likelyMeantEmail } from '../../services/validators';
import { askYesNoInstead, takeOwnQuestion } from '../prompts/promptRefusal';
import type { LocalizedTextSpec } from '../prompts/localizedTextPrompt';
import { yesOrNoIn } from '../prompts/yesNo';

const TYPO_QUESTION = 'prompts.emailTypo';

/**
 * An email question that asks "Did you mean ana@gmail.com?" when an accepted address's domain is a common one
 * misspelt ("gmial.com"): the code it is about to send would never arrive, and the person would wait for it. Yes
 * takes the suggestion; no, or the same address again, takes it as typed; another address is checked afresh. Neither
 * the question nor its answer is a failed try. Both addresses stay in the prompt's state for one message only.
 *
 * @example
 * this.addDialog(new LocalizedTextPrompt(EMAIL_PROMPT, checkingDomainTypos(emailValidator)));
 */
export function checkingDomainTypos(validator: PromptValidator<string>): PromptValidator<string> {
    return async (prompt) => {
        const asked = takeOwnQuestion(prompt.state);
        if (asked?.typed && asked.meant) {
            const answer = yesOrNoIn(turnPhrases(prompt.context), prompt.recognized.value ?? '');
            if (answer) {
                prompt.recognized.value = answer === 'yes' ? asked.meant : asked.typed;
                return true;
            }
        }
        if (!(await validator(prompt))) return false;
        const typed = prompt.recognized.value ?? '';
        const meant = likelyMeantEmail(typed);
        // The same address typed again after the question: it is what they meant.
        if (!meant || typed === asked?.typed) return true;
        return askYesNoInstead(prompt, TYPO_QUESTION, { typed, meant });
    };
}

/**
 * For an address given before the email question ("sign me up, ana@gmial.com"): the spec that makes the question
 * "Did you mean ana@gmail.com?", with the email question (`questionKey`) as its retry; undefined when the domain looks
 * right.
 *
 * @example
 * return step.prompt(EMAIL_PROMPT, localizedTextOptions({ promptKey: 'signIn.askEmail', ...emailTypoQuestion(email, 'signIn.askEmail') }));
 */
export function emailTypoQuestion(email: string, questionKey: string): Pick<LocalizedTextSpec, 'promptKey' | 'params' | 'retryKey' | 'ownQuestion'> | undefined {
    const meant = likelyMeantEmail(email);
    if (!meant) return undefined;
    const asked = { typed: email, meant };
    return { promptKey: TYPO_QUESTION, params: asked, retryKey: questionKey, ownQuestion: asked };
}
