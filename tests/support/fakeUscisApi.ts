import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * Receipts the fake answers in a fixed way. The first three are sandbox staging receipts with the sample bodies of
 * uscis-facts §1.5; the rest are reserved (real 13-character format, so the validators run unchanged) and force one
 * behaviour each. Any other well-formed receipt gets USCIS's 404.
 */
export const FAKE_USCIS_RECEIPTS = {
    /** 200, I-130 approved, two history entries in "MM-DD-YYYY HH:mm:ss". */
    approvedWithHistory: 'EAC9999103403',
    /** 200, I-765 received, `hist_case_status: null`. */
    noHistory: 'EAC9999103400',
    /** 200, IOE case: no submittedDate/modifiedDate, history in "YYYY-MM-DD", HTML in the description. */
    ioeWithoutDates: 'IOE9999103401',
    /** 200, the quirks at once: history unordered, mixed date formats, empty and null entries, no Spanish. */
    quirkyHistory: 'LIN9999106498',
    /** 401 to the first token that asks (the token is then revoked), 200 with a new token. */
    staleTokenOnce: 'EAC9999000401',
    /** 401 whatever the token. */
    alwaysUnauthorized: 'EAC9999000402',
    /** 422 "not formatted correctly" (the API's own format check). */
    badFormat: 'EAC9999000422',
    /** 429 Spike Arrest Violation. */
    spikeArrest: 'EAC9999000429',
    /** 500 to the first request for this receipt, then the approved body. */
    serverErrorOnce: 'EAC9999000500',
    /** 500 every time. */
    serverErrorAlways: 'EAC9999000501',
    /** 503 outside hours, nested envelope `{error:{code:"503",message}}`. */
    outsideHours: 'EAC9999000503',
    /** 503 with `{errors:[{code:"503",message:"Service Unavailable"}]}`. */
    serviceUnavailableList: 'EAC9999000504',
    /** Never answers (the client's timeout must fire). */
    hangs: 'EAC9999000408',
    /** Unknown: 404 (any receipt not listed here answers the same). */
    unknown: 'EAC0000000000',
} as const;

export interface FakeUscisRequest {
    method: string;
    /** The path as sent, e.g. /case-status/EAC9999103403 (tests only: never log it). */
    path: string;
    authorization: string | undefined;
    contentType: string | undefined;
    form: Record<string, string>;
}

export interface FakeUscisApi {
    baseUrl: string;
    clientId: string;
    clientSecret: string;
    /** Token requests answered 200. */
    tokenRequests: number;
    /** Requests to /case-status/… (any answer). */
    caseRequests: number;
    requests: FakeUscisRequest[];
    /** Every access token issued, for "never logged" assertions. */
    issuedTokens: string[];
    /** How many /case-status requests named this receipt. */
    caseRequestsFor(receipt: string): number;
    /** Answer 200 with this `case_status` object for the receipt from now on (e.g. a status that changed). */
    setCase(receipt: string, caseStatus: Record<string, unknown>): void;
    /** Make every issued token stale (the next case request gets 401). */
    revokeTokens(): void;
    close(): Promise<void>;
}

export interface FakeUscisApiOptions {
    clientId?: string;
    clientSecret?: string;
    /** The token's `expires_in` (seconds, sent as a string as Apigee does). */
    tokenLifetimeSeconds?: number;
    /** Send `Retry-After` with the 429 (Apigee's Spike Arrest sends none by default). */
    spikeArrestRetryAfter?: string;
}

const NOT_RECOGNIZED =
    'Case Status Online does not recognize the receipt number entered. Please check your receipt number and try again. If you need further assistance, please call the USCIS Contact Center at 1-800-375-5283.';
const NOT_FORMATTED =
    'The application receipt number is not formatted correctly, It should be total of 13 characters (3 character prefix followed by 10 digits). Please check your receipt number and try again';
const OUTSIDE_HOURS =
    'The Case Status API Sandbox is unavailable at this time. Please retry your API request during normal operation hours M-F 7:00AM EST - 8:00 PM EST';

