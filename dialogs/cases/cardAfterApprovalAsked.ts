import type { TurnContext } from 'botbuilder';
import { serviceTextIn } from '../../conversation/caseStatusTitle';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';
import type { StatusBucket } from '../../services/cases/caseService';
import { knownStatusTitle } from '../../services/cases/statusBuckets';

/**
 * "I was approved, when does my card come?", "me aprobaron, ¿cuándo me llega la tarjeta?": an approval said with a
 * card's arrival asked (both lists' words). Asked right after an approval is shown, the step's own answer says the same
 * (prompts.stepHelp.cardAfterApproval); asked at the menu, `understanding.cardAfterApproval` does.
 */
export function asksForCardAfterApproval(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return containsAnyPhrase(context, 'understanding.approvalWords', said) && containsAnyPhrase(context, 'understanding.cardComingWords', said);
}

/**
 * "승인됐는데 이제 뭐 해요?", "批准了，现在怎么办？" (approved, what now?): an approval said with what comes next asked (the
 * approval's words and those of what follows a filing). English names USCIS's title ("my case was approved"); other
 * languages say it in their own words, which name no title.
 */
export function asksWhatFollowsApproval(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return containsAnyPhrase(context, 'understanding.approvalWords', said) && containsAnyPhrase(context, 'understanding.uscisMatters.afterFiling.words', said);
}

/** The title USCIS shows for an approval, as its site shows it in the reader's language: its meaning answers "approved, what now?". */
export function approvedTitle(language: string): { title: string; bucket: StatusBucket } {
    const shown = knownStatusTitle(APPROVED_TITLE_EN);
    return { title: (shown && serviceTextIn(shown, language)) ?? APPROVED_TITLE_EN, bucket: 'approved' };
}

const APPROVED_TITLE_EN = 'Case Was Approved';
