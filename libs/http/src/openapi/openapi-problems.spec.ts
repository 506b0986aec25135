import { Body, Controller, Get, Module, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiProperty, ApiSecurity } from '@nestjs/swagger';
import { ApiErrors } from './api-errors.decorator';
import { openApiProblems } from './openapi-problems';
import { previewOpenApiDocument } from './preview-openapi-document';

class FileParcel {
  @ApiProperty({ example: 'P1' }) parcelNo: string;
}
class EmptyBody {}
class ParcelView {
  @ApiProperty() id: string;
  @ApiProperty({ type: EmptyBody }) detail: EmptyBody;
}

@ApiSecurity('api-key')
@Controller('parcels')
class ParcelsController {
  @Post()
  @ApiOkResponse({ type: ParcelView })
  @ApiErrors({ 409: { 'PARCEL.DUPLICATE': 'parcelNo is taken' } })
  file(@Body() _body: FileParcel) {}

  @Get(':id')
  @ApiOkResponse({ type: ParcelView })
  find(@Param('id') _id: string) {}

  @Post('empty')
  @ApiOkResponse({ description: 'nothing said of the body' })
  empty(@Body() _body: EmptyBody) {}
}

@Module({ controllers: [ParcelsController] })
class ParcelsModule {}

describe('openApiProblems', () => {
  it('names every gap: empty schemas at any depth, missing schemas, undocumented error statuses', async () => {
    const problems = openApiProblems(await previewOpenApiDocument(ParcelsModule), { filingBodies: ['FileParcel'] });
    expect(problems).toEqual(
      expect.arrayContaining([
        'POST /parcels: 200 response (application/json) → ParcelView.detail → EmptyBody has no properties',
        'POST /parcels: answers 422 but does not document it',
        'GET /parcels/{id}: answers 404 but does not document it',
        'POST /parcels/empty: request body (application/json) → EmptyBody has no properties',
        'POST /parcels/empty: 200 response has no schema',
      ]),
    );
    // The shared edge's statuses are there on every operation, with their codes.
    expect(problems.filter((p) => /answers (400|401|403|503)/.test(p))).toEqual([]);
    expect(problems).not.toContain('POST /parcels: answers 409 but does not document it');
  });
});
