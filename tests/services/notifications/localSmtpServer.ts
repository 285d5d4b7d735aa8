import net, { type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface LocalSmtpServer {
    port: number;
    /** Every message accepted so far, parsed, with its SMTP envelope. */
    received: Array<{ mail: ParsedMail; envelopeFrom: string; envelopeTo: string[]; user: string | undefined }>;
    close(): Promise<void>;
}

/**
 * A real SMTP server on 127.0.0.1 that requires AUTH user/pass (over plain TCP, which smtp-server allows only with
 * allowInsecureAuth) and keeps what it receives. `rejectRecipient` answers RCPT TO with that SMTP code.
 */
export async function startLocalSmtpServer(options: { user: string; pass: string; rejectRecipientWith?: number }): Promise<LocalSmtpServer> {
    const received: LocalSmtpServer['received'] = [];
    const server = new SMTPServer({
        secure: false,
        hideSTARTTLS: true,
        allowInsecureAuth: true,
        authMethods: ['PLAIN', 'LOGIN'],
        logger: false,
        onAuth(auth, _session, callback) {
            if (auth.username === options.user && auth.password === options.pass) callback(null, { user: auth.username });
            else callback(new Error('Invalid username or password'));
        },
        onRcptTo(_address, _session, callback) {
            if (options.rejectRecipientWith === undefined) return callback();
            const error = Object.assign(new Error('Mailbox unavailable'), { responseCode: options.rejectRecipientWith });
            return callback(error);
        },
        onData(stream, session, callback) {
            simpleParser(stream)
                .then((mail) => {
                    received.push({
                        mail,
                        envelopeFrom: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
                        envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
                        user: typeof session.user === 'string' ? session.user : undefined,
                    });
                    callback();
                })
                .catch((error: Error) => callback(error));
        },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.server.address() as AddressInfo;
    return {
        port,
        received,
        close: () => new Promise<void>((resolve) => server.close(() => resolve())),
    };
}

/** A port on 127.0.0.1 where nothing listens (bound, then released). */
export async function unusedPort(): Promise<number> {
    const probe = net.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    return port;
}
