import { uscisFormNamedIn, uscisFormsNamedIn } from '../../services/uscisForms';

describe('uscisFormNamedIn', () => {
    test.each([
        ['what is the fee for I-765', 'I-765'],
        ['fee for i765?', 'I-765'],
        ['how much is form I 130', 'I-130'],
        ['N-400 수수료가 얼마예요?', 'N-400'],
        ['I-129F fee', 'I-129F'],
        ['renew DACA, i-821d', 'I-821D'],
        // Written against Chinese words, with no space.
        ['I-130表寄到哪里？', 'I-130'],
        ['我的I-765要多少钱', 'I-765'],
    ])('"%s" names %s, linked to its page', (text, form) => {
        expect(uscisFormNamedIn(text)).toEqual({ form, page: `https://www.uscis.gov/${form.toLowerCase()}` });
    });

    test.each([
        'how much does citizenship cost',
        // A form without a page of its own under that address (or a typo) is not linked.
        'what is the fee for I-999',
        // Not a form: a receipt number, an A-Number, a word that ends in a form's shape.
        'EAC9999103403',
        'A012345678',
        'WIN400',
    ])('"%s" names no form with a page', (text) => {
        expect(uscisFormNamedIn(text)).toBeUndefined();
    });
});

describe('uscisFormsNamedIn', () => {
    test.each([
        ['I-130 vs I-485', ['I-130', 'I-485']],
        ['I-485和I-130有什么区别', ['I-485', 'I-130']],
        // Each once, and only those with a page of their own.
        ['i130, I-130 and I-999', ['I-130']],
        ['how much does citizenship cost', []],
    ])('"%s" names %j', (text, forms) => {
        expect(uscisFormsNamedIn(text)).toEqual(forms);
    });
});
