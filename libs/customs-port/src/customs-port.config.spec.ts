import { DEFAULT_DXP_ID, loadCustomsPortConfig } from './customs-port.config';

describe('customs port configuration', () => {
  it('defaults the DXP id and takes a valid one', () => {
    expect(loadCustomsPortConfig({})).toEqual({ dxpId: DEFAULT_DXP_ID });
    expect(loadCustomsPortConfig({ CUSTOMS_DXP_ID: 'DXPENT5401960001' })).toEqual({ dxpId: 'DXPENT5401960001' });
  });

  it('stops the start naming the variable for a bad id', () => {
    expect(() => loadCustomsPortConfig({ CUSTOMS_DXP_ID: 'dxp id!' })).toThrow(/CUSTOMS_DXP_ID/);
  });
});
