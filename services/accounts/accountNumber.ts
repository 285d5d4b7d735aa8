import crypto from 'node:crypto';

/**
 * A random 12-digit online account number. The first digit is never 0, so a spreadsheet or a form that drops
 * leading zeros cannot shorten it.
 */
export function generateAccountNumber(): string {
    const first = crypto.randomInt(1, 10).toString();
    const rest = Array.from({ length: 11 }, () => crypto.randomInt(0, 10).toString()).join('');
    return first + rest;
}
