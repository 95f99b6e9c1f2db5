/**
 * Thrown by every public math function for input it will not compute on. The message names the
 * field and the rule (e.g. "yHat[2]: probability must lie in [0, 1] for bce, got 1.5"), so the UI
 * can show it next to the field; `field` carries the field alone for that purpose.
 */
export class LossInputError extends Error {
  readonly field: string;
  constructor(field: string, rule: string) {
    super(`${field}: ${rule}`);
    this.name = 'LossInputError';
    this.field = field;
  }
}
