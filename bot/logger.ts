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
            redact: {
                paths: ['text', '*.text', 'token', '*.token', 'password', '*.password', 'authorization', '*.authorization'],
                censor: '[redacted]',
            },
        },
        destination,
    );
}
