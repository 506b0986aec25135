import { Type } from 'class-transformer';
import { IsInt, IsPositive, IsString, ValidateNested } from 'class-validator';
import { ApiError } from './errors/api-error';
import { createValidationPipe } from './validation.pipe';

class OrderLine {
  @IsString() itemNo: string;
  @IsInt() @IsPositive() qty: number;
}

class FileOrder {
  @IsString() orderNo: string;
  @ValidateNested({ each: true }) @Type(() => OrderLine) lines: OrderLine[];
}

const pipe = createValidationPipe();
const asBody = { type: 'body' as const, metatype: FileOrder };

async function rejection(value: unknown): Promise<ApiError> {
  try {
    await pipe.transform(value, asBody);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a validation failure');
}

describe('createValidationPipe', () => {
  it('returns a typed instance for a valid body', async () => {
    const value = await pipe.transform({ orderNo: 'A1', lines: [{ itemNo: 'I1', qty: 2 }] }, asBody);
    expect(value).toBeInstanceOf(FileOrder);
  });

  it('names nested fields with dotted paths', async () => {
    const error = await rejection({ orderNo: 'A1', lines: [{ itemNo: 'I1', qty: -1 }] });
    expect(error).toMatchObject({ status: 400, code: 'VALIDATION.FAILED', field: 'lines.0.qty' });
    expect(error.errors?.[0].message).toContain('lines.0.qty');
  });

  it('says a missing field is required, and what is wrong with a present one', async () => {
    const missing = await rejection({ lines: [{ itemNo: 'I1', qty: 1 }] });
    expect(missing.errors).toEqual([{ code: 'VALIDATION.REQUIRED', field: 'orderNo', message: 'orderNo is required' }]);
    const wrong = await rejection({ orderNo: 'A1', lines: [{ itemNo: 'I1', qty: -1 }] });
    expect(wrong.errors).toEqual([{ code: 'VALIDATION.INVALID', field: 'lines.0.qty', message: 'lines.0.qty must be a positive number' }]);
  });

  it('refuses unknown fields by name', async () => {
    const error = await rejection({ orderNo: 'A1', lines: [], actualPaid: '1.00' });
    expect(error.errors).toEqual([{ code: 'VALIDATION.UNKNOWN_FIELD', field: 'actualPaid', message: 'property actualPaid should not exist' }]);
  });

  it('refuses a JSON array where an object is expected', async () => {
    expect((await rejection([{ orderNo: 'A1' }])).field).toBe('(body)');
  });

  it('names the path parameter or query field a character XML cannot carry is in, not "(body)"', async () => {
    const param = await pipe.transform('A\u0000', { type: 'param', data: 'id', metatype: String }).catch((e: ApiError) => e);
    expect(param).toMatchObject({ status: 400, field: 'id' });
    expect((param as ApiError).errors?.[0]).toMatchObject({ code: 'VALIDATION.INVALID_CHARACTER', field: 'id' });
    const one = await pipe.transform('\uFFFF', { type: 'query', data: 'messageType', metatype: String }).catch((e: ApiError) => e);
    expect(one).toMatchObject({ status: 400, field: 'messageType' });
    const all = await pipe.transform({ orderNo: '\uD800' }, { type: 'query', metatype: Object }).catch((e: ApiError) => e);
    expect(all).toMatchObject({ status: 400, field: 'orderNo' });
  });
});
