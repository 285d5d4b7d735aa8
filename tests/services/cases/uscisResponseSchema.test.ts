import {
    parseCaseStatusBody,
    parseErrorBody,
    parseUscisDate,
    plainText,
    tokenResponseSchema,
} from '../../../services/cases/uscisResponseSchema';
import { FAKE_USCIS_RECEIPTS as R, sampleCaseStatuses } from '../../support/fakeUscisApi';

const samples = sampleCaseStatuses();
const envelope = (caseStatus: unknown) => ({ case_status: caseStatus, message: "Query was successful for payload {'receipt_number': 'X'}" });
const utc = (y: number, m: number, d: number, h = 0, min = 0, s = 0) => new Date(Date.UTC(y, m - 1, d, h, min, s));

function parsed(caseStatus: unknown, receipt = 'EAC9999103403') {
    const result = parseCaseStatusBody(envelope(caseStatus), receipt);
    if (!result.ok) throw new Error(result.problem);
    return result.record;
}

describe('parseCaseStatusBody', () => {
    it('reads the documented success envelope with history', () => {
        expect(parsed(samples[R.approvedWithHistory])).toEqual({
            receiptNumber: 'EAC9999103403',
            formType: 'I-130',
            title: { en: 'Case Was Approved', es: 'Caso Fue Aprobado' },
            description: { en: expect.stringMatching(/^On September 5, 2023, we approved/), es: expect.stringMatching(/^El 5 de septiembre/) },
            history: [
                { date: utc(2023, 3, 20), title: { en: 'Case Was Received', es: 'Caso Fue Recibido' } },
                { date: utc(2023, 9, 5), title: { en: 'Case Was Approved', es: 'Caso Fue Aprobado' } },
            ],
            submittedAt: utc(2023, 9, 5, 14, 28, 46),
            modifiedAt: utc(2023, 9, 5, 14, 28, 46),
        });
    });

    it.each([
        ['null', null],
        ['[]', []],
        ['missing', undefined],
    ])('accepts hist_case_status %s as no history', (_label, history) => {
        const body = { ...samples[R.noHistory], hist_case_status: history };
        if (history === undefined) delete body.hist_case_status;
        expect(parsed(body).history).toEqual([]);
    });

    it('leaves dates out of an IOE case that has none, reads YYYY-MM-DD history, sorts it and strips HTML', () => {
        const record = parsed(samples[R.ioeWithoutDates], R.ioeWithoutDates);
        expect(record.submittedAt).toBeUndefined();
        expect(record.modifiedAt).toBeUndefined();
        expect(record).not.toHaveProperty('submittedAt', expect.anything());
        expect(record.history.map((entry) => [entry.date, entry.title.en])).toEqual([
            [utc(2023, 11, 20), 'Case Was Received'],
            [utc(2024, 2, 2), 'Case Is Being Actively Reviewed By USCIS'],
        ]);
        expect(record.description.en).toBe(
            'As of February 2, 2024, we are actively reviewing your Form I-485, Receipt Number IOE9999103401. If you move, go to www.uscis.gov/addresschange to give us your new mailing address.',
        );
        // A link whose text hides its address keeps the address.
        expect(record.description.es).toBe(
            'Desde el 2 de febrero de 2024, estamos revisando activamente su Formulario I-485. Si se muda, actualice su dirección (https://www.uscis.gov/addresschange).',
        );
    });

    it('sorts unordered mixed-format history and skips entries with an empty text or a null date', () => {
        const record = parsed(samples[R.quirkyHistory], R.quirkyHistory);
        expect(record.history).toEqual([
            { date: utc(2023, 9, 5), title: { en: 'Case Was Received' } },
            { date: utc(2024, 1, 10, 9), title: { en: 'Card Was Produced' } },
            { date: utc(2024, 1, 12), title: { en: 'Card Was Mailed To Me' } },
        ]);
        expect(record.title).toEqual({ en: 'Card Was Mailed To Me' });
        expect(record.formType).toBeUndefined();
        expect(record.description.en).toBe('We mailed your card & your notice.\nAllow 10 days.');
    });

    it('skips history entries that are not objects and takes the requested receipt when none is echoed', () => {
        const { receiptNumber, ...rest } = samples[R.approvedWithHistory];
        void receiptNumber;
        const record = parsed({ ...rest, hist_case_status: [null, 'x', 3, { date: '2023-03-20', completed_text_en: 'Case Was Received' }] }, 'EAC9999103499');
        expect(record.receiptNumber).toBe('EAC9999103499');
        expect(record.history).toHaveLength(1);
    });

    it.each([
        ['a body without case_status', { code: 404, message: 'x' }],
        ['a case without a status title', envelope({ receiptNumber: 'EAC9999103403' })],
        ['an empty status title', envelope({ current_case_status_text_en: '<p> </p>' })],
        ['an HTML page', undefined],
    ])('refuses %s', (_label, body) => {
        const result = parseCaseStatusBody(body, 'EAC9999103403');
        expect(result.ok).toBe(false);
        if (!result.ok) expect(result.problem).not.toContain('EAC9999103403');
    });
});

