import { departureReport } from '../../../../tests/support/ceb-export-documents';
import { DepartureReport } from './arrival-departure';
import { validatePlain } from '../validation/validate';

// class-validator's nested validation passes an empty inner list as a line: the edge rule refuses it.
describe('a list where a line should be', () => {
  it('is refused with the line named, not taken as a line', () => {
    const body = { ...departureReport('DP1', '5401960004', ['EL1']), lines: [[]] };
    const result = validatePlain(DepartureReport, body, { forbidUnknown: true });
    expect('errors' in result && result.errors.map((e) => [e.code, e.field])).toEqual([['VALIDATION.NESTED_LIST', 'lines.0']]);
  });
});
