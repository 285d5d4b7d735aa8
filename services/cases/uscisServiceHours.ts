/**
 * The sandbox's 503 outside hours says when it opens: "…during normal operation hours M-F 7:00AM EST - 8:00 PM EST"
 * (uscis-facts §1.3). From that text, when will it next open? Undefined when the message does not name hours, or
 * when `now` is inside them (then the 503 is an outage and nobody knows when it ends).
 */
export function nextOpeningFromMessage(message: string | undefined, now: Date): Date | undefined {
    const hours = /M\s*-\s*F\s+(\d{1,2})(?::(\d{2}))?\s*([AP])\.?M\.?\s*E[SD]?T\s*-\s*(\d{1,2})(?::(\d{2}))?\s*([AP])\.?M/i.exec(
        message ?? '',
    );
    if (!hours) return undefined;
    const opens = minutesOfDay(hours[1], hours[2], hours[3]);
    const closes = minutesOfDay(hours[4], hours[5], hours[6]);
    if (opens >= closes) return undefined;

    const local = easternWallClock(now);
    const weekday = (day: number) => day >= 1 && day <= 5;
    if (weekday(local.weekday) && local.minutes >= opens && local.minutes < closes) return undefined;
    for (let ahead = 0; ahead <= 7; ahead += 1) {
        const day = new Date(Date.UTC(local.year, local.month - 1, local.day + ahead));
        if (!weekday(day.getUTCDay())) continue;
        const opening = easternToUtc(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), opens);
        if (opening.getTime() > now.getTime()) return opening;
    }
    return undefined;
}

function minutesOfDay(hour: string, minute: string | undefined, meridiem: string): number {
    const h = Number(hour) % 12 + (meridiem.toUpperCase() === 'P' ? 12 : 0);
    return h * 60 + Number(minute ?? 0);
}

const EASTERN = new Intl.DateTimeFormat('en-US', {
    timeZone: 'America/New_York',
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    weekday: 'short',
});
const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

function easternWallClock(at: Date): { year: number; month: number; day: number; minutes: number; weekday: number } {
    const parts = Object.fromEntries(EASTERN.formatToParts(at).map((part) => [part.type, part.value]));
    return {
        year: Number(parts.year),
        month: Number(parts.month),
        day: Number(parts.day),
        minutes: Number(parts.hour) * 60 + Number(parts.minute),
        weekday: WEEKDAYS.indexOf(parts.weekday),
    };
}

/** The instant when New York's clocks show the given date and minute of the day (EST or EDT as in force). */
function easternToUtc(year: number, month: number, day: number, minutes: number): Date {
    const guess = Date.UTC(year, month - 1, day, 0, minutes);
    const shown = easternWallClock(new Date(guess));
    const offset = Date.UTC(shown.year, shown.month - 1, shown.day, 0, shown.minutes) - guess;
    return new Date(guess - offset);
}
