import type { TurnContext } from 'botbuilder';
import { WaterfallDialog, type DialogTurnResult, type FoundChoice, type PromptValidatorContext, type WaterfallStepContext } from '../../conversation/dialogKit';
import { contactDetailsText, helpDeskLine } from '../contactDetails';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { HANDOFF_DIALOG } from '../handoff/handoffDialog';
import { handoffOptionsFor } from '../handoff/handoffOffer';
import { personAtHand } from '../handoff/personOffer';
import { InterruptibleDialog } from '../interruptibleDialog';
import { LocalizedChoicePrompt, localizedChoiceOptions, type LocalizedChoice, type LocalizedChoiceSpec } from '../prompts/localizedChoicePrompt';
import { faqAnswerParams } from './faqAnswerParams';
import { asksAboutFees, feesAnswer } from './feesAsked';
import { FAQ_TOPICS, isFaqTopic, RELATED_TOPICS, type CommonQuestionsOptions, type FaqTopic } from './faqTopics';
import { channelTraits } from '../../conversation/channelTraits';
import { optionNamedIn } from '../../conversation/choiceMatching';
import { receiptIn, taskNamedIn } from '../../conversation/recognizer';
import { recognizeTurn } from '../../conversation/recognizeTurn';
import { translator, turnPhrases } from '../../conversation/turnLanguage';
import { destinationOf, isMenuOption, TOPIC_OF_INTENT } from '../menuOptions';
import { answerAndAskAgain, offerPersonAndAskAgain } from '../prompts/promptRefusal';
import { stepHelpAnswer, USUAL_TIMES_ANSWER_KEY } from '../prompts/stepHelp';
import { uscisMatterIn } from '../uscisMatters';
import { askedBesideFeeling, feelingAnswerKey, FRUSTRATION_ANSWER_KEY } from '../../conversation/remarks';
import { looksLikeQuestion } from '../../conversation/utteranceWords';

export const COMMON_QUESTIONS_DIALOG = 'commonQuestionsDialog';
const QUESTION_STEPS = 'commonQuestionsSteps';
const TOPIC_PROMPT = 'commonQuestionsTopicPrompt';
const FOLLOW_UP_PROMPT = 'commonQuestionsFollowUpPrompt';

/** Follow-up choices that are not topics. */
const BACK_TO_MENU = 'menu';
/** "What else?" after an answer: the list of every topic, not only the related ones. */
const OTHER_TOPICS = 'otherTopics';
const TALK_TO_PERSON = 'talkToPerson';
/** What a message that names no topic but asks for a task ("check EAC9999103403") chooses at either question. */
export const ELSEWHERE = 'elsewhere';
/** A sentence this long that is out of scope gets the out-of-scope answer; a shorter miss is a mistyped choice. */
const OUT_OF_SCOPE_MIN_WORDS = 3;

/** A full answer needs a channel that renders markdown lists and takes a long message in one piece. */
const FULL_ANSWER_MIN_CHARS = 2000;

/** Where the flow is: the topic, and whether its answer was already given (then only the follow-up is asked). */
interface QuestionStepOptions extends CommonQuestionsOptions {
    answered?: boolean;
}

const COMPLETED: FlowOutcome = { outcome: 'completed' };
const ELSEWHERE_OUTCOME: FlowOutcome = { outcome: 'elsewhere' };

/**
 * How the main menu would place a sentence typed here (see CommonQuestionsDialog.menuReading): a topic answered as it
 * stands, or `elsewhere` for the menu to act on; undefined when the menu could not place it either.
 */
export type MenuReading = (context: TurnContext, text: string) => Promise<FaqTopic | typeof ELSEWHERE | undefined>;

/** Which variant of every answer this channel gets: SMS and other plain-text channels get the short one. */
export function answerVariant(context: TurnContext): 'full' | 'short' {
    const traits = channelTraits(context);
    return traits.markdown && traits.maxMessageChars >= FULL_ANSWER_MIN_CHARS ? 'full' : 'short';
}

