/** The current time. Services take one so tests can move time forward instead of waiting. */
export type Clock = () => Date;

export const systemClock: Clock = () => new Date();

export function addSeconds(date: Date, seconds: number): Date {
    return new Date(date.getTime() + seconds * 1000);
}

export function addMinutes(date: Date, minutes: number): Date {
    return addSeconds(date, minutes * 60);
}
