import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * JSON logs, one object per line. Message text, tokens and secrets never belong in a log line; the redact list is a
 * second line of defence for fields that might carry them by mistake.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
    return pino(
        {
            level,
            base: { service: 'sendero' },
            serializers: { err: loggableError },
            redact: {
                paths: ['text', '*.text', 'token', '*.token', 'password', '*.password', 'authorization', '*.authorization'],
                censor: '[redacted]',
            },
        },
        destination,
    );
}

/**
 * Only an error's kind, message and stack. botbuilder attaches the whole dialog stack, with its state, to errors
 * thrown inside a dialog, and pino's default serializer would write it out: state may hold what a user typed.
 */
export function loggableError(error: unknown): { type: string; message: string; stack?: string } {
    if (!(error instanceof Error)) return { type: typeof error, message: 'a non-Error value was thrown' };
    return { type: error.name, message: error.message, stack: error.stack };
}
