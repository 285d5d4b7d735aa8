import type { TurnContext } from 'botbuilder';
import { safetyAnswerKey, type SafetyConcernSaid } from '../conversation/safetyConcern';
import { translator } from '../conversation/turnLanguage';

/** The answer to someone who may be in danger (see safetyConcernIn), in the language they wrote it in. */
export async function answerSafetyConcern(context: TurnContext, said: SafetyConcernSaid): Promise<void> {
    await context.sendActivity(translator(context)(safetyAnswerKey(said.concern), { lng: said.language }));
}
