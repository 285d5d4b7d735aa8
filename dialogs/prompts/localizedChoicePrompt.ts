import type { TurnContext } from 'botbuilder';
import {
    type Choice,
    type FoundChoice,
    type PromptOptions,
    type PromptRecognizerResult,
    type PromptValidator,
    ListStyle,
} from '../../conversation/dialogKit';
import { channelTraits } from '../../conversation/channelTraits';
import type { HandoffReason } from '../../services/handoff/handoffService';
import { remarkInside, remarkInsideAnswerKey } from '../../conversation/remarks';
import { answersInTraditional, translator, turnPhrases } from '../../conversation/turnLanguage';
import { containsAnyPhrase, looksLikeQuestion, plainWords } from '../../conversation/utteranceWords';
import { markInboundSensitive, typesSignInDetails } from '../../conversation/sensitiveInput';
import { madeOfOptionWords, matchableChoices, matchChoice, type ChoiceMatchRules, type MatchableChoice } from '../../conversation/choiceMatching';
import { ChoiceListPrompt } from './choiceListPrompt';
import { answerAndAskAgain, takeRefusal } from './promptRefusal';
import { offerAtPrompt } from '../handoff/personOffer';
import { missingAnswerKey, type MissingMeans } from './missingMeans';
import { otherQuestionAnswer, stepHelpAnswer, type StepTopic } from './stepHelp';
import { uscisMatterAnswerAt } from '../uscisMatters';

/** One option: a stable value the dialog acts on, and how it reads in the user's language. */
export interface LocalizedChoice {
    value: string;
    /** Locale key of the label; or a fixed label (for example a language name written in that language). */
    titleKey?: string;
    title?: string;
    /** Locale key of a list of other ways to say it. */
    synonymsKey?: string;
    synonyms?: readonly string[];
    /** Values for `{{name}}` placeholders in the synonyms under synonymsKey (an organisation's name). */
    synonymParams?: Readonly<Record<string, string>>;
}

/** What a localized choice prompt stores in dialog state: keys, not sentences, so it renders in the current language. */
export interface LocalizedChoiceSpec extends ChoiceMatchRules {
    promptKey: string;
    /** The "I did not understand; I need X" line shown instead of the question after an answer that names no option. */
    retryKey?: string;
    /**
     * Without a retryKey: the line said before the question is asked again (default: "Sorry, I didn't understand.
     * Please choose one of the options, or type its number.").
     */
    notUnderstoodKey?: string;
    params?: Record<string, string>;
    /**
     * Params that are themselves locale keys ("Did you want to {{task}}?"), rendered with the question: a question asked
     * again after a language change reads whole in the new language, not with the old one's words inside.
     */
    paramKeys?: Record<string, string>;
    choices: readonly LocalizedChoice[];
    /**
     * A locale key whose `<key>.<value>Words` list, for an option's value, holds phrases found anywhere in a message that
     * choose that option: "I checked spam already" is a no at "Did the email arrive?". Read before anything else the
     * question answers (a goodbye's "all done" is a yes here), except a question the spec's `stepHelp` answers. A
     * message with the phrases of two options chooses none.
     */
    wordsInside?: string;
    /**
     * With `wordsInside`: the options' words choose even in a question the step's help answers ("where is my account
     * number?" is the option "Where to find it", not what an account number is). Otherwise such a question is answered.
     */
    wordsBeforeStepHelp?: boolean;
    /** What the user may ask about at this question ("what is a backup code?"): answered, then the question again. */
    stepHelp?: readonly StepTopic[];
    /**
     * Any other question asked here ("how long does it take to arrive?" at "Did the email arrive?"): this text, then the
     * question again, rather than "please answer yes or no".
     */
    questionKey?: string;
    /**
     * True where people ask what only USCIS can do ("can I expedite it?" after a status): the answer saying how (see
     * uscisMatters), then the question again. Its texts take `orgName` from params.
     */
    answersUscisMatters?: boolean;
    /**
     * What every option needs ("I don't have an email" at the choice of an account to create): a message that names
     * the thing as missing (or forgotten, where the means say so) gets this next step, then the question again.
     */
    missing?: MissingMeans | readonly MissingMeans[];
    /**
     * Where this question guides someone through another site's sign-up: an email address, a password or a code typed
     * here instead (see typesSignInDetails) gets this text, then the question again, and the message is not kept.
     */
    signInDetailsTypedKey?: string;
    /** "No thanks" leaves the flow: see declinesQuestion. For a flow's first question, where leaving loses nothing. */
    leftWhenDeclined?: boolean;
    /**
     * Messages in a row the bot could not understand just before this question was asked (the menu, asked again after
     * an out-of-scope answer): they count with this question's own misses towards offering a person.
     */
    notUnderstoodBefore?: number;
    /** Why a person was offered just before this question was asked (a flow that could not go on), if one was. */
    offeredBefore?: HandoffReason;
}

