import { TurnContext, type Activity, type BotState, type StatePropertyAccessor } from 'botbuilder';
import type { HandoffReason, HandoffRequest, HandoffService, HandoffSummary, TicketRecord } from '../services/handoff/handoffService';
import type { SecretBox } from '../services/accounts/secretBox';
import { channelTraits } from './channelTraits';
import { conversationKey } from './conversationKey';
import { HANDOFF_STATUS_EVENT } from './eventNames';
import { recognizeInterruption } from './interruption';
import { answerSafetyConcern, safetyConcernIn } from './safetyConcern';
import { knownToHaveNoOpenTicket } from './openTicketHint';
import type { Recognizer } from './recognizer';
import { isInboundSensitive, isShowOnce, looksLikeSecretCode } from './sensitiveInput';
import { translator, turnLocale } from './turnLanguage';
import { plainPhrases, plainWords } from './utteranceWords';

/**
 * What the bot does with a turn after the gate: `bot` runs the dialogs as usual; `handled` means the turn belonged
 * to a person (nothing else runs); `resume` means the conversation just came back to the bot (never mind, end chat,
 * a hub's answer), so the waiting dialog goes on.
 */
export type GateOutcome = 'bot' | 'handled' | 'resume';

/** What Sendero keeps of a message that was a secret (the same placeholder as the web transcript). */
const REDACTED = '••••••••';

/**
 * The last lines of a conversation Sendero keeps in conversation state, for a ticket's transcript on channels that
 * keep no history of their own (Teams, SMS; the web chat's stored history is used there): a ticket gets the last
 * RECENT_LINES lines of at most RECENT_LINE_CHARS characters, secrets replaced as in the web transcript (a message
 * marked sensitive, a code, a message shown once). State keeps whole turns: the last RECENT_LINES lines and the rest
 * of the oldest turn they begin in.
 */
export const RECENT_LINES = 20;
export const RECENT_LINE_CHARS = 500;

export interface RecentLine {
    author: 'user' | 'bot';
    text: string;
    /** When it was said, in milliseconds since the epoch. */
    at: number;
}

/**
 * One turn's lines as kept in conversation state: `<line count>:<sealed JSON of the lines>`. Each turn is sealed on its
 * own, so a turn seals only its own lines and opens nothing: older turns are opened only when a ticket needs them.
 */
type SealedTurn = string;

/**
 * A line as sealed: `["u" | "b", text, epoch ms]`. The state is read and written on every turn, and the field names
 * and ISO times of `{ author, text, at }` objects (still read, as earlier versions wrote them) were a fifth of it.
 */
type SealedLine = [author: 'u' | 'b', text: string, at: number];

/** This turn's recent lines and how to settle the user's message once its sensitivity is known (see keepRecentLines). */
const RECENT_THIS_TURN = Symbol('sendero.recentLines');
interface RecentThisTurn {
    settle(): void;
    record(activities: Array<Partial<Activity>>): void;
    /** Seals this turn's lines into conversation state if it has any (once per turn, before the save). */
    flush(): Promise<void>;
    /** The last RECENT_LINES lines: the earlier turns', opened, then this turn's. */
    all(): RecentLine[];
}

const RECORDING = new WeakSet<TurnContext>();

/**
 * Notes the bot's replies when a dialog sends them. Not with an onSendActivities handler: the turn lock holds replies
 * back until state is saved (bot/turnLock.ts), and a handler registered inside the turn sees them only then, too late
 * to keep them in state. The lines go to this run's recorder in turn state (a turn run again after a conflict has its
 * own), so wrapping the context once is enough.
 */
function recordSends(context: TurnContext): void {
    if (RECORDING.has(context)) return;
    RECORDING.add(context);
    const send = context.sendActivities.bind(context);
    context.sendActivities = async (activities) => {
        (context.turnState.get(RECENT_THIS_TURN) as RecentThisTurn | undefined)?.record(activities);
        return send(activities);
    };
}

/**
 * The handoff gate: every incoming turn passes here before any dialog. While a ticket is waiting or an agent holds
 * the conversation, the user's messages go to the ticket and no dialog runs; "never mind" (while waiting) and "end
 * chat" (any time) give the conversation back to the bot. One check in conversation/, not one in every dialog (a
 * bot that keeps answering during a handoff is the classic bug of home-made handoffs).
 *
 * @example
 * const outcome = await gate.route(context);
 * if (outcome === 'handled') return;          // a person has this conversation
 */
export class HandoffGate {
    private readonly recent?: StatePropertyAccessor<SealedTurn[] | string>;

    /**
     * With `conversationState` and `secretBox`, the last lines of every conversation are kept for a ticket's transcript,
     * sealed: what people type stays unreadable at rest, like a queued message's body.
     */
    constructor(private readonly deps: { handoff: HandoffService; recognizer: Recognizer; conversationState?: BotState; secretBox?: SecretBox }) {
        this.recent = deps.conversationState && deps.secretBox ? deps.conversationState.createProperty<SealedTurn[] | string>('recentLines') : undefined;
    }

