/**
 * Protected sheets and a protected workbook structure, told to the user before anything is written.
 * The protection state is loaded in the same sync as what the operation reads anyway (no extra
 * round trip); the check throws a Danish message naming what is protected, so the operation stops
 * with nothing half-done.
 */
import { supportsExcelApi, type OfficeLike } from './deps';

export interface ProtectionProbe {
  /** Throws when a sheet to write to, or the structure (when sheets are added or deleted), is protected. */
  check(): void;
}

/** The Danish phrase for what the operation would have done, e.g. "markere celler". */
export type WriteAction = 'mark' | 'unmark' | 'report' | 'convert' | 'fix' | 'unfix';

const ACTION_TEXT: Record<WriteAction, { sheet: string; structure: string }> = {
  mark: { sheet: 'markere celler der', structure: 'gemme cellernes oprindelige farver i et skjult ark' },
  unmark: { sheet: 'fjerne markeringerne der', structure: 'slette sit skjulte ark med de oprindelige farver' },
  report: { sheet: 'skrive rapporten', structure: 'tilføje rapportarket' },
  convert: { sheet: 'skrive den omregnede tabel', structure: 'tilføje et ark med den omregnede tabel' },
  fix: { sheet: 'rette cellerne der', structure: 'gemme cellernes indhold i et skjult ark, så rettelsen kan fortrydes' },
  unfix: { sheet: 'fortryde rettelserne der', structure: 'slette sit skjulte ark med rettelserne' },
};

export class ProtectedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProtectedError';
  }
}

/**
 * Queues loads of the protection of `sheets` and (when `structure`) of the workbook; call
 * `check()` after the next sync. Hosts without the API (ExcelApi 1.2 / 1.7) are not probed.
 */
export function probeProtection(
  context: Excel.RequestContext,
  office: OfficeLike,
  action: WriteAction,
  sheets: Array<{ name: string; ws: Excel.Worksheet }>,
  structure: boolean,
): ProtectionProbe {
  const sheetProbes = supportsExcelApi(office, '1.2') ? sheets.map((s) => ({ name: s.name, p: s.ws.protection.load('protected') })) : [];
  const workbookProbe = structure && supportsExcelApi(office, '1.7') ? context.workbook.protection.load('protected') : null;
  return {
    check() {
      const text = ACTION_TEXT[action];
      if (workbookProbe?.protected) {
        throw new ProtectedError(
          `Projektmappens struktur er beskyttet, så Budgettjek kan ikke ${text.structure}. Intet er ændret. Fjern beskyttelsen under Gennemse > Beskyt projektmappe, og prøv igen.`,
        );
      }
      const locked = [...new Set(sheetProbes.filter((s) => s.p.protected).map((s) => s.name))];
      if (locked.length) {
        const names = locked.map((n) => `"${n}"`).join(', ');
        throw new ProtectedError(
          `${locked.length === 1 ? `Arket ${names} er beskyttet` : `Arkene ${names} er beskyttede`}, så Budgettjek kan ikke ${text.sheet}. Intet er ændret. Fjern arkbeskyttelsen under Gennemse > Fjern beskyttelse af ark, og prøv igen.`,
        );
      }
    },
  };
}