const topicChoice = (topic: FaqTopic): LocalizedChoice => ({ value: topic, titleKey: `faq.topics.${topic}.title`, synonymsKey: `faq.topics.${topic}.synonyms` });
const ALL_TOPIC_CHOICES: readonly LocalizedChoice[] = FAQ_TOPICS.map(topicChoice);

/** The topic menu: every topic by its short title; a sentence that mentions one topic's words picks it. */
function topicMenuSpec(): LocalizedChoiceSpec {
    return { promptKey: 'faq.menu.prompt', choices: [...ALL_TOPIC_CHOICES], synonymsInside: true };
}

/**
 * "Anything else about this?": related topics, a person after the legal-advice answer, every other topic, and the way
 * back to the menu.
 */
function followUpSpec(topic: FaqTopic): LocalizedChoiceSpec {
    const person: LocalizedChoice[] = topic === 'legalAdvice' ? [{ value: TALK_TO_PERSON, titleKey: 'menu.options.talkToPerson.title', synonymsKey: 'menu.options.talkToPerson.synonyms' }] : [];
    return {
        promptKey: 'faq.followUp.prompt',
        choices: [
            ...person,
            ...RELATED_TOPICS[topic].map(topicChoice),
            { value: OTHER_TOPICS, titleKey: 'faq.otherTopics.title', synonymsKey: 'faq.otherTopics.synonyms' },
            { value: BACK_TO_MENU, titleKey: 'faq.backToMenu.title', synonymsKey: 'faq.backToMenu.synonyms' },
        ],
    };
}

/** The topic a message names by a title or synonym (a sentence mentioning one topic's words counts), if any. */
function topicNamed(context: TurnContext, text: string): FaqTopic | undefined {
    const phrases = turnPhrases(context);
    const index = optionNamedIn(phrases, ALL_TOPIC_CHOICES, text);
    return index === undefined ? undefined : FAQ_TOPICS[index];
}

/**
 * Answers the common questions about the USCIS online account: with a topic (from the intent classifier), its answer;
 * without one, a menu of topics first. After each answer it asks "Anything else about this?" with a few related topics
 * and the way back to the main menu. Answers are locale texts written from the USCIS facts; the organisation's own
 * contact details come from configuration. It never gives legal advice: the legal-advice answer says so and offers a
 * person.
 *
 * @example
 * await step.beginDialog(COMMON_QUESTIONS_DIALOG, { topic: 'security' } satisfies CommonQuestionsOptions);
 */
export class CommonQuestionsDialog extends InterruptibleDialog {
    protected readonly helpKey = 'faq.help';
    /**
     * Set by the main menu that holds this dialog: a sentence none of this dialog's own readings places ("my green card
     * never arrived", "can I travel?", "what are your hours?") is read as at the menu, which knows those questions, rather
     * than answered "please choose one of the options" or "I can't help with that".
     */
    menuReading?: MenuReading;
    /** Sentences at its questions are read here (see InterruptibleDialog.leavesChoiceForTask). */
    protected override readonly leavesChoiceForTask = false;

    constructor(services: ConversationServices) {
        super(COMMON_QUESTIONS_DIALOG, services);
        this.addDialog(new LocalizedChoicePrompt(TOPIC_PROMPT, this.freeTextValidator.bind(this)))
            .addDialog(new LocalizedChoicePrompt(FOLLOW_UP_PROMPT, this.freeTextValidator.bind(this)))
            .addDialog(
                new WaterfallDialog<QuestionStepOptions>(QUESTION_STEPS, [
                    this.chooseTopicStep.bind(this),
                    this.answerStep.bind(this),
                    this.followUpStep.bind(this),
                    this.afterPersonStep.bind(this),
                ]),
            );
        this.initialDialogId = QUESTION_STEPS;
    }

