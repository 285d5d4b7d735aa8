/**
 * The parts of botbuilder-dialogs Sendero's flows are built from, and the one place that names where they come from
 * (the dialog seam: a move to the SDK's successor changes these lines, not every dialog).
 *
 * Each class comes from the file that defines it, not from the package's index: the index also loads the date-time,
 * number-with-unit, sequence and choice recognizers for prompts Sendero never uses (its own understanding is in
 * conversation/), which cost about 13 MB of heap and 30 MB of RSS in every process (bench/README.md, "Memory").
 * The classes are the same objects the index exports. Types cost nothing at run time and come from the index.
 */
export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogContextError } from 'botbuilder-dialogs/lib/dialogContextError';
export { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { WaterfallDialog } from 'botbuilder-dialogs/lib/waterfallDialog';
export { ListStyle, Prompt } from 'botbuilder-dialogs/lib/prompts/prompt';
export { TextPrompt } from 'botbuilder-dialogs/lib/prompts/textPrompt';
export type {
    Choice,
    ChoiceFactoryOptions,
    DialogContext,
    DialogState,
    DialogTurnResult,
    FoundChoice,
    PromptOptions,
    PromptRecognizerResult,
    PromptValidator,
    PromptValidatorContext,
    WaterfallStepContext,
} from 'botbuilder-dialogs';
