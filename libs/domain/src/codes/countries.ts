import { defineDualCodeTable, DualCodeEntry } from './code-table';

/**
 * Customs country (region) codes (海关国别(地区)代码) with ISO 3166-1 alpha-3 letters: China,
 * Nepal (the zone's main partner) and the main trade partners. Numeric codes checked against
 * the customs table; extend only with confirmed codes.
 */
export const Countries = defineDualCodeTable<DualCodeEntry>('country', [
  { ceb: '142', iso: 'CHN', nameZh: '中国', nameEn: 'China' },
  { ceb: '125', iso: 'NPL', nameZh: '尼泊尔', nameEn: 'Nepal' },
  { ceb: '111', iso: 'IND', nameZh: '印度', nameEn: 'India' },
  { ceb: '502', iso: 'USA', nameZh: '美国', nameEn: 'United States' },
  { ceb: '104', iso: 'BTN', nameZh: '不丹', nameEn: 'Bhutan' },
  { ceb: '103', iso: 'BGD', nameZh: '孟加拉国', nameEn: 'Bangladesh' },
  { ceb: '127', iso: 'PAK', nameZh: '巴基斯坦', nameEn: 'Pakistan' },
  { ceb: '134', iso: 'LKA', nameZh: '斯里兰卡', nameEn: 'Sri Lanka' },
  { ceb: '110', iso: 'HKG', nameZh: '中国香港', nameEn: 'Hong Kong, China' },
  { ceb: '121', iso: 'MAC', nameZh: '中国澳门', nameEn: 'Macao, China' },
  { ceb: '116', iso: 'JPN', nameZh: '日本', nameEn: 'Japan' },
  { ceb: '133', iso: 'KOR', nameZh: '韩国', nameEn: 'Republic of Korea' },
  { ceb: '132', iso: 'SGP', nameZh: '新加坡', nameEn: 'Singapore' },
  { ceb: '136', iso: 'THA', nameZh: '泰国', nameEn: 'Thailand' },
  { ceb: '122', iso: 'MYS', nameZh: '马来西亚', nameEn: 'Malaysia' },
  { ceb: '141', iso: 'VNM', nameZh: '越南', nameEn: 'Viet Nam' },
  { ceb: '145', iso: 'KAZ', nameZh: '哈萨克斯坦', nameEn: 'Kazakhstan' },
  { ceb: '138', iso: 'ARE', nameZh: '阿联酋', nameEn: 'United Arab Emirates' },
  { ceb: '303', iso: 'GBR', nameZh: '英国', nameEn: 'United Kingdom' },
  { ceb: '304', iso: 'DEU', nameZh: '德国', nameEn: 'Germany' },
  { ceb: '305', iso: 'FRA', nameZh: '法国', nameEn: 'France' },
  { ceb: '306', iso: 'IRL', nameZh: '爱尔兰', nameEn: 'Ireland' },
  { ceb: '307', iso: 'ITA', nameZh: '意大利', nameEn: 'Italy' },
  { ceb: '309', iso: 'NLD', nameZh: '荷兰', nameEn: 'Netherlands' },
  { ceb: '312', iso: 'ESP', nameZh: '西班牙', nameEn: 'Spain' },
  { ceb: '331', iso: 'CHE', nameZh: '瑞士', nameEn: 'Switzerland' },
  { ceb: '344', iso: 'RUS', nameZh: '俄罗斯联邦', nameEn: 'Russian Federation' },
  { ceb: '501', iso: 'CAN', nameZh: '加拿大', nameEn: 'Canada' },
  { ceb: '601', iso: 'AUS', nameZh: '澳大利亚', nameEn: 'Australia' },
  { ceb: '609', iso: 'NZL', nameZh: '新西兰', nameEn: 'New Zealand' },
]);

export const isKnownCountry = (cebCode: unknown): boolean => Countries.isKnownCeb(cebCode);
