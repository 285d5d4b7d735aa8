import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * The least an activity must carry for the bot to answer it. The Bot Framework SDK assumes these fields and fails
 * with a 500 when they are missing; checking first turns a malformed request into a clear 400.
 */
export const inboundActivitySchema = z.looseObject({
    type: z.string().min(1),
    channelId: z.string().min(1),
    conversation: z.looseObject({ id: z.string().min(1) }),
    from: z.looseObject({ id: z.string().min(1) }).optional(),
    serviceUrl: z.string().min(1).optional(),
    text: z.string().optional(),
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
