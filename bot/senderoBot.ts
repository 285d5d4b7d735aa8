import { ActivityHandler, ActivityTypes, type BotState, type InvokeResponse, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { DialogSet, DialogTurnStatus, innermostDialogId, type Dialog, type DialogContext, type DialogState } from '../conversation/dialogKit';
import { isPrivateConversation } from '../conversation/conversationKey';
import type { ConversationStart } from '../conversation/conversationStart';
import { HANDOFF_ENDED_EVENT, HANDOFF_STATUS_EVENT, LANGUAGE_CHOSEN_EVENT, PASSWORD_SET_EVENT } from '../conversation/eventNames';
import { keepRecentLinesOfTurn, type HandoffGate } from '../conversation/handoffGate';
import { recognizeInterruption } from '../conversation/interruption';
import type { LanguagePreference } from '../conversation/languagePreference';
import { adoptLanguageOfFirstText, changeLanguage, chosenLanguageOf } from '../conversation/languageSwitch';
import type { Recognizer } from '../conversation/recognizer';
import { markInboundSensitive, secretTypedIn } from '../conversation/sensitiveInput';
import { answersInTraditional, setTurnScript, translator, turnLanguage } from '../conversation/turnLanguage';
import { recordActiveDialog } from './turnLog';
import { saveStates, stateSavedAfterTurn } from './versionedState';

export interface SenderoBotDeps {
    conversationState: BotState;
    userState: BotState;
    /** The main dialog (MainDialog): started with a ConversationStart. */
    mainDialog: Dialog<ConversationStart>;
    languages: LanguagePreference;
    /** Reads a first message that is a language name ("español"). */
    recognizer: Recognizer;
    organizationName: string;
    maxMessageChars: number;
    /** Routes turns to an open help-desk ticket before any dialog runs (absent: no live help desk). */
    handoffGate?: HandoffGate;
}

interface ConversationFacts {
    welcomed?: boolean;
    /** Messages handled in this conversation; also proves that concurrent turns lose nothing. */
    messageCount?: number;
}

/**
 * The bot: greets, checks that a message is something a dialog can use, runs the main dialog, and saves state once at
 * the end of the turn (with the eTag it read, so a concurrent save is detected instead of overwritten).
 */
export class SenderoBot extends ActivityHandler {
    private readonly dialogState: StatePropertyAccessor<DialogState>;
    private readonly facts: StatePropertyAccessor<ConversationFacts>;
    private readonly dialogs: DialogSet;

    constructor(private readonly deps: SenderoBotDeps) {
        super();
        this.dialogState = deps.conversationState.createProperty<DialogState>('dialogState');
        this.facts = deps.conversationState.createProperty<ConversationFacts>('facts');
        this.dialogs = new DialogSet(this.dialogState).add(deps.mainDialog);

        this.onMembersAdded(async (context, next) => {
            const someoneElseJoined = (context.activity.membersAdded ?? []).some((member) => member.id !== context.activity.recipient?.id);
            // In a team channel or group chat, people joining are not talking to the bot: no welcome there.
            if (someoneElseJoined && isPrivateConversation(context)) {
                const dc = await this.dialogs.createContext(context);
                if (!dc.activeDialog) await this.welcomeAndShowMenu(dc);
            }
            await next();
        });

        // Something outside the chat finished a step (a password set on the password page): the waiting dialog goes on.
        this.onEvent(async (context, next) => {
            if (context.activity.name === LANGUAGE_CHOSEN_EVENT) await this.switchToChosenLanguage(context);
            // A contact-centre hub's answer: the gate applies it; when the chat came back, the waiting dialog goes on.
            const handBack = context.activity.name === HANDOFF_STATUS_EVENT && (await this.deps.handoffGate?.route(context)) === 'resume';
            if (context.activity.name === PASSWORD_SET_EVENT || context.activity.name === HANDOFF_ENDED_EVENT || handBack) {
                const dc = await this.dialogs.createContext(context);
                if (dc.activeDialog) await dc.continueDialog();
                recordActiveDialog(context, innermostDialogId(dc));
            }
            await next();
        });
    }

    override async run(context: TurnContext): Promise<void> {
        // A message has one handler, ours: called directly, not through ActivityHandler's generic dispatch (its Turn,
        // Message and Dialog handler lists, empty here, cost a dozen promises on every turn). Other activities go there.
        if (context.activity?.type === ActivityTypes.Message) await this.handleMessage(context);
        else await super.run(context);
        await keepRecentLinesOfTurn(context);
        // What changed of both states, in one write (or none when nothing changed); under the turn lock, the lock's.
        if (!stateSavedAfterTurn(context)) await saveStates(context, [this.deps.conversationState, this.deps.userState]);
    }

    /** Invokes we do not handle get a clear 4xx rather than the SDK's 501. */
    protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
        return { status: 400, body: { error: { code: 'UnsupportedInvoke', message: `invoke "${context.activity.name ?? ''}" is not supported` } } };
    }

    private async handleMessage(context: TurnContext): Promise<void> {
        const facts = await this.facts.get(context, {});
        facts.messageCount = (facts.messageCount ?? 0) + 1;
        // A code typed before it was asked for (or at the wrong question), alone or in a sentence, and a password stated in
        // the open ("my password is ..."), must not stay in a transcript either.
        if (secretTypedIn(context, context.activity.text)) markInboundSensitive(context);
        const dc = await this.dialogs.createContext(context);
        // Before any dialog: while a person has (or is about to take) this conversation, the turn is theirs.
        const routed = (await this.deps.handoffGate?.route(context)) ?? 'bot';
        if (routed !== 'bot') {
            if (routed === 'resume' && dc.activeDialog) await dc.continueDialog();
            recordActiveDialog(context, routed === 'handled' ? 'handoff' : innermostDialogId(dc));
            return;
        }
        const problem = this.inputProblem(context);
        if (problem) {
            await context.sendActivity(problem);
            // The question on screen still stands: ask it again rather than lose the place.
            if (dc.activeDialog) await dc.repromptDialog();
            recordActiveDialog(context, innermostDialogId(dc));
            return;
        }
        const result = await dc.continueDialog();
        if (result.status === DialogTurnStatus.empty) {
            const interruption = await recognizeInterruption(this.deps.recognizer, context);
            if (interruption?.kind === 'switchLanguage') {
                // "español" as a first message: switch, then greet in that language.
                await changeLanguage(context, this.deps.languages, interruption.language);
                await this.welcomeAndShowMenu(dc);
            } else if (!facts.welcomed) {
                // By SMS, a first text in Spanish is answered in Spanish from the welcome on, with no question.
                await adoptLanguageOfFirstText(context, this.deps.languages, context.activity.text);
                await this.welcomeAndShowMenu(dc, context.activity.text);
            } else {
                await dc.beginDialog(this.deps.mainDialog.id, { utterance: context.activity.text } satisfies ConversationStart);
            }
        }
        recordActiveDialog(context, innermostDialogId(dc));
    }

    /**
     * The page's language picker: switch to the chosen language and ask the question on screen again in it (an event,
     * so it answers nothing). A language Sendero does not speak is ignored.
     */
    private async switchToChosenLanguage(context: TurnContext): Promise<void> {
        const chosen = chosenLanguageOf(context, typeof context.activity.value === 'string' ? context.activity.value : '');
        if (!chosen) return;
        // "中文" or "繁體中文": the characters are kept for the messages that do not show theirs (LanguageMiddleware).
        const otherScript = chosen.script !== undefined && (chosen.script === 'traditional') !== answersInTraditional(context);
        if (chosen.script) {
            await this.deps.languages.setScript(context, chosen.script);
            setTurnScript(context, chosen.script);
        }
        if (chosen.language !== turnLanguage(context) || otherScript) await changeLanguage(context, this.deps.languages, chosen.language);
        const dc = await this.dialogs.createContext(context);
        if (dc.activeDialog) await dc.repromptDialog();
        recordActiveDialog(context, innermostDialogId(dc));
    }

    /** Says hello once per conversation, then offers the menu (or goes straight where the first message asked). */
    private async welcomeAndShowMenu(dc: DialogContext, utterance?: string): Promise<void> {
        const facts = await this.facts.get(dc.context, {});
        facts.welcomed = true;
        const t = translator(dc.context);
        await dc.context.sendActivities([
            { type: 'message', text: t('welcome.greeting', { orgName: this.deps.organizationName }) },
            { type: 'message', text: t('welcome.safety') },
        ]);
        await dc.beginDialog(this.deps.mainDialog.id, { utterance, welcomed: true } satisfies ConversationStart);
    }

    /** A localized reason the message cannot be used as an answer, or undefined when it can. */
    private inputProblem(context: TurnContext): string | undefined {
        const { text, value, attachments } = context.activity;
        const t = translator(context);
        // A card submission carries its answer in `value`, with no text.
        if (value !== undefined && value !== null && typeof value === 'object') return undefined;
        if (typeof text === 'string' && text.length > this.deps.maxMessageChars) {
            return t('input.tooLong', { count: text.length, limit: this.deps.maxMessageChars });
        }
        if (typeof text === 'string' && text.trim().length > 0) return undefined;
        return attachments && attachments.length > 0 ? t('input.notText') : t('input.empty');
    }
}
