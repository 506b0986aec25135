import { Module } from '@nestjs/common';
import { BondedImport1210Mode } from './bonded-import-1210.mode';

@Module({ providers: [BondedImport1210Mode], exports: [BondedImport1210Mode] })
export class BondedImport1210Module {}
