import type { TurnContext } from 'botbuilder';

/**
 * Identifies this person in this conversation to the domain services (sign-in sessions, pending registrations,
 * password links). The user is part of it, so nothing one member starts can be used by another member of the same
 * conversation.
 */
export function conversationKey(context: TurnContext): string {
    return `${context.activity.channelId}/${context.activity.conversation.id}/${context.activity.from?.id ?? ''}`;
}

/** A one-to-one conversation: not a Teams group chat or channel, not a group conversation on any channel. */
export function isPrivateConversation(context: TurnContext): boolean {
    const { conversation } = context.activity;
    if (conversation.isGroup) return false;
    return !conversation.conversationType || conversation.conversationType === 'personal';
}
