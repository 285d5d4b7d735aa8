import { adaptiveCard } from '../adaptiveCard';
import type { Activity, Attachment, TurnContext } from 'botbuilder';
import type { CaseHistoryEntry, CaseStatus, ServiceText, StatusBucket } from '../../services/cases/caseService';
import { bucketFor, statusTitleNamedIn } from '../../services/cases/statusBuckets';
import { receiptCandidates } from '../../services/validators';
import { channelTraits } from '../../conversation/channelTraits';
import { formatDate } from '../../conversation/localeFormat';
import { serviceTextIn, statusTitleIn } from '../../conversation/caseStatusTitle';
import { translator, turnLanguage } from '../../conversation/turnLanguage';
import { containsAnyPhrase, plainWords } from '../../conversation/utteranceWords';

/** The most history lines a text-only channel gets (the newest ones): an SMS answer must stay short. */
const TEXT_TIMELINE_LINES = 5;

/** A date as the user reads it ("March 20, 2023" / "20 de marzo de 2023"); service dates carry no time zone. */
export function caseDate(context: TurnContext, date: Date): string {
    return formatDate(turnLanguage(context), date);
}

/** A status's title as caseStatusActivities heads it, in this turn's language (see statusTitleIn). */
export function caseStatusTitle(context: TurnContext, status: CaseStatus): string {
    return statusTitle(context, status.title, status.bucket);
}

function statusTitle(context: TurnContext, title: ServiceText, bucket: StatusBucket): string {
    return statusTitleIn(translator(context), turnLanguage(context), title, bucket);
}

/**
 * One history line's text: the service's words in the user's language; else our words for the step's bucket, marked as
 * our translation; else (a title we cannot place) the service's English words, said to be English.
 */
function historyText(context: TurnContext, entry: CaseHistoryEntry): string {
    const own = serviceTextIn(entry.title, turnLanguage(context));
    if (own) return own;
    const t = translator(context);
    const bucket = bucketFor(entry.title.en);
    if (bucket === 'other') return t('caseStatus.englishOnly', { text: entry.title.en });
    return t('caseStatus.translatedStep', { title: t(`caseStatus.buckets.${bucket}.title`), marker: t('caseStatus.translatedMarker') });
}

/**
 * The answer to "what is the status of my case?", as the activities to send in order: the heading (form, status
 * title), what the service says (in the user's language when it says it there), our plain explanation and next step
 * for the status's bucket, then the history as a timeline: an Adaptive Card where the channel renders one, a few short
 * lines elsewhere. Every sentence is a locale key; the service's own text is shown as the service wrote it.
 *
 * @example
 * for (const activity of caseStatusActivities(context, await cases.service.getCase(receipt))) await context.sendActivity(activity);
 */
export function caseStatusActivities(context: TurnContext, status: CaseStatus): Partial<Activity>[] {
    const t = translator(context);
    const language = turnLanguage(context);
    const form = status.formType ? t('caseStatus.form', { form: status.formType }) : t('caseStatus.formUnknown');
    const title = statusTitle(context, status.title, status.bucket);
    const heading = t('caseStatus.heading', { receipt: status.receiptNumber, form, title });

    const serviceSays = serviceTextIn(status.description, language);
    const described = serviceSays
        ? t('caseStatus.serviceSays', { text: serviceSays })
        : status.description.en.trim()
          ? // The English words are kept (dates and details would otherwise be lost), after saying they are English.
            `${t('caseStatus.serviceSaysEnglishOnly', { marker: t('caseStatus.translatedMarker') })}\n\n${t('caseStatus.serviceSaysInEnglish', { text: status.description.en.trim() })}`
          : undefined;
    const explanation = `${t(`caseStatus.buckets.${status.bucket}.explanation`)}\n\n${t('caseStatus.nextStepLabel')} ${t(`caseStatus.buckets.${status.bucket}.nextStep`)}`;

    const activities: Partial<Activity>[] = [{ type: 'message', text: described ? `${heading}\n\n${described}` : heading }, { type: 'message', text: explanation }];
    const timeline = timelineActivity(context, status);
    if (timeline) activities.push(timeline);
    return activities;
}

