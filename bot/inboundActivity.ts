import type { Activity } from 'botbuilder';
import { z } from 'zod';

/** A URL replies can be posted to: absolute, http or https. */
function isReplyUrl(text: string): boolean {
    try {
        const url = new URL(text);
        return url.protocol === 'https:' || url.protocol === 'http:';
    } catch {
        return false;
    }
}

/**
 * The least an activity must carry for the bot to answer it. The Bot Framework SDK assumes these fields and fails
 * with a 500 when they are missing; checking first turns a malformed request into a clear 400.
 *
 * Replies go to the activity's serviceUrl unless the sender asked for them in the HTTP answer (`expectReplies`).
 * Without one, the SDK posted them to the public Bot Connector and retried for seconds, holding the conversation's
 * turn lock meanwhile, before the turn failed; a serviceUrl that is no http(s) URL failed the same way, and would be
 * kept in the conversation reference that later notifications are sent to.
 */
export const inboundActivitySchema = z
    .looseObject({
        type: z.string().min(1),
        channelId: z.string().min(1),
        conversation: z.looseObject({ id: z.string().min(1) }),
        from: z.looseObject({ id: z.string().min(1) }).optional(),
        serviceUrl: z.string().refine(isReplyUrl, 'not an http or https URL').optional(),
        deliveryMode: z.unknown().optional(),
        text: z.string().optional(),
    })
    .refine((activity) => activity.serviceUrl !== undefined || activity.deliveryMode === 'expectReplies', {
        path: ['serviceUrl'],
        message: 'required unless deliveryMode is "expectReplies" (there is nowhere else to send replies)',
    });

/** Why a request body is not a usable activity, or undefined when it is. */
export function inboundActivityProblem(body: unknown): string | undefined {
    const parsed = inboundActivitySchema.safeParse(body);
    if (parsed.success) return undefined;
    return parsed.error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
}

/**
 * The activity as the adapter expects it: the timestamps a channel sends as text become dates (their text is kept
 * in the raw* fields), as botbuilder's own request handling does.
 */
export function toInboundActivity(body: Record<string, unknown>): Partial<Activity> {
    const activity: Record<string, unknown> = { ...body };
    for (const [field, raw] of [
        ['timestamp', 'rawTimestamp'],
        ['expiration', 'rawExpiration'],
        ['localTimestamp', 'rawLocalTimestamp'],
    ] as const) {
        const value = activity[field];
        if (typeof value === 'string') {
            activity[raw] = value;
            activity[field] = new Date(value);
        }
    }
    return activity as Partial<Activity>;
}
