import { createI18n } from '../../locales';

/*
 * Some locale texts nest other keys ("$t(caseStatus.buckets.{{bucket}}.explanation)"). Values put into texts come from
 * people and services (a status description, a name, an email): one holding "$t(...)" or "{{...}}" must be shown as
 * written, never read as a key to look up or a placeholder to fill, or a message could pull any text (or another
 * value) into an answer.
 */
const i18n = createI18n('en');

test('a value holding a nested key or a placeholder is shown as written', () => {
    const typed = 'see $t(welcome.safety) and {{orgName}} and $t(caseStatus.buckets.{{bucket}}.nextStep)';
    const shown = i18n.t('caseStatus.serviceSays', { text: typed, orgName: 'Legal Aid', bucket: 'approved' });
    expect(shown).toContain(typed);
    expect(shown).not.toContain(i18n.t('welcome.safety'));
    expect(shown).not.toContain(i18n.t('caseStatus.buckets.approved.nextStep'));
});

test("the locale's own nesting still works: the status meaning names its bucket's texts", () => {
    const answer = i18n.t('prompts.stepHelp.statusMeaning.answer', { bucket: 'approved' });
    expect(answer).toContain(i18n.t('caseStatus.buckets.approved.explanation'));
    expect(answer).toContain(i18n.t('caseStatus.buckets.approved.nextStep'));
});
