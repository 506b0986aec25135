import { Module } from '@nestjs/common';
import { DirectImport9610Mode } from './direct-import-9610.mode';

@Module({ providers: [DirectImport9610Mode], exports: [DirectImport9610Mode] })
export class DirectImport9610Module {}
