import { formatQuantity, parseQuantity } from '@lhasa/domain';

/** numeric(19,5) text -> wire form ("10.50000" -> "10.5"). */
export const quantityText = (numeric: string): string => formatQuantity(parseQuantity(numeric));
