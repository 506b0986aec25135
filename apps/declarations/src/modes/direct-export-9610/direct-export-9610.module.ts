import { Module } from '@nestjs/common';
import { DirectExport9610Mode } from './direct-export-9610.mode';

@Module({ providers: [DirectExport9610Mode], exports: [DirectExport9610Mode] })
export class DirectExport9610Module {}
