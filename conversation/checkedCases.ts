import type { TurnContext } from 'botbuilder';

/** A case whose status this conversation was shown: its receipt number and, when the service gave it, its form. */
export interface CheckedCase {
    receiptNumber: string;
    formType?: string;
}

/** How many checked cases a conversation keeps, most recent first. */
export const CHECKED_CASES_KEPT = 3;

/**
 * The cases a conversation has been shown the status of, so "what happens next with my case?" asked after a status
 * offers that case to choose rather than asking for its number again. Kept with the conversation (not the user), so
 * another conversation, even the same person's on another channel, never sees them.
 */
export interface CheckedCases {
    /** Most recent first; empty when none was checked. */
    list(context: TurnContext): Promise<CheckedCase[]>;
    /** Puts `checked` first, once, and keeps at most CHECKED_CASES_KEPT. */
    remember(context: TurnContext, checked: CheckedCase): Promise<void>;
}

/** `checked` first, then the earlier ones without it, at most CHECKED_CASES_KEPT. */
export function withCheckedFirst(earlier: readonly CheckedCase[], checked: CheckedCase): CheckedCase[] {
    return [checked, ...earlier.filter((item) => item.receiptNumber !== checked.receiptNumber)].slice(0, CHECKED_CASES_KEPT);
}