describe('parseUscisDate', () => {
    it.each([
        ['09-05-2023 14:28:46', utc(2023, 9, 5, 14, 28, 46)],
        ['01-10-2024 09:00:00', utc(2024, 1, 10, 9)],
        ['09-05-2023', utc(2023, 9, 5)],
        ['2023-09-05', utc(2023, 9, 5)],
        ['2023-09-05 08:30:00', utc(2023, 9, 5, 8, 30)],
        [' 2024-02-29 ', utc(2024, 2, 29)],
    ])('reads %j', (text, date) => {
        expect(parseUscisDate(text)).toEqual(date);
    });

    it.each([[undefined], [''], ['02-30-2024'], ['13-01-2024 00:00:00'], ['2023-02-29'], ['Sep 5, 2023'], ['09-05-2023 25:00:00']])(
        'gives undefined for %j',
        (text) => {
            expect(parseUscisDate(text)).toBeUndefined();
        },
    );
});

describe('plainText', () => {
    it('removes tags, keeps paragraphs as lines and decodes entities', () => {
        expect(plainText('<p>One &lt;two&gt;&nbsp; three</p><p>Four&#39;s &#x41;</p>')).toBe("One <two> three\nFour's A");
    });

    it('drops scripts entirely and keeps a link that shows its own address as is', () => {
        expect(plainText('Go to <a href="https://www.uscis.gov/addresschange/">www.uscis.gov/addresschange</a><script>alert(1)</script>')).toBe(
            'Go to www.uscis.gov/addresschange',
        );
    });

    it('does not append a non-web link', () => {
        expect(plainText('<a href="javascript:alert(1)">click</a>')).toBe('click');
    });
});

describe('parseErrorBody', () => {
    it.each([
        ['flat with a numeric code', { code: 404, message: 'Case Status Online does not recognize' }, { code: '404', message: 'Case Status Online does not recognize' }],
        ['flat with a string code', { code: '429', message: 'Spike Arrest Violation' }, { code: '429', message: 'Spike Arrest Violation' }],
        ['nested', { error: { code: '503', message: 'unavailable at this time' } }, { code: '503', message: 'unavailable at this time' }],
        ['a list', { errors: [{ code: 503, message: 'Service Unavailable' }, { code: 1 }] }, { code: '503', message: 'Service Unavailable' }],
        [
            'an Apigee fault',
            { fault: { faultstring: 'Spike arrest violation', detail: { errorcode: 'policies.ratelimit.SpikeArrestViolation' } } },
            { code: 'policies.ratelimit.SpikeArrestViolation', message: 'Spike arrest violation' },
        ],
        ['an HTML page (no JSON)', undefined, {}],
        ['an unrelated object', { hello: 'world' }, {}],
    ])('reads %s', (_label, body, detail) => {
        expect(parseErrorBody(body)).toEqual(detail);
    });
});

describe('tokenResponseSchema', () => {
    const token = { access_token: 'abc', expires_in: '1800', status: 'approved', token_type: 'Bearer', issued_at: '1' };

    it('reads the Apigee answer whose values are strings', () => {
        expect(tokenResponseSchema.parse(token)).toEqual({ access_token: 'abc', expires_in: 1800, status: 'approved', token_type: 'Bearer' });
    });

    it.each([
        ['not approved', { ...token, status: 'revoked' }],
        ['without a lifetime', { ...token, expires_in: 'soon' }],
        ['without a token', { ...token, access_token: '' }],
    ])('refuses a token %s', (_label, body) => {
        expect(tokenResponseSchema.safeParse(body).success).toBe(false);
    });
});
