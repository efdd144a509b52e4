import { redactPersonal } from './text';

/**
 * An error a seller can act on: its message names the problem and the fix. Custom functions let
 * it through so Sheets shows the message on the #ERROR! cell. Cell text it quotes loses e-mail
 * addresses and phone numbers (issue 11).
 */
export class InputError extends Error {
  constructor(message: string) {
    super(shortenQuoted(redactPersonal(message)));
    this.name = 'InputError';
  }
}

/** How much of a quoted cell a message repeats. */
const QUOTED_MAX = 80;
const MESSAGE_MAX = 1_000;

/**
 * Cuts cell text quoted in a message ("…") to its first 80 characters, so a 100,000-character
 * cell neither buries the fix in the hover nor pushes a result past Sheets' 50,000-character
 * cell limit.
 */
export function shortenQuoted(message: string): string {
  const text = message.replace(/"([^"]*)"/g, (whole, inner: string) =>
    inner.length > QUOTED_MAX ? `"${inner.slice(0, QUOTED_MAX)}…"` : whole,
  );
  // Unquoted cell text (an order id, a header list): keep the start and the advice at the end.
  return text.length > MESSAGE_MAX ? `${text.slice(0, 700)} … ${text.slice(-300)}` : text;
}
