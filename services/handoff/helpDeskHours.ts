/**
 * When the help desk has people: weekly opening hours in one time zone, minus holidays. Time-zone arithmetic uses
 * Intl only (no date library): a moment is turned into the desk's local weekday, date and minute of the day.
 *
 * @example
 * const hours = parseHelpDeskHours({ schedule: 'Mon-Fri 08:00-20:00', timeZone: 'America/New_York', holidays: '2025-12-25' });
 * hours.isOpen(new Date());           // false on a Sunday or on Christmas Day in New York
 * hours.nextOpening(new Date());      // the next moment it opens
 */
export interface HelpDeskHours {
    readonly timeZone: string;
    isOpen(at: Date): boolean;
    /** The first moment at or after `at` when the desk is open (undefined when it never opens within 30 days). */
    nextOpening(at: Date): Date | undefined;
}

export interface HelpDeskHoursSettings {
    /** `Mon-Fri 08:00-20:00`, several groups separated by `;` or `,` (`Mon-Fri 08:00-20:00; Sat 09:00-13:00`). */
    schedule: string;
    /** An IANA zone, e.g. America/New_York. */
    timeZone: string;
    /** Local dates the desk is closed, `YYYY-MM-DD`, separated by commas. */
    holidays: string;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;

interface OpeningSpan {
    day: number;
    fromMinute: number;
    toMinute: number;
}

/** A reason the settings cannot be used (for the configuration check), or undefined when they are fine. */
export function helpDeskHoursProblem(settings: HelpDeskHoursSettings): string | undefined {
    try {
        parseHelpDeskHours(settings);
        return undefined;
    } catch (error) {
        return (error as Error).message;
    }
}

export function parseHelpDeskHours(settings: HelpDeskHoursSettings): HelpDeskHours {
    try {
        new Intl.DateTimeFormat('en-US', { timeZone: settings.timeZone });
    } catch {
        throw new Error(`HELPDESK_TIMEZONE: "${settings.timeZone}" is not a time zone (e.g. America/New_York)`);
    }
    const spans = parseSchedule(settings.schedule);
    const holidays = new Set(
        settings.holidays
            .split(',')
            .map((day) => day.trim())
            .filter(Boolean)
            .map((day) => {
                if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`HELPDESK_HOLIDAYS: "${day}" is not a date like 2025-12-25`);
                return day;
            }),
    );
    const isOpen = (at: Date): boolean => {
        const local = localTime(at, settings.timeZone);
        if (holidays.has(local.date)) return false;
        return spans.some((span) => span.day === local.day && local.minute >= span.fromMinute && local.minute < span.toMinute);
    };
    return {
        timeZone: settings.timeZone,
        isOpen,
        nextOpening(at) {
            if (isOpen(at)) return at;
            const quarter = 15 * 60 * 1000;
            let probe = Math.ceil(at.getTime() / 60000) * 60000;
            const limit = at.getTime() + 30 * 24 * 60 * 60 * 1000;
            // Coarse steps to the first open quarter hour, then back minute by minute to the exact opening.
            while (probe <= limit && !isOpen(new Date(probe))) probe += quarter;
            if (probe > limit) return undefined;
            while (isOpen(new Date(probe - 60000)) && probe - 60000 >= at.getTime()) probe -= 60000;
            return new Date(probe);
        },
    };
}

function parseSchedule(schedule: string): OpeningSpan[] {
    const spans: OpeningSpan[] = [];
    for (const group of schedule.split(/[;,]/).map((part) => part.trim()).filter(Boolean)) {
        const match = /^([A-Za-z]{3})(?:-([A-Za-z]{3}))?\s+(\d{1,2}):(\d{2})-(\d{1,2}):(\d{2})$/.exec(group);
        const first = match ? dayIndex(match[1]) : -1;
        const last = match?.[2] ? dayIndex(match[2]) : first;
        if (!match || first < 0 || last < 0) throw new Error(`HELPDESK_SCHEDULE: "${group}" is not like "Mon-Fri 08:00-20:00"`);
        const fromMinute = Number(match[3]) * 60 + Number(match[4]);
        const toMinute = Number(match[5]) * 60 + Number(match[6]);
        if (fromMinute >= toMinute || toMinute > 24 * 60) throw new Error(`HELPDESK_SCHEDULE: "${group}" closes before it opens`);
        for (let day = first; ; day = (day + 1) % 7) {
            spans.push({ day, fromMinute, toMinute });
            if (day === last) break;
        }
    }
    return spans;
}

function dayIndex(name: string): number {
    return DAYS.findIndex((day) => day.toLowerCase() === name.toLowerCase());
}

/** The desk's local weekday (0 = Sunday), date (YYYY-MM-DD) and minute of the day at a moment. */
function localTime(at: Date, timeZone: string): { day: number; date: string; minute: number } {
    const parts = Object.fromEntries(
        new Intl.DateTimeFormat('en-US', { timeZone, weekday: 'short', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
            .formatToParts(at)
            .map((part) => [part.type, part.value]),
    );
    return {
        day: dayIndex(parts.weekday),
        date: `${parts.year}-${parts.month}-${parts.day}`,
        minute: (Number(parts.hour) % 24) * 60 + Number(parts.minute),
    };
}

/** "Monday 8:00 AM EST" in the user's language, in the desk's time zone. */
export function describeOpening(at: Date, timeZone: string, language: string): string {
    return new Intl.DateTimeFormat(language, { weekday: 'long', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(at);
}
