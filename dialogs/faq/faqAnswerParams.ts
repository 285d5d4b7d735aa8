import type { TurnContext } from 'botbuilder';
import { turnLocale } from '../../conversation/turnLanguage';
import { withLanguage, type OrganizationProfile } from '../organization';

/**
 * The values a common question's answer is written with, wherever it is given (the topic menu, or a short answer at a
 * flow's question): the organisation's name, and its terms in the conversation's language (the privacy answer).
 */
export function faqAnswerParams(context: TurnContext, organization: OrganizationProfile): { orgName: string; termsUrl: string } {
    return { orgName: organization.name, termsUrl: withLanguage(organization.termsUrl, turnLocale(context)) };
}
