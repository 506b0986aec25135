import { ValueTransformer } from 'typeorm';
import { normaliseQuantity } from '@lhasa/domain';

/** numeric(19,5) comes back as "2.00000"; the wire form is "2". */
export const quantityColumn: ValueTransformer = {
  to: (value: string | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : normaliseQuantity(value)),
};

