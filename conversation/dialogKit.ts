/**
 * The parts of botbuilder-dialogs Sendero's flows are built from, and the one place that names where they come from
 * (the dialog seam: a move to the SDK's successor changes these lines, not every dialog).
 *
 * Each class comes from the file that defines it, not from the package's index: the index also loads the date-time,
 * number-with-unit, sequence and choice recognizers for prompts Sendero never uses (its own understanding is in
 * conversation/), which cost about 13 MB of heap and 16 MB of RSS in every process (bench/README.md, "Results,
 * 2026-11-30 23:00"). The classes are the same objects the index exports. Types cost nothing at run time and come
 * from the index. Below the exports: one fix to how botbuilder-dialogs registers itself.
 */
// A plain require, so the patch below changes the module's own exports (an ES namespace import may be a copy).
import dialogsRegistration = require('botbuilder-dialogs/lib/dialogsComponentRegistration');
import type { DialogContext, DialogInstance, MemoryScope, PathResolver } from 'botbuilder-dialogs';
import { DialogEvents } from 'botbuilder-dialogs/lib/dialogEvents';

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
    DialogEvent,
    DialogInstance,
    DialogState,
    DialogTurnResult,
    FoundChoice,
    PromptOptions,
    PromptRecognizerResult,
    PromptValidator,
    PromptValidatorContext,
    WaterfallStepContext,
} from 'botbuilder-dialogs';

/** The event every dialog on the stack is sent when a message arrives, before the active one continues. */
export const ACTIVITY_RECEIVED: string = DialogEvents.activityReceived;

/**
 * The id of the innermost dialog running, read from the stack as botbuilder stores it (a component dialog keeps its
 * own stack under `dialogs` in its state). `dc.child` would make a DialogContext for every level, and this is asked
 * at the end of every turn, for its log line.
 */
export function innermostDialogId(dc: DialogContext): string | undefined {
    let instance = dc.activeDialog;
    for (;;) {
        const inner = (instance?.state as { dialogs?: { dialogStack?: DialogInstance[] } } | undefined)?.dialogs?.dialogStack;
        if (!Array.isArray(inner) || inner.length === 0) return instance?.id;
        instance = inner[inner.length - 1];
    }
}

const Registration = dialogsRegistration.DialogsComponentRegistration;

/**
 * Every DialogContext (several per turn: one per component dialog) makes a DialogStateManager, which registers
 * botbuilder-dialogs' component again with `new DialogsComponentRegistration()`: a service collection and a zod parse
 * each time, and the memory scopes made anew on every turn. That was about 5% of a menu turn's CPU for a registration
 * that only replaces itself. The first one made is handed back to every later `new`, with its scopes and path
 * resolvers (stateless: they read the turn's state from the context they are given) made once. Same class name, so
 * ComponentRegistration keeps a single entry.
 */
class DialogsComponentRegistration extends Registration {
    private static only?: DialogsComponentRegistration;
    private scopes?: MemoryScope[];
    private resolvers?: PathResolver[];

    constructor() {
        const only = DialogsComponentRegistration.only;
        if (only) return only;
        super();
        DialogsComponentRegistration.only = this;
    }

    override getMemoryScopes(): MemoryScope[] {
        return (this.scopes ??= super.getMemoryScopes());
    }

    override getPathResolvers(): PathResolver[] {
        return (this.resolvers ??= super.getPathResolvers());
    }
}
(dialogsRegistration as { DialogsComponentRegistration: typeof Registration }).DialogsComponentRegistration = DialogsComponentRegistration;

