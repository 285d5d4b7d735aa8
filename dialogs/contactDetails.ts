import type { TurnContext } from 'botbuilder';
import type { OrganizationProfile } from './organization';
import { translator } from './turnLanguage';

/** How to reach a person: the deploying organisation's help desk when configured, and the USCIS Contact Center. */
export function contactDetailsText(context: TurnContext, organization: OrganizationProfile): string {
    const t = translator(context);
    const details = [
        organization.helpdeskPhone && t('contact.phone', { phone: organization.helpdeskPhone }),
        organization.helpdeskEmail && t('contact.email', { email: organization.helpdeskEmail }),
        organization.helpdeskHours && t('contact.hours', { hours: organization.helpdeskHours }),
    ].filter(Boolean);
    const lines = [t('contact.intro')];
    if (details.length > 0) lines.push(t('contact.helpdesk', { orgName: organization.name, details: details.join('; ') }));
    lines.push(t('contact.uscis'));
    return lines.join('\n\n');
}
