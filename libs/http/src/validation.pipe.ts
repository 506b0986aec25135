import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { checkPlainInput, flattenValidationErrors, ValidationCodes } from '@lhasa/contracts';
import { validationFailed } from './errors/api-error';

/**
 * Validates DTOs with class-validator. Unknown fields are errors, not silently dropped: a typo
 * such as `actualPaid` must not pass as if the field were absent.
 */
class HouseValidationPipe extends ValidationPipe {
  constructor() {
    super({
      transform: true,
      whitelist: true,
      forbidNonWhitelisted: true,
      // The value tells a missing field from a wrong one; it never reaches the response body.
      validationError: { target: false, value: true },
      exceptionFactory: (errors) => validationFailed(flattenValidationErrors(errors)),
    });
  }

  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // One rule for every text of every body, query and parameter, before any class sees it.
    if (metadata.type === 'body' || metadata.type === 'query' || metadata.type === 'param') {
      // @Param('id') / @Query('type') hand over one named value: errors name it, not "(body)".
      const inputErrors = checkPlainInput(value, undefined, metadata.data ?? '');
      if (inputErrors.length) throw validationFailed(inputErrors);
    }
    // A JSON array or scalar where a DTO is expected would otherwise slip past the validators.
    if (metadata.type === 'body' && metadata.metatype && this.toValidate(metadata)) {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) {
        throw validationFailed([{ code: ValidationCodes.notAnObject, field: '(body)', message: 'the request body must be a JSON object' }]);
      }
    }
    return super.transform(value, metadata);
  }
}

export function createValidationPipe(): ValidationPipe {
  return new HouseValidationPipe();
}
