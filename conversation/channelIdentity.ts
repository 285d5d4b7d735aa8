import type { TurnContext } from 'botbuilder';

const CHANNEL_IDENTITY_VERIFIED = Symbol('sendero.channelIdentityVerified');

/**
 * Marks this turn as one whose channel, sender and conversation were vouched for by a validated Bot Framework token.
 * Only the transport sets it (bot/channelAdapter.ts); the built-in web channel never does: a page can claim anything.
 */
export function markChannelIdentityVerified(context: TurnContext): void {
    context.turnState.set(CHANNEL_IDENTITY_VERIFIED, true);
}

/**
 * Whether the turn's channelId and from.id can be believed, e.g. that an SMS turn really comes from that phone.
 * False for anonymous requests (local development, the Emulator without credentials) and the web widget.
 */
export function isChannelIdentityVerified(context: TurnContext): boolean {
    return context.turnState.get(CHANNEL_IDENTITY_VERIFIED) === true;
}
