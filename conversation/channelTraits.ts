import type { TurnContext } from 'botbuilder';

/**
 * What a channel can show and what its messages carry. Dialogs ask for traits, never for a channel name, so a new
 * channel is one entry here.
 */
export interface ChannelTraits {
    /** How many options it shows as suggested-action buttons (0: none). */
    suggestedActions: number;
    /** How many buttons it shows on a hero card (0: no card buttons). */
    cardActions: number;
    /** The Adaptive Card version it renders (inputs, data: URL images), or false for none. */
    adaptiveCards: false | '1.2' | '1.5';
    /** Whether it renders a masked (password-style) card input, so a password never shows in the chat. */
    maskedInput: boolean;
    /** Whether it renders markdown (bold, lists, links) rather than showing the marks. */
    markdown: boolean;
    /** The longest message it delivers comfortably in one piece. */
    maxMessageChars: number;
    /** Whether the page around the chat listens for LANGUAGE_CHANGED_EVENT to switch its own controls. */
    languageEvent: boolean;
    /** Whether the sender id is the user's phone number in E.164 form (an SMS channel). */
    senderIsPhoneNumber: boolean;
    /**
     * Whether messages are billed by length (SMS): texts use their short `_sms` variant where a locale has one, and a
     * reply longer than a few segments is sent as several messages cut at sentence ends.
     */
    shortMessages: boolean;
    /**
     * Whether the conversation's history is in Sendero's own store (our Direct Line endpoint keeps every activity): a
     * help-desk ticket's transcript is read from there, so the bot keeps no recent lines of its own in state.
     */
    historyInStore: boolean;
}

/** A channel we know nothing about: plain text, numbered options, short messages. */
const PLAIN_TEXT: ChannelTraits = {
    suggestedActions: 0,
    cardActions: 0,
    adaptiveCards: false,
    maskedInput: false,
    markdown: false,
    maxMessageChars: 1600,
    languageEvent: false,
    senderIsPhoneNumber: false,
    shortMessages: false,
    historyInStore: false,
};

/** Web Chat on our own Direct Line endpoint, Azure's Web Chat, the Emulator: everything, and the page listens. */
const WEB_CHAT: ChannelTraits = {
    suggestedActions: 100,
    cardActions: 100,
    adaptiveCards: '1.5',
    maskedInput: true,
    markdown: true,
    maxMessageChars: 28000,
    languageEvent: true,
    senderIsPhoneNumber: false,
    shortMessages: false,
    historyInStore: false,
};

/** An SMS channel (our Twilio webhook, or Azure's Twilio channel): plain text, the sender is a phone number, short texts. */
const SMS: ChannelTraits = { ...PLAIN_TEXT, senderIsPhoneNumber: true, shortMessages: true };

/**
 * Per channel id (the Bot Framework's names). Button counts follow botbuilder's own table (supportsSuggestedActions,
 * supportsCardActions), so the choice lists render as they did when the prompts asked botbuilder directly.
 */
const TRAITS: Readonly<Record<string, ChannelTraits>> = {
    directline: { ...WEB_CHAT, historyInStore: true },
    webchat: WEB_CHAT,
    emulator: WEB_CHAT,
    directlinespeech: { ...PLAIN_TEXT, suggestedActions: 100, cardActions: 100, markdown: true },
    // Teams: buttons on a hero card (botbuilder sends it no suggested actions), Adaptive Cards with masked inputs.
    msteams: { ...PLAIN_TEXT, cardActions: 50, adaptiveCards: '1.5', maskedInput: true, markdown: true, maxMessageChars: 28000 },
    sms: SMS,
    'twilio-sms': SMS,
    facebook: { ...PLAIN_TEXT, suggestedActions: 10, cardActions: 3, maxMessageChars: 2000 },
    skype: { ...PLAIN_TEXT, suggestedActions: 10, cardActions: 3 },
    line: { ...PLAIN_TEXT, suggestedActions: 13, cardActions: 99 },
    kik: { ...PLAIN_TEXT, suggestedActions: 20 },
    telegram: { ...PLAIN_TEXT, suggestedActions: 100, cardActions: 100, markdown: true, maxMessageChars: 4096 },
    slack: { ...PLAIN_TEXT, cardActions: 100, markdown: true, maxMessageChars: 4000 },
};

/**
 * The traits of a channel, by its id or from a turn.
 *
 * @example
 * if (channelTraits(context).maskedInput) await context.sendActivity(cardWithPasswordField);
 */
export function channelTraits(channel: string | TurnContext | undefined): ChannelTraits {
    const channelId = typeof channel === 'string' || channel === undefined ? channel : channel.activity.channelId;
    return (channelId !== undefined && Object.hasOwn(TRAITS, channelId) ? TRAITS[channelId] : undefined) ?? PLAIN_TEXT;
}
