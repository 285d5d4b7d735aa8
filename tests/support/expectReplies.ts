import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * Posts one message activity to /api/messages with deliveryMode "expectReplies", so the replies come back in the HTTP
 * answer and no Bot Connector is needed. `fields` fill in or replace the message's (text, value, locale, id, from).
 */
export async function postExpectingReplies(baseUrl: string, conversationId: string, fields: Record<string, unknown>): Promise<Partial<Activity>[]> {
    const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
            type: 'message',
            id: randomUUID(),
            channelId: 'emulator',
            serviceUrl: 'http://127.0.0.1:9/',
            deliveryMode: 'expectReplies',
            from: { id: `user-${conversationId}` },
            recipient: { id: 'bot' },
            conversation: { id: conversationId },
            ...fields,
        }),
    });
    if (response.status !== 200) throw new Error(`/api/messages: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { activities: Partial<Activity>[] }).activities;
}

/** One text message (no locale: the bot's default language), from `userId`. */
export function sendExpectingReplies(baseUrl: string, conversationId: string, text: string, userId = `user-${conversationId}`): Promise<Partial<Activity>[]> {
    return postExpectingReplies(baseUrl, conversationId, { text, from: { id: userId } });
}
