import { groupExitLines } from './exit-lines';

describe('groupExitLines', () => {
  it('sums quantity and value per itemRecordNo across released lists, sorted by itemRecordNo', () => {
    const listA = [
      { itemRecordNo: '2', gcode: '0902301000', qty: '1', totalPrice: '10.10', country: '125' },
      { itemRecordNo: '1', gcode: '3304990000', qty: '2.5', totalPrice: '99.90', country: '125' },
    ];
    const listB = [{ itemRecordNo: '1', gcode: '3304990000', qty: '0.5', totalPrice: '0.10', country: '125' }];
    expect(groupExitLines([listA, listB])).toEqual([
      { itemRecordNo: '1', gcode: '3304990000', qty: '3', totalPrice: '100.00', country: '125' },
      { itemRecordNo: '2', gcode: '0902301000', qty: '1', totalPrice: '10.10', country: '125' },
    ]);
  });

  it('keeps money exact where binary floats would drift', () => {
    const lines = Array.from({ length: 10 }, () => [{ itemRecordNo: '1', gcode: '3304990000', qty: '0.1', totalPrice: '0.10', country: '125' }]);
    expect(groupExitLines(lines)).toEqual([{ itemRecordNo: '1', gcode: '3304990000', qty: '1', totalPrice: '1.00', country: '125' }]);
  });

  it('is empty for no lists', () => {
    expect(groupExitLines([])).toEqual([]);
  });
});
