import type { TurnContext } from 'botbuilder';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';

/**
 * How a step went, said in a sentence at a yes/no check-in ("Did the confirmation email arrive?"): "I checked spam
 * already" or "it still hasn't come" is no, "it came" or "it worked" is yes. Read by the phrases of
 * `uscisAccountGuide.checkIn.notYetWords` and `doneWords` inside the message; a message with both ("I got it but it
 * doesn't work") is neither, and the question is asked again.
 */
export function checkInAnswerIn(context: TurnContext, text: string): 'yes' | 'no' | undefined {
    const said = plainWords(text);
    if (said === '') return undefined;
    const notYet = containsAnyPhrase(context, 'uscisAccountGuide.checkIn.notYetWords', said);
    const done = containsAnyPhrase(context, 'uscisAccountGuide.checkIn.doneWords', said);
    if (notYet === done) return undefined;
    return done ? 'yes' : 'no';
}
