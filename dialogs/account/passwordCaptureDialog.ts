import { adaptiveCard } from '../adaptiveCard';
import type { Attachment, TurnContext } from 'botbuilder';
import { ACTIVITY_RECEIVED, Dialog, type DialogContext, type DialogEvent, type DialogTurnResult } from '../../conversation/dialogKit';
import { PasswordRejected } from '../../services/accounts/accountErrors';
import type { PasswordLinkPurpose } from '../../services/accounts/passwordLinks';
import { PASSWORD_RULES } from '../../services/validators';
import { channelTraits } from '../../conversation/channelTraits';
import { conversationKey } from '../../conversation/conversationKey';
import { PASSWORD_SET_EVENT } from '../../conversation/eventNames';
import type { ConversationServices } from '../conversationServices';
import type { FlowOutcome } from '../flowOutcome';
import { foldUtterance } from '../../locales';
import { stepHelpAnswer, type StepTopic } from '../prompts/stepHelp';
import { looksLikeQuestion } from '../../conversation/utteranceWords';
import { markInboundSensitive, SECRET_INPUT_PREFIX } from '../../conversation/sensitiveInput';
import { foldedPhrases, translator, turnLocale } from '../../conversation/turnLanguage';
import { accountErrorMessage, passwordRulesMessage } from './accountErrorMessage';

export const PASSWORD_CAPTURE_DIALOG = 'passwordCaptureDialog';

export interface PasswordCaptureOptions {
    purpose: PasswordLinkPurpose;
    /** The registration or password reset the password belongs to. */
    targetId: string;
}

interface CaptureState {
    options: PasswordCaptureOptions;
    /** A masked field in a card where the channel can show one; otherwise a single-use link to the password page. */
    mode: 'card' | 'link';
}

const PASSWORD_INPUT = `${SECRET_INPUT_PREFIX}password`;
/** What a question typed at the password step may be about. */
const PASSWORD_TOPICS: readonly StepTopic[] = ['specialCharacter', 'password'];
const CONFIRM_INPUT = `${SECRET_INPUT_PREFIX}confirm`;

/**
 * Collects a new password without it ever passing through the chat transcript: in a masked card field where the
 * channel has one, else on a password page reached by a single-use link. A password typed as a plain message is
 * refused and removed from the stored history. Nothing about the password is kept in dialog state.
 */
export class PasswordCaptureDialog extends Dialog<PasswordCaptureOptions> {
    constructor(private readonly services: ConversationServices) {
        super(PASSWORD_CAPTURE_DIALOG);
    }

    override async beginDialog(dc: DialogContext, options?: PasswordCaptureOptions): Promise<DialogTurnResult> {
        if (!options?.targetId) throw new Error('PasswordCaptureDialog needs { purpose, targetId }');
        const state: CaptureState = { options, mode: channelTraits(dc.context).maskedInput ? 'card' : 'link' };
        dc.activeDialog!.state.capture = state;
        // The password page continues this conversation when the password is set there.
        await this.services.conversations.remember(dc.context);
        await this.ask(dc.context, state);
        return Dialog.EndOfTurn;
    }

    /**
     * Anything typed at this step may be the password itself: marked so before anything reads the message (the
     * interruptions, an answer to someone in danger, the transcript), as LocalizedTextPrompt does for secret answers.
     */
    override async onDialogEvent(dc: DialogContext, event: DialogEvent): Promise<boolean> {
        if (event.name === ACTIVITY_RECEIVED && dc.context.activity.type === 'message') markInboundSensitive(dc.context);
        return super.onDialogEvent(dc, event);
    }

    override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
        const state = dc.activeDialog!.state.capture as CaptureState;
        const { activity } = dc.context;
        const t = translator(dc.context);

        if (activity.type === 'event' && activity.name === PASSWORD_SET_EVENT) {
            // Only the event for this registration or reset, set through its own link, ends this step.
            const event = activity.value as { purpose?: string; targetId?: string } | undefined;
            if (event?.purpose !== state.options.purpose || event.targetId !== state.options.targetId) return Dialog.EndOfTurn;
            return this.finish(dc);
        }
        if (activity.type !== 'message') return Dialog.EndOfTurn;

        const submitted = passwordSubmission(activity.value);
        if (submitted) {
            if (submitted.password !== submitted.confirm) {
                await dc.context.sendActivity(t('passwordCapture.mismatch'));
                await this.ask(dc.context, state);
                return Dialog.EndOfTurn;
            }
            try {
                await this.setPassword(state.options, submitted.password);
            } catch (error) {
                const message = error instanceof PasswordRejected ? passwordRulesMessage(dc.context, error.failures) : accountErrorMessage(dc.context, error);
                if (!message) throw error;
                await dc.context.sendActivity(message);
                await this.ask(dc.context, state);
                return Dialog.EndOfTurn;
            }
            return this.finish(dc);
        }

