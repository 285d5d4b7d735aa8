import type { TurnContext } from 'botbuilder';
import {
    AccountError,
    CodeInvalid,
    PasswordRejected,
    ResendTooSoon,
    ResetAnswersIncorrect,
    ResetLocked,
    SignInLocked,
} from '../../services/accounts/accountErrors';
import { formatTime } from '../../conversation/localeFormat';
import { translator, turnLanguage } from '../../conversation/turnLanguage';

/**
 * The one place where a domain error becomes words for the user. Returns undefined for errors that are not the
 * user's to fix (they go to the turn error handler, which apologises and logs).
 */
export function accountErrorMessage(context: TurnContext, error: unknown): string | undefined {
    if (!(error instanceof AccountError)) return undefined;
    const t = translator(context);
    if (error instanceof CodeInvalid) {
        return error.attemptsLeft === undefined ? t('accountErrors.codeInvalid') : t('accountErrors.codeInvalidAttempts', { count: error.attemptsLeft });
    }
    if (error instanceof ResendTooSoon) return t('accountErrors.resendTooSoon', { count: error.retryAfterSeconds });
    if (error instanceof SignInLocked || error instanceof ResetLocked) {
        const time = formatTime(turnLanguage(context), error.lockedUntil, 'America/New_York');
        return t(`accountErrors.${error.code}`, { time });
    }
    if (error instanceof ResetAnswersIncorrect) return t('accountErrors.resetAnswersIncorrect', { count: error.roundsLeft });
    if (error instanceof PasswordRejected) return passwordRulesMessage(context, error.failures);
    const key = `accountErrors.${error.code}`;
    return t(key) === key ? undefined : t(key);
}

/** "Your password needs: at least 8 characters; an uppercase letter; ..." in the user's language. */
export function passwordRulesMessage(context: TurnContext, failures: readonly string[]): string {
    const t = translator(context);
    return `${t('accountErrors.passwordRejected')}\n${failures.map((rule) => `- ${t(`passwordRules.${rule}`)}`).join('\n')}`;
}
