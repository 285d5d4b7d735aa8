/** How a child flow ended, so the main dialog knows what to offer next. */
export interface FlowOutcome {
    outcome: 'completed' | 'cancelled' | 'startOver';
}

export function isFlowOutcome(value: unknown): value is FlowOutcome {
    return typeof value === 'object' && value !== null && typeof (value as FlowOutcome).outcome === 'string';
}
