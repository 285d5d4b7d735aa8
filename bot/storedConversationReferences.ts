import { TurnContext, type ConversationReference, type Storage } from 'botbuilder';
import { conversationKey } from '../conversation/conversationKey';
import type { ConversationReferences } from '../conversation/conversationReferences';

/** Conversation references kept in the bot's storage, so a proactive message still finds its way after a restart. */
export class StoredConversationReferences implements ConversationReferences {
    constructor(private readonly storage: Storage) {}

    async remember(context: TurnContext): Promise<void> {
        const reference = TurnContext.getConversationReference(context.activity);
        await this.storage.write({ [this.keyOf(conversationKey(context))]: { reference, eTag: '*' } });
    }

    async find(key: string): Promise<Partial<ConversationReference> | undefined> {
        const item = (await this.storage.read([this.keyOf(key)]))[this.keyOf(key)] as { reference?: Partial<ConversationReference> } | undefined;
        return item?.reference;
    }

    private keyOf(key: string): string {
        return `references/${key}`;
    }
}
