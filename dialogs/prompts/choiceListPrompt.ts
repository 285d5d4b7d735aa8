import type { TurnContext } from 'botbuilder';
import { turnPhrases } from '../../conversation/turnLanguage';
import { ACTIVITY_RECEIVED, ListStyle, Prompt, type Choice, type ChoiceFactoryOptions, type DialogContext, type DialogEvent, type FoundChoice, type PromptOptions, type PromptValidator } from '../../conversation/dialogKit';

/**
 * A question answered by choosing one of its options: sends the question with its options as buttons, a hero card or
 * numbered text (`options.style`), and leaves recognising the answer to the subclass. What botbuilder's ChoicePrompt
 * does when it asks, without its recognizers and culture tables: the words between numbered options ("(1) Yes or
 * (2) No" on SMS) are the conversation's language's (`prompts.choiceList`), where ChoicePrompt used the activity's
 * locale and English for the languages it does not know.
 */
export abstract class ChoiceListPrompt extends Prompt<FoundChoice> {
    constructor(dialogId: string, validator?: PromptValidator<FoundChoice>) {
        super(dialogId, validator);
    }

    /**
     * The turn's `activityReceived` event stops here. botbuilder's Prompt recognizes every message twice: once when that
     * event reaches it, only to decide whether the event goes on up to the dialogs above (none of ours handles it), and
     * again in continueDialog, where the answer is taken. Matching a message against every option's words, and passing
     * the event up through each dialog, was a tenth of a menu turn (bench/README.md, 2026-12-01 07:00).
     */
    override async onDialogEvent(dc: DialogContext, event: DialogEvent): Promise<boolean> {
        return event.name === ACTIVITY_RECEIVED ? false : super.onDialogEvent(dc, event);
    }

    protected override async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
        const question = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
        const choices = options.choices ?? [];
        // The style is settled here, so botbuilder never needs the channel's id: the caller chose buttons from channelTraits.
        await context.sendActivity(this.appendChoices(question ?? '', '', choices, textStyle(options.style ?? ListStyle.auto, choices), this.listWords(context)));
    }

    /** The words between numbered options. */
    protected listWords(context: TurnContext): ChoiceFactoryOptions {
        const phrases = turnPhrases(context);
        return {
            inlineSeparator: phrases.text('prompts.choiceList.separator'),
            inlineOr: phrases.text('prompts.choiceList.or'),
            inlineOrMore: phrases.text('prompts.choiceList.orMore'),
            includeNumbers: true,
        };
    }
}

/** A title longer than this is not listed inline (botbuilder's limit for a button's title, which ChoiceFactory applies). */
const INLINE_TITLE_CHARS = 20;

/**
 * `auto` as ChoiceFactory resolves it on a channel without buttons: up to three short options inline ("(1) x or
 * (2) y"), else a numbered list.
 */
function textStyle(style: ListStyle, choices: ReadonlyArray<string | Choice>): ListStyle {
    if (style !== ListStyle.auto) return style;
    const title = (choice: string | Choice) => (typeof choice === 'string' ? choice : (choice.action?.title ?? choice.value));
    return choices.length <= 3 && choices.every((choice) => title(choice).length <= INLINE_TITLE_CHARS) ? ListStyle.inline : ListStyle.list;
}
