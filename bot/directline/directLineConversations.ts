import { randomBytes, randomUUID } from 'node:crypto';
import { ActivityTypes, type Activity, type ChannelAccount, type TurnContext } from 'botbuilder';
import { isInboundSensitive, isShowOnce, looksLikeSecretCode } from '../../conversation/sensitiveInput';
import type { Logger } from '../logger';
import type { DirectLineConversationRecord, DirectLineRepository } from '../../store/directLineRepository';
import { DIRECT_LINE_CHANNEL_ID, type DirectLineAdapter } from './directLineAdapter';
import {
    attachmentsUnsupported,
    badRequest,
    botFailed,
    conversationNotFound,
    foreignConversation,
    tokenRefused,
} from './directLineErrors';
import type { DirectLineTokens, IssuedToken, VerifiedToken } from './directLineTokens';
import { historySafeText, withoutSecretInputsAtAnyDepth } from './historySafety';

/** What the history keeps in place of a message the bot judged to be a secret typed in the open. */
const REDACTED_TEXT = '••••••••';

/** The bot's turn handler (ActivityHandler.run). */
export interface TurnHandler {
    run(context: TurnContext): Promise<void>;
}

/** A request whose token was checked and that may use `conversation`. */
export interface AuthorizedRequest {
    token: string;
    expiresIn: number;
    conversation: DirectLineConversationRecord;
    /** The checked token, as a refresh needs it. */
    grant: VerifiedToken;
}

/** What the page gets from the token endpoint: a new conversation and the only key to it. */
export interface OpenedConversation extends IssuedToken {
    userId: string;
}

/** One page of history and the watermark to ask from next. */
export interface ActivitySet {
    activities: Partial<Activity>[];
    watermark: string;
}

export interface DirectLineConversationsOptions {
    repository: DirectLineRepository;
    tokens: DirectLineTokens;
    adapter: DirectLineAdapter;
    bot: TurnHandler;
    botAccount: ChannelAccount;
    serviceUrl: string;
    logger: Logger;
    /** Most activities returned by one poll; the client continues from the returned watermark. */
    pageSize?: number;
    /** The longest message text the history keeps (MAX_MESSAGE_CHARS); the bot still gets the whole text. */
    maxMessageChars?: number;
}

/** Activity types a client may post. Anything else (invoke, conversationUpdate, ...) is the channel's business. */
const CLIENT_ACTIVITY_TYPES: ReadonlySet<string> = new Set([ActivityTypes.Message, ActivityTypes.Event, ActivityTypes.Typing]);
const LOCALE_PATTERN = /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8}){0,3}$/;
const MAX_NAME_CHARS = 200;

/** A BCP-47-looking locale, or undefined for anything else (so it can be stored and logged safely). */
export function cleanLocale(value: unknown): string | undefined {
    return typeof value === 'string' && value.length <= 35 && LOCALE_PATTERN.test(value) ? value : undefined;
}

/**
 * The Direct Line conversation operations, independent of HTTP: opening a conversation for the page, starting it
 * (the welcome turn), taking a user's activity into history and through the bot, and reading history by watermark.
 */
export class DirectLineConversations {
    private readonly pageSize: number;

    constructor(private readonly options: DirectLineConversationsOptions) {
        this.pageSize = options.pageSize ?? 100;
    }

    /** Creates a conversation bound to a new, server-chosen user id and issues its first token. */
    async open(requestedLocale: unknown, now = new Date()): Promise<OpenedConversation> {
        const conversation = await this.options.repository.createConversation(
            {
                id: randomBytes(16).toString('base64url'),
                // Not "dl_...": Web Chat replaces such user ids with random ones unless they are inside a JWT.
                userId: `web-${randomUUID()}`,
                locale: cleanLocale(requestedLocale),
            },
            now,
        );
        const issued = await this.options.tokens.issue(conversation.id, now);
        return { ...issued, userId: conversation.userId };
    }

