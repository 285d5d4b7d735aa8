/**
 * USCIS forms people ask about by name, whose page on uscis.gov is the form's name in lower case
 * (https://www.uscis.gov/i-765): the page has the form, its instructions and its current fee. Only these are linked;
 * another name may be a typo or a form without such a page.
 */
const FORMS_WITH_PAGES: ReadonlySet<string> = new Set([
    'I-90',
    'I-129F',
    'I-130',
    'I-131',
    'I-485',
    'I-539',
    'I-751',
    'I-765',
    'I-821D',
    'N-400',
    'N-565',
    'N-600',
]);

/**
 * "I-765", "i765", "form I 130", "N-400": a form's letter, number and optional letter, not inside a longer word of
 * Latin letters or digits. Chinese and Japanese write it against their words ("I-130表寄到哪里"): those may touch it.
 */
const FORM_NAME = /(?<![\p{Script=Latin}\p{N}])([IN])[\s-]?(\d{2,3})([A-Z])?(?![\p{Script=Latin}\p{N}])/giu;

/** A form with a page of its own, with that page; undefined for another name. */
export function uscisFormPage(form: string): { form: string; page: string } | undefined {
    return FORMS_WITH_PAGES.has(form) ? { form, page: `https://www.uscis.gov/${form.toLowerCase()}` } : undefined;
}

/** A form named in a message that has a page of its own, with that page; the first one named. */
export function uscisFormNamedIn(text: string): { form: string; page: string } | undefined {
    const [first] = uscisFormsNamedIn(text);
    return first === undefined ? undefined : uscisFormPage(first);
}

/** Every form a message names that has a page of its own ("I-130", "I-485"), once each, in the order named. */
export function uscisFormsNamedIn(text: string): string[] {
    const forms = new Set<string>();
    for (const [, letter, digits, suffix] of text.matchAll(FORM_NAME)) {
        const form = `${letter!.toUpperCase()}-${digits}${(suffix ?? '').toUpperCase()}`;
        if (FORMS_WITH_PAGES.has(form)) forms.add(form);
    }
    return [...forms];
}

/** `text` with every form name in it ("I-130", "i765", "N 400") taken out, each left as a space. */
export function withoutFormNames(text: string): string {
    return text.replace(FORM_NAME, ' ');
}
