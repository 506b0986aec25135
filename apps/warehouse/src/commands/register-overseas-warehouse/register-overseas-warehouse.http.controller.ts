import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, Roles } from '@lhasa/auth';
import { ApiErrors } from '@lhasa/http';
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
  @ApiErrors({ 400: { 'WAREHOUSE.OPERATOR_REQUIRED': 'an admin must name operatorCode' }, 403: { 'AUTH.NOT_YOUR_ENTERPRISE': 'an operator names another enterprise as operatorCode' }, 409: { 'WAREHOUSE.OVERSEAS_WAREHOUSE_EXISTS': 'an overseas warehouse with this code is registered' }, 422: { 'WAREHOUSE.OVERSEAS_WAREHOUSE_IN_CHINA': 'country 142: an overseas warehouse is abroad' } })
  register(@Body() body: RegisterOverseasWarehouseRequestDto, @CurrentCaller() caller: Caller): Promise<OverseasWarehouseView> {
    return this.service.register(caller, body);
  }
}