    async route(context: TurnContext): Promise<GateOutcome> {
        const { activity } = context;
        if (activity.type === 'event' && activity.name === HANDOFF_STATUS_EVENT) return this.hubStatus(context);
        if (activity.type !== 'message') return 'bot';
        const ticket = knownToHaveNoOpenTicket(context) ? undefined : await this.deps.handoff.openTicket(conversationKey(context));
        if (!ticket) {
            await this.keepRecentLines(context);
            return 'bot';
        }
        const t = translator(context);
        const text = typeof activity.text === 'string' ? activity.text : '';
        const wantsOut = await this.asksToLeave(context, text);
        if (wantsOut && ticket.status === 'waiting' && (await this.deps.handoff.cancelByUser(ticket))) {
            await context.sendActivity(t('handoff.neverMind.done'));
            return 'resume';
        }
        if (wantsOut) {
            await this.deps.handoff.endByUser(ticket);
            await context.sendActivity(t('handoff.endChat.done'));
            return 'resume';
        }
        const kept = isInboundSensitive(context) || looksLikeSecretCode(text) ? REDACTED : text || t('handoff.relay.notText');
        await this.deps.handoff.recordUserMessage(ticket, kept);
        // Someone who may be in danger gets the line to call at once, even with a person on the chat (who reads the
        // message too): a person at a help desk may take minutes to answer, and may not be trained for a crisis.
        // Waiting, they go first in the queue.
        const concern = safetyConcernIn(context, text);
        if (concern) await answerSafetyConcern(context, concern);
        if (ticket.status === 'waiting') await this.tellPlace(context, concern ? await this.deps.handoff.putFirst(ticket) : ticket);
        return 'handled';
    }

    /**
     * Adds this turn's message and the bot's replies to the conversation's recent lines (saved with conversation state
     * at the end of the turn). The user's message is settled when the bot first answers or a ticket is opened, when
     * the question's validator has said whether it was a secret (a password typed in the chat): until then, and if it
     * was, only the placeholder is kept.
     */
    private async keepRecentLines(context: TurnContext): Promise<void> {
        const { recent } = this;
        const secretBox = this.deps.secretBox;
        // The web chat's history is in Sendero's own store, and a ticket's transcript is read from there.
        if (!recent || !secretBox || channelTraits(context).historyInStore) return;
        const sealContext = `recent-lines:${conversationKey(context)}`;
        const earlier = sealedTurns(secretBox, await recent.get(context), sealContext);
        const lines: RecentLine[] = [];
        const typed = typeof context.activity.text === 'string' ? context.activity.text.trim() : '';
        const user: RecentLine | undefined = typed ? { author: 'user', text: REDACTED, at: Date.now() } : undefined;
        let added = false;
        let changed = false;
        const add = (line: RecentLine) => {
            lines.push(line);
            changed = true;
        };
        // Sealed once, just before the turn's state is saved (sealing is the costly part).
        const flush = async () => {
            if (!changed) return;
            changed = false;
            const kept = lines.slice(-RECENT_LINES).map((line): SealedLine => [line.author === 'user' ? 'u' : 'b', line.text, line.at]);
            await recent.set(context, withoutOldTurns([...earlier, `${kept.length}:${secretBox.seal(JSON.stringify(kept), sealContext)}`]));
        };
        const all = () => earlier.flatMap((turn) => openTurn(secretBox, turn, sealContext)).concat(lines).slice(-RECENT_LINES);
        const settle = () => {
            if (!user) return;
            user.text = isInboundSensitive(context) || looksLikeSecretCode(typed) ? REDACTED : clip(typed);
            if (!added) add(user);
            added = true;
        };
        const record = (activities: Array<Partial<Activity>>) => {
            settle();
            for (const activity of activities) {
                const text = botText(activity);
                if (text) add({ author: 'bot', text: isShowOnce(activity) ? REDACTED : clip(text), at: Date.now() });
            }
        };
        context.turnState.set(RECENT_THIS_TURN, { settle, record, flush, all } satisfies RecentThisTurn);
        recordSends(context);
    }

    /** "never mind", "end chat", "cancel" and their translations; said alone or as a short sentence. */
    private async asksToLeave(context: TurnContext, text: string): Promise<boolean> {
        const said = plainWords(text);
        if (said === '') return false;
        if (plainPhrases(context, 'handoff.leavePhrases').has(said)) return true;
        const interruption = await recognizeInterruption(this.deps.recognizer, context, 'answer');
        return interruption?.kind === 'cancel' || interruption?.kind === 'startOver';
    }

    private async tellPlace(context: TurnContext, ticket: TicketRecord): Promise<void> {
        const place = await this.deps.handoff.queuePlace(ticket);
        await context.sendActivity(translator(context)('handoff.waiting.saved', { position: place.position, count: place.waitMinutes }));
    }

