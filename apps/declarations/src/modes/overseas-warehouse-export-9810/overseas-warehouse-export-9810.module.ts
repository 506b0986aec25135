import { Module } from '@nestjs/common';
import { OverseasWarehouseExport9810Mode } from './overseas-warehouse-export-9810.mode';

@Module({ providers: [OverseasWarehouseExport9810Mode], exports: [OverseasWarehouseExport9810Mode] })
export class OverseasWarehouseExport9810Module {}
