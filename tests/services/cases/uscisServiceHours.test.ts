import { nextOpeningFromMessage } from '../../../services/cases/uscisServiceHours';

const SANDBOX_503 =
    'The Case Status API Sandbox is unavailable at this time. Please retry your API request during normal operation hours M-F 7:00AM EST - 8:00 PM EST';

describe('nextOpeningFromMessage', () => {
    it.each([
        ['Saturday afternoon in winter -> Monday 7:00 EST', Date.UTC(2024, 0, 13, 18, 0), Date.UTC(2024, 0, 15, 12, 0)],
        ['Saturday afternoon in summer -> Monday 7:00 EDT', Date.UTC(2024, 6, 13, 18, 0), Date.UTC(2024, 6, 15, 11, 0)],
        ['Friday 8:30 PM ET -> Monday', Date.UTC(2024, 0, 13, 1, 30), Date.UTC(2024, 0, 15, 12, 0)],
        ['Tuesday 6:00 AM ET -> the same morning', Date.UTC(2024, 0, 9, 11, 0), Date.UTC(2024, 0, 9, 12, 0)],
        ['Tuesday 11:00 PM ET -> Wednesday', Date.UTC(2024, 0, 10, 4, 0), Date.UTC(2024, 0, 10, 12, 0)],
    ])('%s', (_label, now, opening) => {
        expect(nextOpeningFromMessage(SANDBOX_503, new Date(now))).toEqual(new Date(opening));
    });

    it('says nothing inside the hours: then the 503 is an outage of unknown length', () => {
        expect(nextOpeningFromMessage(SANDBOX_503, new Date(Date.UTC(2024, 0, 10, 15, 0)))).toBeUndefined();
    });

    it.each([[undefined], ['Service Unavailable'], ['hours M-F 9:00PM EST - 8:00 AM EST']])('says nothing for %j', (message) => {
        expect(nextOpeningFromMessage(message, new Date(Date.UTC(2024, 0, 13, 18, 0)))).toBeUndefined();
    });
});
