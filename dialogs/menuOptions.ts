import { SPOKEN_TASK_INTENTS, TASK_INTENTS } from '../conversation/recognizer';

/**
 * The main menu, in the order it is shown: the recognizer's tasks, so a task it recognises is always an option. Each
 * value names a flow; its label and synonyms are locale keys.
 */
export const MENU_OPTIONS = TASK_INTENTS;

export type MenuOption = (typeof MENU_OPTIONS)[number];

/** Menu options that start a child flow (talking to a person is answered by the main dialog itself). */
export type FlowOption = Exclude<MenuOption, 'talkToPerson'>;

/** Flows reached by saying them ("my cases"), not shown on the numbered menu. */
export const SPOKEN_FLOWS = SPOKEN_TASK_INTENTS;
export type SpokenFlow = (typeof SPOKEN_FLOWS)[number];
