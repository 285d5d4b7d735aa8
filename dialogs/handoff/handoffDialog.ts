import { EventFactory, type Activity, type TurnContext, type Transcript } from 'botbuilder';
import {
    ComponentDialog,
    Dialog,
    TextPrompt,
    WaterfallDialog,
    type DialogContext,
    type DialogTurnResult,
    type FoundChoice,
    type WaterfallStepContext,
} from '../../conversation/dialogKit';
import { channelTraits } from '../../conversation/channelTraits';
import { handoffRequestFor, helpDeskFor } from '../../conversation/handoffGate';
import { safetyConcernIn } from '../../conversation/safetyConcern';
import { translator, turnLanguage } from '../../conversation/turnLanguage';
import type { HandoffReason, HandoffRequest, HandoffService, HandoffSummary } from '../../services/handoff/handoffService';
import { describeOpening } from '../../services/handoff/helpDeskHours';
import { contactDetailsText } from '../contactDetails';
import type { OrganizationProfile } from '../organization';
import { LocalizedChoicePrompt, localizedChoiceOptions } from '../prompts/localizedChoicePrompt';
import { yesNoSpec } from '../prompts/yesNo';

export const HANDOFF_DIALOG = 'handoffDialog';
const HANDOFF_WATERFALL = 'handoffWaterfall';
const AFTER_HOURS_WATERFALL = 'handoffAfterHours';
const WAIT_FOR_PERSON = 'handoffWaitForPerson';
const LEAVE_MESSAGE_CHOICE = 'handoffLeaveMessageChoice';
const TEXT = 'handoffText';

/** Why and from where a person was asked for. */
export interface HandoffOptions extends HandoffSummary {
    reason: HandoffReason;
    /** The language the user asked a person to speak ("someone who speaks Spanish"): the contact details say what the USCIS line speaks. */
    languageAsked?: string;
}

interface WaitOptions {
    ticketId: string;
}

/** The wait's result: rate = the ticket was handed back and the satisfaction question is due. */
interface WaitResult {
    rate?: string;
}

/**
 * "Talk to a person", from any question or the menu: opens a help-desk ticket and says the place in the queue and
 * the wait (or, on a channel wired to a contact-centre hub, sends `handoff.initiate`); outside the desk's hours, says
 * when people are back and offers to take a message. Then it waits while the handoff gate routes the user's turns
 * to the ticket; when the ticket is handed back it asks one 1-5 satisfaction question; when the user said "never
 * mind" it just ends, and the question that was on screen is asked again.
 */
export class HandoffDialog extends ComponentDialog {
    constructor(
        private readonly handoff: HandoffService | undefined,
        private readonly organization: OrganizationProfile,
    ) {
        super(HANDOFF_DIALOG);
        this.addDialog(new WaterfallDialog<HandoffOptions>(HANDOFF_WATERFALL, [this.startStep.bind(this), this.rateStep.bind(this), this.thankStep.bind(this)]));
        this.addDialog(new WaterfallDialog<HandoffOptions>(AFTER_HOURS_WATERFALL, [this.askLeaveMessageStep.bind(this), this.askMessageStep.bind(this), this.saveMessageStep.bind(this)]));
        this.addDialog(new WaitForPersonDialog(handoff));
        this.addDialog(new LocalizedChoicePrompt(LEAVE_MESSAGE_CHOICE));
        this.addDialog(new TextPrompt(TEXT));
        this.initialDialogId = HANDOFF_WATERFALL;
    }

    private async startStep(step: WaterfallStepContext<HandoffOptions>): Promise<DialogTurnResult> {
        const { context } = step;
        const t = translator(context);
        const handoff = this.handoff;
        if (!handoff || !(await helpDeskFor(handoff, context).staffed())) {
            await context.sendActivity(contactDetailsText(context, this.organization, step.options.languageAsked));
            return step.endDialog();
        }
        const hub = helpDeskFor(handoff, context).hub;
        if (!hub && !handoff.isOpenNow()) return step.replaceDialog(AFTER_HOURS_WATERFALL, step.options);
        const { ticket, place, transcript } = await handoff.open(handoffRequest(context, step.options));
        if (hub) {
            const lines: Array<Partial<Activity>> = transcript.map((line) => ({ type: 'message', text: line.text, from: { id: line.author, name: line.author, role: line.author === 'bot' ? 'bot' : 'user' } }));
            const initiate = EventFactory.createHandoffInitiation(context, { ticketId: ticket.id, reason: ticket.reason, language: ticket.language, summary: JSON.parse(ticket.summary) as unknown }, { activities: lines } as Transcript);
            await context.sendActivities([initiate, { type: 'message', text: t('handoff.hub.requested') }]);
        } else {
            await context.sendActivity(t('handoff.queued', { position: place.position, count: place.waitMinutes }));
        }
        return step.beginDialog(WAIT_FOR_PERSON, { ticketId: ticket.id } satisfies WaitOptions);
    }

