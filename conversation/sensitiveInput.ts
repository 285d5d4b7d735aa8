import type { Activity, TurnContext } from 'botbuilder';
import { parseBackupCode, parseOneTimeCode } from '../services/validators';

const SENSITIVE_INBOUND = Symbol('sendero.sensitiveInbound');

/**
 * Card inputs whose id starts with this prefix carry secrets (a password typed in a masked field). Channels and
 * transcripts never store their values.
 */
export const SECRET_INPUT_PREFIX = 'secret_';

/**
 * Marks this turn's incoming message as something that must not be kept (for example a password typed as a plain
 * chat message): the channel replaces it in its stored history.
 */
export function markInboundSensitive(context: TurnContext): void {
    context.turnState.set(SENSITIVE_INBOUND, true);
}

export function isInboundSensitive(context: TurnContext): boolean {
    return context.turnState.get(SENSITIVE_INBOUND) === true;
}

/**
 * Marks a message the bot sends as one to show once and then forget (a backup code, an authenticator secret):
 * channels that keep a history replace it with a placeholder after it has been delivered.
 */
export function showOnce<T extends Partial<Activity>>(activity: T): T {
    return { ...activity, channelData: { ...(activity.channelData as object | undefined), [SHOW_ONCE_FLAG]: true } };
}

export const SHOW_ONCE_FLAG = 'senderoShowOnce';

export function isShowOnce(activity: { channelData?: unknown }): boolean {
    return (activity.channelData as Record<string, unknown> | undefined)?.[SHOW_ONCE_FLAG] === true;
}

/**
 * A message that is nothing but a one-time code or a backup code, whatever question it answers (people type codes
 * before they are asked). A backup code must look like one (a digit in it, or its printed XXXXX-XXXXX form), so an
 * ordinary ten-letter word is not taken for a secret.
 */
export function looksLikeSecretCode(text: string | undefined): boolean {
    if (!text || text.length > 40) return false;
    if (parseOneTimeCode(text).ok) return true;
    return parseBackupCode(text).ok && (/\d/.test(text) || /^\s*\w{5}-\w{5}\s*$/.test(text));
}
