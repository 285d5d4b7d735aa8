import type { TurnContext } from 'botbuilder';

/** Identifies this conversation to the domain services (sign-in sessions, pending registrations, password links). */
export function conversationKey(context: TurnContext): string {
    return `${context.activity.channelId}/${context.activity.conversation.id}`;
}
