import { plainWords } from '../../conversation/utteranceWords';
import type { AccountKind } from './chooseAccountDialog';

/** A message that names USCIS's own online account ("my USCIS account", "myuscis", "my.uscis.gov"), in any language. */
const NAMES_USCIS = /(?<![A-Za-z])(?:my\.?)?uscis(?![A-Za-z])/i;

/**
 * The account a sentence names: USCIS's (NAMES_USCIS), or the organisation's by its name's words in order. Not by the
 * account choices' looser words, which a sentence uses for other things: "esta" (this one) is also "está" ("mi cuenta
 * está bloqueada"), and "online account" is said of either.
 */
export function accountNamedIn(text: string, orgName: string): AccountKind | undefined {
    if (NAMES_USCIS.test(text)) return 'uscis';
    const name = plainWords(orgName);
    return name !== '' && ` ${plainWords(text)} `.includes(` ${name} `) ? 'organization' : undefined;
}
