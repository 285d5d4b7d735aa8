import { randomUUID } from 'node:crypto';
import type { Middleware, TurnContext } from 'botbuilder';
import { currentScope, withinScope } from './asyncScope';
import type { Logger } from './logger';
import { safetyConcernAnsweredIn, type SafetyConcern } from '../conversation/safetyConcern';

const ACTIVE_DIALOG = Symbol('sendero.activeDialog');
const OUTCOME = Symbol('sendero.turnOutcome');

/** Notes which dialog the user is in after this turn, for the turn's log line. */
export function recordActiveDialog(context: TurnContext, dialogId: string | undefined): void {
    context.turnState.set(ACTIVE_DIALOG, dialogId);
}

/** The dialog the user is in after this turn, as recorded by the bot. */
export function activeDialogOf(context: TurnContext): string | undefined {
    return context.turnState.get(ACTIVE_DIALOG) as string | undefined;
}

/** Marks the turn as failed (set by the error handler). */
export function recordTurnFailed(context: TurnContext): void {
    context.turnState.set(OUTCOME, 'error');
}

/** The turn whose code is running now (undefined outside TurnLogMiddleware). */
export function currentTurn(): TurnContext | undefined {
    // For code that botbuilder calls without the turn (the dialogs' telemetry client).
    return currentScope()?.turn as TurnContext | undefined;
}

/** Where the turn's outcome and latency are counted (SenderoMetrics). */
export interface TurnCounter {
    turn(channelId: string | undefined, outcome: 'ok' | 'error', seconds: number): void;
    /** An answer to someone who may be in danger, by concern: counted only, never in the turn's log line. */
    safetyAnswer?(concern: SafetyConcern): void;
}

/**
 * Writes one JSON line per turn: conversation, channel, activity type, dialog, outcome and latency, and counts the
 * turn. Never the message text: what people tell an immigration assistant is theirs. Every line written during the
 * turn, by any layer, carries the turn's id (and the HTTP request's, when a request started it).
 */
export class TurnLogMiddleware implements Middleware {
    constructor(
        private readonly logger: Logger,
        private readonly counter?: TurnCounter,
    ) {}

    onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
        // The turn's log id and the turn itself in one scope (see bot/asyncScope.ts).
        return withinScope({ turnId: randomUUID(), turn: context }, () => this.timed(context, next));
    }

    private async timed(context: TurnContext, next: () => Promise<void>): Promise<void> {
        const started = process.hrtime.bigint();
        let outcome: 'ok' | 'error' = 'ok';
        try {
            await next();
            outcome = (context.turnState.get(OUTCOME) as 'error' | undefined) ?? 'ok';
        } catch (error) {
            outcome = 'error';
            throw error;
        } finally {
            const { activity } = context;
            const latencyMs = Number((process.hrtime.bigint() - started) / 1000n) / 1000;
            this.counter?.turn(activity.channelId, outcome, latencyMs / 1000);
            const concern = safetyConcernAnsweredIn(context);
            if (concern) this.counter?.safetyAnswer?.(concern);
            this.logger.info(
                {
                    event: 'turn',
                    conversation: activity.conversation?.id,
                    channel: activity.channelId,
                    activityType: activity.type,
                    dialog: context.turnState.get(ACTIVE_DIALOG) as string | undefined,
                    outcome,
                    latencyMs,
                },
                'turn',
            );
        }
    }
}