    /** Handed back: one satisfaction question, 1 to 5 (buttons where the channel shows them). */
    private async rateStep(step: WaterfallStepContext<HandoffOptions>): Promise<DialogTurnResult> {
        const result = step.result as WaitResult | undefined;
        if (!result?.rate) return step.endDialog();
        (step.values as { ticketId?: string }).ticketId = result.rate;
        const t = translator(step.context);
        const buttons = channelTraits(step.context).suggestedActions >= 5;
        const prompt: Partial<Activity> = {
            type: 'message',
            text: t('handoff.rating.question'),
            ...(buttons
                ? { suggestedActions: { to: [], actions: ['1', '2', '3', '4', '5'].map((value) => ({ type: 'imBack', title: value, value })) } }
                : {}),
        };
        return step.prompt(TEXT, { prompt });
    }

    private async thankStep(step: WaterfallStepContext<HandoffOptions>): Promise<DialogTurnResult> {
        const t = translator(step.context);
        const rating = /^\s*([1-5])\s*(?:\/\s*5)?\s*[.!]?\s*$/.exec(String(step.result ?? ''));
        if (rating && this.handoff && (await this.handoff.rate(String((step.values as { ticketId?: string }).ticketId), Number(rating[1])))) {
            await step.context.sendActivity(t('handoff.rating.thanks'));
        } else {
            await step.context.sendActivity(t('handoff.rating.skipped'));
        }
        return step.endDialog();
    }

    // ---- After hours ----

    private async askLeaveMessageStep(step: WaterfallStepContext<HandoffOptions>): Promise<DialogTurnResult> {
        const t = translator(step.context);
        const opening = this.handoff?.nextOpening();
        const when = opening ? describeOpening(opening, this.handoff!.hours.timeZone, turnLanguage(step.context)) : undefined;
        await step.context.sendActivity(when ? t('handoff.afterHours.closed', { when }) : t('handoff.afterHours.closedNoTime'));
        return step.prompt(LEAVE_MESSAGE_CHOICE, localizedChoiceOptions(yesNoSpec('handoff.afterHours.leaveMessage')));
    }

    private async askMessageStep(step: WaterfallStepContext<HandoffOptions>): Promise<DialogTurnResult> {
        if ((step.result as FoundChoice).value !== 'yes') {
            await step.context.sendActivity(contactDetailsText(step.context, this.organization, step.options.languageAsked));
            return step.endDialog();
        }
        return step.prompt(TEXT, { prompt: translator(step.context)('handoff.afterHours.askMessage') });
    }

    private async saveMessageStep(step: WaterfallStepContext<HandoffOptions>): Promise<DialogTurnResult> {
        const text = String(step.result ?? '').trim();
        // From someone who may be in danger, the message is marked so, and read first when the desk opens.
        const reason = safetyConcernIn(step.context, text) ? 'safety' : 'afterHours';
        await this.handoff!.leaveMessage(handoffRequest(step.context, { ...step.options, reason }), text);
        await step.context.sendActivity(translator(step.context)('handoff.afterHours.saved'));
        return step.endDialog();
    }
}

/**
 * Holds the dialog stack while a person has the conversation. The handoff gate takes the user's turns before any
 * dialog, so this only wakes when the conversation came back: never mind (ends), or the hand-back (asks the rating).
 */
class WaitForPersonDialog extends Dialog<WaitOptions> {
    constructor(private readonly handoff: HandoffService | undefined) {
        super(WAIT_FOR_PERSON);
    }

    override async beginDialog(dc: DialogContext, options?: WaitOptions): Promise<DialogTurnResult> {
        dc.activeDialog!.state.ticketId = options?.ticketId;
        return Dialog.EndOfTurn;
    }

    override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
        const ticketId = String(dc.activeDialog!.state.ticketId ?? '');
        const ticket = this.handoff ? await this.handoff.find(ticketId) : undefined;
        if (ticket && (ticket.status === 'waiting' || ticket.status === 'active')) return Dialog.EndOfTurn;
        if (ticket?.status === 'closed' && this.handoff && (await this.handoff.startRating(ticket))) {
            if (ticket.closedBy === 'agent' || ticket.closedBy === 'hub') await dc.context.sendActivity(translator(dc.context)('handoff.handedBack'));
            return dc.endDialog({ rate: ticket.id } satisfies WaitResult);
        }
        return dc.endDialog({} satisfies WaitResult);
    }

    /** Asked to show the question again (an input problem): a person has the chat, there is no question to show. */
    override async repromptDialog(): Promise<void> {
        return undefined;
    }
}

function handoffRequest(context: TurnContext, options: HandoffOptions): HandoffRequest {
    return handoffRequestFor(context, options.reason, { flow: options.flow, step: options.step, question: options.question });
}
