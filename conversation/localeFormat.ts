/**
 * Dates, times and numbers as a user of each language reads them, through Intl (Node ships full ICU). One place, so a
 * new language needs one line here at most: the region whose conventions its speakers here expect.
 */

/**
 * The Intl locale for a supported language where ICU knows it under another name (Tagalog is "fil"); every other
 * language is formatted by its own code, which ICU resolves to its main region ("zh" = Simplified Chinese, China).
 */
const INTL_LOCALES: Readonly<Record<string, string>> = { tl: 'fil' };

/** The Intl locale to format for `language` (a supported language or a locale such as "es-MX"). */
export function intlLocale(language: string): string {
    const base = language.toLowerCase().split(/[-_]/)[0];
    return INTL_LOCALES[base] ?? language;
}

/** A calendar date ("March 20, 2023", "20 de marzo de 2023", "2023年3月20日"); service dates carry no time zone. */
export function formatDate(language: string, date: Date, timeZone = 'UTC'): string {
    return new Intl.DateTimeFormat(intlLocale(language), { year: 'numeric', month: 'long', day: 'numeric', timeZone }).format(date);
}

/** A time of day with its zone ("3:05 PM EST"): when a lock ends, when a service is back. */
export function formatTime(language: string, date: Date, timeZone: string): string {
    return new Intl.DateTimeFormat(intlLocale(language), { hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(date);
}

/** A weekday and time with its zone ("Monday 8:00 AM EST"). */
export function formatWeekdayTime(language: string, date: Date, timeZone: string): string {
    return new Intl.DateTimeFormat(intlLocale(language), { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(date);
}

/** A number with the language's grouping and decimal signs ("1,234.5", "1.234,5"). */
export function formatNumber(language: string, value: number): string {
    return new Intl.NumberFormat(intlLocale(language)).format(value);
}
