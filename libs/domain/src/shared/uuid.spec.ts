import { isUuid } from './uuid';

describe('isUuid', () => {
  it('accepts a UUID in either case and refuses anything else', () => {
    expect(isUuid('123e4567-e89b-42d3-a456-426614174000')).toBe(true);
    expect(isUuid('123E4567-E89B-42D3-A456-426614174000')).toBe(true);
    expect(isUuid('123e4567-e89b-42d3-a456-42661417400')).toBe(false);
    expect(isUuid("1' OR 1=1 --")).toBe(false);
  });
});
