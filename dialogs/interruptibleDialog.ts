import { ComponentDialog, Dialog, DialogTurnStatus, type DialogContext, type DialogTurnResult, type PromptOptions } from '../conversation/dialogKit';
import { choiceSpecOf, LocalizedChoicePrompt } from './prompts/localizedChoicePrompt';
import { declinesQuestion } from './prompts/declinedQuestion';
import { asksToSignOut } from './account/signOutAsked';
import { firstAnswerKey, LocalizedTextPrompt, textSpecOf, type LocalizedTextSpec } from './prompts/localizedTextPrompt';
import { ChooseLanguageDialog, CHOOSE_LANGUAGE_DIALOG } from './chooseLanguageDialog';
import { contactDetailsText } from './contactDetails';
import type { ConversationServices } from './conversationServices';
import type { FlowOutcome } from './flowOutcome';
import { HandoffDialog, HANDOFF_DIALOG } from './handoff/handoffDialog';
import { handoffOptionsFor, offerAfterFailures, offerAtQuestion } from './handoff/handoffOffer';
import { personAtHand } from './handoff/personOffer';
import { recognizeInterruption, type Interruption } from '../conversation/interruption';
import { spokenTaskNamedIn, taskNamedIn, type FreeTextIntent } from '../conversation/recognizer';
import { recognizeTurn } from '../conversation/recognizeTurn';
import { changeLanguage, saysConversationLanguageNotSpoken, speakLanguageAskedIn } from '../conversation/languageSwitch';
import { configurationParams, translator, turnLanguage } from '../conversation/turnLanguage';
import { looksLikeQuestion, plainPhrases, plainWords } from '../conversation/utteranceWords';
import { TOPIC_OF_INTENT } from './menuOptions';
import { faqAnswerParams } from './faq/faqAnswerParams';
import { asksAboutPrivacy } from './faq/topicInWords';
import { feelingAnswerKey, FRUSTRATION_ANSWER_KEY } from '../conversation/remarks';
import { statusMeaningText, statusTitleAskedAbout } from './cases/caseStatusMessage';
import { answerSafetyConcern, safetyConcernIn } from '../conversation/safetyConcern';

/**
 * Interruptions that could also be a real answer to a question whose answer can be any words ("What was your first
 * language?" → "English"): there they are taken as the answer. Help, cancel and start over still work.
 */
const ANSWERABLE: ReadonlySet<Interruption['kind']> = new Set(['switchLanguage', 'chooseLanguage', 'talkToPerson']);

/** The localized question a message is answering: a choice or a typed answer, and whether it takes the message. */
interface QuestionOnScreen {
    choice: boolean;
    answers(): boolean;
    /** "No thanks" at a question that may be declined (see declinesQuestion). */
    declined(): boolean;
}

/** True when the question on screen takes any words as its answer: see LocalizedTextSpec.anyWordsAnswer. */
function takesAnyWords(innerDc: DialogContext): boolean {
    const options = (innerDc.activeDialog?.state as { options?: PromptOptions } | undefined)?.options;
    return (options?.validations as LocalizedTextSpec | undefined)?.anyWordsAnswer === true;
}

/**
 * Base for every conversation flow: handles help, cancel, start over, language changes and "talk to a person" in
 * every prompt, with the words taken from the user's locale. The innermost flow handles them, so help is about the
 * question actually on screen. A flow that is cancelled ends with a FlowOutcome its parent can act on.
 *
 * What the message means comes from `services.recognizer` (the phrase recognizer today, a trained classifier later):
 * every flow already receives the services, so the recognizer reaches each of them without another constructor
 * parameter, and a test hands a fake one in the services.
 */
export abstract class InterruptibleDialog extends ComponentDialog {
    /** Locale key of the help text for this flow. */
    protected abstract readonly helpKey: string;

    constructor(dialogId: string, protected readonly services: ConversationServices) {
        super(dialogId);
        this.addDialog(new ChooseLanguageDialog(services.languages));
        this.addDialog(new HandoffDialog(services.handoff, services.organization));
    }

    protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
        const { recognizer } = this.services;
        // Someone who may be in danger, at any question (the menu, a code, a security answer): the line to call first, then
        // the question again. Here, where this flow's question is the innermost one a flow of ours asks.
        if (!(innerDc.child && innerDc.findDialog(innerDc.activeDialog!.id) instanceof InterruptibleDialog)) {
            const concern = innerDc.context.activity.type === 'message' ? safetyConcernIn(innerDc.context, innerDc.context.activity.text) : undefined;
            if (concern) {
                await answerSafetyConcern(innerDc.context, concern);
                // Words for the help desk (a message left after hours) are theirs to keep: answered, and then saved.
                if (innerDc.activeDialog?.id !== HANDOFF_DIALOG) {
                    await innerDc.repromptDialog();
                    if (await personAtHand(innerDc.context, this.services.handoff)) await offerAtQuestion(innerDc, 'safety');
                    return Dialog.EndOfTurn;
                }
            }
        }
        if (!innerDc.child) {
            const anyWords = takesAnyWords(innerDc);
            const interruption = await recognizeInterruption(recognizer, innerDc.context, anyWords ? 'anyWords' : 'answer');
            if (interruption && !(anyWords && ANSWERABLE.has(interruption.kind))) return this.interrupt(innerDc, interruption);
            const text = innerDc.context.activity.type === 'message' ? innerDc.context.activity.text : undefined;
            // What the question on screen takes is asked once, and only when the message is words for it to judge.
            const question = !anyWords && text ? this.questionOnScreen(innerDc, text) : undefined;
            if (question && text) {
                // "No thanks", "not now" at a flow's first question: the flow is left, as "cancel" leaves it.
                if (question.declined()) return this.onDecline(innerDc);
                // "Sign out" at any question that does not take it ("find my number"'s first question, the sign-in's email
                // question): the flow is left, and the menu ends the sign-in and says so.
                if (this.leavesChoiceForTask && !question.answers() && asksToSignOut(innerDc.context, text)) return this.leaveFlow(innerDc, 'elsewhere');
                // "What does Case Was Received mean?" at the receipt question: what that status means, then the question again.
                const status = this.leavesChoiceForTask && !question.answers() ? statusTitleAskedAbout(innerDc.context, text) : undefined;
                if (status) {
                    await innerDc.context.sendActivity(statusMeaningText(innerDc.context, status));
                    return this.repromptAndWait(innerDc);
                }
                // "Is it a scam if someone calls asking for money?" at the receipt question: the short answer, the question again.
                // Read before a task the message names: "what is a receipt number?" names the status check by its words, but
                // asks about the question on screen.
                const commonAnswer = this.leavesChoiceForTask ? await this.commonQuestionAsked(innerDc, text, question) : undefined;
                if (commonAnswer) {
                    await innerDc.context.sendActivity(translator(innerDc.context)(commonAnswer, faqAnswerParams(innerDc.context, this.services.organization)));
                    return this.repromptAndWait(innerDc);
                }
                // "I want to create an account" at "What is the receipt number?" or at a yes/no question: the menu starts it.
                if (await this.namesAnotherTask(innerDc, text, question)) return this.leaveFlow(innerDc, 'elsewhere');
                // "Go back" where no option is named so: the flow is left for the menu, as "cancel" leaves it.
                if (this.leavesChoiceForTask && this.saysGoBack(innerDc, text, question)) return this.onCancel(innerDc);
                // "Tengo miedo", "this is useless" at a question that takes it for nothing: the plain line the menu gives,
                // the question again.
                const feeling = this.leavesChoiceForTask && !question.answers() ? feelingAnswerKey(innerDc.context, text) : undefined;
                if (feeling) {
                    // Fed up, with a person at hand: the question again, then the offer of one with its button.
                    if (feeling === FRUSTRATION_ANSWER_KEY && (await personAtHand(innerDc.context, this.services.handoff))) {
                        await innerDc.repromptDialog();
                        await offerAtQuestion(innerDc, 'frustrated');
                        return Dialog.EndOfTurn;
                    }
                    await innerDc.context.sendActivity(translator(innerDc.context)(feeling));
                    return this.repromptAndWait(innerDc);
                }
            }
            // A refused answer leaves the same prompt waiting: after a few, a person is offered (or, with no one to hand over
            // to, how to reach one).
            const promptBefore = innerDc.activeDialog?.id;
            const result = await super.onContinueDialog(innerDc);
            if (result.status === DialogTurnStatus.waiting) await offerAfterFailures(innerDc, promptBefore, this.services.handoff, this.services.organization);
            return result;
        } else if (innerDc.activeDialog?.id === CHOOSE_LANGUAGE_DIALOG) {
            // The language question is this flow's own: help, cancel and the rest work there too.
            const interruption = await recognizeInterruption(recognizer, innerDc.context, 'answer');
            if (interruption && interruption.kind !== 'switchLanguage') return this.interruptLanguageQuestion(innerDc, interruption);
        }
        return super.onContinueDialog(innerDc);
    }

    /**
     * At "Which language would you like to use?": help explains it, cancel keeps the language and goes back to the
     * question that was on screen, start over and "talk to a person" work as anywhere. A language name is an answer.
     */
    private async interruptLanguageQuestion(innerDc: DialogContext, interruption: Exclude<Interruption, { kind: 'switchLanguage' }>): Promise<DialogTurnResult> {
        const { context } = innerDc;
        const t = translator(context);
        switch (interruption.kind) {
            case 'help':
                await context.sendActivity(`${t('language.help')}\n\n${t('help.commands')}`);
                return this.repromptAndWait(innerDc);
            case 'cancel':
                await context.sendActivity(t('language.unchanged'));
                // Ending the language question resumes the interrupted one, which asks itself again.
                return innerDc.endDialog();
            case 'chooseLanguage':
                return this.repromptAndWait(innerDc);
            case 'talkToPerson':
            case 'startOver':
                return this.interrupt(innerDc, interruption);
        }
    }

    /**
     * Whether a choice question of this flow that gets no option, but a task of the menu named in a sentence, leaves
     * the flow for that task. The menu and the common questions read such sentences themselves.
     */
    protected readonly leavesChoiceForTask: boolean = true;

    /**
     * True when the answer names a task of the menu instead, by its name or in a sentence ("quiero crear una cuenta"):
     * at a question that wants an identifier, an address or a code (a text prompt), no answer is made of those words;
     * at a choice question ("Do you want me to tell you when this status changes?"), the message named no option. A
     * number, an address, or a task only guessed from topic words is left to the question.
     */
    private async namesAnotherTask(innerDc: DialogContext, text: string, question: QuestionOnScreen): Promise<boolean> {
        if (!/\p{L}/u.test(text) || /[@\d]/.test(text)) return false;
        // What the question itself answers comes first: "I don't have the receipt number" names no task.
        if ((question.choice && !this.leavesChoiceForTask) || question.answers()) return false;
        const reading = await recognizeTurn(this.services.recognizer, innerDc.context, 'menu');
        // A task reached by saying it too: "delete my account" at the receipt question (before: "I need the receipt number").
        const task = reading && (taskNamedIn(reading) ?? spokenTaskNamedIn(reading));
        // "I have a question" at a choice is about that choice more often than a wish for the common questions.
        return task !== undefined && (!question.choice || task.name !== 'commonQuestions');
    }

    /**
     * The locale key of a common question's short answer, when the message asks it (a question the classifier is sure
     * of) at a question that takes it for nothing else; undefined otherwise.
     */
    private async commonQuestionAsked(innerDc: DialogContext, text: string, question: QuestionOnScreen): Promise<string | undefined> {
        if (!looksLikeQuestion(innerDc.context, text) || question.answers()) return undefined;
        const reading = (await recognizeTurn(this.services.recognizer, innerDc.context, 'menu'))?.freeText;
        const best = reading?.confidence === 'sure' ? reading.intents[0] : undefined;
        // "Why do you need my email?", "who can see this?": the classifier knows them only as the scams question.
        if (asksAboutPrivacy(innerDc.context, text, best?.name)) return 'faq.answers.privacy.short';
        const topic = best && TOPIC_OF_INTENT[best.name as FreeTextIntent];
        return topic ? `faq.answers.${topic}.short` : undefined;
    }

    /** True for "go back" (interruptions.backWords, the whole message) at a question that takes it for nothing else. */
    private saysGoBack(innerDc: DialogContext, text: string, question: QuestionOnScreen): boolean {
        return plainPhrases(innerDc.context, 'interruptions.backWords').has(plainWords(text)) && !question.answers();
    }

    /**
     * The localized question waiting for `text`: whether it is a choice, and whether it takes the text (or has something
     * to say to it), judged once; undefined for any other dialog.
     */
    private questionOnScreen(innerDc: DialogContext, text: string): QuestionOnScreen | undefined {
        const active = innerDc.activeDialog;
        const options = (active?.state as { options?: PromptOptions } | undefined)?.options;
        const prompt = active && innerDc.findDialog(active.id);
        if (!options) return undefined;
        const { context } = innerDc;
        let judged: boolean | undefined;
        const once = (judge: () => boolean) => () => (judged ??= judge());
        const promptState = (active?.state as { state?: object } | undefined)?.state ?? {};
        if (prompt instanceof LocalizedTextPrompt) {
            const spec = textSpecOf(options);
            return {
                choice: false,
                answers: once(() => firstAnswerKey(context, spec, text) !== undefined),
                declined: () => spec.leftWhenDeclined === true && declinesQuestion(context, text, promptState, false),
            };
        }
        if (prompt instanceof LocalizedChoicePrompt) {
            return {
                choice: true,
                answers: once(() => prompt.answers(context, options, text)),
                declined: () => choiceSpecOf(options).leftWhenDeclined === true && declinesQuestion(context, text, promptState, prompt.picksOption(context, options, text)),
            };
        }
        return undefined;
    }

    /** "Cancel": stop this flow and hand control back to the parent. The main dialog, which has no parent, overrides it. */
    protected async onCancel(innerDc: DialogContext): Promise<DialogTurnResult> {
        await innerDc.context.sendActivity(translator(innerDc.context)('cancel.done'));
        return this.leaveFlow(innerDc, 'cancelled');
    }

    /** "No thanks" at a question that may be declined: this flow ends as a cancelled one does, with a gentler line. */
    private async onDecline(innerDc: DialogContext): Promise<DialogTurnResult> {
        await innerDc.context.sendActivity(translator(innerDc.context)('cancel.declined'));
        return this.leaveFlow(innerDc, 'cancelled');
    }

    /** "Start over": stop this flow and ask the parent to show the menu from the top. */
    protected async onStartOver(innerDc: DialogContext): Promise<DialogTurnResult> {
        await innerDc.context.sendActivity(translator(innerDc.context)('startOver.done'));
        return this.leaveFlow(innerDc, 'startOver');
    }

    /** The flow's help, with the organisation's name filled in; a flow overrides it to say more (the step the user is on). */
    protected async helpText(innerDc: DialogContext): Promise<string> {
        return translator(innerDc.context)(this.helpKey, this.organizationParams());
    }

    private organizationTextParams?: Readonly<{ orgName: string }>;

    /** `{ orgName }` as configuration, so the texts rendered with it are remembered (see configurationParams). */
    protected organizationParams(): Readonly<{ orgName: string }> {
        const orgName = this.services.organization.name;
        if (this.organizationTextParams?.orgName !== orgName) this.organizationTextParams = configurationParams({ orgName });
        return this.organizationTextParams;
    }

    protected async repromptAndWait(innerDc: DialogContext): Promise<DialogTurnResult> {
        await innerDc.repromptDialog();
        return Dialog.EndOfTurn;
    }

    private async leaveFlow(innerDc: DialogContext, outcome: FlowOutcome['outcome']): Promise<DialogTurnResult> {
        await innerDc.cancelAllDialogs();
        return { status: DialogTurnStatus.complete, result: { outcome } satisfies FlowOutcome };
    }

    private async interrupt(innerDc: DialogContext, interruption: Interruption): Promise<DialogTurnResult> {
        const { context } = innerDc;
        const t = translator(context);
        switch (interruption.kind) {
            case 'help':
                await context.sendActivity(`${await this.helpText(innerDc)}\n\n${t('help.commands')}`);
                return this.repromptAndWait(innerDc);
            case 'talkToPerson': {
                // A live help desk takes the conversation; when the handoff ends, the question on screen is asked again.
                const typed = context.activity.type === 'message' ? context.activity.text : undefined;
                // "I don't speak English, can someone help me?": which language comes first; the person would speak that
                // one. When the language question ends, the interrupted prompt asks again, in the language chosen.
                if (typed && saysConversationLanguageNotSpoken(context, typed)) return innerDc.beginDialog(CHOOSE_LANGUAGE_DIALOG);
                const languageAsked = await speakLanguageAskedIn(context, this.services.languages, typed);
                if (this.services.handoff) return innerDc.beginDialog(HANDOFF_DIALOG, { ...handoffOptionsFor(innerDc, this.id), languageAsked });
                await context.sendActivity(contactDetailsText(context, this.services.organization, languageAsked));
                return this.repromptAndWait(innerDc);
            }
            case 'switchLanguage':
                if (interruption.language === turnLanguage(context)) {
                    await context.sendActivity(t('language.alreadyUsing'));
                } else {
                    await changeLanguage(context, this.services.languages, interruption.language);
                }
                return this.repromptAndWait(innerDc);
            case 'chooseLanguage':
                // When the language dialog ends, the interrupted prompt resumes and asks again.
                return innerDc.beginDialog(CHOOSE_LANGUAGE_DIALOG);
            case 'cancel':
                return this.onCancel(innerDc);
            case 'startOver':
                return this.onStartOver(innerDc);
        }
    }
}
