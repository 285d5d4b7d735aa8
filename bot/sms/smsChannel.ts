import type { BotAdapter, ConversationReference, TurnContext } from 'botbuilder';
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { E164_PHONE } from '../../services/notifications/outboundMessageSchema';
import type { Notifier } from '../../services/notifications/notifier';
import type { SmsSenders } from '../../services/notifications/smsSenders';
import type { RateLimiter } from '../../services/limits/rateLimiter';
import { translator } from '../../conversation/turnLanguage';
import type { Logger } from '../logger';
import { activeDialogOf } from '../turnLog';
import { SMS_CHANNEL_ID, SmsAdapter, SmsReplyWindow } from './smsAdapter';
import { smsKeyword } from './smsKeywords';
import { isValidTwilioSignature, type TwilioForm } from './twilioSignature';
import { twimlMessages } from './smsText';

/** Where Twilio posts incoming texts (configure it as the number's "A message comes in" webhook). */
export const SMS_WEBHOOK_PATH = '/api/sms';

export interface SmsChannelDeps {
    /** TWILIO_AUTH_TOKEN: signs Twilio's webhooks; without it the webhook answers 503. */
    authToken: string;
    /** PUBLIC_BASE_URL: the origin Twilio is configured with, part of what it signs. */
    publicBaseUrl: string;
    senders: SmsSenders;
    notifier: Notifier;
    limiter: RateLimiter;
    /** How long the webhook waits for the turn's replies before answering; later replies go through the API. */
    replyWindowMs: number;
    inboundPerNumberPerHour: number;
    organization: { name: string; phone: string; email: string };
    /** Adds the shared middleware (turn lock, language, logging) and onTurnError. */
    prepareAdapter(adapter: BotAdapter): void;
    bot: { run(context: TurnContext): Promise<void> };
    /** Whether a dialog id left active at the end of a turn is the main menu (no flow running). */
    isTopLevel(dialogId: string | undefined): boolean;
    logger: Logger;
}

