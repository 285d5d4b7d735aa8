/**
 * SMS length as carriers bill it. A message in the GSM-7 alphabet holds 160 characters, or 153 per part once split;
 * one character outside it (an accented "á", any Chinese or Arabic letter, an emoji) turns the whole message into
 * UCS-2: 70 characters, or 67 per part. Hand-written because it is a few lines and the npm calculators are unkept.
 */

/** GSM 03.38 basic character set. */
const GSM_BASIC = new Set(
    '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** GSM 03.38 extension table: each costs two septets (an escape and the character). */
const GSM_EXTENDED = new Set('^{}\\[~]|€\f');

export interface SmsLength {
    encoding: 'GSM-7' | 'UCS-2';
    /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
    units: number;
    segments: number;
}

/** How a text is encoded and how many segments it takes. */
export function smsLength(text: string): SmsLength {
    let septets = 0;
    for (const char of text) {
        if (GSM_BASIC.has(char)) septets += 1;
        else if (GSM_EXTENDED.has(char)) septets += 2;
        else return { encoding: 'UCS-2', units: text.length, segments: segmentsFor(text.length, 70, 67) };
    }
    return { encoding: 'GSM-7', units: septets, segments: segmentsFor(septets, 160, 153) };
}

function segmentsFor(units: number, single: number, perPart: number): number {
    if (units === 0) return 0;
    return units <= single ? 1 : Math.ceil(units / perPart);
}

/** Most segments one SMS reply may take before it is sent as several messages. */
export const MAX_SEGMENTS_PER_MESSAGE = 3;

/**
 * Splits a reply into messages of at most `maxSegments` segments each, at sentence boundaries where it can (then at
 * word boundaries, then anywhere), keeping the order. Line breaks between paragraphs are kept inside a message.
 */
export function splitForSms(text: string, language: string, maxSegments = MAX_SEGMENTS_PER_MESSAGE): string[] {
    const fits = (candidate: string) => smsLength(candidate).segments <= maxSegments;
    const trimmed = text.trim();
    if (trimmed === '' || fits(trimmed)) return trimmed === '' ? [] : [trimmed];
    const messages: string[] = [];
    let current = '';
    for (const piece of pieces(trimmed, language, 'sentence', fits)) {
        const joined = current + piece;
        if (current !== '' && !fits(joined.trim())) {
            messages.push(current.trim());
            current = piece;
        } else {
            current = joined;
        }
    }
    if (current.trim() !== '') messages.push(current.trim());
    return messages;
}

/** The text cut at `granularity` boundaries; a piece that alone is too long is cut finer. */
function* pieces(text: string, language: string, granularity: 'sentence' | 'word', fits: (text: string) => boolean): Generator<string> {
    for (const { segment } of new Intl.Segmenter(language, { granularity }).segment(text)) {
        if (fits(segment.trim())) yield segment;
        else if (granularity === 'sentence') yield* pieces(segment, language, 'word', fits);
        else yield* hardCut(segment, fits);
    }
}

/** Last resort for one unbroken run longer than a message (a URL, a word in a script without spaces). */
function* hardCut(text: string, fits: (text: string) => boolean): Generator<string> {
    let current = '';
    for (const char of text) {
        if (!fits(current + char)) {
            yield current;
            current = '';
        }
        current += char;
    }
    if (current) yield current;
}