/** The sample `case_status` bodies (uscis-facts §1.5; the wording is ours except USCIS's own strings). */
export function sampleCaseStatuses(): Record<string, Record<string, unknown>> {
    const r = FAKE_USCIS_RECEIPTS;
    return {
        [r.approvedWithHistory]: {
            receiptNumber: r.approvedWithHistory,
            formType: 'I-130',
            submittedDate: '09-05-2023 14:28:46',
            modifiedDate: '09-05-2023 14:28:46',
            current_case_status_text_en: 'Case Was Approved',
            current_case_status_desc_en:
                'On September 5, 2023, we approved your Form I-130, Petition for Alien Relative, Receipt Number EAC9999103403. We sent you an approval notice. Please follow the instructions in the notice.',
            current_case_status_text_es: 'Caso Fue Aprobado',
            current_case_status_desc_es:
                'El 5 de septiembre de 2023, aprobamos su Formulario I-130, Petición de Familiar Extranjero, Número de Recibo EAC9999103403. Le enviamos un aviso de aprobación. Siga las instrucciones del aviso.',
            hist_case_status: [
                { date: '03-20-2023 00:00:00', completed_text_en: 'Case Was Received', completed_text_es: 'Caso Fue Recibido' },
                { date: '09-05-2023 00:00:00', completed_text_en: 'Case Was Approved', completed_text_es: 'Caso Fue Aprobado' },
            ],
        },
        [r.noHistory]: {
            receiptNumber: r.noHistory,
            formType: 'I-765',
            submittedDate: '01-15-2024 09:02:11',
            modifiedDate: '03-02-2024 11:45:00',
            current_case_status_text_en: 'Case Was Received',
            current_case_status_desc_en:
                'On January 15, 2024, we received your Form I-765, Application for Employment Authorization, Receipt Number EAC9999103400, and sent you the receipt notice that describes how we will process your case. Please follow the instructions in the notice.',
            current_case_status_text_es: 'Caso Fue Recibido',
            current_case_status_desc_es:
                'El 15 de enero de 2024, recibimos su Formulario I-765, Solicitud de Autorización de Empleo, Número de Recibo EAC9999103400, y le enviamos el aviso de recibo.',
            hist_case_status: null,
        },
        [r.ioeWithoutDates]: {
            receiptNumber: r.ioeWithoutDates,
            formType: 'I-485',
            current_case_status_text_en: 'Case Is Being Actively Reviewed By USCIS',
            current_case_status_desc_en:
                '<p>As of February 2, 2024, we are actively reviewing your Form I-485, Receipt Number IOE9999103401. If you move, go to <a href="https://www.uscis.gov/addresschange" target="_blank">www.uscis.gov/addresschange</a> to give us your new mailing address.</p>',
            current_case_status_text_es: 'Caso Está Siendo Revisado Activamente Por USCIS',
            current_case_status_desc_es:
                '<p>Desde el 2 de febrero de 2024, estamos revisando activamente su Formulario I-485. Si se muda, <a href="https://www.uscis.gov/addresschange">actualice su dirección</a>.</p>',
            hist_case_status: [
                { date: '2024-02-02', completed_text_en: 'Case Is Being Actively Reviewed By USCIS', completed_text_es: 'Caso Está Siendo Revisado Activamente Por USCIS' },
                { date: '2023-11-20', completed_text_en: 'Case Was Received', completed_text_es: 'Caso Fue Recibido' },
            ],
        },
        [r.quirkyHistory]: {
            receiptNumber: r.quirkyHistory,
            current_case_status_text_en: 'Card Was Mailed To Me',
            current_case_status_desc_en: 'We mailed your card &amp; your notice.<br/>Allow 10 days.',
            hist_case_status: [
                { date: '01-10-2024 09:00:00', completed_text_en: 'Card Was Produced' },
                { date: '2023-09-05', completed_text_en: 'Case Was Received' },
                { date: null, completed_text_en: 'Case Was Updated' },
                { date: '12-01-2023 00:00:00', completed_text_en: '' },
                { date: '2024-01-12', completed_text_en: 'Card Was Mailed To Me', completed_text_es: null },
            ],
        },
    };
}

/**
 * A local stand-in for the USCIS Case Status API (uscis-facts §1): POST /oauth/accesstoken (form-encoded client
 * credentials, Apigee-style answer with string values and status "approved"), GET /case-status/:receipt with a Bearer
 * token, the documented bodies and error envelopes, and FAKE_USCIS_RECEIPTS to force each failure.
 */
