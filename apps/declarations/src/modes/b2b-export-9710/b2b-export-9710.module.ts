import { Module } from '@nestjs/common';
import { B2bExport9710Mode } from './b2b-export-9710.mode';

@Module({ providers: [B2bExport9710Mode], exports: [B2bExport9710Mode] })
export class B2bExport9710Module {}
