/**
 * Answers to "what would it take for me to move?" that say nothing would: such a role is worth a
 * warning, not an interview. Matched on the whole answer's meaning words, so "nothing but a fair
 * offer" or "not much" are not caught.
 */
const NOTHING_WOULD = [
  /^\s*(nothing|none|n\/a|no|never|nope|not (a )?thing)\s*[.!]*\s*$/i,
  /\bnothing (would|could|will|can)\b(?!.*\b(but|except|unless|other than|short of)\b)/i,
  /\b(would|will|could)\s*(not|n['’]t) (move|leave|go|switch)\b(?!.*\b(unless|except|but|for less than)\b)/i,
  /\bno (amount|offer|salary|money|role|title)\b.*\b(would|could|will|can)\b(?!.*\b(unless|except|but)\b)/i,
  /\b(not|never) (leaving|moving|going anywhere)\b(?!.*\b(unless|except|but)\b)/i,
  /\bhappy (where|here)\b.*\b(not|never)\b(?!.*\b(unless|except|but)\b)/i,
  // "Nothing, honestly: I am happy here." — an answer that opens with the refusal.
  /^\s*(nothing|none|never)\s*[,.:;!–—-](?!.*\b(but|except|unless|other than|short of|more than|less than)\b)/i,
];

export function saysNothingWouldMakeMeMove(answer: string | null | undefined): boolean {
  if (!answer || !answer.trim()) return false;
  return NOTHING_WOULD.some((pattern) => pattern.test(answer.trim()));
}
