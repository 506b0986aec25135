import { Transform } from 'class-transformer';
import { IsInt, IsString, Matches, Max, MaxLength, Min, ValidationOptions } from 'class-validator';
import { BUSINESS_NO_PATTERN, normaliseBusinessNo } from '@lhasa/domain';

/** Largest goods line number (gnum): the standard's int with at most 5 digits. */
export const GNUM_MAX = 99999;

/** Goods lines of one CEB document: "each up to 99 goods lines" (ceb-elements.md). */
export const CEB_GOODS_LINES_MAX = 99;

/** Largest package count (packNo): the standard's int with at most 9 digits. */
export const PACK_NO_MAX = 999_999_999;

/** E-ledger number (电子账册号, emsNo / putrecNo / areainOriactNo): 12 capitals or digits. */
export const LEDGER_NO_PATTERN = /^[A-Z0-9]{12}$/;

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
/** Number of packages (packNo, 件数): a whole number from 1 to 9 digits. */
export function IsPackageCount(o?: ValidationOptions): PropertyDecorator {
  const message = `$property must be a whole number of packages from 1 to ${PACK_NO_MAX}`;
  const rules = [IsInt({ message, ...o }), Min(1, { message, ...o }), Max(PACK_NO_MAX, { message, ...o })];
  return (target, key) => rules.forEach((rule) => rule(target, key));
}
/** Transport mode (trafMode, 运输方式): one character of customs' transport mode table. */
export const IsTransportMode = (o?: ValidationOptions) =>
  Matches(/^[0-9A-Z]$/, { message: '$property must be a one-character customs transport mode code (e.g. Y, 4)', ...o });
/**
 * A number customs names a document by (orderNo, copNo, logisticsNo, payTransactionId), normalised
 * to its one form (normaliseBusinessNo) before it is checked, stored, compared or looked up: a
 * stray space or a full-width digit cannot make "another" document of the same key.
 */
export function IsBusinessNo(maxLength: number, o?: ValidationOptions): PropertyDecorator {
  const message = `$property must be 1 to ${maxLength} visible ASCII characters (letters, digits, punctuation; no spaces)`;
  const rules = [
    Transform(({ value }) => (typeof value === 'string' ? normaliseBusinessNo(value) : value)),
    IsString({ message, ...o }),
    Matches(BUSINESS_NO_PATTERN, { message, ...o }),
    MaxLength(maxLength, { message, ...o }),
  ];
  return (target, key) => rules.forEach((rule) => rule(target, key));
}