export interface SmsChannel {
    registerRoutes(server: Server): void;
    /** The service URL in this channel's conversation references. */
    serviceUrl: string;
    continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

/** The fields of Twilio's incoming-message webhook that Sendero reads. */
const incomingText = z.object({
    MessageSid: z.string().regex(/^(SM|MM)[0-9a-fA-F]{32}$/),
    From: z.string().regex(E164_PHONE),
    To: z.string().min(1).max(40),
    Body: z.string().max(1600).default(''),
});

const EMPTY_TWIML = twimlMessages([]);

/**
 * SMS straight from Twilio: the webhook checks Twilio's signature, takes each MessageSid once, honours STOP / START /
 * HELP, runs the text as a turn (channel `sms`, the conversation is the sender's number) and answers with the replies
 * as TwiML; anything said later goes through the Twilio Messages API via the notification queue.
 */
export function createSmsChannel(deps: SmsChannelDeps): SmsChannel {
    const log = deps.logger.child({ channel: SMS_CHANNEL_ID });
    const serviceUrl = `${deps.publicBaseUrl}${SMS_WEBHOOK_PATH}`;
    const adapter = new SmsAdapter(
        {
            sendLater: async (to, text, idempotencyKey) => {
                await deps.notifier.send({ channel: 'sms', to, body: text, idempotencyKey, kind: 'reply' });
            },
        },
        serviceUrl,
    );
    deps.prepareAdapter(adapter);

    const answer = (res: Response, texts: readonly string[]) => {
        res.writeHead(200, { 'Content-Type': 'text/xml; charset=utf-8' });
        res.end(texts.length ? twimlMessages(texts) : EMPTY_TWIML);
    };

    /** Runs one turn, answering within the reply window with whatever the bot has said by then. */
    const runTurn = async (res: Response, activity: Parameters<SmsAdapter['processInbound']>[0], logic: (context: TurnContext) => Promise<void>) => {
        const window = new SmsReplyWindow();
        const turn = adapter.processInbound(activity, window, logic);
        const timedOut = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), deps.replyWindowMs).unref());
        const first = await Promise.race([turn.then(() => 'done' as const), timedOut]);
        window.open = false;
        answer(res, window.texts);
        if (first === 'timeout') {
            log.warn({ event: 'smsReplyLate' }, 'an SMS turn outlasted the reply window; later replies go through the API');
            await turn;
        }
    };

    async function handleIncoming(req: Request, res: Response): Promise<void> {
        if (!deps.authToken) {
            res.json(503, { error: { code: 'SmsNotConfigured', message: 'SMS is not configured on this server' } });
            return;
        }
        const form = (req.body && typeof req.body === 'object' ? req.body : {}) as TwilioForm;
        const url = `${deps.publicBaseUrl}${req.url ?? SMS_WEBHOOK_PATH}`;
        if (!isValidTwilioSignature(deps.authToken, url, form, req.header('X-Twilio-Signature') || undefined)) {
            log.warn({ event: 'smsSignatureRefused' }, 'refused an SMS webhook without a valid Twilio signature');
            res.json(403, { error: { code: 'Forbidden', message: 'invalid signature' } });
            return;
        }
        const parsed = incomingText.safeParse(form);
        if (!parsed.success) {
            res.json(400, { error: { code: 'BadRequest', message: 'not an incoming-message webhook' } });
            return;
        }
        const text = parsed.data;
        // Twilio retries a webhook it thinks failed: the same message is one turn, whatever arrives again.
        if (!(await deps.senders.claimMessage(text.MessageSid))) return answer(res, []);
        const from = text.From;
        const keyword = smsKeyword(text.Body);
        const { inFlow, optedOut } = await deps.senders.find(from);
        if (keyword === 'optOut' || (keyword === 'optOutAtTopLevel' && !inFlow)) {
            // Recorded and never answered: the carrier sends its own confirmation.
            await deps.senders.optOut(from);
            log.info({ event: 'smsOptOut' }, 'a number opted out of texts');
            return answer(res, []);
        }
        if (optedOut && keyword !== 'optIn') return answer(res, []);
        const verdict = await deps.limiter.take(deps.senders.inboundBucket(from), {
            max: deps.inboundPerNumberPerHour,
            windowSeconds: 3600,
        });
        if (!verdict.allowed) {
            log.warn({ event: 'smsInboundLimited' }, 'a number sent more texts than the hourly limit; not answered');
            return answer(res, []);
        }
        const activity = {
            type: 'message',
            id: text.MessageSid,
            timestamp: new Date(),
            from: { id: from, name: '', role: 'user' },
            recipient: { id: text.To, name: deps.organization.name, role: 'bot' },
            conversation: { id: from, isGroup: false, conversationType: 'personal', name: '' },
            text: text.Body,
        };
        if (optedOut) {
            await deps.senders.optIn(from);
            await runTurn(res, activity, async (context) => {
                await context.sendActivity(translator(context)('sms.optedIn', { orgName: deps.organization.name }));
            });
            return;
        }
        await runTurn(res, activity, async (context) => {
            if (keyword === 'help') await context.sendActivity(smsHelpText(context, deps.organization));
            // Help in the middle of a flow is also help with the question on screen.
            if (keyword !== 'help' || inFlow) await deps.bot.run(context);
            await deps.senders.setInFlow(from, !deps.isTopLevel(activeDialogOf(context)));
        });
    }

    return {
        serviceUrl,
        registerRoutes(server) {
            server.post(SMS_WEBHOOK_PATH, handleIncoming);
        },
        async continueConversation(reference, logic) {
            await adapter.continueConversation(reference, logic);
        },
    };
}

/** The carrier-required HELP answer: who we are, how to reach a person, how to stop. */
function smsHelpText(context: TurnContext, organization: SmsChannelDeps['organization']): string {
    const t = translator(context);
    const contact = [organization.phone, organization.email].filter(Boolean).join(', ');
    return t(contact ? 'sms.help' : 'sms.helpNoContact', { orgName: organization.name, contact });
}
