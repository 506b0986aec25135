import { ArrivalReport, DepartureReport } from '@lhasa/contracts';
import { MovementReportEntity, ReportedWaybillEntity } from '../domain/movement-report.entity';
import { DocumentFiling } from './partner-document-filing';

type Report = ArrivalReport | DepartureReport;

/**
 * The filing of an arrival (CEB507) or departure (CEB509) report: one table for both, keyed by
 * message type and the reporter's own number, with the waybills it names beside it so an
 * accepted report finds the export lists it moves.
 */
export function movementReportFiling<T extends 'CEB507' | 'CEB509'>(
  report: Report,
  kind: {
    messageType: T;
    businessKey: string;
    operatorCode: string | null;
    filer: { copCode: string; copName: string };
    parties: 'arrival' | 'departure';
    duplicateCode: string;
  },
): DocumentFiling<MovementReportEntity, T> {
  const { messageType, businessKey } = kind;
  return {
    entity: MovementReportEntity,
    messageType,
    businessKey,
    filer: kind.filer,
    columns: { orderNo: null, copNo: report.copNo, customsCode: report.customsCode, operatorCode: kind.operatorCode, logisticsCode: report.logisticsCode },
    keys: [{ messageType, businessKey }],
    parties: kind.parties,
    duplicate: { code: kind.duplicateCode, message: `report ${report.copNo} (${businessKey}) is already filed`, field: 'copNo' },
    constraintPrefix: 'movement_reports_',
    lockKey: `declarations:movement:${messageType}:${businessKey}`,
    afterInsert: (m, reportId) =>
      m.getRepository(ReportedWaybillEntity).insert(report.lines.map((l) => ({ reportId, gnum: l.gnum, logisticsCode: report.logisticsCode, logisticsNo: l.logisticsNo }))).then(() => undefined),
  };
}
