import { Matches, ValidationOptions } from 'class-validator';

/** Largest goods line number (gnum): the standard's int with at most 5 digits. */
export const GNUM_MAX = 99999;

/** Field shapes of the CEB standard, named once. */
export const IsCustomsCode = (o?: ValidationOptions) =>
  Matches(/^\d{4}$/, { message: '$property must be a 4-digit customs code', ...o });
export const IsHsCode = (o?: ValidationOptions) =>
  Matches(/^\d{10}$/, { message: '$property must be a 10-digit HS code', ...o });
export const IsCebCountry = (o?: ValidationOptions) =>
  Matches(/^\d{3}$/, { message: '$property must be a 3-digit customs country code (e.g. 125 Nepal)', ...o });
export const IsCebCurrency = (o?: ValidationOptions) =>
  Matches(/^\d{3}$/, { message: '$property must be a 3-digit customs currency code (142 = CNY)', ...o });
export const IsCebUnit = (o?: ValidationOptions) =>
  Matches(/^\d{3}$/, { message: '$property must be a 3-digit customs unit code (e.g. 011 件)', ...o });
/** Enterprise codes: 10-character customs registration or 18-character unified social credit code. */
export const IsEnterpriseCode = (o?: ValidationOptions) =>
  Matches(/^[0-9A-Z]{10}$|^[0-9A-Z]{18}$/, {
    message: '$property must be a 10-character customs code or an 18-character credit code (digits and capitals)',
    ...o,
  });
