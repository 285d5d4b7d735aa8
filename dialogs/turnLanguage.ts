import type { TurnContext } from 'botbuilder';
import type { I18n, TFunction } from '../locales';

const TURN_LANGUAGE = Symbol('sendero.turnLanguage');

interface TurnLanguage {
    i18n: I18n;
    language: string;
}

/** Called once per turn by the language middleware: the language every reply of this turn uses. */
export function bindTurnLanguage(context: TurnContext, i18n: I18n, language: string): void {
    context.turnState.set(TURN_LANGUAGE, { i18n, language } satisfies TurnLanguage);
    // Prompts pick their recognizer culture (numbers, yes/no, ordinals) from the activity's locale.
    context.activity.locale = language;
}

function bound(context: TurnContext): TurnLanguage {
    const value = context.turnState.get(TURN_LANGUAGE) as TurnLanguage | undefined;
    if (!value) throw new Error('no language bound to this turn: is the language middleware installed?');
    return value;
}

export function turnLanguage(context: TurnContext): string {
    return bound(context).language;
}

/** The translate function for this turn's language. */
export function translator(context: TurnContext): TFunction {
    const { i18n, language } = bound(context);
    return i18n.getFixedT(language);
}

/** A list of phrases (for example the words that mean "help") in the given or current language. */
export function phrases(context: TurnContext, key: string, language = turnLanguage(context)): string[] {
    const value = bound(context).i18n.t(key, { lng: language, returnObjects: true }) as unknown;
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

export function supportedLanguages(context: TurnContext): string[] {
    return [...(bound(context).i18n.options.supportedLngs || [])].filter((language) => language !== 'cimode');
}

/** The display name of a language, written in that language ("English", "Español"). */
export function languageName(context: TurnContext, language: string): string {
    return bound(context).i18n.t('language.name', { lng: language });
}

/** Switches the rest of this turn to another language. */
export function switchTurnLanguage(context: TurnContext, language: string): void {
    bindTurnLanguage(context, bound(context).i18n, language);
}
