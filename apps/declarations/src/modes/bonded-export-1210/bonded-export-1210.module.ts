import { Module } from '@nestjs/common';
import { BondedExport1210Mode } from './bonded-export-1210.mode';

@Module({ providers: [BondedExport1210Mode], exports: [BondedExport1210Mode] })
export class BondedExport1210Module {}
