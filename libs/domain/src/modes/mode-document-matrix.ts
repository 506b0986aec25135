import { FieldError } from '../shared/field-error';
import { IeFlag, isTradeMode, TRADE_MODE_DIRECTIONS } from './trade-modes';

/**
 * Which direction each CEB message belongs to, and for the declarations that carry a trade
 * mode, which modes may use it (rule 1 of domain.md §10).
 */
const MESSAGE_DIRECTION: Readonly<Record<string, IeFlag>> = {
  CEB311: 'I', CEB411: 'I', CEB511: 'I', CEB621: 'I', CEB623: 'I', CEB625: 'I',
  CEB303: 'E', CEB403: 'E', CEB505: 'E', CEB603: 'E', CEB701: 'E',
};

const MODES_BY_MESSAGE: Readonly<Record<string, readonly string[]>> = {
  CEB621: ['9610', '1210', '1239'],
  CEB603: ['9610', '1210', '9710', '9810'],
  // The summary declaration lists released 9610 export lists.
  CEB701: ['9610'],
};

export interface ModeDocument {
  tradeMode: string;
  ieFlag: string;
  messageType: string;
}

/** Errors for a mode/direction/message combination the matrix does not allow; [] if allowed. */
export function checkModeDocument({ tradeMode, ieFlag, messageType }: ModeDocument): FieldError[] {
  const errors: FieldError[] = [];
  if (!isTradeMode(tradeMode)) {
    return [{ code: 'MODE.UNKNOWN_TRADE_MODE', field: 'tradeMode', message: `tradeMode ${JSON.stringify(tradeMode)} is not one of 9610, 1210, 1239, 9710, 9810` }];
  }
  if (ieFlag !== 'I' && ieFlag !== 'E') {
    return [{ code: 'MODE.INVALID_IE_FLAG', field: 'ieFlag', message: `ieFlag ${JSON.stringify(ieFlag)} must be I (import) or E (export)` }];
  }
  const directions = TRADE_MODE_DIRECTIONS[tradeMode];
  if (!directions.includes(ieFlag)) {
    const exportOnly = directions.length === 1 && directions[0] === 'E';
    errors.push({
      code: exportOnly ? 'MODE.EXPORT_ONLY' : 'MODE.IMPORT_ONLY',
      field: 'ieFlag',
      message: `tradeMode ${tradeMode} is ${exportOnly ? 'export' : 'import'} only; ieFlag ${ieFlag} is not allowed`,
    });
  }
  const direction = MESSAGE_DIRECTION[messageType];
  if (direction === undefined) {
    errors.push({ code: 'MODE.UNKNOWN_MESSAGE_TYPE', field: 'messageType', message: `messageType ${JSON.stringify(messageType)} is not a CEB message this system files` });
    return errors;
  }
  if (direction !== ieFlag) {
    errors.push({
      code: 'MODE.DIRECTION_MISMATCH',
      field: 'ieFlag',
      message: `${messageType} is an ${direction === 'I' ? 'import' : 'export'} message; ieFlag ${ieFlag} does not fit`,
    });
  }
  const modes = MODES_BY_MESSAGE[messageType];
  if (modes && !modes.includes(tradeMode)) {
    errors.push({
      code: 'MODE.WRONG_DOCUMENT',
      field: 'tradeMode',
      message: `${messageType} is for tradeMode ${modes.join(', ')}; tradeMode ${tradeMode} must use another document`,
    });
  }
  return errors;
}