export async function startFakeUscisApi(options: FakeUscisApiOptions = {}): Promise<FakeUscisApi> {
    const clientId = options.clientId ?? 'sendero-test-client';
    const clientSecret = options.clientSecret ?? 'sendero-test-secret';
    const lifetime = options.tokenLifetimeSeconds ?? 1800;
    const cases = sampleCaseStatuses();
    const validTokens = new Set<string>();
    const perReceipt = new Map<string, number>();
    const hanging: http.ServerResponse[] = [];
    const r = FAKE_USCIS_RECEIPTS;

    const api: FakeUscisApi = {
        baseUrl: '',
        clientId,
        clientSecret,
        tokenRequests: 0,
        caseRequests: 0,
        requests: [],
        issuedTokens: [],
        caseRequestsFor: (receipt) => perReceipt.get(receipt) ?? 0,
        setCase: (receipt, caseStatus) => {
            cases[receipt] = caseStatus;
        },
        revokeTokens: () => validTokens.clear(),
        close: async () => undefined,
    };

    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
            const path = req.url ?? '';
            const isForm = (req.headers['content-type'] ?? '').startsWith('application/x-www-form-urlencoded');
            const form = isForm ? Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8'))) : {};
            api.requests.push({ method: req.method ?? '', path, authorization: req.headers.authorization, contentType: req.headers['content-type'], form });
            const send = (status: number, body: unknown) => {
                res.writeHead(status, { 'content-type': 'application/json' });
                res.end(JSON.stringify(body));
            };

            if (path === '/oauth/accesstoken') {
                if (req.method !== 'POST' || !isForm) return send(400, { ErrorCode: 'invalid_request', Error: 'Unsupported request' });
                if (form.grant_type !== 'client_credentials') {
                    return send(400, { ErrorCode: 'invalid_request', Error: 'Unsupported grant type : ' + (form.grant_type ?? '') });
                }
                if (form.client_id !== clientId || form.client_secret !== clientSecret) {
                    return send(401, { ErrorCode: 'invalid_client', Error: 'ClientId is Invalid' });
                }
                const token = randomBytes(18).toString('base64url');
                validTokens.add(token);
                api.issuedTokens.push(token);
                api.tokenRequests += 1;
                return send(200, {
                    refresh_token_expires_in: '0',
                    api_product_list: '[Case Status API - Sandbox]',
                    organization_name: 'uscis',
                    token_type: 'Bearer',
                    issued_at: String(Date.now()),
                    client_id: clientId,
                    access_token: token,
                    scope: '',
                    expires_in: String(lifetime),
                    refresh_count: '0',
                    status: 'approved',
                });
            }

            const match = /^\/case-status\/([^/?]*)$/.exec(path);
            if (!match || req.method !== 'GET') return send(404, { code: 404, message: 'Resource not found' });
            const receipt = decodeURIComponent(match[1]);
            api.caseRequests += 1;
            const seen = (perReceipt.get(receipt) ?? 0) + 1;
            perReceipt.set(receipt, seen);

            const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
            const unauthorized = () => send(401, { code: 401, message: 'Invalid Access Token' });
            if (bearer === undefined || !validTokens.has(bearer)) return unauthorized();
            if (receipt === r.alwaysUnauthorized) return unauthorized();
            if (receipt === r.staleTokenOnce && seen === 1) {
                validTokens.delete(bearer);
                return unauthorized();
            }
            if (!/^[A-Za-z]{3}\d{10}$/.test(receipt) || receipt === r.badFormat) return send(422, { code: 422, message: NOT_FORMATTED });
            if (receipt === r.spikeArrest) {
                if (options.spikeArrestRetryAfter !== undefined) res.setHeader('retry-after', options.spikeArrestRetryAfter);
                return send(429, { code: 429, message: 'Spike Arrest Violation' });
            }
            if (receipt === r.serverErrorAlways || (receipt === r.serverErrorOnce && seen === 1)) {
                res.writeHead(500, { 'content-type': 'text/plain' });
                return void res.end('Internal Server Error');
            }
            if (receipt === r.outsideHours) return send(503, { error: { code: '503', message: OUTSIDE_HOURS } });
            if (receipt === r.serviceUnavailableList) return send(503, { errors: [{ code: '503', message: 'Service Unavailable' }] });
            if (receipt === r.hangs) return void hanging.push(res);

            const caseStatus =
                cases[receipt] ??
                (receipt === r.serverErrorOnce || receipt === r.staleTokenOnce
                    ? { ...cases[r.approvedWithHistory], receiptNumber: receipt }
                    : undefined);
            if (caseStatus === undefined) return send(404, { code: 404, message: NOT_RECOGNIZED });
            return send(200, { case_status: caseStatus, message: `Query was successful for payload {'receipt_number': '${receipt}'}` });
        });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.address() as AddressInfo;
    api.baseUrl = `http://127.0.0.1:${port}`;
    api.close = async () => {
        for (const res of hanging) res.destroy();
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
    };
    return api;
}
