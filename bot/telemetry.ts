import type {
    BotPageViewTelemetryClient,
    BotTelemetryClient,
    TelemetryDependency,
    TelemetryEvent,
    TelemetryException,
    TelemetryPageView,
    TelemetryTrace,
} from 'botbuilder';
import { conversationKey } from '../conversation/conversationKey';
import { turnLanguage } from '../conversation/turnLanguage';
import type { FunnelObservation } from '../services/funnel/funnelRecorder';
import type { FlowEvent } from './metrics';
import { currentTurn } from './turnLog';

/** The botbuilder-dialogs event names and the funnel event each becomes. */
const WATERFALL_EVENTS: Record<string, FlowEvent> = {
    WaterfallStart: 'start',
    WaterfallStep: 'step',
    WaterfallComplete: 'complete',
    WaterfallCancel: 'cancel',
};

export interface DialogTelemetryDeps {
    metrics: { flow(event: FlowEvent, flow: string, step?: string): void };
    funnel: { record(observation: FunnelObservation): void };
}

/**
 * The dialogs' telemetry client: botbuilder-dialogs reports each waterfall's start, steps, completion and cancel
 * to it (a ComponentDialog hands its client to its children), and it counts them in the metrics and records them
 * for the funnel report, with the turn's conversation and language. It never sees what the user said.
 *
 * @example
 * mainDialog.telemetryClient = new DialogTelemetry({ metrics, funnel });
 */
export class DialogTelemetry implements BotTelemetryClient, BotPageViewTelemetryClient {
    constructor(private readonly deps: DialogTelemetryDeps) {}

    trackEvent(telemetry: TelemetryEvent): void {
        const event = WATERFALL_EVENTS[telemetry.name];
        const flow = telemetry.properties?.DialogId as string | undefined;
        if (!event || !flow) return;
        const step = stepName(telemetry.properties?.StepName);
        this.deps.metrics.flow(event, flow, step);
        const context = currentTurn();
        const instance = telemetry.properties?.InstanceId as string | undefined;
        if (!context || !instance) return;
        this.deps.funnel.record({ conversationKey: conversationKey(context), instance, flow, kind: event, step, language: languageOf(context) });
    }

    // Dialog views, traces, exceptions and dependencies: the logs and the metrics already cover them.
    trackPageView(_telemetry: TelemetryPageView): void {}
    trackTrace(_telemetry: TelemetryTrace): void {}
    trackException(_telemetry: TelemetryException): void {}
    trackDependency(_telemetry: TelemetryDependency): void {}
    flush(): void {}
}

/** `bound askReceiptStep` (a step passed as this.askReceiptStep.bind(this)) → `askReceiptStep`. */
function stepName(name: unknown): string | undefined {
    return typeof name === 'string' && name !== '' ? name.replace(/^(bound )+/, '') : undefined;
}

function languageOf(context: Parameters<typeof turnLanguage>[0]): string {
    try {
        return turnLanguage(context);
    } catch {
        // A turn that failed before the language middleware ran.
        return 'unknown';
    }
}
