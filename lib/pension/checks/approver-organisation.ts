import { odsCodeIn } from '../../shared/ods-code';
import type { ReviewedLocumA } from '../approver-schemas';
import { approverFinding } from '../rules';
import type { Finding } from '../schemas';

/** Only the practice that paid the locum may approve: the form's ODS code must be the selected organisation's. */
export function checkOrganisation(reviewed: ReviewedLocumA, organisationText: string | undefined): Finding {
  const code = 'ORGANISATION';
  const selected = organisationText ? odsCodeIn(organisationText) : undefined;
  if (!organisationText || !selected) {
    return approverFinding(
      code,
      'warning',
      `Could not tell which organisation you have selected on PCSE Online; check that ${reviewed.practiceText} is your practice.`,
    );
  }
  if (!reviewed.odsCode) {
    return approverFinding(
      code,
      'warning',
      `The Locum A does not show an ODS code for ${reviewed.practiceText}; check that it is your practice, ${organisationText}.`,
    );
  }
  if (reviewed.odsCode.toUpperCase() === selected) {
    return approverFinding(code, 'info', `The Locum A is for ${reviewed.practiceText}, the organisation you have selected (${selected}).`);
  }
  return approverFinding(
    code,
    'error',
    `The Locum A is for ${reviewed.practiceText}, but you have selected ${organisationText}. Only the practice that paid the locum can approve it.`,
  );
}
