/**
 * The parts of botbuilder-dialogs Sendero's flows are built from, and the one place that names where they come from
 * (the dialog seam: a move to the SDK's successor changes these lines, not every dialog).
 *
 * Each class comes from the file that defines it, not from the package's index: the index also loads the date-time,
 * number-with-unit, sequence and choice recognizers for prompts Sendero never uses (its own understanding is in
 * conversation/), which cost about 13 MB of heap and 16 MB of RSS in every process (bench/README.md, "Results,
 * 2026-11-30 23:00"). The classes are the same objects the index exports. Types cost nothing at run time and come
 * from the index. Below the exports: fixes to how botbuilder-dialogs registers itself and to how it reads and writes
 * dialog memory.
 */
// A plain require, so the patch below changes the module's own exports (an ES namespace import may be a copy).
import dialogsRegistration = require('botbuilder-dialogs/lib/dialogsComponentRegistration');
import stateManagerModule = require('botbuilder-dialogs/lib/memory/dialogStateManager');
import type { DialogContext, DialogInstance, MemoryScope, PathResolver } from 'botbuilder-dialogs';
import type { TurnContext } from 'botbuilder';
import { DialogEvents } from 'botbuilder-dialogs/lib/dialogEvents';

export { ComponentDialog } from 'botbuilder-dialogs/lib/componentDialog';
export { Dialog, DialogTurnStatus } from 'botbuilder-dialogs/lib/dialog';
export { DialogContextError } from 'botbuilder-dialogs/lib/dialogContextError';
import { DialogSet } from 'botbuilder-dialogs/lib/dialogSet';
export { DialogSet };
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

const Manager = stateManagerModule.DialogStateManager;
type PathSegments = Array<string | number>;
/** A few hundred: the paths botbuilder and Sendero's dialogs use are a fixed handful, written in code. */
const PARSED_PATHS_KEPT = 256;
const parsedPaths = new Map<string, PathSegments>();
const parsePath = Manager.prototype.parsePath;

/**
 * Dialog memory paths ("turn.activity", "dialog.values.x") parsed once: every DialogContext sets `turn.activity`, and
 * the parse went character by character, concatenating a string per character. A path with brackets can name another
 * value of memory (`user[turn.key]`), so it is parsed every time; the segments handed out are a copy (deleteValue pops
 * the last one off).
 */
Manager.prototype.parsePath = function parsePathOnce(this: InstanceType<typeof Manager>, pathExpression: string, allowNestedPaths = true): PathSegments {
    if (pathExpression.includes('[')) return parsePath.call(this, pathExpression, allowNestedPaths);
    const known = parsedPaths.get(pathExpression);
    if (known) return known.slice();
    const segments = parsePath.call(this, pathExpression, allowNestedPaths);
    if (parsedPaths.size < PARSED_PATHS_KEPT) parsedPaths.set(pathExpression, segments.slice());
    return segments;
};

/**
 * Every write to dialog memory asks whether any change tracker watches its path (a path parse and two memory reads),
 * though only adaptive dialogs, which Sendero does not use, register trackers (`trackPaths`). Until something in this
 * process registers one, no write looks.
 */
let pathsTracked = false;
const trackPaths = Manager.prototype.trackPaths;
Manager.prototype.trackPaths = function trackPathsNoted(this: InstanceType<typeof Manager>, paths: string[]): string[] {
    pathsTracked = true;
    return trackPaths.call(this, paths);
};
const tracked = Manager.prototype as unknown as { trackChange(path: string): void };
const trackChange = tracked.trackChange;
tracked.trackChange = function trackChangeIfTracked(this: InstanceType<typeof Manager>, path: string): void {
    if (pathsTracked) trackChange.call(this, path);
};

/** Where a DialogStateManager keeps its memory scopes and path resolvers for the rest of the turn. */
const MEMORY_CONFIGURATION = 'DialogStateManagerConfiguration';
let sharedMemoryConfiguration: unknown;
const createContext = DialogSet.prototype.createContext;

/**
 * The first DialogStateManager of every turn gathered the memory scopes and path resolvers again from every registered
 * component, with a zod parse of each: the same lists every turn, as Sendero registers its components once, at start.
 * They are gathered on the first turn and handed to every later one. A turn that brings scopes or resolvers of its own
 * (turn state `memoryScopes` / `pathResolvers`) still gets its own lists.
 */
DialogSet.prototype.createContext = function createContextSharingMemory(this: DialogSet, context: TurnContext): Promise<DialogContext> {
    const ownMemory = context.turnState.has('memoryScopes') || context.turnState.has('pathResolvers');
    if (ownMemory) return createContext.call(this, context);
    if (sharedMemoryConfiguration) {
        if (!context.turnState.has(MEMORY_CONFIGURATION)) context.turnState.set(MEMORY_CONFIGURATION, sharedMemoryConfiguration);
        return createContext.call(this, context);
    }
    return createContext.call(this, context).then((dc) => {
        sharedMemoryConfiguration ??= context.turnState.get(MEMORY_CONFIGURATION);
        return dc;
    });
};
