/**
 * Names of the events Sendero sends into a conversation or to the page that hosts it. Both sides must agree on them:
 * the web widget (web/) listens for LANGUAGE_CHANGED_EVENT, and a dialog waiting on the password page listens for
 * PASSWORD_SET_EVENT.
 */

/** Sent into a conversation when its user set a password on the password page. */
export const PASSWORD_SET_EVENT = 'sendero.passwordSet';

/** The event the web widget listens for to switch its own interface language. */
export const LANGUAGE_CHANGED_EVENT = 'sendero.languageChanged';
