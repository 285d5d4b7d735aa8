/**
 * A refusal the Direct Line endpoint answers with a 4xx and `{ error: { code, message } }`. The status codes follow
 * what directlinejs expects: 403 means "token expired or not yours", 404 means "conversation ended".
 */
export class DirectLineRequestError extends Error {
    constructor(
        readonly status: number,
        readonly code: string,
        message: string,
    ) {
        super(message);
        this.name = 'DirectLineRequestError';
    }
}

export const tokenRefused = (): DirectLineRequestError =>
    new DirectLineRequestError(403, 'TokenExpired', 'the token is missing, expired or not valid');

export const foreignConversation = (): DirectLineRequestError =>
    new DirectLineRequestError(403, 'Forbidden', 'the token does not open this conversation');

export const conversationNotFound = (): DirectLineRequestError =>
    new DirectLineRequestError(404, 'ConversationNotFound', 'no such conversation (it may have expired)');

export const badRequest = (message: string): DirectLineRequestError =>
    new DirectLineRequestError(400, 'BadArgument', message);

export const bodyTooLarge = (limitBytes: number): DirectLineRequestError =>
    new DirectLineRequestError(413, 'MessageSizeTooBig', `the activity is larger than ${limitBytes} bytes`);

export const attachmentsUnsupported = (): DirectLineRequestError =>
    new DirectLineRequestError(415, 'AttachmentsNotSupported', 'this chat accepts text only, not files or attachments');

/** Too many tokens or conversations from one client address; `retryAfterSeconds` goes in the Retry-After header. */
export class DirectLineRateLimited extends DirectLineRequestError {
    constructor(readonly retryAfterSeconds: number) {
        super(429, 'TooManyRequests', 'too many requests from this address; please wait and try again');
        this.name = 'DirectLineRateLimited';
    }
}

/** The bot's turn failed after the user's activity was stored (the real service answers 502 too). */
export const botFailed = (): DirectLineRequestError =>
    new DirectLineRequestError(502, 'BotError', 'the bot could not process the activity');
