import type { TurnContext } from 'botbuilder';
import {
    DialogTurnStatus,
    ListStyle,
    WaterfallDialog,
    type Choice,
    type ChoiceFactoryOptions,
    type DialogContext,
    type DialogTurnResult,
    type FoundChoice,
    type PromptOptions,
    type PromptRecognizerResult,
    type WaterfallStepContext,
} from '../conversation/dialogKit';
import { channelTraits } from '../conversation/channelTraits';
import { matchableChoices } from '../conversation/choiceMatching';
import { recognizeInterruption } from '../conversation/interruption';
import { detectLanguage, localeVocabularies } from '../conversation/languageDetection';
import type { LanguagePreference } from '../conversation/languagePreference';
import { changeLanguage } from '../conversation/languageSwitch';
import { languageName, supportedLanguages, translator, turnLanguage, turnPhrases, type LocalePhrases } from '../conversation/turnLanguage';
import type { ConversationServices } from './conversationServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { ChoiceListPrompt } from './prompts/choiceListPrompt';
import { YES_NO_CHOICES, yesOrNoIn } from './prompts/yesNo';
import { receiptCandidates } from '../services/validators';

export const LANGUAGE_OFFER_DIALOG = 'languageOfferDialog';
const OFFER_PROMPT = 'languageOfferPrompt';
const OFFER_WATERFALL = 'languageOfferWaterfall';

/** What the main dialog hands the offer: the language to offer, never the message it was read from. */
export interface LanguageOfferOptions {
    language: string;
}

/**
 * What the offer ends with when its answer was a new message written in the offered language ("j'ai oublié mon mot de
 * passe" at "Voulez-vous continuer en français ?"): the language was switched, and that message is what to act on.
 */
export interface LanguageOfferOutcome {
    newMessage: string;
}

/** The new message a finished offer hands back (see LanguageOfferOutcome), if any. */
export function messageAfterOffer(result: unknown): string | undefined {
    const message = (result as Partial<LanguageOfferOutcome> | undefined)?.newMessage;
    return typeof message === 'string' && message !== '' ? message : undefined;
}

/** The offer's answer when the user wrote on in the offered language instead of saying yes or no. */
const WROTE_IN_IT = 'wroteInIt';
/** Fewest words of an answer read as a request rather than a try at yes or no. */
const SENTENCE_WORDS = 3;


/**
 * The language to offer for a conversation's first message, or undefined: when the message is written in another
 * supported language than the conversation's (see detectLanguage: identifiers never count), and this user has not been
 * asked before.
 */
export async function languageToOffer(context: TurnContext, preference: LanguagePreference, firstMessage: string): Promise<string | undefined> {
    const language = otherLanguageOf(context, firstMessage);
    if (!language) return undefined;
    return (await preference.wasOffered(context)) ? undefined : language;
}

/** The supported language other than the conversation's that `text` is written in, if any (see detectLanguage). */
function otherLanguageOf(context: TurnContext, text: string): string | undefined {
    const detected = detectLanguage(text, { supported: supportedLanguages(context), vocabularies: localeVocabularies(turnPhrases(context)) });
    return detected && detected.language !== turnLanguage(context) ? detected.language : undefined;
}

/**
 * The language of a message that asks for a person or for help in another supported language than the conversation's,
 * or undefined: that person should get the answer in it at once. Used where the conversation would otherwise answer
 * such a message in its own language (the language question, the welcome's menu). The request is read first (once a
 * turn, see recognizeTurn), the language only for a request.
 */
export async function languageOfUrgentRequest(context: TurnContext, recognizer: ConversationServices['recognizer']): Promise<string | undefined> {
    const text = context.activity.type === 'message' ? context.activity.text : undefined;
    if (!text) return undefined;
    const interruption = await recognizeInterruption(recognizer, context, 'answer');
    if (interruption?.kind !== 'talkToPerson' && interruption?.kind !== 'help') return undefined;
    return otherLanguageOf(context, text);
}

/**
 * Asks once, in the language the first message was written in, whether to continue in it: "yes" switches (and saves
 * the choice for the user), "no" keeps the conversation's language. Either way the dialog ends and the main dialog
 * goes on with the first message, as it would have without the question. The question is recorded as asked before
 * it is shown, so it never comes back, whatever the answer.
 */
export class LanguageOfferDialog extends InterruptibleDialog {
    protected readonly helpKey = 'language.offerHelp';

    constructor(services: ConversationServices) {
        super(LANGUAGE_OFFER_DIALOG, services);
        this.addDialog(new LanguageOfferPrompt(OFFER_PROMPT)).addDialog(
            new WaterfallDialog<LanguageOfferOptions>(OFFER_WATERFALL, [this.askToSwitchStep.bind(this), this.applyAnswerStep.bind(this)]),
        );
        this.initialDialogId = OFFER_WATERFALL;
    }

    /** "Would you like to continue in Español?", asked in that language. */
    private async askToSwitchStep(step: WaterfallStepContext<LanguageOfferOptions>): Promise<DialogTurnResult> {
        await this.services.languages.markOffered(step.context);
        return step.prompt(OFFER_PROMPT, offerPromptOptions(step.options.language));
    }

