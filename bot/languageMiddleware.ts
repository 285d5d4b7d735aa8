import type { Middleware, TurnContext } from 'botbuilder';
import type { LanguagePreference } from '../conversation/languagePreference';
import { bindTurnLanguage, hasTraditionalTexts, setTurnScript } from '../conversation/turnLanguage';
import { matchLanguage, type I18n } from '../locales';
import { isTraditionalLocale, writtenScript, type ChineseScript } from '../locales/chineseScript';

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
        const known = Boolean(context.activity.from?.id);
        const saved = known ? await this.preference.get(context) : undefined;
        const language =
            matchLanguage(saved, this.supported) ?? matchLanguage(context.activity.locale, this.supported) ?? this.defaultLanguage;
        setTurnScript(context, await this.scriptOf(context, language, known));
        bindTurnLanguage(context, this.i18n, language);
        await next();
    }

    /**
     * The characters Chinese is answered in this turn: the ones the message is written in, when it shows them (kept for
     * the messages that do not: "是", "你好"); else the ones kept; else the locale's (zh-TW: traditional). Looked at only
     * in Chinese, or when the message is Chinese (it may switch the language this turn).
     */
    private async scriptOf(context: TurnContext, language: string, known: boolean): Promise<ChineseScript | undefined> {
        const { activity } = context;
        const written = activity.type === 'message' && typeof activity.text === 'string' ? writtenScript(activity.text) : undefined;
        if (!written && !hasTraditionalTexts(this.i18n, language)) return undefined;
        const kept = known ? await this.preference.script(context) : undefined;
        if (known && written && written !== kept) await this.preference.setScript(context, written);
        return written ?? kept ?? (isTraditionalLocale(activity.locale ?? '') ? 'traditional' : undefined);
    }
}
