/**
 * A session dated after today is only booked: it is kept, shown as "Booked", and goes on no form until the locum marks
 * it worked, because a booking can still be cancelled (a date passing does not prove the work was done).
 */
export function bookedIfAhead(dateWorked: string, today: string): { booked?: true } {
  return dateWorked > today ? { booked: true } : {};
}

/** The word the date field shows after a future date's echo. */
export function bookedNote(dateWorked: string, today: string): string | undefined {
  return dateWorked > today ? 'booked: on a form once you mark it worked' : undefined;
}
