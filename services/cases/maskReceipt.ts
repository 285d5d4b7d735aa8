/**
 * `EAC9999103403` → `EAC*******403`: the prefix (which service center) and the last three digits stay, enough to
 * tell two cases apart in a log, not enough to look one up. The only form in which a receipt may appear in a log.
 * Anything shorter than ten characters is masked whole, so a short or garbled input never leaks most of itself.
 */
export function maskReceipt(receipt: string): string {
    const text = receipt.trim();
    if (text.length < 10) return '*'.repeat(Math.max(3, text.length));
    return `${text.slice(0, 3)}${'*'.repeat(text.length - 6)}${text.slice(-3)}`;
}
