import { TestAdapter, TurnContext } from 'botbuilder';
import { bindTurnLanguage } from '../../conversation/turnLanguage';
import { createI18n } from '../../locales';

const i18n = createI18n('en');

/** A message turn whose language is `language`, for what reads a message by the locale's words. */
export function turnIn(language: string): TurnContext {
    const context = new TurnContext(new TestAdapter(), { type: 'message', channelId: 'webchat', text: '' });
    bindTurnLanguage(context, i18n, language);
    return context;
}
