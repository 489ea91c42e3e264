/** What the background sends a form page: canonical values by concept id (see fill/field-values.ts), arrays for repeated rows. */
export type FillValues = {
  values: Record<string, string | string[]>;
  /** The Locum As a Locum B should include, matched to the page's rows by reference, else by ODS code and first day. */
  rows?: RowTarget[];
};

export type RowTarget = { reference?: string; odsCode: string; firstDay: string; label: string };

export type FieldStatus =
  | 'filled'
  | 'matches'
  | 'differs'
  | 'not-filled'
  | 'not-found'
  | 'ambiguous'
  | 'unknown'
  | 'yours'
  | 'disabled'
  /** Recognised as not the ledger's to fill (a decoy, another month's Locum A, a row the ledger has no value for). */
  | 'left-alone';

export type FieldResult = { status: FieldStatus; name: string; expected?: string; actual?: string; note?: string; conceptId?: string };

/**
 * timing (issue 6's budget): the whole fill; our script, that is the total less the one-tick waits for the page and
 * less the time inside the page's own handlers (fill/page-handlers.ts); and that handler time.
 */
export type FillReport = {
  results: FieldResult[];
  filled: Record<string, string>;
  staleMappings: string[];
  timing: { totalMs: number; scriptMs: number; pageMs: number };
};