/**
 * How a spec is kept in dialog state, which is read and written on every turn: options named by the usual keys
 * (`<prefix>.<value>.title` and `<prefix>.<value>.synonyms`, as the menu's) are kept as the prefix and the values.
 */
type StoredChoiceSpec = Omit<LocalizedChoiceSpec, 'choices'> & { choices?: LocalizedChoice[]; choicesUnder?: { prefix: string; values: string[] } };

/** Prompt options for a LocalizedChoicePrompt. */
export function localizedChoiceOptions(spec: LocalizedChoiceSpec): PromptOptions {
    const prefix = spec.choices[0]?.titleKey?.replace(/\.[^.]+\.title$/, '');
    const usual = (choice: LocalizedChoice) =>
        Object.keys(choice).length === 3 && choice.titleKey === `${prefix}.${choice.value}.title` && choice.synonymsKey === `${prefix}.${choice.value}.synonyms`;
    if (!prefix || !spec.choices.every(usual)) return { validations: spec };
    const { choices, ...rest } = spec;
    return { validations: { ...rest, choicesUnder: { prefix, values: choices.map((choice) => choice.value) } } satisfies StoredChoiceSpec };
}

/** Specs read back from their stored form, per stored object: one turn reads the same spec several times. */
const expandedSpecs = new WeakMap<StoredChoiceSpec, LocalizedChoiceSpec>();

/**
 * The options named by a prefix and values, one list per prefix and values: the same list object on every turn of a
 * question, so what is made of it for showing and matching is made once (matchableChoices). The values come from the
 * dialogs (menu options, account types), so there are a few dozen lists at most; the bound only guards against a bug.
 */
const usualChoiceLists = new Map<string, readonly LocalizedChoice[]>();
const MAX_USUAL_CHOICE_LISTS = 500;

function usualChoices(prefix: string, values: readonly string[]): readonly LocalizedChoice[] {
    const key = `${prefix}\u0001${values.join('\u0001')}`;
    let choices = usualChoiceLists.get(key);
    if (!choices) {
        choices = Object.freeze(values.map((value) => Object.freeze({ value, titleKey: `${prefix}.${value}.title`, synonymsKey: `${prefix}.${value}.synonyms` })));
        if (usualChoiceLists.size >= MAX_USUAL_CHOICE_LISTS) usualChoiceLists.clear();
        usualChoiceLists.set(key, choices);
    }
    return choices;
}

/** The spec a LocalizedChoicePrompt was started with. */
export function choiceSpecOf(options: PromptOptions): LocalizedChoiceSpec {
    const stored = options.validations as StoredChoiceSpec | undefined;
    if (stored?.promptKey && stored.choicesUnder && !stored.choices) {
        let spec = expandedSpecs.get(stored);
        if (!spec) {
            const { choicesUnder, ...rest } = stored;
            const { prefix, values } = choicesUnder;
            spec = { ...rest, choices: usualChoices(prefix, values) };
            expandedSpecs.set(stored, spec);
        }
        return spec;
    }
    if (!stored?.promptKey || !Array.isArray(stored.choices)) {
        throw new Error('LocalizedChoicePrompt needs options made by localizedChoiceOptions()');
    }
    return stored as LocalizedChoiceSpec;
}

/**
 * A choice question whose text and options are rendered from locale keys on every turn, so a user who switches language
 * in the middle of a question sees it again in the new language. Rendering per channel (buttons, hero card, numbered
 * SMS list) is left to ChoiceFactory. The result's `value` is the stable choice value, whatever the language.
 *
 * It listens before it takes: an option is taken only when the whole message names it (see `matchChoice`); a question
 * about the step is answered and the question asked again; anything else gets one line saying what is expected.
 */
export class LocalizedChoicePrompt extends ChoiceListPrompt {
    constructor(dialogId: string, validator?: PromptValidator<FoundChoice>) {
        super(dialogId, answeringStepQuestions(validator));
    }

    protected override async onPrompt(context: TurnContext, state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
        const refusal = takeRefusal(state);
        const rendered = this.render(context, options);
        const t = translator(context);
        if (refusal?.offer) {
            // The question again, then the offer of a person last: its button is the one a channel shows. Taking it is
            // recorded with its reason (see handoffOptionsFor).
            await super.onPrompt(context, state, rendered, false);
            return offerAtPrompt(context, state, refusal.offer);
        }
        if (refusal?.answer) {
            // An answer to what the user asked, then the question as it was first asked (after a goodbye, not again).
            await context.sendActivity(t(refusal.key, refusal.params));
            return refusal.quiet ? undefined : super.onPrompt(context, state, rendered, false);
        }
        // A validator's reason (refuseWith) replaces the generic retry text for this one retry.
        if (refusal) rendered.retryPrompt = t(refusal.key, refusal.params);
        await super.onPrompt(context, state, rendered, isRetry);
    }