    /** Goes straight to the answer when the topic is known; otherwise asks which topic. */
    private async chooseTopicStep(step: WaterfallStepContext<QuestionStepOptions>): Promise<DialogTurnResult> {
        const { topic } = step.options;
        if (isFaqTopic(topic)) return step.next({ value: topic, index: FAQ_TOPICS.indexOf(topic), score: 1 } satisfies FoundChoice);
        return step.prompt(TOPIC_PROMPT, localizedChoiceOptions(topicMenuSpec()));
    }

    /** Sends the answer (short or full, as the channel wants), then asks whether there is anything else about it. */
    private async answerStep(step: WaterfallStepContext<QuestionStepOptions>): Promise<DialogTurnResult> {
        if ((step.result as FoundChoice).value === ELSEWHERE) return step.endDialog(ELSEWHERE_OUTCOME);
        const topic = (step.result as FoundChoice).value as FaqTopic;
        step.options.topic = topic;
        if (!step.options.answered) await step.context.sendActivity(this.answerText(step.context, topic, step.options));
        return step.prompt(FOLLOW_UP_PROMPT, localizedChoiceOptions(followUpSpec(topic)));
    }

    /**
     * Another topic: its answer. Other questions: the list of every topic. Back to the menu: done. A person (chosen by
     * its number; its words are an interruption every question handles the same way): the help desk's queue when there
     * is one, else how to reach a person.
     */
    private async followUpStep(step: WaterfallStepContext<QuestionStepOptions>): Promise<DialogTurnResult> {
        const value = (step.result as FoundChoice).value;
        if (isFaqTopic(value)) return step.replaceDialog(QUESTION_STEPS, { topic: value, aboutUscisAccount: step.options.aboutUscisAccount } satisfies QuestionStepOptions);
        if (value === ELSEWHERE) return step.endDialog(ELSEWHERE_OUTCOME);
        if (value === OTHER_TOPICS) return step.replaceDialog(QUESTION_STEPS, { aboutUscisAccount: step.options.aboutUscisAccount } satisfies QuestionStepOptions);
        if (value !== TALK_TO_PERSON) return step.endDialog(COMPLETED);
        if (this.services.handoff) return step.beginDialog(HANDOFF_DIALOG, handoffOptionsFor(step, this.id));
        await step.context.sendActivity(contactDetailsText(step.context, this.services.organization));
        return step.next();
    }

    /** After the offer of a person: the same "Anything else about this?", without the answer again. */
    private async afterPersonStep(step: WaterfallStepContext<QuestionStepOptions>): Promise<DialogTurnResult> {
        return step.replaceDialog(QUESTION_STEPS, { topic: step.options.topic, aboutUscisAccount: step.options.aboutUscisAccount, answered: true } satisfies QuestionStepOptions);
    }

