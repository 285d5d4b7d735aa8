import type { TurnContext } from 'botbuilder';
import { phrases, supportedLanguages, translator, turnLanguage } from './turnLanguage';
import { containsWords, hasUnspacedLetters, plainPhraseSet, plainWords } from './utteranceWords';

/**
 * Someone who may be in danger: thinking of ending their life or hurting themselves (or worried someone else is),
 * hurt, stalked or threatened by someone close to them (a partner, a parent, a sponsor), or forced to work, their
 * passport taken. Each has its own answer, with the line to call first (`safety.<concern>.answer`). In this order: the
 * first found is answered.
 */
export const SAFETY_CONCERNS = ['selfHarm', 'trafficking', 'abuse'] as const;
export type SafetyConcern = (typeof SAFETY_CONCERNS)[number];

/** A concern and the language its words were written in: the answer is given in that language. */
export interface SafetyConcernSaid {
    concern: SafetyConcern;
    language: string;
}

/**
 * A phrase, the concern it says and its language. Every message is read for these, in every language, before anything
 * else: so they are looked up by their first word, in one index of all languages (a Chinese phrase, written without
 * spaces, is looked for in the whole text).
 */
interface ConcernPhrase {
    phrase: string;
    concern: SafetyConcern;
    language: string;
    /** Where it ranks: the conversation's language first, then the concerns' order. */
    rank: number;
    /** Said only together with one of these (plain words): a threat counts from a partner or a parent, not a caller. */
    with?: readonly string[];
}

interface ConcernIndex {
    byFirstWord: Map<string, ConcernPhrase[]>;
    unspaced: ConcernPhrase[];
}

/**
 * One index per i18n instance and conversation language, kept under that language's list of threat words (the same
 * frozen array for the life of the instance).
 */
const indexes = new WeakMap<readonly string[], ConcernIndex>();

/**
 * The concern a message says, if any: `safety.<concern>.words` anywhere in it, or `safety.threatWords` or
 * `safety.controlWords` together with `safety.<concern>.byWords` ("my husband threatens to cancel my green card"; "mi
 * esposo me quitó mis papeles", "زوجي أخذ جواز سفري": papers taken or hidden by a partner are a way to control someone;
 * "someone called and threatened to deport me" is the scam it sounds like). In any supported language, the
 * conversation's first: someone in crisis writes in their own.
 */
export function safetyConcernIn(context: TurnContext, text: string | undefined): SafetyConcernSaid | undefined {
    if (!text) return undefined;
    const said = plainWords(text);
    if (said === '') return undefined;
    const index = indexFor(context);
    let found: ConcernPhrase | undefined;
    const consider = (candidate: ConcernPhrase) => {
        if (found && found.rank <= candidate.rank) return;
        if (!containsWords(said, candidate.phrase)) return;
        if (candidate.with && !candidate.with.some((other) => containsWords(said, other))) return;
        found = candidate;
    };
    for (const word of said.split(' ')) {
        const candidates = index.byFirstWord.get(word);
        if (candidates) for (const candidate of candidates) consider(candidate);
    }
    if (hasUnspacedLetters(said)) for (const candidate of index.unspaced) consider(candidate);
    return found && { concern: found.concern, language: found.language };
}

function indexFor(context: TurnContext): ConcernIndex {
    const own = turnLanguage(context);
    const key = phrases(context, 'safety.threatWords', own);
    let index = indexes.get(key);
    if (index) return index;
    const built: ConcernIndex = { byFirstWord: new Map(), unspaced: [] };
    const languages = [own, ...supportedLanguages(context).filter((other) => other !== own)];
    languages.forEach((language, place) => {
        const saidBySomeone = [...plainPhraseSet(phrases(context, 'safety.threatWords', language)), ...plainPhraseSet(phrases(context, 'safety.controlWords', language))];
        SAFETY_CONCERNS.forEach((concern, order) => {
            const entry = (phrase: string, withWords?: readonly string[]) => ({ phrase, concern, language, rank: place * SAFETY_CONCERNS.length + order, with: withWords });
            const by = [...plainPhraseSet(phrases(context, `safety.${concern}.byWords`, language))];
            const entries = [...plainPhraseSet(phrases(context, `safety.${concern}.words`, language))].map((phrase) => entry(phrase));
            if (by.length > 0) entries.push(...saidBySomeone.map((phrase) => entry(phrase, by)));
            for (const candidate of entries) {
                if (hasUnspacedLetters(candidate.phrase)) {
                    built.unspaced.push(candidate);
                    continue;
                }
                const first = candidate.phrase.split(' ')[0];
                const list = built.byFirstWord.get(first);
                if (list) list.push(candidate);
                else built.byFirstWord.set(first, [candidate]);
            }
        });
    });
    indexes.set(key, built);
    return built;
}

const ANSWERED = Symbol('sendero.safetyAnswered');

/**
 * Sends the answer to someone who may be in danger, in the language they wrote it in, and notes the concern on the
 * turn: it is counted (how often an organisation's users need these lines), never logged with the conversation.
 */
export async function answerSafetyConcern(context: TurnContext, said: SafetyConcernSaid): Promise<void> {
    context.turnState.set(ANSWERED, said.concern);
    await context.sendActivity(translator(context)(`safety.${said.concern}.answer`, { lng: said.language }));
}

/** The concern this turn answered, if it answered one (see answerSafetyConcern). */
export function safetyConcernAnsweredIn(context: TurnContext): SafetyConcern | undefined {
    return context.turnState.get(ANSWERED) as SafetyConcern | undefined;
}
