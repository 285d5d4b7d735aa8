import type { BotState, StatePropertyAccessor, TurnContext } from 'botbuilder';
import { withCheckedFirst, type CheckedCase, type CheckedCases } from '../conversation/checkedCases';

/** Keeps the cases a conversation was shown in conversation state: receipt numbers and form types only. */
export class ConversationStateCheckedCases implements CheckedCases {
    private readonly checked: StatePropertyAccessor<CheckedCase[]>;

    constructor(conversationState: BotState) {
        this.checked = conversationState.createProperty<CheckedCase[]>('checkedCases');
    }

    async list(context: TurnContext): Promise<CheckedCase[]> {
        return (await this.checked.get(context)) ?? [];
    }

    async remember(context: TurnContext, checked: CheckedCase): Promise<void> {
        await this.checked.set(context, withCheckedFirst(await this.list(context), checked));
    }
}
