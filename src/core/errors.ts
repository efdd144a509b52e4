/**
 * An error a seller can act on: its message names the problem and the fix. Custom functions let
 * it through so Sheets shows the message on the #ERROR! cell.
 */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InputError';
  }
}
