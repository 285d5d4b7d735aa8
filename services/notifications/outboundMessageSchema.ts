import { z } from 'zod';
import { InvalidOutboundMessage } from './notificationErrors';
import type { OutboundMessage } from './notifier';

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164_PHONE = /^\+[1-9]\d{6,14}$/;

/** Twilio refuses bodies longer than 1,600 characters (error 21617). */
export const MAX_SMS_BODY_CHARS = 1600;

const idempotencyKey = z.string().trim().min(1).max(200);
// Where the message came from and what it carries; only the queue's limits read them.
const routingFields = {
    idempotencyKey,
    conversationKey: z.string().min(1).max(500).optional(),
    kind: z.enum(['code', 'notice', 'reply']).optional(),
    codeGroup: z.string().min(1).max(100).optional(),
};

const emailMessage = z.object({
    channel: z.literal('email'),
    to: z.email(),
    subject: z.string().max(998).optional(),
    body: z.string().min(1),
    ...routingFields,
});

const smsMessage = z.object({
    channel: z.literal('sms'),
    to: z.string().regex(E164_PHONE, 'an E.164 phone number like +15551234567'),
    subject: z.string().optional(),
    body: z.string().min(1).max(MAX_SMS_BODY_CHARS),
    ...routingFields,
});

const outboundMessageSchema = z.discriminatedUnion('channel', [emailMessage, smsMessage]);

/** Checks a message at the Notifier boundary; throws InvalidOutboundMessage naming every problem. */
export function parseOutboundMessage(message: OutboundMessage): OutboundMessage {
    const parsed = outboundMessageSchema.safeParse(message);
    if (parsed.success) return parsed.data;
    const channel = message.channel === 'sms' ? 'sms' : 'email';
    // Issues name the field, never its value, so a bad address or a code in the body stays out of the error text.
    throw new InvalidOutboundMessage(
        channel,
        parsed.error.issues.map((issue) => `${issue.path.join('.') || 'message'}: ${issue.message}`),
    );
}
