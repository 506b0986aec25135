import { defineDualCodeTable, DualCodeEntry } from './code-table';

/**
 * Customs currency codes (海关币制代码) with their ISO 4217 letters.
 * Only codes confirmed from the standard or customs references are listed. The Nepalese and
 * Indian rupee are deliberately absent: no customs numeric code for them could be confirmed
 * (the modern customs currency list does not carry them either). Add them here, once, when
 * confirmed.
 */
export const Currencies = defineDualCodeTable<DualCodeEntry>('currency', [
  { ceb: '142', iso: 'CNY', nameZh: '人民币', nameEn: 'Chinese yuan' },
  { ceb: '502', iso: 'USD', nameZh: '美元', nameEn: 'US dollar' },
  { ceb: '300', iso: 'EUR', nameZh: '欧元', nameEn: 'Euro' },
  { ceb: '110', iso: 'HKD', nameZh: '港币', nameEn: 'Hong Kong dollar' },
  { ceb: '116', iso: 'JPY', nameZh: '日本元', nameEn: 'Japanese yen' },
  { ceb: '303', iso: 'GBP', nameZh: '英镑', nameEn: 'Pound sterling' },
]);

/** Import CEB documents are in CNY (domain.md §3). */
export const CNY_CEB_CODE = '142';

export const isKnownCurrency = (cebCode: unknown): boolean => Currencies.isKnownCeb(cebCode);
