import { maskReceipt } from '../../../services/cases/maskReceipt';

describe('maskReceipt', () => {
    it.each([
        ['EAC9999103403', 'EAC*******403'],
        ['IOE0912345678', 'IOE*******678'],
        ['  LIN9999106498 ', 'LIN*******498'],
    ])('keeps the prefix and the last three digits of %s', (receipt, masked) => {
        expect(maskReceipt(receipt)).toBe(masked);
    });

    it('never shows more than six characters of a receipt', () => {
        const masked = maskReceipt('EAC9999103403');
        expect(masked).toHaveLength(13);
        expect(masked.replace(/\*/g, '')).toHaveLength(6);
        expect(masked).not.toContain('9999103');
    });

    it.each([['ABC123'], ['EAC99'], [''], ['123456789']])('masks a short or garbled input (%j) whole', (input) => {
        expect(maskReceipt(input)).toMatch(/^\*{3,}$/);
    });
});
