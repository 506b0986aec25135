import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { REQUEST_STATUSES } from '../domain/document-status';
import { InventoryListEntity } from '../domain/inventory-list.entity';
import { taxNotDue } from '../domain/list-return';
import { ListReturnEntity, ListReturnLineEntity } from '../domain/list-return.entity';

export class ListReturnLineView {
  @ApiProperty() gnum: number;
  @ApiPropertyOptional() itemRecordNo?: string;
  @ApiProperty() gcode: string;
  @ApiProperty() gname: string;
  @ApiProperty() unit: string;
  @ApiProperty({ example: '1', description: 'returned' }) qty: string;
  @ApiProperty({ example: '3', description: "the list line's declared qty" }) declaredQty: string;
  @ApiProperty({ example: '100.00', description: "the list line's totalPrice" }) declaredTotalPrice: string;
  @ApiProperty({ example: '33.33', description: 'declaredTotalPrice × qty / declaredQty, half-up to the fen' }) returnedValue: string;
}

export class ReturnTaxView {
  @ApiProperty({ example: '19.11', description: 'the tax this service assessed on the whole list at filing' }) listTotalTax: string;
  @ApiProperty({ example: '128.34', description: 'goods kept + their share of freight and insurance' }) keptDutiableValue: string;
  @ApiProperty({ example: '11.68' }) keptVat: string;
  @ApiProperty({ example: '0.00' }) keptConsumptionTax: string;
  @ApiProperty({ example: '11.68', description: 'tax due on what the consumer kept (0.00 for a whole return)' }) keptTotalTax: string;
  @ApiProperty({ example: '7.43', description: 'listTotalTax − keptTotalTax: no tax is due on the returned part' }) notDue: string;
}

/** A consumer return (CEB625) as its parties see it; the GET adds its receipts. */
export class ListReturnView {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: REQUEST_STATUSES, description: 'FILED (sent), ACCEPTED (120/300), APPROVED (399: the list is RETURNED, the quota restored), REFUSED (a failure receipt)' })
  status: string;
  @ApiProperty({ format: 'uuid' }) listId: string;
  @ApiProperty() listHref: string;
  @ApiProperty() invtNo: string;
  @ApiProperty({ description: 'agentCode:invtNo, as customs names it' }) businessKey: string;
  @ApiProperty() agentCode: string;
  @ApiProperty() ebcCode: string;
  @ApiProperty() ebpCode: string;
  @ApiProperty() reason: string;
  @ApiProperty({ example: '33.33', description: "Σ the lines' returnedValue: what the buyer's annual quota gets back once approved" }) returnedValue: string;
  @ApiProperty({ type: [ListReturnLineView] }) lines: ListReturnLineView[];
  @ApiProperty({ type: ReturnTaxView }) tax: ReturnTaxView;
  @ApiProperty({ nullable: true, type: Number }) returnStatus: number | null;
  @ApiProperty({ nullable: true, type: String }) returnInfo: string | null;
  @ApiProperty({ nullable: true, type: String }) returnTime: string | null;
  @ApiPropertyOptional() refuseCode?: string;
  @ApiPropertyOptional() approvedAt?: string;
  @ApiProperty() filedAt: string;
}

export function toListReturnView(r: ListReturnEntity, lines: ListReturnLineEntity[], list: Pick<InventoryListEntity, 'totalTax'>): ListReturnView {
  return {
    id: r.id,
    status: r.status,
    listId: r.listId,
    listHref: `/inventory-lists/${r.listId}`,
    invtNo: r.invtNo,
    businessKey: r.businessKey,
    agentCode: r.agentCode,
    ebcCode: r.ebcCode,
    ebpCode: r.ebpCode,
    reason: r.reason,
    returnedValue: r.returnedValue,
    lines: [...lines]
      .sort((a, b) => a.gnum - b.gnum)
      .map((l) => ({
        gnum: l.gnum,
        ...(l.itemRecordNo ? { itemRecordNo: l.itemRecordNo } : {}),
        gcode: l.gcode,
        gname: l.gname,
        unit: l.unit,
        qty: l.qty,
        declaredQty: l.declaredQty,
        declaredTotalPrice: l.declaredTotalPrice,
        returnedValue: l.returnedValue,
      })),
    tax: {
      listTotalTax: list.totalTax,
      keptDutiableValue: r.keptDutiableValue,
      keptVat: r.keptVat,
      keptConsumptionTax: r.keptConsumptionTax,
      keptTotalTax: r.keptTotalTax,
      notDue: taxNotDue(list.totalTax, r.keptTotalTax),
    },
    returnStatus: r.returnStatus,
    returnInfo: r.returnInfo,
    returnTime: r.returnTime ? r.returnTime.toISOString() : null,
    ...(r.refuseCode ? { refuseCode: r.refuseCode } : {}),
    ...(r.approvedAt ? { approvedAt: r.approvedAt.toISOString() } : {}),
    filedAt: r.createdAt.toISOString(),
  };
}
