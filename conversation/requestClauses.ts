import type { TurnContext } from 'botbuilder';
import { phrases } from './turnLanguage';
import { plainPhrase, plainPhrases, plainWords, splitAtPhrases } from './utteranceWords';

/** Where a sentence ends: a full stop, question or exclamation mark, or semicolon (before a space), in any script here. */
const SENTENCE_END = /[.!?;]+(?=\s|$)|[。！？；؟]+/u;

/**
 * What must be left of a word once a joiner written on it is taken off, for the joiner to be one: three letters after
 * an opening joiner ("وقت", time, is not "و" + "قت"); two after a closing one, whose language writes a syllable a
 * character (Korean "확인하고": "확인" + "하고").
 */
const LEFT_AFTER_OPENING_JOINER = 3;
const LEFT_BEFORE_CLOSING_JOINER = 2;

/**
 * The parts of a message that may each ask for something, as plain words: its sentences, each cut at the words that join
 * two requests (`understanding.requestJoiners`: "and", "y", "và", "和"). "Check my case status and find my account number"
 * has two parts; most messages have one. Each part read alone is how a second request is found.
 *
 * Where a language writes "and" on a word (`understanding.requestJoinersOnWords`: Arabic "وإنشاء", and create; Korean
 * "만들기하고", make and), it is taken off first and cuts there too. A word that only starts or ends so ("وثيقة",
 * document) is cut wrongly, which costs nothing: a part is kept only when it surely names another task.
 */
export function requestClauses(context: TurnContext, text: string): string[] {
    const joiners = plainPhrases(context, 'understanding.requestJoiners');
    const onWords = phrases(context, 'understanding.requestJoinersOnWords');
    return text.split(SENTENCE_END).flatMap((sentence) => splitAtPhrases(withJoinersApart(plainWords(sentence), onWords), joiners));
}

/**
 * `said` with each joiner written on a word set apart: "و-" opens words ("وانشاء" → "و انشاء"), "-하고" ends them
 * ("만들기하고" → "만들기 하고"). The joiner set apart must be one of the language's requestJoiners.
 */
function withJoinersApart(said: string, onWords: readonly string[]): string {
    if (onWords.length === 0) return said;
    const opening = onWords.filter((joiner) => joiner.endsWith('-')).map((joiner) => plainPhrase(joiner.slice(0, -1)));
    const closing = onWords.filter((joiner) => joiner.startsWith('-')).map((joiner) => plainPhrase(joiner.slice(1)));
    return said
        .split(' ')
        .map((word) => {
            const opens = opening.find((joiner) => word.startsWith(joiner) && word.length >= joiner.length + LEFT_AFTER_OPENING_JOINER);
            if (opens) return `${opens} ${word.slice(opens.length)}`;
            const closes = closing.find((joiner) => word.endsWith(joiner) && word.length >= joiner.length + LEFT_BEFORE_CLOSING_JOINER);
            return closes ? `${word.slice(0, -closes.length)} ${closes}` : word;
        })
        .join(' ');
}
