import type { Activity } from 'botbuilder';
import { SECRET_INPUT_PREFIX } from '../../conversation/sensitiveInput';

/** What replaces a secret card input in the stored history. */
const REMOVED = '[removed]';

/** Deeper than any card submission; past it, a value is dropped rather than walked. */
const MAX_VALUE_DEPTH = 32;

/**
 * A copy of a card submission with every `secret_*` input replaced, however deeply it is nested (a card may put its
 * inputs inside objects or arrays, and a page may send anything), safe to store in the history.
 */
export function withoutSecretInputsAtAnyDepth(value: unknown, depth = 0): unknown {
    if (typeof value !== 'object' || value === null) return value;
    if (depth >= MAX_VALUE_DEPTH) return REMOVED;
    if (Array.isArray(value)) return value.map((item) => withoutSecretInputsAtAnyDepth(item, depth + 1));
    return Object.fromEntries(
        Object.entries(value as Record<string, unknown>).map(([key, item]) => [
            key,
            key.startsWith(SECRET_INPUT_PREFIX) ? REMOVED : withoutSecretInputsAtAnyDepth(item, depth + 1),
        ]),
    );
}

/**
 * The text the history may keep of a user's message: at most `maxChars` characters (MAX_MESSAGE_CHARS). The bot
 * refuses a longer message and the user sends it again shorter, so the history need not keep the whole of it; the
 * shortened copy is marked so a reader knows it is not what was sent.
 */
export function historySafeText(activity: Partial<Activity>, maxChars: number | undefined): Partial<Activity> {
    const { text } = activity;
    if (maxChars === undefined || typeof text !== 'string' || text.length <= maxChars) return {};
    return {
        text: Array.from(text).slice(0, maxChars).join(''),
        channelData: { ...(activity.channelData as object | undefined), senderoTruncated: true },
    };
}
