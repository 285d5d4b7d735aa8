import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface TwilioApiRequest {
    method: string;
    path: string;
    authorization: string | undefined;
    contentType: string | undefined;
    form: Record<string, string>;
}

/** What the fake answers to the next create-message request. */
export type TwilioApiBehaviour =
    | { kind: 'accept' }
    | { kind: 'error'; httpStatus: number; code: number; message: string }
    | { kind: 'raw'; httpStatus: number; body: string }
    | { kind: 'hang' };

export interface LocalTwilioApi {
    baseUrl: string;
    requests: TwilioApiRequest[];
    /** Set how the next requests are answered (default: accept). */
    behaviour: TwilioApiBehaviour;
    close(): Promise<void>;
}

/**
 * A local stand-in for Twilio's REST API that speaks the documented Messages.json contract: POST
 * /2010-04-01/Accounts/{AccountSid}/Messages.json, form-encoded To / From or MessagingServiceSid / Body, Basic auth
 * AccountSid:AuthToken; 201 with a Message resource, or an error body `{ code, message, more_info, status }`.
 */
export async function startLocalTwilioApi(accountSid: string, authToken: string): Promise<LocalTwilioApi> {
    const requests: TwilioApiRequest[] = [];
    const hanging: http.ServerResponse[] = [];
    let sequence = 0;
    const api: LocalTwilioApi = { baseUrl: '', requests, behaviour: { kind: 'accept' }, close: async () => undefined };

    const server = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
        req.on('end', () => {
            const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
            requests.push({
                method: req.method ?? '',
                path: req.url ?? '',
                authorization: req.headers.authorization,
                contentType: req.headers['content-type'],
                form,
            });
            const send = (status: number, body: unknown) => {
                res.writeHead(status, { 'content-type': 'application/json' });
                res.end(JSON.stringify(body));
            };
            const error = (status: number, code: number, message: string) =>
                send(status, { code, message, more_info: `https://www.twilio.com/docs/errors/${code}`, status });

            const expectedAuth = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
            if (req.headers.authorization !== expectedAuth) return error(401, 20003, 'Authenticate');
            if (req.method !== 'POST' || req.url !== `/2010-04-01/Accounts/${accountSid}/Messages.json`) {
                return error(404, 20404, 'The requested resource was not found');
            }
            if (!form.To) return error(400, 21604, "A 'To' phone number is required.");
            if (!form.Body) return error(400, 21602, 'Message body is required.');
            if (!form.From && !form.MessagingServiceSid) return error(400, 21603, "A 'From' phone number is required.");

            const behaviour = api.behaviour;
            if (behaviour.kind === 'hang') return void hanging.push(res);
            if (behaviour.kind === 'raw') {
                res.writeHead(behaviour.httpStatus, { 'content-type': 'text/html' });
                return void res.end(behaviour.body);
            }
            if (behaviour.kind === 'error') return error(behaviour.httpStatus, behaviour.code, behaviour.message);
            sequence += 1;
            const sid = `SM${sequence.toString(16).padStart(32, '0')}`;
            return send(201, {
                account_sid: accountSid,
                api_version: '2010-04-01',
                body: form.Body,
                date_created: new Date().toUTCString(),
                direction: 'outbound-api',
                error_code: null,
                error_message: null,
                from: form.From ?? null,
                messaging_service_sid: form.MessagingServiceSid ?? null,
                num_segments: '1',
                sid,
                status: form.MessagingServiceSid ? 'accepted' : 'queued',
                to: form.To,
                uri: `/2010-04-01/Accounts/${accountSid}/Messages/${sid}.json`,
            });
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
