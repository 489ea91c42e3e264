// D9 Create Locum B (/GPP/Locum/LocumB/Create [X]) in the session's markup variant.
import { locumBClassic } from './locum-b-classic.mjs';
import { locumBGovuk } from './locum-b-govuk.mjs';
import { locumBTable } from './locum-b-table.mjs';
import { serverPreview } from './locum-b-common.mjs';
import { newFormKey } from '../lib/field-names.mjs';
import { recentMonths } from '../lib/dates.mjs';
import { rules } from '../lib/data.mjs';
import { tierOptionsFor } from '../lib/rate-periods.mjs';
import { parseMonth } from '../lib/validate-locum-b.mjs';
import { priorCumulative } from '../lib/cumulative.mjs';

const VIEWS = { classic: locumBClassic, govuk: locumBGovuk, table: locumBTable };

export function locumBFormPage(ctx, { input, candidates, errors = null }) {
  const today = ctx.store.today();
  const month = parseMonth(input.month) ?? today.slice(0, 7);
  const prior = priorCumulative(ctx.store, ctx.user.id, month);
  const perRowTier = ctx.variant === 'table';
  const year = Number(today.slice(0, 4));
  return VIEWS[ctx.variant](ctx, {
    input,
    errors,
    candidates,
    tierOptions: tierOptionsFor(`${month}-01`),
    preview: serverPreview({ candidates: candidates.approved, input, perRowTier, priorCumulative: prior }),
    priorCumulative: prior,
    months: recentMonths(today, rules.locumBMonthsBack),
    years: [String(year), String(year - 1)],
    formKey: newFormKey(),
  });
}