    /**
     * A typed question at either question: any topic named by its words (not only the ones on the buttons); else what
     * the classifier is sure of: a common question's topic is answered here, a task (or a receipt number) leaves for the
     * menu, which starts it. A sentence the classifier finds out of scope gets the menu's out-of-scope answer and the
     * same question; anything else is a mistyped choice, asked again.
     */
    private async freeTextValidator(prompt: PromptValidatorContext<FoundChoice>): Promise<boolean> {
        const text = prompt.context.activity.type === 'message' ? prompt.context.activity.text : undefined;
        // A feeling ("I'm scared my case will be denied", "this is useless") has its line; the rest is read on its own,
        // and when it asks nothing ("this is so annoying", not the scams question its letters look like; "esto no sirve
        // para nada", not the common problems its "no sirve" names), the line alone.
        const feeling = text ? feelingAnswerKey(prompt.context, text) : undefined;
        const asked = feeling && text ? askedBesideFeeling(prompt.context, text) : text;
        if (prompt.recognized.succeeded && !(feeling && asked === undefined)) return true;
        prompt.recognized.succeeded = false;
        if (!text) return false;
        const chosen = (value: string) => {
            prompt.recognized.value = { value, index: -1, score: 1 };
            prompt.recognized.succeeded = true;
            return true;
        };
        if (feeling && asked === undefined) {
            // Fed up, with a person at hand: the question again, then the offer of one with its button.
            const offer = feeling === FRUSTRATION_ANSWER_KEY && (await personAtHand(prompt.context, this.services.handoff));
            return offer ? offerPersonAndAskAgain(prompt, 'frustrated') : answerAndAskAgain(prompt, feeling);
        }
        const topic = topicNamed(prompt.context, text);
        if (topic) return chosen(topic);
        const reading = await recognizeTurn(this.services.recognizer, prompt.context, 'menu', asked);
        if (reading && receiptIn(reading)) return chosen(ELSEWHERE);
        // A task named in a sentence ("I want to check my case status"); a bare number is a choice of this question's.
        const task = reading && !/^\s*\d+\s*$/.test(text) ? taskNamedIn(reading) : undefined;
        if (task && task.name !== 'commonQuestions') return chosen(ELSEWHERE);
        // A request only USCIS can act on ("where is the nearest USCIS office?") is placed as the menu places it, before the
        // classifier's topic, as at the menu: the classifier read that one as the contact answer, which says nothing of it.
        const matterPlace = uscisMatterIn(prompt.context, text) ? await this.menuReading?.(prompt.context, text) : undefined;
        if (matterPlace) return chosen(matterPlace);
        const best = reading?.freeText?.intents[0];
        const confidence = reading?.freeText?.confidence;
        if (best && confidence === 'sure') {
            const asked = TOPIC_OF_INTENT[best.name];
            if (asked) return chosen(asked);
            if (isMenuOption(destinationOf(best.name))) return chosen(ELSEWHERE);
        }
        const place = await this.menuReading?.(prompt.context, text);
        if (place) return chosen(place);
        if (feeling) return answerAndAskAgain(prompt, feeling);
        // "What is the processing time?": USCIS posts the usual times, and says nothing of one case.
        if (stepHelpAnswer(prompt.context, ['processingTime'], text)) return answerAndAskAgain(prompt, USUAL_TIMES_ANSWER_KEY);
        // A question that is none of the topics ("how do I change my password?") gets what this chat can do, not
        // "please choose one of the options": it was not a choice.
        const outOfScope = confidence === 'outOfScope' && text.trim().split(/\s+/).length >= OUT_OF_SCOPE_MIN_WORDS;
        if (outOfScope || looksLikeQuestion(prompt.context, text)) return answerAndAskAgain(prompt, 'understanding.outOfScope');
        return false;
    }

    /**
     * One topic's answer in the channel's variant. The contact answer starts with the organisation's own help desk and
     * website, when configured, before the USCIS ones. The full account-problems answer ends with where this assistant
     * helps with signing in, unless the person asked about their USCIS account. Asked about a move, the managing-a-case
     * answer is its address line; asked what something costs, the forms-and-fees answer starts with the fees.
     */
    private answerText(context: TurnContext, topic: FaqTopic, { aboutUscisAccount, aboutAddress, asked: readAs }: CommonQuestionsOptions): string {
        const t = translator(context);
        const { organization } = this.services;
        if (topic === 'manageCase' && aboutAddress) return t('faq.answers.manageCase.address');
        const variant = answerVariant(context);
        const typed = context.activity.type === 'message' ? (context.activity.text ?? '') : '';
        const asked = topic === 'formsOnline' ? (readAs ?? typed) : '';
        if (asked && asksAboutFees(context, asked)) return feesAnswer(context, t, asked, variant);
        const answer = t(`faq.answers.${topic}.${variant}`, faqAnswerParams(context, organization));
        if (topic === 'troubleshooting' && variant === 'full' && !aboutUscisAccount) return `${answer}\n\n${t('faq.signInHere')}`;
        if (topic !== 'contact') return answer;
        const ours = [helpDeskLine(context, organization), organization.website && t('faq.contact.website', { orgName: organization.name, website: organization.website })];
        return [...ours.filter((line): line is string => Boolean(line)), answer].join('\n\n');
    }
}
