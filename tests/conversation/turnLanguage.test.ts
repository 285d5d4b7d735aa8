import { TestAdapter, TurnContext } from 'botbuilder';
import { bindTurnLanguage, configurationParams, translator } from '../../conversation/turnLanguage';
import { createI18n } from '../../locales';

const i18n = createI18n('en');

function boundTurn(channelId: string): TurnContext {
    const context = new TurnContext(new TestAdapter(), { type: 'message', channelId, text: 'hi' });
    bindTurnLanguage(context, i18n, 'en');
    return context;
}

describe("a turn's translate function", () => {
    it('reads a key the same with no options and with empty ones (both remembered), on the web and over SMS', () => {
        for (const channelId of ['webchat', 'sms']) {
            const t = translator(boundTurn(channelId));
            const alone = t('translation:welcome.safety');
            expect(alone).toBe(i18n.t('translation:welcome.safety', channelId === 'sms' ? { context: 'sms' } : {}));
            expect(t('translation:welcome.safety', {})).toBe(alone);
            expect(t('translation:welcome.safety', {})).toBe(alone);
        }
        // The SMS wording is a different text: the two channels' remembered texts are kept apart.
        expect(translator(boundTurn('sms'))('translation:welcome.safety')).not.toBe(translator(boundTurn('webchat'))('translation:welcome.safety'));
    });

    it('still fills placeholders when options are given', () => {
        const t = translator(boundTurn('webchat'));
        expect(t('translation:welcome.greeting', { orgName: 'Legal Aid of Somewhere' })).toContain('Legal Aid of Somewhere');
        expect(t('translation:welcome.greeting', { orgName: 'Another Org' })).toContain('Another Org');
    });

    it('remembers texts rendered with configuration params per params object, channel and key, as i18next renders them', () => {
        const first = configurationParams({ orgName: 'Legal Aid of Somewhere' });
        const second = configurationParams({ orgName: 'Another Org' });
        expect(Object.isFrozen(first)).toBe(true);
        for (const channelId of ['webchat', 'sms']) {
            const t = translator(boundTurn(channelId));
            const sms = channelId === 'sms' ? { context: 'sms' } : {};
            for (const key of ['translation:help.menu', 'translation:welcome.greeting']) {
                for (const params of [first, second, first]) expect(t(key, params)).toBe(i18n.t(key, { lng: 'en', ...params, ...sms }));
            }
        }
        expect(translator(boundTurn('webchat'))('translation:welcome.greeting', second)).toContain('Another Org');
        // A params object that is not frozen is a conversation's values: rendered anew each time, never remembered.
        const values = { orgName: 'First' };
        const t = translator(boundTurn('webchat'));
        expect(t('translation:welcome.greeting', values)).toContain('First');
        values.orgName = 'Second';
        expect(t('translation:welcome.greeting', values)).toContain('Second');
    });
});
