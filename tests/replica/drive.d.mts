// Types for drive.mjs, so the TypeScript end-to-end specs can use it under `strict`.
import type { Locator, Page } from '@playwright/test';

export type Variant = 'classic' | 'govuk' | 'table';

export interface LocumAData {
  ods: string;
  workType?: 'practice' | 'appraisal';
  /** Dates as dd/mm/yyyy. */
  periods: { first: string; last: string }[];
  fee: string;
  datePaid?: string;
  /** Asked on Locum A in the table variant only, e.g. "9.8". */
  tier?: string;
  declaration?: boolean;
}

export interface LocumBData {
  /** YYYY-MM */
  month: string;
  /** Not asked in the table variant. */
  tier?: string;
  refs: string[];
  extras?: Partial<Record<'c' | 'd' | 'e' | 'f', string>>;
  declaration?: boolean;
}

export const PASSWORD: string;
export const LOCUM: string;
export function logIn(page: Page, username: string, options?: { organisation?: string }): Promise<void>;
export function chooseOrganisation(page: Page, organisation?: string): Promise<void>;
export function logOut(page: Page): Promise<void>;
export function openFromDashboard(page: Page, tile: string, button?: string): Promise<void>;
export function tableRowField(page: Page, label: string): Locator;
export function fillLocumA(page: Page, variant: Variant, data: LocumAData): Promise<void>;
export function fillLocumB(page: Page, variant: Variant, data: LocumBData): Promise<void>;
export function submit(page: Page): Promise<void>;
export function approveLocumA(page: Page, ref: string): Promise<void>;
