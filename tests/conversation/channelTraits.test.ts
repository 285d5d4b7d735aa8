import { channelTraits } from '../../conversation/channelTraits';
import { TurnContext, TestAdapter } from 'botbuilder';

describe('channelTraits', () => {
    test.each(['directline', 'webchat', 'emulator'])('%s (the web chat): buttons, Adaptive Cards 1.5, masked inputs, markdown, and the page listens', (channel) => {
        expect(channelTraits(channel)).toMatchObject({ suggestedActions: 100, cardActions: 100, adaptiveCards: '1.5', maskedInput: true, markdown: true, languageEvent: true, senderIsPhoneNumber: false });
    });

    test('Teams: card buttons but no suggested actions, Adaptive Cards with masked inputs, no language event', () => {
        expect(channelTraits('msteams')).toMatchObject({ suggestedActions: 0, cardActions: 50, adaptiveCards: '1.5', maskedInput: true, markdown: true, languageEvent: false });
    });

    test.each(['sms', 'twilio-sms'])('%s: plain text only, the sender is a phone number, short texts', (channel) => {
        expect(channelTraits(channel)).toEqual({
            suggestedActions: 0,
            cardActions: 0,
            adaptiveCards: false,
            maskedInput: false,
            markdown: false,
            maxMessageChars: 1600,
            languageEvent: false,
            senderIsPhoneNumber: true,
            shortMessages: true,
            historyInStore: false,
        });
    });

    test('only our own Direct Line keeps the history in our store (elsewhere the bot keeps recent lines for a ticket)', () => {
        expect(channelTraits('directline').historyInStore).toBe(true);
        for (const channel of ['webchat', 'emulator', 'msteams', 'sms', 'slack', 'unknown']) expect(channelTraits(channel).historyInStore).toBe(false);
    });

    test('an unknown channel (or none) gets plain text and no trust in its sender id', () => {
        for (const channel of ['test', 'somethingNew', undefined, 'constructor', '__proto__']) {
            expect(channelTraits(channel)).toMatchObject({ suggestedActions: 0, cardActions: 0, adaptiveCards: false, maskedInput: false, senderIsPhoneNumber: false, shortMessages: false });
        }
    });

    test('reads the channel of a turn', () => {
        const context = new TurnContext(new TestAdapter(), { type: 'message', channelId: 'msteams' });
        expect(channelTraits(context).cardActions).toBe(50);
    });

    test('every practical message length is a positive number', () => {
        for (const channel of ['directline', 'msteams', 'sms', 'facebook', 'telegram', 'slack', 'unknown']) expect(channelTraits(channel).maxMessageChars).toBeGreaterThan(0);
    });
});
