import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { ConversationDelivery } from '../conversation/conversationDelivery';

export interface ChannelConversationDeliveryDeps {
    /** The built-in web channel (its Direct Line endpoint on this server). */
    directLine: { continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> };
    /** The Bot Framework adapter (/api/messages: Teams, Azure channels such as SMS, the Emulator). */
    botFramework: { continueConversationAsync(appId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> };
    /** MicrosoftAppId (empty when anonymous). */
    appId: string;
    /** Where the built-in Direct Line endpoint is (PUBLIC_BASE_URL + its base path): references to it go there. */
    directLineServiceUrl: string;
    /** SMS straight from Twilio: references whose service URL is its webhook go to it. */
    sms?: {
        serviceUrl: string;
        continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
    };
}

/**
 * ConversationDelivery over the channels this server has: a reference to the built-in Direct Line endpoint goes to
 * it, one to our Twilio webhook goes out by SMS; any other (Teams, Azure's SMS, the Emulator, an Azure-hosted Direct Line) goes through the Bot Framework adapter
 * to the service URL it names.
 */
export class ChannelConversationDelivery implements ConversationDelivery {
    constructor(private readonly deps: ChannelConversationDeliveryDeps) {}

    async send(reference: Partial<ConversationReference>, activities: Array<Partial<Activity>>): Promise<void> {
        await this.continueConversation(reference, async (context) => {
            await context.sendActivities(activities);
        });
    }

    async continueConversation(reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void> {
        if (reference.serviceUrl?.startsWith(this.deps.directLineServiceUrl)) await this.deps.directLine.continueConversation(reference, logic);
        else if (this.deps.sms && reference.serviceUrl === this.deps.sms.serviceUrl) await this.deps.sms.continueConversation(reference, logic);
        else await this.deps.botFramework.continueConversationAsync(this.deps.appId, reference, logic);
    }
}
