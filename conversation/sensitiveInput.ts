import type { Activity, TurnContext } from 'botbuilder';
import { parseBackupCode, parseOneTimeCode, writesEmail } from '../services/validators';
import { supportedLanguages } from './turnLanguage';
import { containsAnyPhrase, plainWords } from './utteranceWords';

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

/**
 * A one-time code inside a sentence ("here is my code 483920", "mi código es 482 913"): six digits of any script, alone
 * or as two groups of three, not part of a longer number (a phone number, an account number, a receipt's digits).
 */
const CODE_IN_SENTENCE = /(?<!\p{Nd}[ -]?)(?:\p{Nd}{6}|\p{Nd}{3}[ -]\p{Nd}{3})(?![ -]?\p{Nd})/u;

/**
 * A backup code inside a sentence, in its printed XXXXX-XXXXX form (Latin letters and digits) with a digit in it. Not
 * letters of other scripts: "怎么取消I-130申请" (how do I withdraw my I-130) is five letters, a dash and five more.
 */
const BACKUP_CODE_IN_SENTENCE = /(?<![\p{L}\p{N}])(?=[A-Za-z\p{Nd}-]*\p{Nd})[A-Za-z\p{Nd}]{5}-[A-Za-z\p{Nd}]{5}(?![\p{L}\p{N}])/u;

/** Whether a message holds a code, alone or inside a sentence (see looksLikeSecretCode). */
export function revealsCode(text: string | undefined): boolean {
    if (!text) return false;
    return looksLikeSecretCode(text) || (text.length <= 200 && (CODE_IN_SENTENCE.test(text) || BACKUP_CODE_IN_SENTENCE.test(text)));
}

/** Printable ASCII runs of six or more characters: where a typed password would be ("Hunter2!2024", "我的密码是Abc12345"). */
const ASCII_RUN = /[!-~]{6,}/g;

/** What a password-like run must not be: an email, a web address, a receipt number, an A-Number, a form's name. */
const NOT_A_PASSWORD = [/@/, /^(?:https?:|www\.)/i, /^[a-z]{3}\d{10}$/i, /^a-?\d{7,9}$/i, /^(?:form)?[a-z]{1,2}-?\d{1,4}[a-z]{0,2}$/i];

/** A run with a letter and a digit that is none of NOT_A_PASSWORD, once the punctuation that ends a sentence is off. */
function looksLikePassword(run: string): boolean {
    const token = run.replace(/[.,!?;:)\]'"]+$/, '').replace(/^[(\['"]+/, '');
    return token.length >= 6 && /\p{L}/u.test(token) && /\d/.test(token) && !NOT_A_PASSWORD.some((pattern) => pattern.test(token));
}

/**
 * A password stated in the open ("my password is Hunter2!2024, can you log in for me?", "mi contraseña es Hola1234!"):
 * the word for a password in any language this chat speaks (`privacy.passwordWords`), and a run that looks like one (a
 * letter and a digit, six or more characters). No question here asks for a password in a sentence (the password step
 * takes it in a masked field or on a page, and keeps whatever is typed there out of the history too), so such a message
 * is not kept; at the menu it is answered with a word of warning.
 */
export function revealsPassword(context: TurnContext, text: string | undefined): boolean {
    if (!text || text.length > 300) return false;
    const runs = text.match(ASCII_RUN) ?? [];
    if (!runs.some(looksLikePassword)) return false;
    const said = plainWords(text);
    return supportedLanguages(context).some((language) => containsAnyPhrase(context, 'privacy.passwordWords', said, language));
}

/** The secret a message holds, as secretTypedIn reads it. */
export type SecretTyped = 'password' | 'code';

const SECRETS_READ = Symbol('sendero.secretsRead');

/**
 * The secret a message holds (a password stated in the open first, else a code), read once a turn for each text: the
 * bot marks the turn by it, and the menu warns by it, of the same message.
 */
export function secretTypedIn(context: TurnContext, text: string | undefined): SecretTyped | undefined {
    if (!text) return undefined;
    let read = context.turnState.get(SECRETS_READ) as Map<string, SecretTyped | null> | undefined;
    if (!read) {
        read = new Map();
        context.turnState.set(SECRETS_READ, read);
    }
    let secret = read.get(text);
    if (secret === undefined) {
        secret = revealsPassword(context, text) ? 'password' : revealsCode(text) ? 'code' : null;
        read.set(text, secret);
    }
    return secret ?? undefined;
}

/**
 * What belongs only in another site's sign-up form, typed as a chat message: an email address, a password (the whole
 * message one run that looks like one, "Secret#Pass123", or one stated with the word for it), or a code. Where this
 * chat only guides someone through that site, none of it is asked for.
 */
export function typesSignInDetails(context: TurnContext, text: string | undefined): boolean {
    if (!text) return false;
    const trimmed = text.trim();
    return writesEmail(trimmed) || (!/\s/.test(trimmed) && looksLikePassword(trimmed)) || secretTypedIn(context, trimmed) !== undefined;
}
