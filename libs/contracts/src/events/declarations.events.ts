import { Type } from 'class-transformer';
import { ArrayMinSize, IsIn, IsInt, IsISO8601, IsNotEmpty, IsOptional, IsString, IsUUID, Max, Min, ValidateNested } from 'class-validator';
import { TRADE_MODE_CODES } from '@lhasa/domain';
import { Topics } from '../topics';
import { GNUM_MAX, IsCebCountry, IsCebCurrency, IsHsCode } from '../validation/codes';
import { IsMoney, IsQuantity } from '../validation/money';
import { defineEvent } from './event-definition';

export class ListLineV1 {
  @IsInt() @Min(1) @Max(GNUM_MAX) gnum: number;
  @IsOptional() @IsString() itemRecordNo?: string;
  @IsHsCode() gcode: string;
  @IsString() gname: string;
  @IsQuantity() qty: string;
  @IsString() unit: string;
  @IsMoney() totalPrice: string;
  @IsCebCountry() country: string;
}

class ListReferenceV1 {
  @IsUUID() listId: string;
  @IsString() @IsNotEmpty() copNo: string;
  @IsString() @IsNotEmpty() orderNo: string;
  @IsString() @IsNotEmpty() ebcCode: string;
  @IsString() @IsNotEmpty() agentCode: string;
  @IsIn(TRADE_MODE_CODES) tradeMode: string;
  @IsIn(['I', 'E']) ieFlag: 'I' | 'E';
  /** Present exactly when the list draws on this e-ledger's bonded stock (its mode says so). */
  @IsOptional() @IsString() emsNo?: string;
  /**
   * The zone enterprise (区内企业) whose ledger the list draws on: the warehouse pre-reduces only
   * when it operates the emsNo ledger. Optional on the wire so older messages still validate; the
   * warehouse refuses a declared list without it (WAREHOUSE.AREA_CODE_REQUIRED).
   */
  @IsOptional() @IsString() @IsNotEmpty() areaCode?: string;
}

/** A list passed declarations' own checks; for bonded modes the warehouse must now pre-reduce. */
export class InventoryListDeclaredV1 extends ListReferenceV1 {
  @IsMoney() totalValue: string;
  @ValidateNested({ each: true }) @ArrayMinSize(1) @Type(() => ListLineV1) lines: ListLineV1[];
}

/**
 * Customs released the list (800): goods may leave; counted once. `currency` is the lines'
 * currency (CNY on import; an export list may be in another), `country` the partner country
 * (origin on import, destination on export).
 */
export class InventoryListReleasedV1 extends ListReferenceV1 {
  @IsString() @IsNotEmpty() invtNo: string;
  /** 电商企业名称 as the list was filed, so statistics can name the enterprise. Optional: older events lack it. */
  @IsOptional() @IsString() @IsNotEmpty() ebcName?: string;
  @IsISO8601({ strict: true }) releasedAt: string;
  @IsCebCurrency() currency: string;
  @IsCebCountry() country: string;
  @IsMoney() totalValue: string;
  /** 9810: the registered overseas warehouse the goods go to; on release they join its stock. */
  @IsOptional() @IsString() @IsNotEmpty() overseasWarehouseCode?: string;
  @ValidateNested({ each: true }) @ArrayMinSize(1) @Type(() => ListLineV1) lines: ListLineV1[];
}

/**
 * Customs approved a consumer return (CEB625) of a released import list: `lines` are what came
 * back (qty and value per list line), `returnedValue` their total in `currency`. The annual quota
 * is restored by it, bonded goods go back on their ledger line, statistics nets it out.
 */
export class InventoryListReturnedV1 extends ListReferenceV1 {
  @IsUUID() returnId: string;
  @IsString() @IsNotEmpty() invtNo: string;
  @IsISO8601({ strict: true }) releasedAt: string;
  @IsISO8601({ strict: true }) returnedAt: string;
  @IsCebCurrency() currency: string;
  @IsCebCountry() country: string;
  @IsMoney() returnedValue: string;
  @ValidateNested({ each: true }) @ArrayMinSize(1) @Type(() => ListLineV1) lines: ListLineV1[];
}

/** The list will not clear: refused for stock, rejected by customs, or cancelled. */
export class InventoryListRejectedV1 extends ListReferenceV1 {
  /** Where the list was rejected; `processing` = this system could not handle it after filing (a dead-lettered message about it). */
  @IsIn(['stock', 'customs', 'cancelled', 'processing']) stage: 'stock' | 'customs' | 'cancelled' | 'processing';
  @IsOptional() @IsInt() returnStatus?: number;
  @IsString() @IsNotEmpty() reason: string;
}

export const DeclarationEvents = {
  InventoryListDeclared: defineEvent('declarations.InventoryListDeclared', 1, Topics.declarationsEvents, InventoryListDeclaredV1),
  InventoryListReleased: defineEvent('declarations.InventoryListReleased', 1, Topics.declarationsEvents, InventoryListReleasedV1),
  InventoryListRejected: defineEvent('declarations.InventoryListRejected', 1, Topics.declarationsEvents, InventoryListRejectedV1),
  InventoryListReturned: defineEvent('declarations.InventoryListReturned', 1, Topics.declarationsEvents, InventoryListReturnedV1),
};
