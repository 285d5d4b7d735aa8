import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';

/**
 * "Sign out", "log me out", "cerrar sesión": the way to end this chat's sign-in on a shared computer before the idle
 * minutes do. Read at the menu and at any question of a flow that does not take it as its answer.
 */
export function asksToSignOut(context: TurnContext, text: string): boolean {
    return containsAnyPhrase(context, 'understanding.signOutWords', plainWords(text));
}