    /**
     * True when the question takes `text` as its answer or has something to say to it (see choiceFirstAnswerKey): what
     * a flow asks before it reads the message as something else, such as another task.
     */
    answers(context: TurnContext, options: PromptOptions, text: string): boolean {
        const spec = choiceSpecOf(options);
        return optionIndex(context, spec, text) !== undefined || choiceFirstAnswerKey(context, spec, text) !== undefined;
    }

    /** True when the message picks one of the question's options. */
    picksOption(context: TurnContext, options: PromptOptions, text: string): boolean {
        return optionIndex(context, choiceSpecOf(options), text) !== undefined;
    }

    protected override async onRecognize(context: TurnContext, _state: object, options: PromptOptions): Promise<PromptRecognizerResult<FoundChoice>> {
        const spec = choiceSpecOf(options);
        const text = context.activity.type === 'message' ? context.activity.text : undefined;
        const index = text ? optionIndex(context, spec, text) : undefined;
        if (index === undefined || (text && (askedBeforeAnswering(context, spec, text) || asksWhatThisIs(context, text)))) return { succeeded: false };
        return { succeeded: true, value: { value: spec.choices[index].value, index, score: 1 } };
    }

    private render(context: TurnContext, options: PromptOptions): PromptOptions {
        const spec = choiceSpecOf(options);
        const t = translator(context);
        const params = renderedParams(context, spec);
        const prompt = t(spec.promptKey, params);
        return {
            ...options,
            style: options.style ?? styleForChannel(context, spec.choices.length),
            prompt,
            retryPrompt: spec.retryKey ? t(spec.retryKey, params) : `${t(spec.notUnderstoodKey ?? 'prompts.notUnderstood.choice')}\n\n${prompt}`,
            choices: renderChoices(context, spec),
        };
    }
}

/**
 * Runs first on every answer that names no option: a question about this step gets its short answer, a thing the
 * options all need said to be missing gets its next step, and any other question the spec's questionKey text.
 */
function answeringStepQuestions(validator?: PromptValidator<FoundChoice>): PromptValidator<FoundChoice> {
    return async (prompt) => {
        if (!prompt.recognized.succeeded) {
            const spec = choiceSpecOf(prompt.options);
            const text = prompt.context.activity.text ?? '';
            if (spec.signInDetailsTypedKey && typesSignInDetails(prompt.context, text)) {
                markInboundSensitive(prompt.context);
                return answerAndAskAgain(prompt, spec.signInDetailsTypedKey);
            }
            const answerKey = choiceFirstAnswerKey(prompt.context, spec, text) ?? (namesOptionsOnly(prompt.context, spec, text) ? undefined : otherQuestionAnswer(prompt.context, spec.questionKey, text));
            // The question's params reach the answer too: "what does this mean?" is answered for the status on screen.
            if (answerKey) return answerAndAskAgain(prompt, answerKey, renderedParams(prompt.context, spec));
        }
        return validator ? validator(prompt) : prompt.recognized.succeeded;
    };
}

/**
 * A message that only opens with an answer and goes on with a question about the step ("ok what should I do now?",
 * "yes, but what does this mean?"): the opening word is how people start talking, not yet consent. The question is
 * answered (answeringStepQuestions) and the question asked again, rather than taking a yes nobody has given yet.
 */
function askedBeforeAnswering(context: TurnContext, spec: LocalizedChoiceSpec, text: string): boolean {
    if (!spec.leadingAnswer || !spec.stepHelp?.length || stepHelpAnswer(context, spec.stepHelp, text) === undefined) return false;
    const phrases = turnPhrases(context);
    return matchChoice(phrases, matchableChoices(phrases, spec.choices), text, { ...spec, leadingAnswer: false }) === undefined;
}

/**
 * "Is this the real USCIS website?" at "Which account do you want to create?": a question about what this chat is, which
 * names an option's word ("USCIS") without choosing it. It is answered (remarks.aboutMe), and the question asked again.
 */
function asksWhatThisIs(context: TurnContext, text: string): boolean {
    return remarkInside(turnPhrases(context), text) === 'aboutMe' && looksLikeQuestion(context, text);
}

