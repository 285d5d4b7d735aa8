import { TurnContext, type Middleware } from 'botbuilder';

/**
 * Removes "@Sendero" from a message that mentions the bot (Teams and Slack put the mention in the text), so the words
 * the dialogs read are what the user asked: "@Sendero check my case status" → "check my case status".
 */
export class RecipientMentionMiddleware implements Middleware {
    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
        const { activity } = context;
        if (activity.type === 'message' && typeof activity.text === 'string' && activity.entities?.some((entity) => entity.type === 'mention')) {
            activity.text = TurnContext.removeRecipientMention(activity)?.trim() ?? activity.text;
        }
        await next();
    }
}
