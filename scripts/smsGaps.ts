/**
 * Lists the texts of a locale that would take more than three SMS segments when sent by text: the `_sms` variant
 * where the locale has one, else the text itself, with every placeholder filled with a long sample value. Write an
 * `_sms` variant (a shorter text with the same placeholders) for each line it prints.
 *
 * @example
 * npx tsx scripts/smsGaps.ts es      # one language
 * npx tsx scripts/smsGaps.ts --all   # every locale folder
 */
import { availableLanguages, loadTranslations } from '../locales';
import { MAX_SEGMENTS_PER_MESSAGE, smsLength } from '../bot/sms/smsSegments';

type Tree = { [key: string]: Tree | string | string[] };

/** Texts never sent by SMS: web pages, email subjects and bodies, widget labels, answers' long web versions. */
const NOT_SENT_BY_SMS = [
    /^widget\./,
    /^notifications\.passwordPage\./,
    /^notifications\.[^.]+\.(subject|body)(_\w+)?$/,
    /\.page\./,
    /^terms\./,
    /^handoff\.console\./,
    /\.email(Body|Subject)$/,
    // Common questions have a `short` answer for channels that want short messages (chosen in the dialog).
    /^faq\.answers\.[^.]+\.full$/,
    /^faq\.answers\.[^.]+\.(feesFirst|waiverFirst)\.full$/,
];

/** A long, realistic value for a placeholder: the texts must fit with real names and numbers in them. */
const SAMPLE = 'Centro Legal de Inmigrantes';

function texts(tree: Tree, prefix = '', found = new Map<string, string>()): Map<string, string> {
    for (const [key, value] of Object.entries(tree)) {
        const at = prefix ? `${prefix}.${key}` : key;
        if (typeof value === 'string') found.set(at, value);
        else if (!Array.isArray(value)) texts(value, at, found);
    }
    return found;
}

/**
 * A text with each nested key ("$t(addCase.newCodeHow)") replaced by what is sent for it: its `_sms` variant, else
 * itself. A nested key built from a placeholder ("$t(caseStatus.buckets.{{bucket}}.nextStep)") is tried with every
 * value that names a text, the same value everywhere in the text, and the longest result stands for them all.
 */
export function withNestedTexts(all: Map<string, string>, text: string): string {
    const placeholder = /\$t\([^)]*{{\s*(\w+)\s*}}[^)]*\)/.exec(text);
    if (!placeholder) return text.replace(/\$t\(([^)]+)\)/g, (_, key: string) => all.get(`${key}_sms`) ?? all.get(key) ?? '');
    const name = placeholder[1]!;
    const nested = /\$t\(([^)]+)\)/.exec(placeholder[0])![1]!;
    const [before, after] = nested.split(new RegExp(`{{\\s*${name}\\s*}}`)) as [string, string];
    const values = [...all.keys()].filter((key) => key.startsWith(before) && key.endsWith(after)).map((key) => key.slice(before.length, key.length - after.length));
    return values
        .filter((value) => /^[^.]+$/.test(value))
        .map((value) => withNestedTexts(all, text.replace(new RegExp(`{{\\s*${name}\\s*}}`, 'g'), value)))
        .reduce((longest, sent) => (sent.length > longest.length ? sent : longest), '');
}

/** `key: N segments` for every text of `language` that is too long for SMS. */
export function smsGaps(language: string): string[] {
    const all = texts(loadTranslations(language) as Tree);
    const gaps: string[] = [];
    for (const [key, text] of all) {
        if (key.endsWith('_sms') || NOT_SENT_BY_SMS.some((pattern) => pattern.test(key))) continue;
        const sent = withNestedTexts(all, all.get(`${key}_sms`) ?? text);
        const segments = smsLength(sent.replace(/{{\s*\w+\s*}}/g, SAMPLE)).segments;
        if (segments > MAX_SEGMENTS_PER_MESSAGE) gaps.push(`${key}: ${segments} segments`);
    }
    return gaps;
}

if (require.main === module) {
    const args = process.argv.slice(2);
    const languages = args.includes('--all') ? availableLanguages() : args;
    let total = 0;
    for (const language of languages) {
        const gaps = smsGaps(language);
        total += gaps.length;
        console.log(`${language}: ${gaps.length} text(s) over ${MAX_SEGMENTS_PER_MESSAGE} SMS segments`);
        for (const gap of gaps) console.log(`  ${gap}`);
    }
    process.exitCode = total > 0 ? 1 : 0;
}
