import { randomUUID } from 'node:crypto';
import pino, { type Logger } from 'pino';
import type { RequestHandler } from 'restify';
import { maskReceipt } from '../services/cases/maskReceipt';
import { maskEmail, maskPhone } from '../services/notifications/maskRecipient';
import { typedAscii } from '../services/validators';
import { currentScope, withinScope } from './asyncScope';

export type { Logger };

/** The ids every log line of one HTTP request or one turn carries, wherever in the code the line is written. */
export interface LogContext {
    requestId?: string;
    turnId?: string;
}

/**
 * Runs `work` with these ids added to every log line it writes, down to the services it calls (through
 * AsyncLocalStorage, so no logger needs to be passed around). Ids already in effect are kept unless replaced.
 *
 * @example
 * withLogContext({ turnId: randomUUID() }, () => next());
 */
export function withLogContext<T>(ids: LogContext, work: () => T): T {
    return withinScope(ids, work);
}

/** The ids in effect here (undefined outside any request or turn). */
export function currentLogContext(): LogContext | undefined {
    const scope = currentScope();
    if (!scope) return undefined;
    const ids: LogContext = {};
    if (scope.requestId !== undefined) ids.requestId = scope.requestId;
    if (scope.turnId !== undefined) ids.turnId = scope.turnId;
    return ids;
}

const REQUEST_ID = Symbol('sendero.requestId');
/** A caller's own X-Request-Id is kept only when it is a plain id (it ends up in every line of the request). */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,64}$/;

/**
 * A restify handler that gives the request an id (the caller's X-Request-Id if it is a plain id, else a new one),
 * answers it in X-Request-Id, and runs the rest of the chain with it in every log line. Install it with `pre` and
 * again after the body parser: the body is read in the socket's own callbacks, which do not carry the id.
 */
export function requestLogContext(): RequestHandler {
    return (req, res, next) => {
        const holder = req as unknown as { [REQUEST_ID]?: string };
        let requestId = holder[REQUEST_ID];
        if (!requestId) {
            const offered = req.headers['x-request-id'];
            requestId = typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) ? offered : randomUUID();
            holder[REQUEST_ID] = requestId;
            res.setHeader('X-Request-Id', requestId);
        }
        withLogContext({ requestId }, () => next());
    };
}

/** What stands in for a value that must never be logged. */
export const REDACTED = '[redacted]';

/**
 * Field names (compared lower-case, without - and _) whose values are never logged, at any depth: passwords, codes,
 * answers, tokens, secrets, credentials in headers, and what people type (text, body, value).
 */
const SECRET_FIELDS = new Set([
    'password', 'newpassword', 'currentpassword', 'oldpassword', 'passcode', 'passphrase', 'pin',
    'code', 'codes', 'otp', 'totp', 'onetimecode', 'accesscode', 'backupcode', 'backupcodes', 'verificationcode', 'resetcode',
    'answer', 'answers', 'securityanswer', 'securityanswers',
    'token', 'tokens', 'accesstoken', 'refreshtoken', 'idtoken', 'csrftoken', 'sessiontoken',
    'secret', 'secrets', 'clientsecret', 'apikey', 'authtoken',
    'authorization', 'proxyauthorization', 'cookie', 'cookies', 'setcookie',
    'text', 'body', 'value', 'subject',
]);

/** Any field ending in one of these is a secret too (twilioAuthToken, smtpPassword, webhookSecret...). */
const SECRET_SUFFIXES = /(password|secret|token|passcode)$/;

/** The `redact` paths pino applies on top (headers are where a credential most often slips in by mistake). */
const REDACT_PATHS = [
    'req.headers.authorization', 'req.headers.cookie', 'req.headers["proxy-authorization"]', 'res.headers["set-cookie"]',
    'headers.authorization', 'headers.cookie', 'headers["proxy-authorization"]', 'headers["set-cookie"]',
    '*.headers.authorization', '*.headers.cookie',
];

export function isSecretField(name: string): boolean {
    const folded = name.toLowerCase().replace(/[-_]/g, '');
    return SECRET_FIELDS.has(folded) || SECRET_SUFFIXES.test(folded);
}

