import type { TurnContext } from 'botbuilder';
import { hasHelpDesk, issuesUscisAccountNumbers, type OrganizationProfile } from './organization';
import { translator, turnLanguage } from '../conversation/turnLanguage';

/** The languages the USCIS Contact Center's phone menu speaks; for others a caller brings an interpreter (uscis-facts §4.1–4.2). */
const USCIS_PHONE_LANGUAGES: readonly string[] = ['en', 'es'];

/**
 * How to reach a person: the deploying organisation's help desk when configured, and the USCIS Contact Center. Then
 * what the Contact Center's line speaks, when the conversation's language is not one of them (a caller can bring
 * someone to interpret) or when the user asked for a person who speaks a language (`languageAsked`).
 */
export function contactDetailsText(context: TurnContext, organization: OrganizationProfile, languageAsked?: string): string {
    const t = translator(context);
    const lines = [t('contact.intro')];
    const helpDesk = helpDeskLine(context, organization);
    if (helpDesk) lines.push(helpDesk);
    lines.push(t('contact.uscis'));
    const spoken = languageAsked ?? turnLanguage(context);
    if (!USCIS_PHONE_LANGUAGES.includes(spoken)) lines.push(t('contact.phoneLanguagesWithInterpreter'));
    else if (languageAsked) lines.push(t('contact.phoneLanguages'));
    return lines.join('\n\n');
}

/** For a user stuck at a question: "this step seems to be giving you trouble", then how to reach a person. */
export function stuckText(context: TurnContext, organization: OrganizationProfile): string {
    return `${translator(context)('prompts.stuck')}\n\n${contactDetailsText(context, organization)}`;
}

/**
 * For a user stuck at a question about an account with this assistant (making one, its two-step verification, its
 * reset questions): the USCIS Contact Center cannot see those accounts, so it is not offered, and the user is told so
 * (they might otherwise call it). The organisation's help desk, when it has one; otherwise what they can do here.
 * Where the organisation issues USCIS account numbers, the accounts are USCIS's, and stuckText says it all.
 */
export function stuckWithOwnAccountText(context: TurnContext, organization: OrganizationProfile): string {
    if (issuesUscisAccountNumbers(organization)) return stuckText(context, organization);
    const t = translator(context);
    const helpDesk = helpDeskLine(context, organization);
    const lines = helpDesk ? [t('prompts.stuck'), t('contact.intro'), helpDesk] : [t('prompts.stuckNoPerson')];
    return [...lines, t('contact.notForOwnAccounts')].join('\n\n');
}

/** The organisation's help desk (phone, email, hours), or undefined when none is configured. */
export function helpDeskLine(context: TurnContext, organization: OrganizationProfile): string | undefined {
    if (!hasHelpDesk(organization)) return undefined;
    const t = translator(context);
    const details = [
        organization.helpdeskPhone && t('contact.phone', { phone: organization.helpdeskPhone }),
        organization.helpdeskEmail && t('contact.email', { email: organization.helpdeskEmail }),
        organization.helpdeskHours && t('contact.hours', { hours: organization.helpdeskHours }),
    ].filter(Boolean);
    return t('contact.helpdesk', { orgName: organization.name, details: details.join('; ') });
}
