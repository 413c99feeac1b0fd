import { levelSettingLine } from './level-setting';

const senior = { key: 'IC3', name: 'Senior' };
const staff = { key: 'IC4', name: 'Staff' };

describe('levelSettingLine', () => {
  it('puts the other company’s word beside the report’s current level', () => {
    expect(levelSettingLine({ assessedLevelLabel: 'Senior', assessedLevel: senior }, { key: 'IC2', name: 'Mid-level' })).toBe('Read externally as Senior; here Mid-level (IC2)');
  });

  it('falls back to our ladder’s name when they gave no word of their own', () => {
    expect(levelSettingLine({ assessedLevelLabel: '  ', assessedLevel: staff }, senior)).toBe('Read externally as Staff; here Senior (IC3)');
  });

  it('maps their own word onto our ladder when the two differ', () => {
    expect(levelSettingLine({ assessedLevelLabel: 'L5', assessedLevel: staff }, senior)).toBe('Read externally as L5 (IC4 on our ladder); here Senior (IC3)');
  });

  it('says so when the report has no level, and is silent when nothing was assessed', () => {
    expect(levelSettingLine({ assessedLevelLabel: 'Senior II' }, null)).toBe('Read externally as Senior II; here no level set yet');
    expect(levelSettingLine({ assessedLevelLabel: null, assessedLevel: null }, senior)).toBeNull();
  });
});
