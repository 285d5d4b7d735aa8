import type { TurnContext } from 'botbuilder';
import { CaseNotRecognized, CaseRateLimited, CaseServiceError, CaseServiceUnavailable } from '../../services/cases/caseErrors';
import { AccessCodeRejected, AccessCodeTriesExhausted, CaseLinkError } from '../../services/cases/caseLinkErrors';
import { formatWeekdayTime } from '../../conversation/localeFormat';
import { translator, turnLanguage } from '../../conversation/turnLanguage';

/**
 * The one place where a case error becomes words for the user: the CaseService's errors (caseErrors.ts) and linking's
 * (caseLinkErrors.ts). Returns undefined for anything else (it goes to the turn error handler, which apologises and
 * logs). "Unavailable" never reads as "not found": it offers to try later or to talk to a person.
 *
 * @example
 * const words = caseErrorMessage(context, error);
 * if (!words) throw error;
 * await context.sendActivity(words);
 */
export function caseErrorMessage(context: TurnContext, error: unknown): string | undefined {
    const t = translator(context);
    if (error instanceof CaseServiceUnavailable) {
        if (!error.retryAfter) return t('caseErrors.caseServiceUnavailable');
        const time = formatWeekdayTime(turnLanguage(context), error.retryAfter, 'America/New_York');
        return t('caseErrors.caseServiceUnavailableUntil', { time });
    }
    if (error instanceof CaseRateLimited) return t('caseErrors.caseRateLimited');
    if (error instanceof CaseNotRecognized) return t('caseErrors.caseNotRecognized');
    // The access code's verdict picks the words: not right, past its 90 days, or already used.
    if (error instanceof AccessCodeTriesExhausted) return t('caseErrors.accessCodeTriesExhausted', { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
    if (error instanceof AccessCodeRejected) return known(context, `caseErrors.accessCodeRejected_${error.verdict}`) ?? t('caseErrors.accessCodeRejected');
    if (error instanceof CaseServiceError || error instanceof CaseLinkError) return known(context, `caseErrors.${error.code}`);
    return undefined;
}

/** The text of a key, or undefined when the locale has no such key (an error added without words: the turn handler's). */
function known(context: TurnContext, key: string): string | undefined {
    const text = translator(context)(key);
    return text === key ? undefined : text;
}
