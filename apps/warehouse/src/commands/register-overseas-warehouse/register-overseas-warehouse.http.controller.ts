import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { OverseasWarehouseView } from '../../shared/overseas-warehouse.view';
import { RegisterOverseasWarehouseRequestDto } from './register-overseas-warehouse.request.dto';
import { RegisterOverseasWarehouseService } from './register-overseas-warehouse.service';

@ApiTags('overseas-warehouses')
@Controller('overseas-warehouses')
export class RegisterOverseasWarehouseHttpController {
  constructor(private readonly service: RegisterOverseasWarehouseService) {}

  @Post()
  @Roles('operator', 'admin')
  @ApiOperation({ summary: "Register an overseas warehouse (9810) operated by the caller's enterprise; publishes warehouse.OverseasWarehouseRegistered" })
  @ApiCreatedResponse({ type: OverseasWarehouseView })
  @ApiBadRequestResponse({ description: 'VALIDATION.FAILED naming the field; WAREHOUSE.OPERATOR_REQUIRED (an admin must name operatorCode)' })
  @ApiForbiddenResponse({ description: 'AUTH.NOT_YOUR_ENTERPRISE: an operator names another enterprise as operatorCode' })
  @ApiConflictResponse({ description: 'WAREHOUSE.OVERSEAS_WAREHOUSE_EXISTS' })
  @ApiUnprocessableEntityResponse({ description: 'WAREHOUSE.OVERSEAS_WAREHOUSE_IN_CHINA: country 142' })
  register(@Body() body: RegisterOverseasWarehouseRequestDto, @CurrentCaller() caller: Caller): Promise<OverseasWarehouseView> {
    return this.service.register(caller, body);
  }
}
