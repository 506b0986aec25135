import { Module } from '@nestjs/common';
import { B2bExport9710Mode } from './b2b-export-9710/b2b-export-9710.mode';
import { B2bExport9710Module } from './b2b-export-9710/b2b-export-9710.module';
import { BondedExport1210Mode } from './bonded-export-1210/bonded-export-1210.mode';
import { BondedExport1210Module } from './bonded-export-1210/bonded-export-1210.module';
import { BondedImport1210Mode } from './bonded-import-1210/bonded-import-1210.mode';
import { BondedImport1210Module } from './bonded-import-1210/bonded-import-1210.module';
import { BondedImport1239Mode } from './bonded-import-1239/bonded-import-1239.mode';
import { BondedImport1239Module } from './bonded-import-1239/bonded-import-1239.module';
import { DirectExport9610Mode } from './direct-export-9610/direct-export-9610.mode';
import { DirectExport9610Module } from './direct-export-9610/direct-export-9610.module';
import { DirectImport9610Mode } from './direct-import-9610/direct-import-9610.mode';
import { DirectImport9610Module } from './direct-import-9610/direct-import-9610.module';
import { ListMode } from './list-mode';
import { ModeRegistry } from './mode-registry';
import { OverseasWarehouseExport9810Mode } from './overseas-warehouse-export-9810/overseas-warehouse-export-9810.mode';
import { OverseasWarehouseExport9810Module } from './overseas-warehouse-export-9810/overseas-warehouse-export-9810.module';

/** Collects the mode modules of both directions into one registry; adding a mode is one import and one inject. */
@Module({
  imports: [
    BondedImport1210Module,
    BondedImport1239Module,
    DirectImport9610Module,
    DirectExport9610Module,
    BondedExport1210Module,
    B2bExport9710Module,
    OverseasWarehouseExport9810Module,
  ],
  providers: [
    {
      provide: ModeRegistry,
      useFactory: (...modes: ListMode[]) => new ModeRegistry(modes),
      inject: [
        BondedImport1210Mode,
        BondedImport1239Mode,
        DirectImport9610Mode,
        DirectExport9610Mode,
        BondedExport1210Mode,
        B2bExport9710Mode,
        OverseasWarehouseExport9810Mode,
      ],
    },
  ],
  exports: [ModeRegistry],
})
export class ModesModule {}