    /** A contact-centre hub's `handoff.status`: accepted (a person has it), failed or completed (back to the bot). */
    private async hubStatus(context: TurnContext): Promise<GateOutcome> {
        const state = (context.activity.value as { state?: unknown } | undefined)?.state;
        const ticket = await this.deps.handoff.openTicket(conversationKey(context));
        if (!ticket || (state !== 'accepted' && state !== 'failed' && state !== 'completed')) return 'handled';
        if (!(await this.deps.handoff.hubStatus(ticket, state))) return 'handled';
        const t = translator(context);
        if (state === 'accepted') {
            await context.sendActivity(t('handoff.hub.accepted'));
            return 'handled';
        }
        if (state === 'failed') await context.sendActivity(t('handoff.hub.failed'));
        return 'resume';
    }
}

/**
 * Who can take this conversation, for the dialogs (which never read a channel id): `hub` when the channel is wired to a
 * contact-centre hub (Bot Framework handoff events), `staffed` when there is a help desk to hand over to at all.
 */
export function helpDeskFor(handoff: HandoffService, context: TurnContext): { hub: boolean; staffed(): Promise<boolean> } {
    const { channelId } = context.activity;
    return { hub: handoff.isHubChannel(channelId), staffed: () => handoff.isStaffed(channelId) };
}

/**
 * This turn's conversation as a handoff request (the reference replies are delivered to, the channel, the language,
 * and the recent lines Sendero kept, for channels without a stored history).
 */
export function handoffRequestFor(context: TurnContext, reason: HandoffReason, summary: HandoffSummary): HandoffRequest {
    const recent = context.turnState.get(RECENT_THIS_TURN) as RecentThisTurn | undefined;
    recent?.settle();
    return {
        recentLines: recent?.all().map((line) => ({ author: line.author, text: line.text, sentAt: Number.isFinite(line.at) ? new Date(line.at) : undefined })),
        conversationKey: conversationKey(context),
        conversationId: context.activity.conversation.id,
        reference: TurnContext.getConversationReference(context.activity),
        channelId: context.activity.channelId,
        // "zh-Hant" for a conversation answered in traditional characters: the agent writes in them too.
        language: turnLocale(context),
        reason,
        summary,
    };
}

/** Puts this turn's recent lines (if they changed) into conversation state: call before the turn's state is saved. */
export async function keepRecentLinesOfTurn(context: TurnContext): Promise<void> {
    await (context.turnState.get(RECENT_THIS_TURN) as RecentThisTurn | undefined)?.flush();
}

/**
 * The turns kept in state. Before turns were sealed one by one, the lines were one sealed list: that becomes one turn.
 */
function sealedTurns(secretBox: SecretBox, stored: SealedTurn[] | string | undefined, sealContext: string): SealedTurn[] {
    if (Array.isArray(stored)) return stored.filter((turn) => typeof turn === 'string');
    if (typeof stored !== 'string') return [];
    return [`${openLines(secretBox, stored, sealContext).length}:${stored}`];
}

/** Drops the oldest turns while the others still hold RECENT_LINES lines. */
function withoutOldTurns(turns: SealedTurn[]): SealedTurn[] {
    const counts = turns.map((turn) => Number.parseInt(turn, 10) || 0);
    let total = counts.reduce((sum, count) => sum + count, 0);
    let first = 0;
    while (first < turns.length - 1 && total - counts[first] >= RECENT_LINES) total -= counts[first++];
    return turns.slice(first);
}

function openTurn(secretBox: SecretBox, turn: SealedTurn, sealContext: string): RecentLine[] {
    return openLines(secretBox, turn.slice(turn.indexOf(':') + 1), sealContext);
}

/** Sealed lines, opened; none when they were sealed with another key. */
function openLines(secretBox: SecretBox, sealed: string, sealContext: string): RecentLine[] {
    let opened: string;
    try {
        opened = secretBox.open(sealed, sealContext);
    } catch {
        // Sealed under a key that has since been rotated: the transcript starts again rather than the turn failing.
        return [];
    }
    const lines = JSON.parse(opened) as unknown;
    return Array.isArray(lines) ? lines.flatMap((line: unknown) => openedLine(line) ?? []) : [];
}

/** A sealed line as a RecentLine: the `[author, text, at]` of today, or the `{ author, text, at: ISO }` of earlier versions. */
function openedLine(line: unknown): RecentLine | undefined {
    if (Array.isArray(line)) {
        const [author, text, at] = line as unknown[];
        return (author === 'u' || author === 'b') && typeof text === 'string' && typeof at === 'number' ? { author: author === 'u' ? 'user' : 'bot', text, at } : undefined;
    }
    const { author, text, at } = (line ?? {}) as Partial<Record<keyof RecentLine, unknown>>;
    return (author === 'user' || author === 'bot') && typeof text === 'string' && typeof at === 'string' ? { author, text, at: Date.parse(at) } : undefined;
}

function clip(text: string): string {
    return text.length > RECENT_LINE_CHARS ? `${text.slice(0, RECENT_LINE_CHARS - 1)}…` : text;
}

/**
 * The text of a message the bot sends (a card's own text is not kept: the transcript is what was said). A reply sent
 * as plain text has no type yet when it is recorded (botbuilder makes it a message further down the send chain).
 */
function botText(activity: Partial<Activity>): string | undefined {
    return (activity.type ?? 'message') === 'message' && typeof activity.text === 'string' && activity.text.trim() !== '' ? activity.text : undefined;
}
