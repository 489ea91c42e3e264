// D5 Create Locum A (/GPP/Locum/LocumA/Create [X]) in the session's markup variant.
import { locumAClassic } from './locum-a-classic.mjs';
import { locumAGovuk } from './locum-a-govuk.mjs';
import { locumATable } from './locum-a-table.mjs';
import { newFormKey } from '../lib/field-names.mjs';
import { parseDateInput } from '../lib/dates.mjs';
import { tierOptionsFor } from '../lib/rate-periods.mjs';
import { messages, fmt } from '../lib/data.mjs';

const VIEWS = { classic: locumAClassic, govuk: locumAGovuk, table: locumATable };

export function locumAFormPage(ctx, { input, errors = null }) {
  const practice = input.ods ? ctx.store.practiceByOds(input.ods) : null;
  const notice =
    input.action === 'search' && practice ? fmt(messages.locumA.practiceFound, { name: practice.name, code: practice.code }) : '';
  const firstDay = parseDateInput(input.periods[0].first) ?? ctx.store.today();
  return VIEWS[ctx.variant](ctx, { input, errors, practice, notice, formKey: newFormKey(), tierOptions: tierOptionsFor(firstDay) });
}
