import { z } from 'zod';
import type { CaseHistoryEntry, CaseStatus, ServiceText } from './caseService';

/**
 * The USCIS Case Status API's bodies (uscis-facts §1.2, §1.3) and the quirks public clients report from the live
 * sandbox: `hist_case_status` missing, null or []; IOE cases without dates; history dates as "MM-DD-YYYY HH:mm:ss"
 * or "YYYY-MM-DD", unordered, sometimes empty; HTML in descriptions; three error envelopes with a numeric or string
 * code. Everything here is tolerant: a field we cannot read becomes absent rather than failing the whole answer.
 */

/** A string field the service may leave out, send as null, or (rarely) send as something else. */
const looseText = z
    .unknown()
    .transform((value) => (typeof value === 'string' ? value : undefined))
    .optional();

const historyEntrySchema = z
    .object({ date: looseText, completed_text_en: looseText, completed_text_es: looseText })
    .partial();

const caseStatusSchema = z.object({
    receiptNumber: looseText,
    formType: looseText,
    submittedDate: looseText,
    modifiedDate: looseText,
    current_case_status_text_en: z.string(),
    current_case_status_desc_en: looseText,
    current_case_status_text_es: looseText,
    current_case_status_desc_es: looseText,
    hist_case_status: z.array(z.unknown()).nullish(),
});

const successEnvelopeSchema = z.object({ case_status: caseStatusSchema, message: looseText });

/** What a 200 body says about a case; the service adds the bucket. */
export type UscisCaseRecord = Omit<CaseStatus, 'bucket'>;

export type UscisCaseParse = { ok: true; record: UscisCaseRecord } | { ok: false; problem: string };

/**
 * Reads a 200 body. `requestedReceipt` fills in the receipt when the body does not echo it. A body without a status
 * title is refused: there is nothing to show the user.
 */
export function parseCaseStatusBody(body: unknown, requestedReceipt: string): UscisCaseParse {
    const parsed = successEnvelopeSchema.safeParse(body);
    if (!parsed.success) {
        // Only the paths go into the problem: the values may quote the receipt.
        const paths = parsed.error.issues.map((issue) => issue.path.join('.') || '(root)');
        return { ok: false, problem: `unexpected case body at ${[...new Set(paths)].join(', ')}` };
    }
    const status = parsed.data.case_status;
    const titleEn = plainText(status.current_case_status_text_en);
    if (titleEn === '') return { ok: false, problem: 'the case body has an empty status title' };
    const receipt = status.receiptNumber?.trim();
    return {
        ok: true,
        record: {
            receiptNumber: receipt ? receipt.toUpperCase() : requestedReceipt,
            formType: nonEmpty(status.formType?.trim()),
            title: serviceText(titleEn, status.current_case_status_text_es),
            description: serviceText(plainText(status.current_case_status_desc_en ?? ''), status.current_case_status_desc_es),
            history: parseHistory(status.hist_case_status),
            submittedAt: parseUscisDate(status.submittedDate),
            modifiedAt: parseUscisDate(status.modifiedDate),
        },
    };
}

/** Oldest first; entries without a readable date or an English text are skipped (§1.2). Equal dates keep their order. */
function parseHistory(entries: unknown[] | null | undefined): CaseHistoryEntry[] {
    const history: Array<Required<CaseHistoryEntry>> = [];
    for (const raw of entries ?? []) {
        const entry = historyEntrySchema.safeParse(raw);
        if (!entry.success) continue;
        const date = parseUscisDate(entry.data.date);
        const titleEn = plainText(entry.data.completed_text_en ?? '');
        if (date === undefined || titleEn === '') continue;
        history.push({ date, title: serviceText(titleEn, entry.data.completed_text_es) });
    }
    return history.sort((a, b) => a.date.getTime() - b.date.getTime());
}

function serviceText(en: string, es: string | undefined): ServiceText {
    const spanish = nonEmpty(plainText(es ?? ''));
    return spanish === undefined ? { en } : { en, es: spanish };
}

function nonEmpty(text: string | undefined): string | undefined {
    return text === undefined || text === '' ? undefined : text;
}

const US_DATE = /^(\d{2})-(\d{2})-(\d{4})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * "09-05-2023 14:28:46", "09-05-2023", "2023-09-05" or "2023-09-05 14:28:46". USCIS gives no time zone, so the
 * wall-clock time is kept as is in UTC fields: format these dates with `timeZone: 'UTC'` to show what USCIS showed.
 * Anything else, or an impossible date (02-30-2024), is undefined.
 */