/**
 * The status title a message asks about ("what does Case Was Received mean?", "my case was approved, what now?"), or
 * undefined. Also undefined when the message holds a receipt number, or asks whether a case has the status ("can you
 * tell me if my case was approved?": a `prompts.whetherWords` word just before it), since then that case's own status
 * is what is wanted, and "Good news: USCIS approved your case" would answer what nobody has looked up.
 */
export function statusTitleAskedAbout(context: TurnContext, text: string): { title: string; bucket: StatusBucket } | undefined {
    if (receiptCandidates(text).length > 0) return undefined;
    // "What does case approved mean?": a title retold in fewer words, named in a question about what it means.
    const named = statusTitleNamedIn(text) ?? (containsAnyPhrase(context, 'caseStatus.titleMeaningWords', plainWords(text)) ? statusTitleNamedIn(text, { retold: true }) : undefined);
    if (!named) return undefined;
    const justBefore = plainWords(named.textBefore).split(' ').slice(-2).join(' ');
    return containsAnyPhrase(context, 'prompts.whetherWords', justBefore) ? undefined : { title: named.title, bucket: named.bucket };
}

/**
 * What a status title means, for a person who names one ("what does Case Was Received mean?"): our plain explanation
 * and next step for its bucket, said to be true of any case, since no case was looked up.
 *
 * @example
 * const named = statusTitleAskedAbout(text);
 * if (named) await context.sendActivity(statusMeaningText(context, named));
 */
export function statusMeaningText(context: TurnContext, named: { title: string; bucket: StatusBucket }): string {
    const t = translator(context);
    const { title, bucket } = named;
    return [
        t('caseStatus.meaning', { title, explanation: t(`caseStatus.buckets.${bucket}.explanation`) }),
        `${t('caseStatus.nextStepLabel')} ${t(`caseStatus.buckets.${bucket}.nextStep`)}`,
        t('caseStatus.meaningOwnCase'),
    ].join('\n\n');
}

/** The history, oldest first, as a card or as text; undefined when the service sent no history. */
function timelineActivity(context: TurnContext, status: CaseStatus): Partial<Activity> | undefined {
    const t = translator(context);
    const entries = status.history.filter((entry) => entry.title.en.trim() !== '');
    if (entries.length === 0) return undefined;
    const dated = entries.map((entry) => ({ date: entry.date ? caseDate(context, entry.date) : t('caseStatus.timeline.noDate'), text: historyText(context, entry) }));
    if (channelTraits(context).adaptiveCards !== false) {
        return { type: 'message', text: t('caseStatus.timeline.intro'), attachments: [timelineCard(context, dated)] };
    }
    const shown = dated.slice(-TEXT_TIMELINE_LINES);
    const lines = shown.map((entry) => t('caseStatus.timeline.line', entry));
    const earlier = dated.length - shown.length;
    return {
        type: 'message',
        text: [t('caseStatus.timeline.intro'), ...(earlier > 0 ? [t('caseStatus.timeline.earlier', { count: earlier })] : []), ...lines].join('\n'),
    };
}

/** An Adaptive Card 1.2 (every card channel renders it): one fact per history step, and the text as fallback. */
function timelineCard(context: TurnContext, entries: Array<{ date: string; text: string }>): Attachment {
    const t = translator(context);
    return adaptiveCard({
        version: '1.2',
        fallbackText: entries.map((entry) => t('caseStatus.timeline.line', entry)).join('\n'),
        speak: t('caseStatus.timeline.title'),
        body: [
            { type: 'TextBlock', text: t('caseStatus.timeline.title'), weight: 'Bolder', wrap: true },
            { type: 'FactSet', facts: entries.map((entry) => ({ title: entry.date, value: entry.text })) },
        ],
    });
}
