import { analyseWorkbook } from '../analyse';
import { renderMessage } from '../messages';
import { builtinTemplate } from '../templates/builtin';
import { type FixtureValue, sheetFromRows, workbookOf } from '../testing/sheetFromRows';
import { cases } from './__fixtures__/DIFFERENCE_MISMATCH';
import { runRuleCases } from './__fixtures__/ruleCase';

runRuleCases('DIFFERENCE_MISMATCH', cases);

describe('an Afvigelse beside two columns only', () => {
  it('a row that is neither A − B nor B − A is wrong whichever way the table subtracts, even on one line', () => {
    const rows: FixtureValue[][] = [
      ['År', 'Anlægsbevilling', 'Forbrug', 'Afvigelse'],
      [2014, 2641905, 2630508, -11937],
    ];
    const findings = analyseWorkbook(workbookOf(sheetFromRows('Anlægsregnskab', rows)), builtinTemplate('generic')!).findings.filter((f) => f.severity !== 'info');
    expect(findings.map((f) => `${f.cell} ${f.rule}`)).toEqual(['D2 DIFFERENCE_MISMATCH']);
    expect(renderMessage(findings[0], 'da')).toBe(
      '"række 2" (Afvigelse) angiver -11.937, men Forbrug − Anlægsbevilling giver -11.397 (forskel -540), og den omvendte forskel passer heller ikke.',
    );
    for (const right of [-11397, 11397]) {
      const ok = rows.map((r) => [...r]);
      ok[1][3] = right;
      expect(analyseWorkbook(workbookOf(sheetFromRows('Anlægsregnskab', ok)), builtinTemplate('generic')!).findings.filter((f) => f.severity !== 'info')).toEqual([]);
    }
  });
});
