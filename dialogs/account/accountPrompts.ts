import type { TurnContext } from 'botbuilder';
import type { PromptValidatorContext } from '../../conversation/dialogKit';
import { foldUtterance } from '../../locales';
import { emailWrittenIn, parseBackupCode, parseEmail, parseOneTimeCode, parseReceiptNumber, typedAscii, type EmailProblem, type Parsed } from '../../services/validators';
import { helpDeskLine } from '../contactDetails';
import type { OrganizationProfile } from '../organization';
import { refuseWith } from '../prompts/promptRefusal';
import { markInboundSensitive } from '../../conversation/sensitiveInput';
import { foldedPhrases, translator } from '../../conversation/turnLanguage';
import { endsWithWords, plainPhrases, plainWords } from '../../conversation/utteranceWords';
import { accountErrorMessage } from './accountErrorMessage';

/** Pieces the sign-in, account-number and recover-access flows share: validators, yes/no, error and help-desk replies. */

/** A message of digits only (spaces, dashes, brackets, a leading +): a phone or an account number, never an email. */
const NUMBER_ONLY = /^\+?[\d\s().-]*\d[\d\s().-]*$/;

/**
 * An email address. A refusal says what the message looks like instead when it can tell: a receipt number (typed at
 * the sign-in of "add a case", the number the user came with) or a number (a phone, an account number).
 */
export async function emailValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = (prompt.recognized.value ?? '').trim();
    if (takeEmailInMessage(prompt).ok) return true;
    if (parseReceiptNumber(text).ok) return refuseWith(prompt, 'signIn.emailIsReceipt');
    return refuseWith(prompt, NUMBER_ONLY.test(typedAscii(text)) ? 'signIn.emailIsNumber' : 'signIn.emailInvalid');
}

/**
 * The email address the message gives: the whole message, or an address after words that say it is one ("my email is
 * ana@example.com", "es ana@example.com, gracias": `prompts.emailLeadIns` just before it). When there is one, the
 * address, normalised, becomes the prompt's answer. Before, such a sentence was refused as "not an email address". Any
 * other word just before it may be part of a mistyped address ("ana lopez@example.com"), which is refused as before.
 */
export function takeEmailInMessage(prompt: PromptValidatorContext<string>): Parsed<string, EmailProblem> {
    const email = emailInMessage(prompt.context, prompt.recognized.value ?? '');
    if (email.ok) prompt.recognized.value = email.value;
    return email;
}

/** The email address a message gives, alone or after a lead-in (see takeEmailInMessage), normalised. */
export function emailInMessage(context: TurnContext, text: string): Parsed<string, EmailProblem> {
    const whole = parseEmail(text);
    return whole.ok ? whole : (emailAfterLeadIn(context, text) ?? whole);
}

/**
 * True when a message is an email address and says nothing else: the address alone, or after a lead-in only ("my
 * email is ana@example.com"). Not "find my account number, my email is ana@example.com", which asks for a task.
 */
export function isEmailOnly(context: TurnContext, text: string): boolean {
    if (parseEmail(text).ok) return true;
    const written = emailWrittenIn(text);
    return written?.email.ok === true && plainWords(written.after) === '' && plainPhrases(context, 'prompts.emailLeadIns').has(plainWords(written.before));
}

/** The address written after a lead-in ("my email is"), or undefined. */
function emailAfterLeadIn(context: TurnContext, text: string): Parsed<string, EmailProblem> | undefined {
    const written = emailWrittenIn(text);
    if (!written?.email.ok) return undefined;
    const before = plainWords(written.before);
    for (const leadIn of plainPhrases(context, 'prompts.emailLeadIns')) if (endsWithWords(before, leadIn)) return written.email;
    return undefined;
}

/** True when the message asks for the code again ("new code", "nuevo código"). */
export function isNewCodeRequest(context: TurnContext, text: string): boolean {
    const said = foldUtterance(text);
    return said !== '' && foldedPhrases(context, 'signIn.newCodeWords').has(said);
}

/**
 * A 6-digit code, a backup code, or a request for a new code. The message is kept out of stored history: it is a
 * secret once it is right.
 */
export async function codeValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
    const text = prompt.recognized.value ?? '';
    if (isNewCodeRequest(prompt.context, text)) return true;
    markInboundSensitive(prompt.context);
    return parseOneTimeCode(text).ok || parseBackupCode(text).ok || refuseWith(prompt, 'signIn.codeFormat');
}

/** A backup code as printed (10 letters and digits, dashes optional). */
export async function backupCodeValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
    markInboundSensitive(prompt.context);
    return parseBackupCode(prompt.recognized.value ?? '').ok || refuseWith(prompt, 'signIn.backupCodeFormat');
}

/** An answer to a reset question: anything but blank. A reset answer is a secret, so the message is not kept. */
export async function resetAnswerValidator(prompt: PromptValidatorContext<string>): Promise<boolean> {
    markInboundSensitive(prompt.context);
    return (prompt.recognized.value ?? '').trim() !== '';
}

/** A yes/no question rendered from locale keys (explicit yes and no words only: see prompts/yesNo). */
export { yesNoSpec } from '../prompts/yesNo';

/** Tells the user what went wrong with an account step; errors that are not theirs to fix go on to the turn handler. */
export async function sendAccountError(context: TurnContext, error: unknown): Promise<void> {
    const message = accountErrorMessage(context, error);
    if (message === undefined) throw error;
    await context.sendActivity(message);
}

/**
 * Where to unlock an account or change how codes arrive: the organisation's help desk when one is configured, else
 * USCIS's online help form. Never the USCIS Contact Center's phone: it cannot unlock an account.
 */
export async function sendHelpDeskRoute(context: TurnContext, organization: OrganizationProfile): Promise<void> {
    const t = translator(context);
    const helpDesk = helpDeskLine(context, organization);
    if (helpDesk) {
        await context.sendActivity(`${t('recoverAccess.helpDesk', { orgName: organization.name })}\n\n${helpDesk}`);
        return;
    }
    await context.sendActivity(t('recoverAccess.helpForm'));
}
