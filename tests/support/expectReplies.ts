import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

/**
 * Posts one message to /api/messages with deliveryMode "expectReplies", so the replies come back in the HTTP answer
 * and no Bot Connector is needed.
 */
export async function sendExpectingReplies(baseUrl: string, conversationId: string, text: string, userId = `user-${conversationId}`): Promise<Partial<Activity>[]> {
    const response = await fetch(`${baseUrl}/api/messages`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
            type: 'message',
            id: randomUUID(),
            channelId: 'emulator',
            serviceUrl: 'http://127.0.0.1:9/',
            deliveryMode: 'expectReplies',
            from: { id: userId },
            recipient: { id: 'bot' },
            conversation: { id: conversationId },
            text,
        }),
    });
    if (response.status !== 200) throw new Error(`status ${response.status}`);
    return ((await response.json()) as { activities: Partial<Activity>[] }).activities;
}
