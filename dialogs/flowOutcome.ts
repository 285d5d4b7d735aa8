import type { StatusBucket } from '../services/cases/caseService';

/** How a child flow ended, so the main dialog knows what to offer next. */
export interface FlowOutcome {
    /** `elsewhere`: the user's message asks for something this flow does not do; the menu reads it as a first message. */
    outcome: 'completed' | 'cancelled' | 'startOver' | 'elsewhere';
    /** The bucket of the last case status the flow showed: "what does this mean?" at the menu next is about it. */
    statusShown?: StatusBucket;
    /** The form of that case, as USCIS names it ("I-130"): a relative's petition approved is followed by other questions. */
    formShown?: string;
    /** True when the flow said USCIS does not recognize the receipt number: "what does that mean?" next is about that. */
    receiptNotRecognized?: boolean;
}

export function isFlowOutcome(value: unknown): value is FlowOutcome {
    return typeof value === 'object' && value !== null && typeof (value as FlowOutcome).outcome === 'string';
}

/** True when a child flow ended without finishing (cancelled, start over, another task): its parent ends the same way. */
export function leftFlow(result: unknown): result is FlowOutcome {
    return isFlowOutcome(result) && result.outcome !== 'completed';
}
