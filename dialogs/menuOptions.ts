/** The main menu, in the order it is shown. Each value names a flow; its label and synonyms are locale keys. */
export const MENU_OPTIONS = [
    'findAccountNumber',
    'createAccount',
    'addPaperCase',
    'checkStatus',
    'commonQuestions',
    'recoverAccess',
    'talkToPerson',
] as const;

export type MenuOption = (typeof MENU_OPTIONS)[number];

/** Menu options that start a child flow (talking to a person is answered by the main dialog itself). */
export type FlowOption = Exclude<MenuOption, 'talkToPerson'>;
