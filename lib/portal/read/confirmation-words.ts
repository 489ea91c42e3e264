import * as z from 'zod/mini';
import data from './confirmation-words.json';

const Phrases = z.array(z.string().check(z.minLength(1), z.regex(/^[a-z0-9 ]+$/)));
const ConfirmationWords = z.object({
  about: z.string(),
  submitted: Phrases,
  formReference: Phrases,
  notFormReference: Phrases,
  paymentReference: Phrases,
  otherNumber: Phrases,
  amount: Phrases,
});

const WORDS = ConfirmationWords.parse(data);

/** One pattern matching any of the phrases as whole words, in text of any case. */
function anyOf(phrases: string[]): RegExp {
  return new RegExp(`\\b(?:${phrases.map((phrase) => phrase.replace(/ /g, '\\s+')).join('|')})\\b`, 'i');
}

/** "Your form has been submitted", "We have received your form". */
export const SUBMITTED_WORDING = anyOf(WORDS.submitted);
/** A label naming a reference: "Your reference number", "Form ID". */
export const FORM_REFERENCE_WORDING = anyOf(WORDS.formReference);
/** A label naming a number that is something other than the form: a payment, an invoice, a person's or a practice's number. */
export const NOT_FORM_REFERENCE_WORDING = anyOf(WORDS.notFormReference);
/** A label naming the payment reference: "Unique payment reference (UPR)", "Reference to quote when paying". */
export const PAYMENT_REFERENCE_WORDING = anyOf(WORDS.paymentReference);
/** A label naming a number that is neither the form's nor its payment's: an enquiry, a case, another form. */
export const OTHER_NUMBER_WORDING = anyOf(WORDS.otherNumber);
/** A label naming the amount to pay: "Amount due", "Total to pay". */
export const AMOUNT_WORDING = anyOf(WORDS.amount);
