import MailSpellChecker from '@zootools/email-spell-checker';
import { dictionary as commonDictionary } from '@zxcvbn-ts/language-common';
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';

/**
 * Parsers for everything a user types: each takes raw text and returns either the normalised value or a reason code
 * that the dialog layer maps to a localized hint. Pure functions, no I/O; the format rules follow
 * shared/reference/uscis-facts.md §2 and §6.
 */
export type Parsed<T, Reason extends string> = { ok: true; value: T } | { ok: false; reason: Reason };

function accept<T>(value: T): { ok: true; value: T } {
    return { ok: true, value };
}

function refuse<Reason extends string>(reason: Reason): { ok: false; reason: Reason } {
    return { ok: false, reason };
}

// ---------------------------------------------------------------------------------------------------------------
// What a phone keyboard types

/** Unicode's decimal digits (every script's 0–9, in runs of ten from zero). */
const ANY_DIGIT = /\p{Nd}/gu;
const ASCII_ONLY = /^[\x00-\x7f]*$/;

/**
 * A number or code as ASCII, however the keyboard wrote it: full-width letters and digits ("ＥＡＣ９９９…", from
 * Chinese, Japanese and Korean input methods) and other compatibility forms fold by NFKC, and the digits of other
 * scripts (Arabic-Indic "٩٩٩", Persian "۹۹۹", Devanagari…) become 0–9. Every parser of a number or code reads its
 * input through this, so what it accepts, and what is redacted as a code, does not depend on the keyboard.
 */
export function typedAscii(raw: string): string {
    // ASCII is its own NFKC form and has no other digits: most messages, read by several parsers every turn.
    if (ASCII_ONLY.test(raw)) return raw;
    return raw.normalize('NFKC').replace(ANY_DIGIT, (digit) => String(digitValue(digit)));
}

/** A decimal digit's value: its distance from the zero that starts its run of ten (Unicode keeps the runs whole). */
function digitValue(digit: string): number {
    const code = digit.codePointAt(0)!;
    let start = code;
    while (/\p{Nd}/u.test(String.fromCodePoint(start - 1))) start -= 1;
    return (code - start) % 10;
}

// ---------------------------------------------------------------------------------------------------------------
// Email

export type EmailProblem = 'empty' | 'invalid' | 'tooLong';

/** RFC 5321 limits a forward path to 254 characters. */
const MAX_EMAIL_LENGTH = 254;
const emailSchema = z.email();

/**
 * Normalises an email address: trims it and lowercases ALL of it. The local part is case-sensitive in theory, but no
 * mainstream provider treats it so, and lowercasing it means "Ana@x.com" and "ana@x.com" can never hold two accounts.
 */
export function normaliseEmail(raw: string): string {
    return typedAscii(raw).trim().toLowerCase();
}

/**
 * Mail domains a typo is compared with: the library's popular ones, and those of the places Sendero's users write
 * from (without yahoo.com.mx, "ana@yahoo.com.mx" would be "corrected" to yahoo.com). An address at one of these is
 * never questioned.
 */
const KNOWN_MAIL_DOMAINS = [
    ...MailSpellChecker.POPULAR_DOMAINS,
    ...['yahoo.com', 'hotmail.com', 'outlook.com', 'live.com'],
    ...['yahoo.com.mx', 'hotmail.es', 'outlook.es', 'yahoo.es', 'live.com.mx', 'prodigy.net.mx'],
    ...['orange.fr', 'free.fr', 'laposte.net', 'sfr.fr', 'wanadoo.fr', 'hotmail.fr', 'yahoo.fr'],
    ...['yahoo.com.ph', 'yahoo.com.vn'],
    ...['naver.com', 'daum.net', 'hanmail.net', 'kakao.com', 'nate.com'],
    ...['163.com', '126.com', 'sina.com', 'foxmail.com'],
];

/**
 * The address someone probably meant when its domain is a common one misspelt ("ana@gmial.com" → "ana@gmail.com",
 * "ana@hotmail.con" → "ana@hotmail.com"), or undefined. A code sent to a misspelt domain never arrives, and the
 * person waits for it. @zootools/email-spell-checker (a maintained mailcheck) holds the popular domains and the
 * distance rules; only its domain is used, with the address as typed before it.
 */
