/**
 * Names of the events Sendero sends into a conversation or to the page that hosts it. Both sides must agree on them:
 * the web widget (web/) listens for LANGUAGE_CHANGED_EVENT, and a dialog waiting on the password page listens for
 * PASSWORD_SET_EVENT.
 */

/** Sent into a conversation when its user set a password on the password page. */
export const PASSWORD_SET_EVENT = 'sendero.passwordSet';

/** The event the web widget listens for to switch its own interface language. */
export const LANGUAGE_CHANGED_EVENT = 'sendero.languageChanged';

/**
 * Sent by the web widget's language picker (value: a language code such as `es`): the conversation switches to it
 * and the question on screen is asked again. An event, not a message, so it never answers the question itself.
 */
export const LANGUAGE_CHOSEN_EVENT = 'chooseLanguage';

/** Run as a turn of a user's conversation when the help desk hands it back (the agent closed the ticket). */
export const HANDOFF_ENDED_EVENT = 'sendero.handoffEnded';

/** The Bot Framework handoff protocol: sent to a channel wired to a contact-centre hub to ask for an agent. */
export const HANDOFF_INITIATE_EVENT = 'handoff.initiate';

/** The Bot Framework handoff protocol: a hub's answer (value.state: accepted, failed or completed). */
export const HANDOFF_STATUS_EVENT = 'handoff.status';