    /**
     * Checks a bearer token and, when `conversationId` is given, that it opens that conversation.
     * Missing/expired token → 403; any conversation but the token's own → 403, whether or not it exists, so the
     * answer never tells a stranger which conversation ids are real; the token's own conversation gone → 404.
     */
    async authorize(token: string | undefined, conversationId?: string, now = new Date()): Promise<AuthorizedRequest> {
        const verified = await this.options.tokens.verify(token, now);
        if (!token || !verified) throw tokenRefused();
        if (conversationId !== undefined && conversationId !== verified.conversationId) throw foreignConversation();
        const conversation = await this.options.repository.findConversation(verified.conversationId);
        if (!conversation) throw conversationNotFound();
        return { token, expiresIn: verified.expiresIn, conversation, grant: verified };
    }

    /**
     * A new token for the same conversation; the presented one is retired (after a short grace). 403 when the chain
     * has reached its maximum lifetime or the token was already refreshed: the page then opens a new conversation.
     */
    async refresh(request: AuthorizedRequest, now = new Date()): Promise<IssuedToken> {
        const issued = await this.options.tokens.refresh(request.grant, now);
        if (!issued) throw tokenRefused();
        return issued;
    }

    /**
     * Tells the bot that the user and the bot joined (a conversationUpdate), the first time only, so the welcome
     * appears once however often the client starts or reconnects.
     */
    async start(request: AuthorizedRequest): Promise<void> {
        const { conversation } = request;
        if (conversation.started || !(await this.options.repository.markStarted(conversation.id))) return;
        const user: ChannelAccount = { id: conversation.userId, name: '', role: 'user' };
        const update: Partial<Activity> = {
            type: ActivityTypes.ConversationUpdate,
            id: randomUUID(),
            timestamp: new Date(),
            channelId: DIRECT_LINE_CHANNEL_ID,
            serviceUrl: this.options.serviceUrl,
            conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
            from: user,
            recipient: this.options.botAccount,
            membersAdded: [this.options.botAccount, user],
            locale: conversation.locale ?? undefined,
        };
        try {
            await this.runTurn(update);
        } catch (error) {
            // Let a later start or reconnect try the welcome again.
            await this.options.repository.markNotStarted(conversation.id);
            throw error;
        }
    }

    /**
     * Stores a user's activity in history (so the client sees its own message come back, matched by
     * channelData.clientActivityID), runs the bot's turn for it and returns its id once the turn is over.
     * `from` is always the conversation's user: a client cannot speak as anyone else.
     */
    async submit(request: AuthorizedRequest, body: unknown): Promise<{ id: string }> {
        const incoming = parseClientActivity(body);
        const { conversation } = request;
        const stored = await this.options.repository.appendActivity(conversation.id, (id) => ({
            ...incoming,
            // A masked card field (a password), at any depth, is never written to the history; the bot still receives it below.
            value: withoutSecretInputsAtAnyDepth(incoming.value),
            // The history keeps no more of a message than the bot accepts (it refuses a longer one politely).
            ...historySafeText(incoming, this.options.maxMessageChars),
            // Nor a message that is only a code: it is replaced before it is stored, so no poll and no failed turn sees it.
            ...(looksLikeSecretCode(incoming.text) ? { text: REDACTED_TEXT, channelData: { ...(incoming.channelData as object), senderoRedacted: true } } : {}),
            id,
            timestamp: new Date(),
            channelId: DIRECT_LINE_CHANNEL_ID,
            serviceUrl: this.options.serviceUrl,
            conversation: { id: conversation.id, isGroup: false, conversationType: 'personal', name: '' },
            from: { id: conversation.userId, name: '', role: 'user' },
            recipient: this.options.botAccount,
            locale: incoming.locale ?? conversation.locale ?? undefined,
        }));
        const verdict = { sensitive: false };
        try {
            await this.runTurn({ ...stored.activity, text: incoming.text, value: incoming.value }, verdict);
        } finally {
            if (verdict.sensitive) {
                // The bot judged the message a secret typed in the open (a password): keep only a placeholder.
                await this.options.repository.replaceActivity(conversation.id, stored.activity.id ?? '', {
                    ...stored.activity,
                    text: REDACTED_TEXT,
                    value: undefined,
                    channelData: { ...(stored.activity.channelData as object), senderoRedacted: true },
                });
            }
        }
        return { id: stored.activity.id ?? '' };
    }

