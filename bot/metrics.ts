import crypto from 'node:crypto';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { CaseCallCounter, CaseCallResult } from '../services/cases/countedCaseService';
import type { CircuitState } from '../services/cases/circuitBreaker';
import type { SafetyConcern } from '../conversation/safetyConcern';
import type { TicketEventName, TicketEvents } from '../services/handoff/ticketEvents';
import type { NotificationCounter, NotificationOutcome } from '../services/notifications/queuedNotifier';
import type { MessageKind, NotificationChannel } from '../services/notifications/notifier';

/** Channel ids kept as a label value; any other id (a caller can send any) is counted as `other`. */
const KNOWN_CHANNELS = new Set(['msteams', 'webchat', 'directline', 'directlinespeech', 'emulator', 'sms', 'test', 'slack', 'facebook', 'telegram', 'email', 'omnichannel', 'telephony']);

/** A channel id as a bounded label value. */
export function channelLabel(channelId: string | undefined): string {
    return channelId && KNOWN_CHANNELS.has(channelId) ? channelId : 'other';
}

/** What a waterfall reported: a run started, a step ran, the run finished, or it was cancelled at a step. */
export type FlowEvent = 'start' | 'step' | 'complete' | 'cancel';

/**
 * Sendero's Prometheus metrics, in a registry of their own (so two apps in one test process do not share counts).
 * Services count through the small interfaces they define (NotificationCounter, CaseCallCounter, TicketEvents); the
 * turn middleware and the dialog telemetry call `turn` and `flow`.
 *
 * @example
 * const metrics = new SenderoMetrics();
 * metrics.turn('webchat', 'ok', 0.012);
 * await metrics.registry.metrics(); // the text GET /metrics answers
 */
export class SenderoMetrics implements NotificationCounter, CaseCallCounter {
    readonly registry = new Registry();

    private readonly turns = new Counter({ name: 'sendero_turns_total', help: 'Turns by channel and outcome (ok or error).', labelNames: ['channel', 'outcome'] as const, registers: [this.registry] });
    private readonly turnSeconds = new Histogram({
        name: 'sendero_turn_duration_seconds',
        help: 'Time from a turn\'s start to its end, replies and state save included.',
        labelNames: ['channel'] as const,
        buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
        registers: [this.registry],
    });
    private readonly flowStarts = new Counter({ name: 'sendero_flow_starts_total', help: 'Flow (waterfall) runs started.', labelNames: ['flow'] as const, registers: [this.registry] });
    private readonly flowSteps = new Counter({ name: 'sendero_flow_steps_total', help: 'Waterfall steps run, per flow and step: the funnel.', labelNames: ['flow', 'step'] as const, registers: [this.registry] });
    private readonly flowCompletions = new Counter({ name: 'sendero_flow_completions_total', help: 'Flow runs that reached their end.', labelNames: ['flow'] as const, registers: [this.registry] });
    private readonly flowCancels = new Counter({ name: 'sendero_flow_cancels_total', help: 'Flow runs cancelled, per the step they were at.', labelNames: ['flow', 'step'] as const, registers: [this.registry] });
    private readonly safetyAnswers = new Counter({
        name: 'sendero_safety_answers_total',
        help: 'Answers to someone who may be in danger, by concern (selfHarm, abuse, trafficking): how often the help lines were given.',
        labelNames: ['concern'] as const,
        registers: [this.registry],
    });
    private readonly tickets = new Counter({ name: 'sendero_handoff_tickets_total', help: 'Help-desk ticket events: created (opened), accepted, closed, cancelled, rated.', labelNames: ['event'] as const, registers: [this.registry] });
    private readonly caseCalls = new Counter({ name: 'sendero_case_service_calls_total', help: 'Calls to the case service by back end, operation and result.', labelNames: ['backend', 'operation', 'result'] as const, registers: [this.registry] });
    private readonly notifications = new Counter({
        name: 'sendero_notifications_total',
        help: 'Messages handed to the notifier, by channel, kind (code, notice, reply) and outcome (queued, duplicate, optedOut, limited).',
        labelNames: ['channel', 'kind', 'outcome'] as const,
        registers: [this.registry],
    });
    private readonly refusals = new Counter({
        name: 'sendero_notifications_refused_total',
        help: 'Messages refused by a limit, per limit (a message may break several).',
        labelNames: ['channel', 'kind', 'limit'] as const,
        registers: [this.registry],
    });
    private circuitReader: () => CircuitState = () => 'closed';

