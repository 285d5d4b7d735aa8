import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from './logger';

const ACTIVE_DIALOG = Symbol('sendero.activeDialog');
const OUTCOME = Symbol('sendero.turnOutcome');

/** Notes which dialog the user is in after this turn, for the turn's log line. */
export function recordActiveDialog(context: TurnContext, dialogId: string | undefined): void {
    context.turnState.set(ACTIVE_DIALOG, dialogId);
}

/** Marks the turn as failed (set by the error handler). */
export function recordTurnFailed(context: TurnContext): void {
    context.turnState.set(OUTCOME, 'error');
}

/**
 * Writes one JSON line per turn: conversation, channel, activity type, dialog, outcome and latency. Never the
 * message text: what people tell an immigration assistant is theirs.
 */
export class TurnLogMiddleware implements Middleware {
    constructor(private readonly logger: Logger) {}

    async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
        const started = process.hrtime.bigint();
        let outcome = 'ok';
        try {
            await next();
            outcome = (context.turnState.get(OUTCOME) as string | undefined) ?? 'ok';
        } catch (error) {
            outcome = 'error';
            throw error;
        } finally {
            const { activity } = context;
            this.logger.info(
                {
                    event: 'turn',
                    conversation: activity.conversation?.id,
                    channel: activity.channelId,
                    activityType: activity.type,
                    dialog: context.turnState.get(ACTIVE_DIALOG) as string | undefined,
                    outcome,
                    latencyMs: Number((process.hrtime.bigint() - started) / 1000n) / 1000,
                },
                'turn',
            );
        }
    }
}
