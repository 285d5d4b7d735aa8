import type { TurnContext } from 'botbuilder';
import { plainPhrases, plainWords, withoutPhrases } from '../conversation/utteranceWords';
import { uscisFormNamedIn, uscisFormsNamedIn, withoutFormNames } from '../services/uscisForms';
import type { UscisMatter } from './uscisMatters';

/**
 * The request whose answer says what a form is for: Form I-130 is the petition for a relative, I-485 the green card
 * application filed here, I-90 a green card's replacement. Form I-539 has none (a stay extended is said before the
 * lawyer's answer), nor do forms this chat links no page for.
 */
const MATTER_EXPLAINING_FORM: Readonly<Partial<Record<string, UscisMatter>>> = {
    'I-90': 'replaceCard',
    'I-129F': 'fianceVisa',
    'I-130': 'familyPetition',
    'I-131': 'travelDocument',
    'I-485': 'greenCard',
    'I-751': 'removeConditions',
    'I-765': 'workPermit',
    'I-821D': 'daca',
    'N-400': 'naturalization',
    'N-565': 'replaceCertificate',
    'N-600': 'citizenshipCertificate',
};

/**
 * The matter that says what a form is, when a message asks only that: "what is form I-130?", "¿qué es el I-485?",
 * "I-130是什么", "I-90이 뭐예요?". Without the form's name and the words that frame such a question
 * (`understanding.formAskedFrameWords`: "what is", "form", "是什么", "이"), nothing is left; "what is the I-485 fee?"
 * leaves "fee", and is that question. Before: "Sorry, I can't help with that", or which forms are filed online.
 */
export function matterExplainingFormAsked(context: TurnContext, text: string): UscisMatter | undefined {
    const named = uscisFormNamedIn(text);
    const matter = named && MATTER_EXPLAINING_FORM[named.form];
    if (!matter) return undefined;
    const rest = withoutPhrases(plainWords(withoutFormNames(text)), plainPhrases(context, 'understanding.formAskedFrameWords'));
    return rest === '' ? matter : undefined;
}

/**
 * "What's the difference between I-130 and I-485?", "I-130 vs I-485", "I-130和I-485有什么区别": the forms, in the order
 * named, when a message names two or more that each have a line saying what they are for (`understanding.formPurposes`,
 * the forms of MATTER_EXPLAINING_FORM) and nothing else than the words that frame such a question
 * (`understanding.formAskedFrameWords`, `understanding.formsComparedWords`). Undefined otherwise: "I filed the I-130 and
 * the I-485, when will I get my card?" asks something else. Before: which number is which ("difference"), to confirm.
 */
export function formsComparedAsked(context: TurnContext, text: string): string[] | undefined {
    const forms = uscisFormsNamedIn(text);
    if (forms.length < 2 || !forms.every((form) => MATTER_EXPLAINING_FORM[form] !== undefined)) return undefined;
    const frame = [...plainPhrases(context, 'understanding.formAskedFrameWords'), ...plainPhrases(context, 'understanding.formsComparedWords')];
    return withoutPhrases(plainWords(withoutFormNames(text)), frame) === '' ? forms : undefined;
}