    constructor(options: { defaultMetrics?: boolean } = {}) {
        const reader = () => this.circuitReader();
        new Gauge({
            name: 'sendero_case_service_circuit_open',
            help: '1 while the case service\'s circuit breaker refuses calls (open), 0 otherwise.',
            registers: [this.registry],
            collect() {
                this.set(reader() === 'open' ? 1 : 0);
            },
        });
        if (options.defaultMetrics ?? true) collectDefaultMetrics({ register: this.registry, prefix: 'sendero_' });
    }

    turn(channelId: string | undefined, outcome: 'ok' | 'error', seconds: number): void {
        const channel = channelLabel(channelId);
        this.turns.inc({ channel, outcome });
        this.turnSeconds.observe({ channel }, seconds);
    }

    safetyAnswer(concern: SafetyConcern): void {
        this.safetyAnswers.inc({ concern });
    }

    flow(event: FlowEvent, flow: string, step?: string): void {
        if (event === 'start') this.flowStarts.inc({ flow });
        else if (event === 'complete') this.flowCompletions.inc({ flow });
        else if (event === 'step') this.flowSteps.inc({ flow, step: step ?? '' });
        else this.flowCancels.inc({ flow, step: step ?? '' });
    }

    caseCall(call: { backend: string; operation: string; result: CaseCallResult }): void {
        this.caseCalls.inc({ backend: call.backend, operation: call.operation, result: call.result });
    }

    notification(event: { channel: NotificationChannel; kind: MessageKind; outcome: NotificationOutcome; limits?: string[] }): void {
        this.notifications.inc({ channel: event.channel, kind: event.kind, outcome: event.outcome });
        for (const limit of event.limits ?? []) this.refusals.inc({ channel: event.channel, kind: event.kind, limit });
    }

    /** Reads the case service's breaker at each scrape. */
    watchCircuit(read: () => CircuitState): void {
        this.circuitReader = read;
    }

    /** Ticket events counted, then passed on to `next` (the webhook), if any. */
    countTicketEvents(next?: TicketEvents): TicketEvents {
        return {
            publish: async (event: TicketEventName, ticketId: string, data: Record<string, unknown>) => {
                this.tickets.inc({ event: event.replace(/^ticket\./, '') });
                await next?.publish(event, ticketId, data);
            },
        };
    }

    /** The text format Prometheus scrapes. */
    async text(): Promise<{ contentType: string; body: string }> {
        return { contentType: this.registry.contentType, body: await this.registry.metrics() };
    }
}

/** Who may read /metrics; `production` and `token` come from the configuration (NODE_ENV, METRICS_TOKEN). */
export interface MetricsAccessPolicy {
    production: boolean;
    token: string | undefined;
}

/**
 * 200: the bearer token matches METRICS_TOKEN, or (outside production) the request comes from this machine.
 * 404: production without METRICS_TOKEN (the endpoint is off). 401: anything else.
 */
export function metricsAccess(policy: MetricsAccessPolicy, request: { authorization: string | undefined; remoteAddress: string | undefined }): 200 | 401 | 404 {
    if (policy.token && bearerMatches(request.authorization, policy.token)) return 200;
    if (policy.production) return policy.token ? 401 : 404;
    return isLoopback(request.remoteAddress) ? 200 : 401;
}

function bearerMatches(header: string | undefined, token: string): boolean {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
    if (!match) return false;
    // Equal-length digests, so the comparison takes the same time whatever was sent.
    const digest = (value: string) => crypto.createHash('sha256').update(value, 'utf8').digest();
    return crypto.timingSafeEqual(digest(match[1]), digest(token));
}

function isLoopback(address: string | undefined): boolean {
    if (!address) return false;
    return address === '::1' || address.startsWith('127.') || address.startsWith('::ffff:127.');
}
