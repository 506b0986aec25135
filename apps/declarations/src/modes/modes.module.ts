import { Module } from '@nestjs/common';
import { BondedImport1210Mode } from './bonded-import-1210/bonded-import-1210.mode';
import { BondedImport1210Module } from './bonded-import-1210/bonded-import-1210.module';
import { BondedImport1239Mode } from './bonded-import-1239/bonded-import-1239.mode';
import { BondedImport1239Module } from './bonded-import-1239/bonded-import-1239.module';
import { DirectImport9610Mode } from './direct-import-9610/direct-import-9610.mode';
import { DirectImport9610Module } from './direct-import-9610/direct-import-9610.module';
import { ImportListMode } from './import-list-mode';
import { ModeRegistry } from './mode-registry';

/** Collects the mode modules into one registry; adding a mode is one import and one inject. */
@Module({
  imports: [BondedImport1210Module, BondedImport1239Module, DirectImport9610Module],
  providers: [
    {
      provide: ModeRegistry,
      useFactory: (...modes: ImportListMode[]) => new ModeRegistry(modes),
      inject: [BondedImport1210Mode, BondedImport1239Mode, DirectImport9610Mode],
    },
  ],
  exports: [ModeRegistry],
})
export class ModesModule {}