// Personal identifiers, masked wherever they appear in a string. Emails first (they may hold digits), receipts
// before phone numbers (a receipt's 10 digits would read as a phone number).
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;
const RECEIPT = /\b[A-Za-z]{3}[-\s]?\d{10}\b/g;
const A_NUMBER = /\bA[-\s]?(?:\d[-\s]?){7,8}\d\b/gi;
const INTERNATIONAL_PHONE = /\+\d(?:[\s().-]?\d){6,14}/g;
const NATIONAL_PHONE = /(?:\(\d{3}\)\s?|\b\d{3}[-.\s])\d{3}[-.\s]\d{4}\b|\b1?\d{10}\b/g;
/** Every pattern above needs an @ or seven digits close together: most strings are let through at this check. */
const MIGHT_HOLD_IDENTIFIER = /@|\d(?:[\s().-]{0,2}\d){6}/;

/** Anything outside ASCII: the string may hold digits of another script or full-width forms (see typedAscii). */
const NOT_ASCII = /[^\x00-\x7f]/;

/** A string with every email, receipt number, A-Number and phone number in it masked, however its digits were typed. */
export function maskIdentifiers(raw: string): string {
    const text = NOT_ASCII.test(raw) ? typedAscii(raw) : raw;
    if (!MIGHT_HOLD_IDENTIFIER.test(text)) return raw;
    return text
        .replace(EMAIL, (email) => maskEmail(email))
        .replace(RECEIPT, (receipt) => maskReceipt(receipt.replace(/[-\s]/g, '').toUpperCase()))
        .replace(A_NUMBER, () => 'A-*********')
        .replace(INTERNATIONAL_PHONE, (phone) => maskPhone(`+${phone.replace(/\D/g, '')}`))
        .replace(NATIONAL_PHONE, (phone) => maskPhone(phone.replace(/\D/g, '')));
}

const MAX_DEPTH = 8;

/** A copy of a logged value with secret fields redacted and identifiers masked; errors reduced to loggableError. */
export function sanitizeForLog(value: unknown, depth = 0): unknown {
    if (typeof value === 'string') return maskIdentifiers(value);
    if (value === null || typeof value !== 'object') return value;
    if (depth >= MAX_DEPTH) return '[too deep]';
    if (value instanceof Error) return sanitizeForLog(loggableError(value), depth + 1);
    if (value instanceof Date) return value;
    if (Array.isArray(value)) return value.map((item) => sanitizeForLog(item, depth + 1));
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
        if (isSecretField(key) && item !== undefined && item !== null) copy[key] = REDACTED;
        // `err` is whatever was thrown: only an Error's kind, message and stack, never another value's content.
        else if (key === 'err' && item !== undefined) copy[key] = sanitizeForLog(loggableError(item), depth + 1);
        else copy[key] = sanitizeForLog(item, depth + 1);
    }
    return copy;
}

/**
 * JSON logs, one object per line. Message text, tokens and secrets never belong in a log line; this logger is the
 * second line of defence: fields named like secrets are redacted at any depth, emails, receipt numbers, A-Numbers
 * and phone numbers are masked in every string (fields and message), and each line carries the request id and the
 * turn id in effect (withLogContext).
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
    const logger = pino(
        {
            level,
            base: { service: 'sendero' },
            // The log formatter below has already reduced errors to loggableError's fields.
            serializers: { err: (error: unknown) => (error instanceof Error ? loggableError(error) : error) },
            redact: { paths: REDACT_PATHS, censor: REDACTED },
            mixin: () => ({ ...currentLogContext() }),
            formatters: {
                log: (object) => sanitizeForLog(object) as Record<string, unknown>,
                bindings: (bindings) => sanitizeForLog(bindings) as Record<string, unknown>,
            },
            hooks: {
                logMethod(args, method) {
                    const masked = args.map((arg) => (typeof arg === 'string' ? maskIdentifiers(arg) : arg)) as Parameters<typeof method>;
                    return method.apply(this, masked);
                },
            },
        },
        destination,
    );
    // pino formats only the root's own bindings: a child's are sanitized here (every child inherits this method).
    type Child = (this: Logger, bindings: pino.Bindings, options?: pino.ChildLoggerOptions) => Logger;
    const pinoChild = (Object.getPrototypeOf(logger) as { child: Child }).child;
    (logger as unknown as { child: Child }).child = function (bindings, options) {
        return pinoChild.call(this, sanitizeForLog(bindings) as pino.Bindings, options);
    };
    return logger;
}

/**
 * Only an error's kind, message and stack. botbuilder attaches the whole dialog stack, with its state, to errors
 * thrown inside a dialog, and pino's default serializer would write it out: state may hold what a user typed.
 */
export function loggableError(error: unknown): { type: string; message: string; stack?: string } {
    if (!(error instanceof Error)) return { type: typeof error, message: 'a non-Error value was thrown' };
    return { type: error.name, message: error.message, stack: error.stack };
}
