/**
 * The slice of a pino logger the notifiers use, so this layer does not import the transport's logger. Fields passed
 * here must already be masked: never a message body, never a full recipient.
 */
export interface NotificationLogger {
    info(fields: object, message: string): void;
    warn(fields: object, message: string): void;
    error(fields: object, message: string): void;
}
