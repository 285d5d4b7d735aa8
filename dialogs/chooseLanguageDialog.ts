import type { TurnContext } from 'botbuilder';
import { ComponentDialog, WaterfallDialog, type DialogTurnResult, type FoundChoice, type WaterfallStepContext } from '../conversation/dialogKit';
import type { LanguagePreference } from '../conversation/languagePreference';
import { changeLanguage, languagesNamedIn, languageToSpeak } from '../conversation/languageSwitch';
import { LocalizedChoicePrompt, localizedChoiceOptions } from './prompts/localizedChoicePrompt';
import { languageName, phrases, supportedLanguages, translator, turnLanguage } from '../conversation/turnLanguage';
import { containsAnyPhrase, plainWords } from '../conversation/utteranceWords';

export const CHOOSE_LANGUAGE_DIALOG = 'chooseLanguageDialog';
const LANGUAGE_PROMPT = 'languagePrompt';
const LANGUAGE_WATERFALL = 'languageWaterfall';

/**
 * The order of the language menu: English and Spanish first, then by how many of the people we serve read them; a
 * language added later (a new folder) comes after these. The numbers people type stay the same whatever they speak.
 */
const MENU_ORDER = ['en', 'es', 'zh', 'vi', 'tl', 'ar', 'fr', 'ko'];

function inMenuOrder(languages: readonly string[]): string[] {
    const rank = (language: string) => (MENU_ORDER.includes(language) ? MENU_ORDER.indexOf(language) : MENU_ORDER.length);
    return [...languages].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** Whether a message names a language this chat does not speak (`language.otherLanguageWords`, its language's or English). */
export function namesOtherLanguage(context: TurnContext, text: string): boolean {
    const said = plainWords(text);
    return [turnLanguage(context), 'en'].some((language) => containsAnyPhrase(context, 'language.otherLanguageWords', said, language));
}

/** "Quiero hablar en mam": a language this chat does not speak, asked for (`language.speakWords`). */
export function asksForOtherLanguage(context: TurnContext, text: string): boolean {
    return namesOtherLanguage(context, text) && containsAnyPhrase(context, 'language.speakWords', plainWords(text));
}

/** Asks which language to use, listing each language by its own name, and saves the answer. */
export class ChooseLanguageDialog extends ComponentDialog {
    constructor(private readonly preference: LanguagePreference) {
        super(CHOOSE_LANGUAGE_DIALOG);
        this.addDialog(new LocalizedChoicePrompt(LANGUAGE_PROMPT)).addDialog(
            new WaterfallDialog(LANGUAGE_WATERFALL, [this.askLanguageStep.bind(this), this.applyLanguageStep.bind(this)]),
        );
        this.initialDialogId = LANGUAGE_WATERFALL;
    }

    /** Offers every language that has a locale folder, in a steady order (see MENU_ORDER), by its own name. */
    private async askLanguageStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        // "Can we talk in Spanish?": the one language the message names is the answer, and is not asked for. "No hablo
        // inglés" names the one language not to speak: the message's own (or the conversation's) is the answer.
        const { activity } = step.context;
        const text = activity.type === 'message' ? activity.text : undefined;
        const named = text ? languagesNamedIn(text, supportedLanguages(step.context)) : [];
        const answer = text && named.length === 1 ? languageToSpeak(step.context, named[0], text) : undefined;
        if (answer) return step.next({ value: answer, index: 0, score: 1 } satisfies FoundChoice);
        // "Do you speak Haitian Creole?": not one of ours. Said so, rather than a list that leaves them to guess.
        if (text && namesOtherLanguage(step.context, text)) await step.context.sendActivity(translator(step.context)('language.unavailable'));
        const choices = inMenuOrder(supportedLanguages(step.context)).map((language) => ({
            value: language,
            title: languageName(step.context, language),
            synonyms: phrases(step.context, 'language.switchWords', language),
        }));
        return step.prompt(LANGUAGE_PROMPT, localizedChoiceOptions({ promptKey: 'language.prompt', retryKey: 'language.retry', choices }));
    }

    /** Switches to the chosen language, or says it is already in use. */
    private async applyLanguageStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
        const language = (step.result as FoundChoice).value;
        if (language === turnLanguage(step.context)) {
            await step.context.sendActivity(translator(step.context)('language.alreadyUsing'));
        } else {
            await changeLanguage(step.context, this.preference, language);
        }
        return step.endDialog();
    }
}
