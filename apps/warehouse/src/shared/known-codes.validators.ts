import { registerDecorator, ValidationOptions } from 'class-validator';
import { Countries, Currencies, HsCodes, Units } from '@lhasa/domain';
import { LEDGER_NO_PATTERN } from '@lhasa/contracts';

/** class-validator decorators backed by the one code table (domain.md §10.8). */
function fromTable(name: string, isKnown: (value: unknown) => boolean, describe: string) {
  return (options?: ValidationOptions): PropertyDecorator =>
    (object, propertyName) =>
      registerDecorator({
        name,
        target: object.constructor,
        propertyName: propertyName as string,
        options: { message: `$property must be ${describe}`, ...options },
        validator: { validate: (value: unknown) => isKnown(value) },
      });
}

export const IsKnownUnit = fromTable('isKnownUnit', Units.isKnown, 'a known 3-digit customs unit code (e.g. 011 件, 035 千克)');
export const IsKnownHsCode = fromTable('isKnownHsCode', HsCodes.isValid, 'a 10-digit HS code in chapters 01-97');
export const IsKnownCountry = fromTable('isKnownCountry', (v) => Countries.isKnownCeb(v), 'a known 3-digit customs country code (e.g. 125 Nepal)');
export const IsKnownCurrency = fromTable('isKnownCurrency', (v) => Currencies.isKnownCeb(v), 'a known 3-digit customs currency code (142 = CNY)');

/** Ledger number (电子账册号): 12 capitals or digits. */
export const EMS_NO_PATTERN = LEDGER_NO_PATTERN;
export const EMS_NO_MESSAGE = '$property must be 12 capital letters or digits, e.g. T8800W000001';
/** Ledger line number (备案序号 / 料号). */
export const ITEM_RECORD_NO_PATTERN = /^[0-9A-Za-z][0-9A-Za-z_-]{0,29}$/;
export const ITEM_RECORD_NO_MESSAGE = '$property must be 1-30 letters, digits, "-" or "_"';
/**
 * Overseas-warehouse registration code: 1-30 letters, digits, "-" or "_". A subset of what a 9810
 * list may name (CEB603 overseasWarehouseCode), and safe in a URL path.
 */
export const OVERSEAS_WAREHOUSE_CODE_PATTERN = /^[0-9A-Za-z][0-9A-Za-z_-]{0,29}$/;
export const OVERSEAS_WAREHOUSE_CODE_MESSAGE = '$property must be 1-30 letters, digits, "-" or "_", starting with a letter or digit';
