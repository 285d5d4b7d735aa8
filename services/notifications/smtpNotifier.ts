import nodemailer from 'nodemailer';
import { NotificationFailed, type NotificationFailureReason } from './notificationErrors';
import type { NotificationLogger } from './notificationLogger';
import type { Notifier, OutboundMessage, SendResult } from './notifier';
import { parseOutboundMessage } from './outboundMessageSchema';
import { sendOnce } from './sendOnce';
import type { SentNotificationLedger } from './sentNotificationLedger';

export interface SmtpNotifierOptions {
    /** smtp://user:pass@host:port or smtps://…; nodemailer parses it. */
    smtpUrl: string;
    /** The From header. */
    from: string;
    timeoutMs: number;
}

/** Fields nodemailer puts on its errors; read defensively, since the error crosses a library boundary. */
interface SmtpErrorFields {
    code?: unknown;
    responseCode?: unknown;
}

// Failures that no retry fixes: the credentials or the TLS setup are wrong.
const MISCONFIGURED_CODES = new Set(['EAUTH', 'ENOAUTH', 'EOAUTH2', 'ECONFIG', 'ETLS']);

/** Sends email over SMTP with nodemailer, at most once per idempotency key. */
export class SmtpNotifier implements Notifier {
    private readonly transport: ReturnType<typeof nodemailer.createTransport>;

    constructor(
        private readonly options: SmtpNotifierOptions,
        private readonly ledger: SentNotificationLedger,
        private readonly logger?: NotificationLogger,
    ) {
        this.transport = nodemailer.createTransport({
            url: options.smtpUrl,
            connectionTimeout: options.timeoutMs,
            greetingTimeout: options.timeoutMs,
            socketTimeout: options.timeoutMs,
            dnsTimeout: options.timeoutMs,
        });
    }

    async send(message: OutboundMessage): Promise<SendResult> {
        const parsed = parseOutboundMessage(message);
        if (parsed.channel !== 'email') {
            throw new NotificationFailed('the SMTP notifier sends email only', parsed.channel, false, 'misconfigured');
        }
        return sendOnce(this.ledger, parsed, () => this.deliver(parsed), this.logger);
    }

    /** Closes pooled resources; the transport opens one connection per message, so this is cheap. */
    close(): void {
        this.transport.close();
    }

    private async deliver(message: OutboundMessage): Promise<void> {
        try {
            await this.transport.sendMail({
                from: this.options.from,
                to: message.to,
                subject: message.subject ?? '',
                text: message.body,
            });
        } catch (error) {
            throw classifySmtpError(error);
        }
    }
}

/** Maps a nodemailer error to NotificationFailed: 5xx replies and bad credentials are final, the rest retryable. */
export function classifySmtpError(error: unknown): NotificationFailed {
    const fields: SmtpErrorFields = typeof error === 'object' && error !== null ? error : {};
    const code = typeof fields.code === 'string' ? fields.code : undefined;
    const responseCode = typeof fields.responseCode === 'number' ? fields.responseCode : undefined;
    let reason: NotificationFailureReason;
    if (code !== undefined && MISCONFIGURED_CODES.has(code)) reason = 'misconfigured';
    // RFC 5321: 5yz is a permanent refusal, except 503 (bad command sequence), which a new connection can fix.
    else if (responseCode !== undefined && responseCode >= 500 && responseCode < 600 && responseCode !== 503) reason = 'rejected';
    else reason = 'unavailable';
    const detail = [code, responseCode].filter((part) => part !== undefined).join(' ') || 'unknown error';
    // An SMTP reply may quote the recipient address, so the message names codes only, and the original error is kept
    // as the cause only when no server reply is in it (a connection failure), since loggers print causes.
    const cause = responseCode === undefined ? { cause: error } : undefined;
    return new NotificationFailed(`SMTP send failed (${detail})`, 'email', reason === 'unavailable', reason, cause);
}