    /** Yes: switch and save. No: say the language stays. A new message in the offered language: switch, and hand it back. */
    private async applyAnswerStep(step: WaterfallStepContext<LanguageOfferOptions>): Promise<DialogTurnResult> {
        const answer = (step.result as FoundChoice).value;
        if (answer === WROTE_IN_IT) {
            await changeLanguage(step.context, this.services.languages, step.options.language);
            return step.endDialog({ newMessage: step.context.activity.text ?? '' } satisfies LanguageOfferOutcome);
        }
        if (answer === 'yes') {
            await changeLanguage(step.context, this.services.languages, step.options.language);
        } else {
            await step.context.sendActivity(translator(step.context)('language.unchanged'));
        }
        return step.endDialog();
    }

    /** A language named at the question ("español", "中文") is an answer too: that language, whichever it is. */
    protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
        // "人工客服" at "您想用中文继续吗？": that language, and the request is what is done (not help in the old one).
        const options = (innerDc.activeDialog?.state as { options?: PromptOptions } | undefined)?.options;
        const offered = (options?.validations as OfferSpec | undefined)?.language;
        if (offered && (await languageOfUrgentRequest(innerDc.context, this.services.recognizer)) === offered) {
            await changeLanguage(innerDc.context, this.services.languages, offered);
            await innerDc.cancelAllDialogs();
            return { status: DialogTurnStatus.complete, result: { newMessage: innerDc.context.activity.text ?? '' } satisfies LanguageOfferOutcome };
        }
        const interruption = await recognizeInterruption(this.services.recognizer, innerDc.context);
        if (interruption?.kind !== 'switchLanguage') return super.onContinueDialog(innerDc);
        const { context } = innerDc;
        if (interruption.language === turnLanguage(context)) {
            await context.sendActivity(translator(context)('language.unchanged'));
        } else {
            await changeLanguage(context, this.services.languages, interruption.language);
        }
        await innerDc.cancelAllDialogs();
        return { status: DialogTurnStatus.complete };
    }

    /** The help names both choices: the offered language and the one in use. */
    protected override async helpText(innerDc: DialogContext): Promise<string> {
        const offered = (innerDc.activeDialog?.state as { options?: PromptOptions } | undefined)?.options?.validations as OfferSpec | undefined;
        const language = offered?.language ?? turnLanguage(innerDc.context);
        return translator(innerDc.context)(this.helpKey, { language: languageName(innerDc.context, language) });
    }
}

/** What the offer prompt keeps in dialog state: only the offered language. */
interface OfferSpec {
    language: string;
}

function offerPromptOptions(language: string): PromptOptions {
    return { validations: { language } satisfies OfferSpec };
}

function offerSpecOf(options: PromptOptions): OfferSpec {
    const spec = options.validations as OfferSpec | undefined;
    if (!spec?.language) throw new Error('LanguageOfferPrompt needs options made by offerPromptOptions()');
    return spec;
}

/** The phrases of another language than the turn's, for matching answers in it. */
function phrasesIn(context: TurnContext, language: string): LocalePhrases {
    const own = turnPhrases(context);
    return {
        language,
        supported: own.supported,
        list: (key, other = language) => own.list(key, other),
        folded: (key, other = language) => own.folded(key, other),
        text: (key, other = language) => own.text(key, other),
    };
}

/**
 * A yes/no question written in the offered language rather than the conversation's. Answers count in either language:
 * the user may read only one of them.
 */
class LanguageOfferPrompt extends ChoiceListPrompt {
    /** The separators between numbered options on text channels must not be words of either language. */
    protected override listWords(): ChoiceFactoryOptions {
        return { inlineSeparator: ', ', inlineOr: ' / ', inlineOrMore: ', ', includeNumbers: true };
    }

    protected override async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
        const { language } = offerSpecOf(options);
        const offered = phrasesIn(context, language);
        const question = offered.text('language.offer');
        const choices: Choice[] = matchableChoices(offered, YES_NO_CHOICES).map((choice) => ({ value: choice.title, synonyms: [...choice.synonyms] }));
        const traits = channelTraits(context);
        const style = traits.suggestedActions >= 2 ? ListStyle.suggestedAction : traits.cardActions >= 2 ? ListStyle.heroCard : ListStyle.auto;
        await super.onPrompt(
            context,
            state,
            { ...options, prompt: question, retryPrompt: `${offered.text('prompts.notUnderstood.yesNo')}\n\n${question}`, choices, style },
            isRetry,
        );
    }

    protected override async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<FoundChoice>> {
        const text = context.activity.type === 'message' ? context.activity.text : undefined;
        if (!text) return { succeeded: false };
        const { language } = offerSpecOf(options);
        for (const phrases of [phrasesIn(context, language), turnPhrases(context)]) {
            const said = yesOrNoIn(phrases, text);
            if (said) return { succeeded: true, value: { value: said, index: said === 'yes' ? 0 : 1, score: 1 } };
        }
        // A receipt number is in no language, and no answer to the question: in the offered one (the first message was
        // written in it), it is checked. It had been answered "yes or no?".
        if (receiptCandidates(text).length > 0) return { succeeded: true, value: { value: WROTE_IN_IT, index: 0, score: 1 } };
        // Neither yes nor no, but a sentence in the offered language: that is a yes, and the sentence a request to act on.
        // ("tal vez", "maybe", is too short to be either: the question stands.)
        if (text.trim().split(/\s+/).length >= SENTENCE_WORDS) {
            const written = detectLanguage(text, { supported: supportedLanguages(context), vocabularies: localeVocabularies(turnPhrases(context)) });
            if (written?.language === language) return { succeeded: true, value: { value: WROTE_IN_IT, index: 0, score: 1 } };
        }
        return { succeeded: false };
    }
}