export function parseUscisDate(text: string | undefined): Date | undefined {
    const value = text?.trim() ?? '';
    const us = US_DATE.exec(value);
    const iso = us ? undefined : ISO_DATE.exec(value);
    const parts = us ? [us[3], us[1], us[2], us[4], us[5], us[6]] : iso ? iso.slice(1, 7) : undefined;
    if (parts === undefined) return undefined;
    const [year, month, day, hour, minute, second] = parts.map((part) => Number(part ?? 0));
    if (hour > 23 || minute > 59 || second > 59) return undefined;
    const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
    // Date.UTC rolls 02-30 over to March; a rolled date was not a real one.
    if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
    return date;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/**
 * Chat-ready text from a description that may hold HTML (`<p>`, `<br>`, `<a href>`): tags removed, paragraphs and
 * line breaks kept as new lines, entities decoded, spaces collapsed. A link whose text does not already show its
 * address keeps the address in parentheses, so "change your address" still tells the user where to go.
 */
export function plainText(html: string): string {
    const withLinks = html.replace(
        /<a\b[^>]*?\bhref\s*=\s*["']([^"']*)["'][^>]*>([\s\S]*?)<\/a\s*>/gi,
        (_match, href: string, inner: string) => {
            const text = inner.replace(/<[^>]*>/g, '').trim();
            const address = href.trim();
            const shown = address.replace(/^https?:\/\//i, '').replace(/\/$/, '');
            if (!/^https?:\/\//i.test(address) || text.toLowerCase().includes(shown.toLowerCase())) return inner;
            return text === '' ? address : `${inner} (${address})`;
        },
    );
    return decodeEntities(
        withLinks
            .replace(/<\s*(script|style)\b[\s\S]*?<\s*\/\s*\1\s*>/gi, '')
            .replace(/<\s*br\s*\/?\s*>/gi, '\n')
            .replace(/<\s*\/\s*(p|div|li|h[1-6])\s*>/gi, '\n')
            .replace(/<[^>]*>/g, ''),
    )
        .split('\n')
        .map((line) => line.replace(/[ \t\r\f\v\u00a0]+/g, ' ').trim())
        .filter((line) => line !== '')
        .join('\n');
}

function decodeEntities(text: string): string {
    return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
        if (name[0] === '#') {
            const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
            return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
        }
        return ENTITIES[name.toLowerCase()] ?? entity;
    });
}

const errorCode = z.union([z.number(), z.string()]).transform((code) => String(code).trim());
const errorDetail = z.object({ code: errorCode.optional(), message: looseText });

const errorEnvelopeSchema = z.union([
    z.object({ error: errorDetail }),
    z.object({ errors: z.array(errorDetail).min(1) }),
    // Apigee's own policies (Spike Arrest, invalid key) answer with a fault.
    z.object({ fault: z.object({ faultstring: looseText, detail: z.object({ errorcode: looseText }).partial().optional() }) }),
    errorDetail.extend({ code: errorCode }),
]);

/** What an error body says, whichever envelope carried it; empty when the body is not one we know (an HTML page). */
export interface UscisErrorDetail {
    code?: string;
    message?: string;
}

/** Reads flat `{code,message}`, nested `{error:{code,message}}`, `{errors:[{code,message}]}` or an Apigee fault. */
export function parseErrorBody(body: unknown): UscisErrorDetail {
    const parsed = errorEnvelopeSchema.safeParse(body);
    if (!parsed.success) return {};
    const envelope = parsed.data;
    const detail =
        'error' in envelope
            ? envelope.error
            : 'errors' in envelope
              ? envelope.errors[0]
              : 'fault' in envelope
                ? { code: envelope.fault.detail?.errorcode, message: envelope.fault.faultstring }
                : envelope;
    const result: UscisErrorDetail = {};
    if (detail.code !== undefined && detail.code !== '') result.code = detail.code;
    if (detail.message !== undefined && detail.message !== '') result.message = detail.message;
    return result;
}

/** The token endpoint's answer (Apigee: every value a string, `status` "approved"). */
export const tokenResponseSchema = z.object({
    access_token: z.string().min(1),
    expires_in: z.union([z.string(), z.number()]).transform(Number).pipe(z.number().positive()),
    status: z.literal('approved'),
    token_type: z.string().optional(),
});
