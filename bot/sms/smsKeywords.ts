/**
 * The carrier keywords an SMS program must honour (CTIA; Twilio's defaults), read from a whole message only.
 *
 * STOP and its unambiguous synonyms always opt out. CANCEL, END and QUIT also mean "stop the texts" in the carriers'
 * list, but in a chat they usually mean "stop this question": they opt out only as the whole message while no flow
 * is running (the menu is showing); inside a flow they cancel the flow, as on every other channel.
 */
export type SmsKeyword = 'optOut' | 'optOutAtTopLevel' | 'optIn' | 'help';

const OPT_OUT = ['stop', 'stopall', 'unsubscribe', 'parar', 'detener', 'baja', 'alto'];
const OPT_OUT_AT_TOP_LEVEL = ['cancel', 'end', 'quit', 'cancelar', 'terminar', 'salir'];
const OPT_IN = ['start', 'unstop', 'yes', 'iniciar', 'comenzar'];
const HELP = ['help', 'info', 'ayuda'];

/** The keyword a whole message is, ignoring case, accents, spaces and trailing punctuation; undefined for anything else. */
export function smsKeyword(text: string | undefined): SmsKeyword | undefined {
    const word = (text ?? '')
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/[\s.!¡¿?]+/g, '');
    if (OPT_OUT.includes(word)) return 'optOut';
    if (OPT_OUT_AT_TOP_LEVEL.includes(word)) return 'optOutAtTopLevel';
    if (OPT_IN.includes(word)) return 'optIn';
    if (HELP.includes(word)) return 'help';
    return undefined;
}
