import type { Activity, Attachment, CardAction } from 'botbuilder';

/**
 * What a reply says as plain SMS text: its text, and for a card what the card says and its buttons as a numbered
 * list (the prompts already number their choices on a channel without buttons; a card is the one thing they do not).
 */
export function activityAsSmsText(activity: Partial<Activity>): string {
    const parts = [activity.text ?? ''];
    for (const attachment of activity.attachments ?? []) parts.push(attachmentText(attachment));
    return parts
        .map((part) => part.trim())
        .filter(Boolean)
        .join('\n\n');
}

function attachmentText(attachment: Attachment): string {
    const content = attachment.content as Record<string, unknown> | undefined;
    if (!content || typeof content !== 'object') return '';
    // Adaptive Cards carry the words meant for a channel that cannot draw them.
    if (typeof content.fallbackText === 'string') return content.fallbackText;
    const lines = [content.title, content.subtitle, content.text].filter((line): line is string => typeof line === 'string' && line.trim() !== '');
    const buttons = Array.isArray(content.buttons) ? (content.buttons as CardAction[]) : [];
    buttons.forEach((button, index) => lines.push(`${index + 1}. ${button.title ?? String(button.value ?? '')}`));
    return lines.join('\n');
}

/** TwiML that sends each text as its own message, in order; none sends nothing. */
export function twimlMessages(texts: readonly string[]): string {
    const messages = texts.map((text) => `<Message>${escapeXml(text)}</Message>`).join('');
    return `<?xml version="1.0" encoding="UTF-8"?><Response>${messages}</Response>`;
}

function escapeXml(text: string): string {
    return text.replace(/[<>&'"]/g, (char) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[char]!);
}
