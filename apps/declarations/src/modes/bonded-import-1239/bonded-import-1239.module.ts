import { Module } from '@nestjs/common';
import { BondedImport1239Mode } from './bonded-import-1239.mode';

@Module({ providers: [BondedImport1239Mode], exports: [BondedImport1239Mode] })
export class BondedImport1239Module {}
