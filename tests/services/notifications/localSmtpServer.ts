import net, { type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface LocalSmtpServer {
    port: number;
    /** Every message accepted so far, parsed, with its SMTP envelope. */
    received: Array<{ mail: ParsedMail; envelopeFrom: string; envelopeTo: string[]; user: string | undefined }>;
    /** With `hold`: messages whose DATA arrived but that are not accepted yet (the client is still waiting). */
    held(): number;
    /** Resolves once at least `count` messages are being held. */
    waitUntilHeld(count: number): Promise<void>;
    /** Accepts every held message (and stops holding new ones). */
    release(): void;
    /** From now on, answers each message's DATA with this code (e.g. 451, a temporary failure); undefined = accept. */
    failDataWith(code: number | undefined): void;
    close(): Promise<void>;
}

export interface LocalSmtpServerOptions {
    user: string;
    pass: string;
    rejectRecipientWith?: number;
    /** Hold every message at the end of DATA, without answering, until release(): a very slow server. */
    hold?: boolean;
    /** Answer DATA with this code from the start (see failDataWith). */
    failDataWith?: number;
}

/**
 * A real SMTP server on 127.0.0.1 that requires AUTH user/pass (over plain TCP, which smtp-server allows only with
 * allowInsecureAuth) and keeps what it receives. `rejectRecipient` answers RCPT TO with that SMTP code; `hold` keeps
 * each message unanswered until release(); failDataWith answers DATA with an error code.
 */
export async function startLocalSmtpServer(options: LocalSmtpServerOptions): Promise<LocalSmtpServer> {
    const received: LocalSmtpServer['received'] = [];
    let holding = options.hold ?? false;
    let dataFailure = options.failDataWith;
    const held: Array<() => void> = [];
    const heldWaiters: Array<{ count: number; resolve: () => void }> = [];
    const noticeHeld = () => {
        for (const waiter of heldWaiters.filter((w) => held.length >= w.count)) {
            heldWaiters.splice(heldWaiters.indexOf(waiter), 1);
            waiter.resolve();
        }
    };
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
                    if (dataFailure !== undefined) {
                        return callback(Object.assign(new Error('Try again later'), { responseCode: dataFailure }));
                    }
                    const accept = () => {
                        received.push({
                            mail,
                            envelopeFrom: session.envelope.mailFrom === false ? '' : session.envelope.mailFrom.address,
                            envelopeTo: session.envelope.rcptTo.map((rcpt) => rcpt.address),
                            user: typeof session.user === 'string' ? session.user : undefined,
                        });
                        callback();
                    };
                    if (!holding) return accept();
                    held.push(accept);
                    noticeHeld();
                })
                .catch((error: Error) => callback(error));
        },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    const { port } = server.server.address() as AddressInfo;
    return {
        port,
        received,
        held: () => held.length,
        waitUntilHeld: (count) =>
            new Promise<void>((resolve) => {
                heldWaiters.push({ count, resolve });
                noticeHeld();
            }),
        release: () => {
            holding = false;
            for (const accept of held.splice(0)) accept();
        },
        failDataWith: (code) => {
            dataFailure = code;
        },
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