/** Whether `text` is only the question's options' words ("yes no"): an answer that could not be read, not a question. */
function namesOptionsOnly(context: TurnContext, spec: LocalizedChoiceSpec, text: string): boolean {
    return madeOfOptionWords(matchableChoices(turnPhrases(context), spec.choices), text);
}

/** The option of the question `text` names, in the turn's language (see matchChoice, then the spec's wordsInside), or undefined. */
function optionIndex(context: TurnContext, spec: LocalizedChoiceSpec, text: string): number | undefined {
    const phrases = turnPhrases(context);
    return matchChoice(phrases, matchableChoices(phrases, spec.choices), text, spec) ?? optionSaidInside(context, spec, text);
}

/** The one option whose `wordsInside` phrases the message holds; undefined for none, or for two. */
function optionSaidInside(context: TurnContext, spec: LocalizedChoiceSpec, text: string): number | undefined {
    const key = spec.wordsInside;
    if (!key) return undefined;
    // A question the step's help answers ("what is an authenticator app?") is answered, not taken as a choice; another
    // question may choose ("can I get them by text?").
    if (spec.stepHelp?.length && !spec.wordsBeforeStepHelp && stepHelpAnswer(context, spec.stepHelp, text) !== undefined) return undefined;
    // "I don't have that notice" names a thing the question knows to be missing: that answer, not "don't have" as a word.
    if (spec.missing && missingAnswerKey(context, spec.missing, text, { namedOnly: true })) return undefined;
    const said = plainWords(text);
    if (said === '') return undefined;
    const saying = spec.choices.map((choice) => containsAnyPhrase(context, `${key}.${choice.value}Words`, said));
    const index = saying.indexOf(true);
    return index !== -1 && saying.indexOf(true, index + 1) === -1 ? index : undefined;
}

/**
 * The locale key of what a choice question answers when `text` names none of its options: a question about the step, a
 * thing every option needs said to be missing, a remark ("thanks", "are you a real person?", "bye"). Undefined when
 * the question has nothing to say to it.
 */
function choiceFirstAnswerKey(context: TurnContext, spec: LocalizedChoiceSpec, text: string): string | undefined {
    return (
        stepHelpAnswer(context, spec.stepHelp, text) ??
        uscisMatterAnswerAt(context, text, spec.answersUscisMatters) ??
        (spec.missing && missingAnswerKey(context, spec.missing, text, { namedOnly: true })) ??
        remarkInsideAnswerKey(turnPhrases(context), text)
    );
}

/** A question's params in this turn's language: `params` as they are, `paramKeys` translated. */
function renderedParams(context: TurnContext, spec: LocalizedChoiceSpec): Record<string, string> | undefined {
    if (!spec.paramKeys) return spec.params;
    const t = translator(context);
    return { ...spec.params, ...Object.fromEntries(Object.entries(spec.paramKeys).map(([name, key]) => [name, t(key)])) };
}

/**
 * Buttons where the channel has them (suggested actions in Web Chat, a hero card in Teams), numbered text elsewhere
 * (SMS). ChoiceFactory's automatic style falls back to a list whenever a label is over 20 characters, which most of our
 * Spanish labels are; Web Chat and Teams show long button labels fine.
 */
function styleForChannel(context: TurnContext, count: number): ListStyle {
    const traits = channelTraits(context);
    if (traits.suggestedActions > 0 && count <= traits.suggestedActions) return ListStyle.suggestedAction;
    if (traits.cardActions > 0 && count <= traits.cardActions) return ListStyle.heroCard;
    // No buttons (SMS): ChoiceFactory picks an inline "(1) x or (2) y" for a few short options, else a numbered list.
    return ListStyle.auto;
}

/** The options as ChoiceFactory takes them, per matchable list (the same list each turn of a question: see usualChoices). */
const renderedChoices = new WeakMap<readonly MatchableChoice[], Choice[]>();
/** The same, labelled in traditional characters (see answersInTraditional). */
const renderedTraditional = new WeakMap<readonly MatchableChoice[], Choice[]>();

function renderChoices(context: TurnContext, spec: LocalizedChoiceSpec): Choice[] {
    const matchable = matchableChoices(turnPhrases(context), spec.choices);
    const traditional = answersInTraditional(context);
    const memo = traditional ? renderedTraditional : renderedChoices;
    let rendered = memo.get(matchable);
    if (!rendered) {
        const t = translator(context);
        const label = (choice: MatchableChoice, index: number) => {
            const option = spec.choices[index];
            return traditional && option && option.title === undefined ? t(option.titleKey ?? option.value) : choice.title;
        };
        rendered = Object.freeze(matchable.map((choice, index) => Object.freeze({ value: label(choice, index), synonyms: [...choice.synonyms] }))) as Choice[];
        memo.set(matchable, rendered);
    }
    return rendered;
}
