import type { Attachment } from 'botbuilder';

/** What a card says; `fallbackText` is shown by clients that cannot render the card. */
export interface AdaptiveCardContent {
    version: '1.2' | '1.5';
    fallbackText: string;
    speak?: string;
    body: object[];
    actions?: object[];
}

/** An Adaptive Card attachment: the one place that knows the content type and schema. */
export function adaptiveCard(content: AdaptiveCardContent): Attachment {
    return {
        contentType: 'application/vnd.microsoft.card.adaptive',
        content: { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', ...content },
    };
}
