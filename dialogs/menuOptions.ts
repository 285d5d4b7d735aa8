import { SPOKEN_TASK_INTENTS, TASK_INTENTS, type FreeTextIntent } from '../conversation/recognizer';

/**
 * The main menu, in the order it is shown: the recognizer's tasks, so a task it recognises is always an option. Each
 * value names a flow; its label and synonyms are locale keys.
 */
export const MENU_OPTIONS = TASK_INTENTS;

export type MenuOption = (typeof MENU_OPTIONS)[number];

export function isMenuOption(destination: string): destination is MenuOption {
    return (MENU_OPTIONS as readonly string[]).includes(destination);
}

/** Menu options that start a child flow (talking to a person is answered by the main dialog itself). */
export type FlowOption = Exclude<MenuOption, 'talkToPerson'>;

/** Flows reached by saying them ("my cases"), not shown on the numbered menu. */
export const SPOKEN_FLOWS = SPOKEN_TASK_INTENTS;
export type SpokenFlow = (typeof SPOKEN_FLOWS)[number];

/** The menu option each task the classifier knows leads to. */
export const OPTION_OF_INTENT = {
    findAccountNumber: 'findAccountNumber',
    createAccount: 'createAccount',
    addPaperCase: 'addPaperCase',
    checkStatus: 'checkStatus',
    accountRecovery: 'recoverAccess',
    talkToAgent: 'talkToPerson',
} as const satisfies Partial<Record<FreeTextIntent, MenuOption>>;

/** A menu option that a task the classifier knows leads to: every option but the common questions. */
export type TaskOption = (typeof OPTION_OF_INTENT)[keyof typeof OPTION_OF_INTENT];

/** OPTION_OF_INTENT turned round: the task (`understanding.tasks.<task>`) each such option is. */
export const INTENT_OF_OPTION = Object.fromEntries(Object.entries(OPTION_OF_INTENT).map(([intent, option]) => [option, intent])) as Record<
    TaskOption,
    keyof typeof OPTION_OF_INTENT
>;

export function isTaskOption(destination: string): destination is TaskOption {
    return Object.prototype.hasOwnProperty.call(INTENT_OF_OPTION, destination);
}

/** The common question that answers each question intent (CommonQuestionsDialog starts with its answer). */
export type AnswerTopic = 'benefits' | 'security' | 'contact' | 'evidence' | 'formsOnline' | 'fileOnline' | 'numbers';
export const TOPIC_OF_INTENT: Readonly<Partial<Record<FreeTextIntent, AnswerTopic>>> = {
    fileFormOnline: 'fileOnline',
    'faq.benefits': 'benefits',
    'faq.security': 'security',
    'faq.contact': 'contact',
    'faq.evidence': 'evidence',
    'faq.formsOnline': 'formsOnline',
    'faq.numbers': 'numbers',
};

/**
 * Where a free-text message leads from the menu: a menu option, or the intent itself for a common question and for
 * what the menu answers in a line (help, cancel, a greeting, a language change, out of scope).
 */
export type FreeTextDestination = MenuOption | Exclude<FreeTextIntent, keyof typeof OPTION_OF_INTENT>;

export function destinationOf(intent: FreeTextIntent): FreeTextDestination {
    return (OPTION_OF_INTENT as Partial<Record<FreeTextIntent, MenuOption>>)[intent] ?? (intent as FreeTextDestination);
}

/** Worth one "did you mean?" question when the classifier is unsure: a task or an answer, not a reply in one line. */
export function isConfirmable(intent: FreeTextIntent): boolean {
    return intent in OPTION_OF_INTENT || intent in TOPIC_OF_INTENT;
}
