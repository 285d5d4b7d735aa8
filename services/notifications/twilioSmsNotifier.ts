import { z } from 'zod';
import { NotificationFailed, RecipientOptedOut } from './notificationErrors';
import type { NotificationLogger } from './notificationLogger';
import type { Notifier, OutboundMessage, SendResult } from './notifier';
import { parseOutboundMessage } from './outboundMessageSchema';
import { sendOnce } from './sendOnce';
import type { SentNotificationLedger } from './sentNotificationLedger';

export interface TwilioSmsNotifierOptions {
    accountSid: string;
    authToken: string;
    /** Exactly one of fromNumber and messagingServiceSid is sent; the Messaging Service wins when both are set. */
    fromNumber: string;
    messagingServiceSid: string;
    /** https://api.twilio.com, or a local server in tests. */
    apiBaseUrl: string;
    timeoutMs: number;
}

/** Twilio error 21610: the recipient replied STOP, so Twilio refuses to text them. */
export const TWILIO_OPTED_OUT = 21610;

/** The part of Twilio's 201 Message resource we use. */
const twilioMessageSchema = z.object({ sid: z.string().min(1), status: z.string() });

/** Twilio's error body: `{ code, message, more_info, status }`. */
const twilioErrorSchema = z.object({ code: z.number().int(), message: z.string(), status: z.number().int() });

/** Sends SMS through Twilio's REST Messages API (no SDK: one form POST), at most once per idempotency key. */
export class TwilioSmsNotifier implements Notifier {
    private readonly endpoint: string;
    private readonly authorization: string;

    constructor(
        private readonly options: TwilioSmsNotifierOptions,
        private readonly ledger: SentNotificationLedger,
        private readonly logger?: NotificationLogger,
    ) {
        const base = options.apiBaseUrl.replace(/\/+$/, '');
        this.endpoint = `${base}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
        this.authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
    }

    async send(message: OutboundMessage): Promise<SendResult> {
        const parsed = parseOutboundMessage(message);
        if (parsed.channel !== 'sms') {
            throw new NotificationFailed('the Twilio notifier sends SMS only', parsed.channel, false, 'misconfigured');
        }
        return sendOnce(this.ledger, parsed, () => this.deliver(parsed), this.logger);
    }

    private async deliver(message: OutboundMessage): Promise<void> {
        const form = new URLSearchParams({ To: message.to, Body: message.body });
        if (this.options.messagingServiceSid !== '') form.set('MessagingServiceSid', this.options.messagingServiceSid);
        else form.set('From', this.options.fromNumber);

        let response: Response;
        try {
            response = await fetch(this.endpoint, {
                method: 'POST',
                headers: {
                    authorization: this.authorization,
                    'content-type': 'application/x-www-form-urlencoded',
                    accept: 'application/json',
                },
                body: form,
                signal: AbortSignal.timeout(this.options.timeoutMs),
            });
        } catch (error) {
            // A timeout may hide a message Twilio did accept; we still release the key, preferring a rare second
            // code over none.
            throw new NotificationFailed('Twilio could not be reached', 'sms', true, 'unavailable', { cause: error });
        }
        const answer = await readJson(response);

        if (response.ok) {
            const created = twilioMessageSchema.safeParse(answer);
            // Twilio accepted the message (2xx), so it counts as sent even if the body is not what we expect.
            if (!created.success) this.logger?.warn({ httpStatus: response.status }, 'Twilio accepted an SMS with an unexpected answer');
            else this.logger?.info({ messageSid: created.data.sid, twilioStatus: created.data.status }, 'Twilio accepted an SMS');
            return;
        }

        const failure = twilioErrorSchema.safeParse(answer);
        const code = failure.success ? failure.data.code : undefined;
        if (code === TWILIO_OPTED_OUT) throw new RecipientOptedOut();
        // Twilio's error text may quote the phone number, so only the codes go into our message.
        const detail = `HTTP ${response.status}${code === undefined ? '' : `, Twilio error ${code}`}`;
        if (response.status === 429 || response.status >= 500) {
            throw new NotificationFailed(`Twilio is unavailable (${detail})`, 'sms', true, 'unavailable');
        }
        const reason = response.status === 401 || response.status === 403 ? 'misconfigured' : 'rejected';
        throw new NotificationFailed(`Twilio refused the SMS (${detail})`, 'sms', false, reason);
    }
}

/** The response body as JSON, or undefined when there is none or it is not JSON (a proxy's HTML error page). */
async function readJson(response: Response): Promise<unknown> {
    const text = await response.text().catch(() => '');
    try {
        return JSON.parse(text) as unknown;
    } catch {
        return undefined;
    }
}
