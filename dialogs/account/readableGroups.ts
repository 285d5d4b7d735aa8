/**
 * Splits a long code into groups for reading aloud or copying: "123456789012" → "1234 5678 9012". Whitespace already
 * in the text is dropped first.
 */
export function groupForReading(text: string, size = 4): string {
    const compact = text.replace(/\s+/g, '');
    return compact.match(new RegExp(`.{1,${size}}`, 'g'))?.join(' ') ?? '';
}
