import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';
import { emailInMessage } from './accountPrompts';

/** What a message at the question for the emailed code says of the address it went to. */
export interface EmailChange {
    /** The address to use instead, when the message has one. */
    email?: string;
}

/** Where a code question's validator leaves the change for the step after the question, within the turn. */
const EMAIL_CHANGE_ASKED = Symbol('emailChangeAsked');

/**
 * "ana.lopes@example.com", "wrong email, I meant ana.lopes@example.com", "I typed the wrong email", "邮箱写错了": typed
 * at the question for the code emailed, the address the code went to is not the one to use (another address written, or
 * `prompts.emailChange.words`). The address the code already went to (sent twice at once on a slow phone) is no change.
 * Undefined for anything else: a code, "new code", a question, an address after words that are no lead-in. A change
 * found is kept for emailChangeOfTurn.
 */
export async function noteEmailChange(context: TurnContext, text: string, codeWentTo: (email: string) => Promise<boolean>): Promise<EmailChange | undefined> {
    const change = emailChangeAsked(context, text);
    if (!change || (change.email !== undefined && (await codeWentTo(change.email)))) return undefined;
    context.turnState.set(EMAIL_CHANGE_ASKED, change);
    return change;
}

/** The change of address noteEmailChange found in this turn's message, if it found one. */
export function emailChangeOfTurn(context: TurnContext): EmailChange | undefined {
    return context.turnState.get(EMAIL_CHANGE_ASKED) as EmailChange | undefined;
}

function emailChangeAsked(context: TurnContext, text: string): EmailChange | undefined {
    // As at the email question: the whole message, or an address after a lead-in ("I meant", "es"). "ana lopez@example.com"
    // is a mistyped address, never "lopez@example.com", a stranger's inbox: with the words, the address is asked again.
    const written = emailInMessage(context, text);
    if (written.ok) return { email: written.value };
    return saysEmailWasWrong(context, text) ? {} : undefined;
}

/** "I typed the wrong email", "邮箱写错了": an address given earlier is not the one to use (`prompts.emailChange.words`). */
export function saysEmailWasWrong(context: TurnContext, text: string): boolean {
    return containsAnyPhrase(context, 'prompts.emailChange.words', plainWords(text));
}