        const said = foldUtterance(activity.text ?? '');
        if (foldedPhrases(dc.context, 'passwordCapture.linkWords').has(said)) {
            state.mode = 'link';
            await this.ask(dc.context, state);
            return Dialog.EndOfTurn;
        }
        // Anything else typed here may well be the password itself (already kept out of the history: onDialogEvent).
        if (looksLikeQuestion(dc.context, activity.text ?? '')) {
            // A question ("what is a special character?") is not a password attempt: answer it, or say what is needed.
            await dc.context.sendActivity(t(stepHelpAnswer(dc.context, PASSWORD_TOPICS, activity.text ?? '') ?? 'passwordCapture.questionNotPassword'));
            await this.ask(dc.context, state);
            return Dialog.EndOfTurn;
        }
        await dc.context.sendActivity(t('passwordCapture.typedInChat'));
        await this.ask(dc.context, state);
        return Dialog.EndOfTurn;
    }

    /** Back from a question asked in the middle (the language question): show the password step again. */
    override async resumeDialog(dc: DialogContext): Promise<DialogTurnResult> {
        const state = dc.activeDialog?.state.capture as CaptureState | undefined;
        if (state) await this.ask(dc.context, state);
        return Dialog.EndOfTurn;
    }

    override async repromptDialog(context: TurnContext, instance: { state: { capture?: CaptureState } }): Promise<void> {
        if (instance.state.capture) await this.ask(context, instance.state.capture);
    }

    private async finish(dc: DialogContext): Promise<DialogTurnResult> {
        const { options } = dc.activeDialog!.state.capture as CaptureState;
        // Links sent earlier in this step stop working once the password is set, whichever way it was set.
        await this.services.accounts.passwordLinks.revokeAll(options.purpose, options.targetId);
        await dc.context.sendActivity(translator(dc.context)('passwordCapture.saved'));
        return dc.endDialog({ outcome: 'completed' } satisfies FlowOutcome);
    }

    private async setPassword(options: PasswordCaptureOptions, password: string): Promise<void> {
        const { registration, passwordReset } = this.services.accounts;
        if (options.purpose === 'registration') await registration.setPassword(options.targetId, password);
        else await passwordReset.setNewPassword(options.targetId, password);
    }

    /** Shows the masked card, or sends a fresh single-use link. */
    private async ask(context: TurnContext, state: CaptureState): Promise<void> {
        const t = translator(context);
        if (state.mode === 'card') {
            await context.sendActivity({ type: 'message', text: t('passwordCapture.cardIntro'), attachments: [this.passwordCard(context)] });
            return;
        }
        // The page opens in the conversation's language (?lang=), not the browser's.
        const link = await this.services.accounts.passwordLinks.createLink(state.options.purpose, state.options.targetId, conversationKey(context), turnLocale(context));
        await context.sendActivity(t('passwordCapture.link', { url: link.url, minutes: 15 }));
    }

    private passwordCard(context: TurnContext): Attachment {
        const t = translator(context);
        const rules = PASSWORD_RULES.filter((rule) => rule !== 'tooLong').map((rule) => `- ${t(`passwordRules.${rule}`)}`);
        return adaptiveCard({
            version: '1.5',
            fallbackText: t('passwordCapture.cardFallback'),
            body: [
                { type: 'TextBlock', text: t('passwordCapture.cardTitle'), weight: 'Bolder', wrap: true },
                { type: 'TextBlock', text: `${t('passwordCapture.rulesIntro')}\n${rules.join('\n')}`, wrap: true, size: 'Small' },
                { type: 'Input.Text', id: PASSWORD_INPUT, style: 'password', label: t('passwordCapture.passwordLabel'), isRequired: true, errorMessage: t('passwordCapture.required') },
                { type: 'Input.Text', id: CONFIRM_INPUT, style: 'password', label: t('passwordCapture.confirmLabel'), isRequired: true, errorMessage: t('passwordCapture.required') },
            ],
            actions: [{ type: 'Action.Submit', title: t('passwordCapture.submit'), data: { sendero: 'passwordCapture' } }],
        });
    }
}

/** The password and its confirmation from a card submission, or undefined when the message is not one. */
function passwordSubmission(value: unknown): { password: string; confirm: string } | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const fields = value as Record<string, unknown>;
    const password = fields[PASSWORD_INPUT];
    const confirm = fields[CONFIRM_INPUT];
    return typeof password === 'string' && typeof confirm === 'string' ? { password, confirm } : undefined;
}
