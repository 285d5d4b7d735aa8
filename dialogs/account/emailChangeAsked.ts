import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';
import { emailWrittenIn } from '../../services/validators';

/** What a message at the question for the emailed code says of the address it went to. */
export interface EmailChange {
    /** The address to use instead, when the message has one. */
    email?: string;
}

/**
 * "ana.lopes@example.com", "wrong email, I meant ana.lopes@example.com", "I typed the wrong email", "邮箱写错了": typed
 * at the question for the code emailed, the address the code went to is not the one to use (another address written, or
 * `prompts.emailChange.words`). Undefined for anything else: a code, "new code", a question.
 */
export function emailChangeAsked(context: TurnContext, text: string): EmailChange | undefined {
    const written = emailWrittenIn(text);
    if (written?.email.ok) return { email: written.email.value };
    return containsAnyPhrase(context, 'prompts.emailChange.words', plainWords(text)) ? {} : undefined;
}
