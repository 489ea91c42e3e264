// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { paymentReference } from '../../../lib/pension';

describe('paymentReference', () => {
  it.each([['12345678'], ['SD12345678'], ['SD 12345678'], ['sd12345678'], [' 12345678 ']])('accepts %j', (sd) => {
    expect(paymentReference(sd, '2025-08')).toBe('12345678LOCAUG2025');
  });

  it('gives the legacy 16-character form with a two-digit year', () => {
    expect(paymentReference('12345678', '2017-02', { legacy: true })).toBe('12345678LOCFEB17');
    expect(paymentReference('12345678', '2017-02', { legacy: true })).toHaveLength(16);
  });

  it('uses the current 18-character form by default', () => {
    expect(paymentReference('84123456', '2023-03')).toBe('84123456LOCMAR2023');
    expect(paymentReference('84123456', '2020-05')).toHaveLength(18);
  });

  it.each([['1234567'], ['123456789'], ['SD 00/123456'], ['SDX12345678'], ['']])(
    'rejects %j and says what an SD number looks like',
    (sd) => {
      expect(() => paymentReference(sd, '2025-08')).toThrow(/eight digits, written 12345678, SD12345678 or SD 12345678/);
    },
  );

  it('rejects a month that is not YYYY-MM', () => {
    expect(() => paymentReference('12345678', '2025-8')).toThrow(/YYYY-MM/);
  });
});