export function likelyMeantEmail(email: string): string | undefined {
    const at = email.lastIndexOf('@');
    if (at <= 0) return undefined;
    const suggested = MailSpellChecker.run({ email, domains: KNOWN_MAIL_DOMAINS })?.domain;
    return suggested && suggested !== email.slice(at + 1).toLowerCase() ? `${email.slice(0, at)}@${suggested}` : undefined;
}

/** Validates and normalises an email address (see normaliseEmail for the casing choice). */
export function parseEmail(raw: string): Parsed<string, EmailProblem> {
    const email = normaliseEmail(raw);
    if (email === '') return refuse('empty');
    if (email.length > MAX_EMAIL_LENGTH) return refuse('tooLong');
    if (!emailSchema.safeParse(email).success) return refuse('invalid');
    return accept(email);
}

/** An address as written inside a sentence: no spaces, a dot in the domain, the sentence's punctuation left out. */
const EMAIL_INSIDE = /[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

/** Whether a message has an email address written in it, one or more ("my email is ana@example.com"). */
export function writesEmail(raw: string): boolean {
    return typedAscii(raw).match(EMAIL_INSIDE) !== null;
}

/**
 * The one email address written inside a message ("my email is ana@example.com, thanks"), parsed, with the text before
 * it (for the caller to judge: "ana lopez@example.com" is a mistyped address, not "lopez@example.com" after a word).
 * Undefined when the message has none, or more than one.
 */
export function emailWrittenIn(raw: string): { email: Parsed<string, EmailProblem>; before: string; after: string } | undefined {
    const text = typedAscii(raw);
    const written = [...text.matchAll(EMAIL_INSIDE)];
    if (written.length !== 1) return undefined;
    const [found] = written;
    return { email: parseEmail(found[0]), before: text.slice(0, found.index), after: text.slice(found.index + found[0].length) };
}

/** The part before the last "@", lowercased; the whole text when there is no "@". */
export function emailLocalPart(email: string): string {
    const at = email.lastIndexOf('@');
    return (at < 0 ? email : email.slice(0, at)).trim().toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------------
// US phone

export type UsPhoneProblem = 'empty' | 'invalid' | 'notUs' | 'invalidAreaCode';

/** NANP regions that are the United States or its territories; other +1 regions (Canada, Caribbean) are refused. */
const US_REGIONS = new Set(['US', 'PR', 'GU', 'VI', 'AS', 'MP']);

/**
 * Parses a US phone number into E.164 (+1 and ten digits). The shape (ten digits, an area code not starting with 0
 * or 1) is checked by hand because libphonenumber refuses unassigned area codes such as the 555 used in examples and
 * exchanges such as the 123 in "(555) 123-4567"; the library is used only to tell a Canadian or Caribbean +1 number
 * from a US one.
 */
export function parseUsPhone(raw: string): Parsed<string, UsPhoneProblem> {
    const text = typedAscii(raw).trim();
    if (text === '') return refuse('empty');
    if (!/^\+?[\d\s().\-]+$/.test(text)) return refuse('invalid');
    const digits = text.replace(/\D/g, '');
    let national: string;
    if (text.startsWith('+')) {
        if (!digits.startsWith('1')) return refuse('notUs');
        national = digits.slice(1);
    } else if (digits.length === 11 && digits.startsWith('1')) {
        national = digits.slice(1);
    } else {
        national = digits;
    }
    if (national.length !== 10) return refuse('invalid');
    if (/^[01]/.test(national)) return refuse('invalidAreaCode');
    const e164 = `+1${national}`;
    const region = parsePhoneNumberFromString(e164)?.country;
    if (region !== undefined && !US_REGIONS.has(region)) return refuse('notUs');
    return accept(e164);
}

/**
 * The US phone number a message gives, alone or inside a sentence ("my number is (555) 123-4567", "es el 555 123 4567,
 * gracias"): the one run of digits, spaces and dashes in it, when the message has no other digit (a run among other digits may be part of
 * a longer number, and a code sent to it would go to a stranger). Undefined when there is none, or more.
 */
export function phoneWrittenIn(raw: string): Parsed<string, UsPhoneProblem> | undefined {
    const text = typedAscii(raw);
    const runs = text.match(/\+?\(?\d[\d\s().-]*\d/g) ?? [];
    if (runs.length !== 1 || text.replace(runs[0], '').match(/\d/)) return undefined;
    return parseUsPhone(runs[0]);
}

// ---------------------------------------------------------------------------------------------------------------
// Password policy

/** Every rule a password can fail; checkPassword reports all of them at once. */
export type PasswordRule =
    | 'tooShort'
    | 'tooLong'
    | 'missingUppercase'
    | 'missingLowercase'
    | 'missingSpecial'
    | 'containsEmail'
    | 'tooCommon';

export const PASSWORD_RULES: readonly PasswordRule[] = [
    'tooShort',
    'tooLong',
    'missingUppercase',
    'missingLowercase',
    'missingSpecial',
    'containsEmail',
    'tooCommon',
];

export const MIN_PASSWORD_LENGTH = 8;
/** A ceiling keeps a pasted novel from costing a scrypt run; far above any passphrase. */
export const MAX_PASSWORD_LENGTH = 128;
/** A local part shorter than this is refused only as the whole password ("ana" inside "Banana!1" is fine). */
const MIN_LOCAL_PART_TO_MATCH_INSIDE = 4;

export interface PasswordVerdict {
    ok: boolean;
    /** Every failed rule, in PASSWORD_RULES order; empty when ok. */
    failures: PasswordRule[];
}

// The ~49,000 most common passwords from the zxcvbn-ts project (lowercase), loaded once.
let commonPasswords: ReadonlySet<string> | undefined;
function isCommonPasswordText(text: string): boolean {
    commonPasswords ??= new Set(commonDictionary['passwords-common']);
    return commonPasswords.has(text);
}

/** Undoes the usual look-alike swaps so "P@ssw0rd" is recognised as "password". */
function undoLookAlikes(text: string): string {
    return text.replace(/[@4]/g, 'a').replace(/0/g, 'o').replace(/[1!|]/g, 'i').replace(/3/g, 'e').replace(/\$|5/g, 's').replace(/7/g, 't');
}

/**
 * True for a password on the common list, also after lowercasing, undoing look-alike swaps, or dropping the digits
 * and symbols people add at either end to satisfy a policy ("Password1!", "Dragon2024#").
 */
export function isCommonPassword(password: string): boolean {
    const lower = password.toLowerCase();
    const core = lower.replace(/^[^a-z]+|[^a-z]+$/g, '');
    const candidates = [lower, core, undoLookAlikes(lower), undoLookAlikes(lower).replace(/^[^a-z]+|[^a-z]+$/g, '')];
    return candidates.some((candidate) => candidate.length >= 4 && isCommonPasswordText(candidate));
}

/**
 * Checks a password against the policy (USCIS: at least 8 characters, an uppercase letter, a lowercase letter and a
 * special character) plus two refusals of our own: the account email or its local part, and common passwords.
 * Letters are Unicode-aware, so "é" counts as lowercase rather than special.
 */
export function checkPassword(password: string, context: { email?: string } = {}): PasswordVerdict {
    const failures = new Set<PasswordRule>();
    const length = [...password].length;
    if (length < MIN_PASSWORD_LENGTH) failures.add('tooShort');
    if (length > MAX_PASSWORD_LENGTH) failures.add('tooLong');
    if (!/\p{Lu}/u.test(password)) failures.add('missingUppercase');
    if (!/\p{Ll}/u.test(password)) failures.add('missingLowercase');
    if (!/[^\p{L}\p{N}]/u.test(password)) failures.add('missingSpecial');
    if (context.email && containsEmail(password, context.email)) failures.add('containsEmail');
    if (isCommonPassword(password)) failures.add('tooCommon');
    const ordered = PASSWORD_RULES.filter((rule) => failures.has(rule));
    return { ok: ordered.length === 0, failures: ordered };
}

function containsEmail(password: string, email: string): boolean {
    const lower = password.toLowerCase();
    const address = normaliseEmail(email);
    const local = emailLocalPart(address);
    if (address !== '' && lower.includes(address)) return true;
    if (local === '') return false;
    if (lower === local) return true;
    return local.length >= MIN_LOCAL_PART_TO_MATCH_INSIDE && lower.includes(local);
}

// ---------------------------------------------------------------------------------------------------------------
// USCIS online account number

export type AccountNumberProblem = 'empty' | 'notTwelveDigits' | 'looksLikeReceiptNumber' | 'looksLikeANumber';

/** An online account number, spaces and dashes removed: 12 digits. */
const ACCOUNT_NUMBER_SHAPE = /^\d{12}$/;
/** An A-Number written with its A (spaces and dashes removed): the shape people type at the other numbers' questions. */
const A_NUMBER_WITH_A_SHAPE = /^[Aa]\d{7,9}$/;
/** A USCIS form's name, its dash removed ("I130", "N400", "I131A", "G1145", "AR11"): what a case is often called. */
const FORM_NAME_SHAPE = /^(?:form|formulario|formulaire)?(?:I|N|G|AR)\d{2,4}[A-Z]?$/i;

/**
 * Parses a 12-digit USCIS online account number, ignoring spaces and dashes. People often type their receipt number
 * or A-Number instead, so those get their own reason codes.
 */
export function parseAccountNumber(raw: string): Parsed<string, AccountNumberProblem> {
    const text = typedAscii(raw).replace(/[\s\-]/g, '');
    if (text === '') return refuse('empty');
    if (ACCOUNT_NUMBER_SHAPE.test(text)) return accept(text);
    if (/^[A-Za-z]{3}\d{10}$/.test(text)) return refuse('looksLikeReceiptNumber');
    if (A_NUMBER_WITH_A_SHAPE.test(text)) return refuse('looksLikeANumber');
    return refuse('notTwelveDigits');
}

// ---------------------------------------------------------------------------------------------------------------
// Receipt number

/**
 * Why a receipt number was refused.
 * - `words`: a sentence or a word in another script, not a try at the number (so "too long" would be wrong to say).
 * - `tooShort`, `tooLong` and `lettersInDigits` say exactly what to fix; `invalidFormat` is a first three characters
 *   that are not letters.
 * - `looksLikeANumber` and `looksLikeAccountNumber`: the other numbers people type here (A and 7 to 9 digits; 12 digits).
 * - `looksLikeFormName`: the form's name ("I-130"), which is how many people name their case.
 * - `wrongLength` is no longer returned (tooShort and tooLong replaced it) and stays in the union so a mapping written
 *   for it still compiles.
 */
export type ReceiptNumberProblem =
    | 'empty'
    | 'words'
    | 'tooShort'
    | 'tooLong'
    | 'lettersInDigits'
    | 'invalidFormat'
    | 'wrongLength'
    | 'looksLikeANumber'
    | 'looksLikeAccountNumber'
    | 'looksLikeFormName';

/** First three letters of receipts from USCIS service centers and ELIS (uscis-facts §2.1); others get a soft warning. */
export const KNOWN_RECEIPT_PREFIXES: readonly string[] = [
    'EAC', 'WAC', 'LIN', 'SRC', 'NBC', 'MSC', 'IOE', 'YSC', 'VSC', 'CSC', 'NSC', 'TSC', 'PSC',
];

export interface ReceiptNumber {
    /** Three uppercase letters and ten digits, e.g. EAC2190000001. */
    receiptNumber: string;
    /** True when an O, I or l in a digit position was read as 0 or 1: ask the user to confirm. */
    corrected: boolean;
    /** False for a prefix we do not know (a field office, a typo): warn, do not reject. */
    knownPrefix: boolean;
    /** An ELIS (IOE) receipt: online filings and many lockbox paper filings; these can carry an Online Access Code. */
    ioe: boolean;
}

/**
 * Parses a receipt number: strips spaces, dashes and asterisks, uppercases, and reads O as 0 and I or l as 1 in the
 * ten digit positions (a common misreading of the printed notice). There is no check digit, so only the shape is tested.
 */
export function parseReceiptNumber(raw: string): Parsed<ReceiptNumber, ReceiptNumberProblem> {
    const typed = typedAscii(raw);
    const text = typed.replace(/[\s\-*]/g, '');
    if (text === '') return refuse('empty');
    if (!/\d/.test(typed) && (typed.trim().split(/\s+/).length >= 3 || /[^\P{L}\p{Script=Latin}]/u.test(typed))) return refuse('words');
    // Another number of the same papers: "too short" would send them looking for missing characters.
    if (A_NUMBER_WITH_A_SHAPE.test(text)) return refuse('looksLikeANumber');
    if (ACCOUNT_NUMBER_SHAPE.test(text)) return refuse('looksLikeAccountNumber');
    if (FORM_NAME_SHAPE.test(text)) return refuse('looksLikeFormName');
    if (text.length < 13) return refuse('tooShort');
    if (text.length > 13) return refuse('tooLong');
    const prefix = text.slice(0, 3).toUpperCase();
    const typedDigits = text.slice(3);
    const digits = typedDigits.replace(/[Oo]/g, '0').replace(/[IiLl]/g, '1');
    if (!/^[A-Z]{3}$/.test(prefix)) return refuse('invalidFormat');
    if (!/^\d{10}$/.test(digits)) return refuse(/^[A-Za-z0-9]{10}$/.test(digits) ? 'lettersInDigits' : 'invalidFormat');
    return accept({
        receiptNumber: `${prefix}${digits}`,
        corrected: digits !== typedDigits,
        knownPrefix: KNOWN_RECEIPT_PREFIXES.includes(prefix),
        ioe: prefix === 'IOE',
    });
}

/**
 * The parts of a message shaped like a receipt number (3 letters, then 10 digits or look-alikes, spaces and dashes
 * allowed, not run into a word), for parseReceiptNumber to judge: "EAC9999103403" in "my receipt is EAC9999103403이에요".
 */
export function receiptCandidates(text: string): string[] {
    // Not run into a Latin letter unless another receipt number starts there, so "EAC9999103403 IOE0900000001" does not
    // end the first at "… IO" and lose the second.
    return typedAscii(text).match(/[A-Za-z]{3}[\s-]?[\dOoIl][\dOoIl\s-]{8,14}[\dOoIl](?![A-Za-z](?![A-Za-z]{2}[\s-]?[\dOoIl]))/g) ?? [];
}

/**
 * The receipt number written inside a longer message ("my receipt is EAC9999103403", "EAC9999103403이에요"), as typed,
 * or undefined when none parses, or when the message holds two different ones (which one is meant is not guessed).
 */
export function findReceiptNumber(text: string): string | undefined {
    if (parseReceiptNumber(text).ok) return text.trim();
    const found = findReceiptNumbers(text);
    return found.length === 1 ? found[0] : undefined;
}

/**
 * A receipt number with a digit too few or too many ("EAC999910340", "status of EAC99991034033"): 3 letters, then 7
 * to 16 digits or look-alikes, that does not parse for its length, with how many digits it has. Undefined when the
 * message also holds a receipt number that parses, or more than one such mistyped number.
 */
export function mistypedReceiptIn(text: string): { typed: string; digits: number } | undefined {
    if (findReceiptNumbers(text).length > 0) return undefined;
    const shaped = typedAscii(text).match(/(?<![A-Za-z\d])[A-Za-z]{3}[\s-]?[\dOoIl][\dOoIl\s-]{5,16}[\dOoIl](?![A-Za-z\d])/g) ?? [];
    if (shaped.length !== 1) return undefined;
    const typed = shaped[0]!.trim();
    const parsed = parseReceiptNumber(typed);
    if (parsed.ok || (parsed.reason !== 'tooShort' && parsed.reason !== 'tooLong')) return undefined;
    return { typed, digits: typed.slice(3).replace(/[\s-]/g, '').length };
}

/**
 * Every different receipt number written in a message, as typed, in the order written ("EAC9999103403 and
 * EAC9999103400"); one written twice counts once.
 */
export function findReceiptNumbers(text: string): string[] {
    const found = new Map<string, string>();
    for (const candidate of receiptCandidates(text)) {
        const parsed = parseReceiptNumber(candidate);
        if (parsed.ok && !found.has(parsed.value.receiptNumber)) found.set(parsed.value.receiptNumber, candidate.trim());
    }
    return [...found.values()];
}

// ---------------------------------------------------------------------------------------------------------------
// A-Number

export type ANumberProblem = 'empty' | 'tooShort' | 'tooLong' | 'invalidFormat';

/** Parses an A-Number ("A" optional, 7 to 9 digits) into "A" plus nine digits, zero-padded: A12345678 → A012345678. */
export function parseANumber(raw: string): Parsed<string, ANumberProblem> {
    const text = typedAscii(raw).toUpperCase().replace(/[\s\-]/g, '');
    if (text === '') return refuse('empty');
    const match = /^A?(\d+)$/.exec(text);
    if (!match) return refuse('invalidFormat');
    // Extra leading zeros carry no information ("A0012345678" is A012345678).
    const digits = match[1].length > 9 ? match[1].replace(/^0+(?=\d{9})/, '') : match[1];
    if (digits.length < 7) return refuse('tooShort');
    if (digits.length > 9) return refuse('tooLong');
    return accept(`A${digits.padStart(9, '0')}`);
}

// ---------------------------------------------------------------------------------------------------------------
// Online Access Code

/**
 * Why an access code was refused. People often type another number from the same notice instead: an A-Number, the
 * 12-digit online account number or the receipt number; those get their own reasons (each fits the code's format,
 * so they are checked before it).
 */
export type AccessCodeProblem =
    | 'empty'
    | 'wrongLength'
    | 'invalidCharacters'
    | 'looksLikeANumber'
    | 'looksLikeAccountNumber'
    | 'looksLikeReceiptNumber';

/**
 * Parses an Online Access Code: letters A–Z and digits, 8 to 16 of them after removing spaces and dashes, uppercased.
 * The real length is not published; this synthetic format is the sandbox's (uscis-facts §2.4).
 */
export function parseOnlineAccessCode(raw: string): Parsed<string, AccessCodeProblem> {
    const text = typedAscii(raw).toUpperCase().replace(/[\s\-]/g, '');
    if (text === '') return refuse('empty');
    if (/^[A-Z]{3}\d{10}$/.test(text)) return refuse('looksLikeReceiptNumber');
    if (ACCOUNT_NUMBER_SHAPE.test(text)) return refuse('looksLikeAccountNumber');
    // "A" and 7 to 9 digits, or the 9 digits alone as the green card prints them ("USCIS# 123-456-789").
    if (/^A\d{7,9}$|^\d{9}$/.test(text)) return refuse('looksLikeANumber');
    if (!/^[A-Z0-9]+$/.test(text)) return refuse('invalidCharacters');
    if (text.length < 8 || text.length > 16) return refuse('wrongLength');
    return accept(text);
}

// ---------------------------------------------------------------------------------------------------------------
// One-time code and backup code

export type OneTimeCodeProblem = 'empty' | 'notSixDigits';

/** Parses a 6-digit one-time code (email, SMS or authenticator app); spaces and dashes are allowed ("123 456"). */
export function parseOneTimeCode(raw: string): Parsed<string, OneTimeCodeProblem> {
    const text = typedAscii(raw).replace(/[\s\-]/g, '');
    if (text === '') return refuse('empty');
    if (!/^\d{6}$/.test(text)) return refuse('notSixDigits');
    return accept(text);
}

/** Backup codes avoid 0/O, 1/I/L and 5/S so a printed code cannot be misread. */
export const BACKUP_CODE_ALPHABET = 'ABCDEFGHJKMNPQRTUVWXYZ2346789';
export const BACKUP_CODE_LENGTH = 10;

export type BackupCodeProblem = 'empty' | 'invalidFormat';

/** Parses a backup code as printed ("ABCDE-FGHJK"), any case, spaces and dashes ignored. */
/** A whole backup code, once: every message is checked for one (a code must never stay in a transcript). */
const BACKUP_CODE_PATTERN = new RegExp(`^[${BACKUP_CODE_ALPHABET}]{${BACKUP_CODE_LENGTH}}$`);

export function parseBackupCode(raw: string): Parsed<string, BackupCodeProblem> {
    const text = typedAscii(raw).toUpperCase().replace(/[\s\-]/g, '');
    if (text === '') return refuse('empty');
    if (!BACKUP_CODE_PATTERN.test(text)) return refuse('invalidFormat');
    return accept(text);
}

/** Groups a backup code in fives for reading aloud and printing. */
export function formatBackupCode(code: string): string {
    return code.match(/.{1,5}/g)?.join('-') ?? code;
}
