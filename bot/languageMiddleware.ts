import type { Middleware, TurnContext } from 'botbuilder';
import type { LanguagePreference } from '../conversation/languagePreference';
import { bindTurnLanguage } from '../conversation/turnLanguage';
import { matchLanguage, type I18n } from '../locales';

/**
 * Decides the language of each turn: the user's saved choice, else the locale the channel sent, else the
 * deployment's default. Channels such as SMS send no locale, which is why the saved choice comes first.
 */
export class LanguageMiddleware implements Middleware {
    private readonly supported: string[];

    constructor(
        private readonly i18n: I18n,
        private readonly preference: LanguagePreference,
        private readonly defaultLanguage: string,
    ) {
        this.supported = [...(i18n.options.supportedLngs || [])].filter((language) => language !== 'cimode');
    }

    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
        const saved = context.activity.from?.id ? await this.preference.get(context) : undefined;
        const language =
            matchLanguage(saved, this.supported) ?? matchLanguage(context.activity.locale, this.supported) ?? this.defaultLanguage;
        bindTurnLanguage(context, this.i18n, language);
        await next();
    }
}