    /** History from the watermark on (`''` or missing = from the start), and the watermark to continue from. */
    async activitiesSince(request: AuthorizedRequest, watermark: unknown): Promise<ActivitySet> {
        const from = parseWatermark(watermark);
        const page = await this.options.repository.listActivities(request.conversation.id, from, this.pageSize);
        const next = page.length > 0 ? page[page.length - 1].sequence + 1 : from;
        // A secret the bot showed (a backup code) is delivered this once; the history keeps a placeholder.
        for (const { activity } of page.filter((entry) => isShowOnce(entry.activity))) {
            await this.options.repository.replaceActivity(request.conversation.id, activity.id ?? '', {
                ...activity,
                text: REDACTED_TEXT,
                attachments: undefined,
                channelData: { ...(activity.channelData as object), senderoRedacted: true },
            });
        }
        return { activities: page.map((entry) => entry.activity), watermark: String(next) };
    }

    /** Runs the bot's turn; `verdict.sensitive` says whether the bot marked the incoming message as one not to keep. */
    private async runTurn(activity: Partial<Activity>, verdict = { sensitive: false }): Promise<void> {
        try {
            await this.options.adapter.processActivity(activity, async (context) => {
                try {
                    await this.options.bot.run(context);
                } finally {
                    // Also when the turn fails: a secret the bot recognised must not stay in the history.
                    verdict.sensitive = isInboundSensitive(context);
                }
            });
        } catch (error) {
            // Only reached when onTurnError itself failed or rethrew; the error may quote user input, so log its kind.
            this.options.logger.error(
                { conversationId: activity.conversation?.id, activityType: activity.type, errorName: (error as Error).name },
                'direct line turn failed',
            );
            throw botFailed();
        }
    }
}

function parseWatermark(value: unknown): number {
    if (value === undefined || value === '') return 0;
    if (typeof value !== 'string' || !/^\d{1,9}$/.test(value)) throw badRequest('watermark must be a whole number');
    return Number(value);
}

/** Keeps only what a client may say in an activity; everything that identifies or routes it is set by the server. */
function parseClientActivity(body: unknown): Partial<Activity> {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw badRequest('the body must be a JSON activity object');
    }
    const raw = body as Record<string, unknown>;
    if (typeof raw.type !== 'string' || !CLIENT_ACTIVITY_TYPES.has(raw.type)) {
        throw badRequest('the activity type must be message, event or typing');
    }
    if (Array.isArray(raw.attachments) && raw.attachments.length > 0) throw attachmentsUnsupported();
    // Events named sendero.* come from the server itself (a password set on the password page), never from a page.
    if (raw.type === 'event' && typeof raw.name === 'string' && raw.name.startsWith('sendero.')) {
        throw badRequest('this event name is reserved');
    }
    const optionalString = (key: string, max?: number): string | undefined => {
        const value = raw[key];
        if (value === undefined || value === null) return undefined;
        if (typeof value !== 'string' || (max !== undefined && value.length > max)) {
            throw badRequest(`${key} must be a string${max !== undefined ? ` of at most ${max} characters` : ''}`);
        }
        return value;
    };
    const channelData = raw.channelData;
    if (channelData !== undefined && (typeof channelData !== 'object' || channelData === null || Array.isArray(channelData))) {
        throw badRequest('channelData must be an object');
    }
    const entities = raw.entities;
    if (entities !== undefined && !Array.isArray(entities)) throw badRequest('entities must be an array');
    const activity: Partial<Activity> = {
        type: raw.type,
        // Text length is the bot's call (it answers an over-long message itself); the body size limit bounds it.
        text: optionalString('text'),
        textFormat: optionalString('textFormat', 20),
        locale: cleanLocale(raw.locale),
        localTimezone: optionalString('localTimezone', 100),
        name: optionalString('name', MAX_NAME_CHARS),
        value: raw.value,
        channelData: channelData as Record<string, unknown> | undefined,
        entities: entities as Activity['entities'] | undefined,
    };
    return Object.fromEntries(Object.entries(activity).filter(([, value]) => value !== undefined)) as Partial<Activity>;
}
