/** How a child flow ended, so the main dialog knows what to offer next. */
export interface FlowOutcome {
    /** `elsewhere`: the user's message asks for something this flow does not do; the menu reads it as a first message. */
    outcome: 'completed' | 'cancelled' | 'startOver' | 'elsewhere';
}

export function isFlowOutcome(value: unknown): value is FlowOutcome {
    return typeof value === 'object' && value !== null && typeof (value as FlowOutcome).outcome === 'string';
}
