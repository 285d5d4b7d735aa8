import type { TFunction } from '../locales';
import type { ServiceText, StatusBucket } from '../services/cases/caseService';

/** A piece of the service's text in the user's language, or undefined when the service has none in it. */
export function serviceTextIn(text: ServiceText, language: string): string | undefined {
    const value = language === 'es' ? text.es : language === 'en' ? text.en : undefined;
    return value?.trim() ? value.trim() : undefined;
}

/**
 * A status's title in the reader's language, as the chat heads it and a change notice names it: the service's own
 * where it has one (English, Spanish); otherwise our words for the bucket, marked as our translation, with the service's
 * English title beside them so nothing is hidden; a title we cannot place, in the service's English.
 */
export function statusTitleIn(t: TFunction, language: string, title: ServiceText, bucket: StatusBucket): string {
    const own = serviceTextIn(title, language);
    if (own) return own;
    if (bucket === 'other') return t('caseStatus.englishOnly', { text: title.en });
    return t('caseStatus.translatedTitle', { title: t(`caseStatus.buckets.${bucket}.title`), original: title.en, marker: t('caseStatus.translatedMarker') });
}
