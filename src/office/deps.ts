/**
 * What the Office.js layer needs from its host, injectable for tests: `run` is `Excel.run`,
 * `office` is the `Office` global. Defaults are looked up lazily, when first used, so the fake
 * (installOfficeFake) or office.js may be installed after this module is loaded.
 */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeSettingsLike {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  saveAsync(callback?: (result: { status: string; error?: { message: string } }) => void): void;
}

export interface OfficeLike {
  context: {
    displayLanguage?: string;
    document: { settings: OfficeSettingsLike };
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
  };
}

export interface OfficeDeps {
  run: ExcelRun;
  office: OfficeLike;
}

export interface OfficeDepsInput {
  run?: ExcelRun;
  office?: OfficeLike;
}

function globalValue(name: string): unknown {
  return (globalThis as Record<string, unknown>)[name];
}

export function resolveDeps(input: OfficeDepsInput = {}): OfficeDeps {
  return {
    run: <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
      const run = input.run ?? (globalValue('Excel') as { run?: ExcelRun } | undefined)?.run;
      if (!run) return Promise.reject(new Error('Excel er ikke tilgængeligt (Office.js er ikke indlæst).'));
      return run(batch);
    },
    get office(): OfficeLike {
      const office = input.office ?? (globalValue('Office') as OfficeLike | undefined);
      if (!office) throw new Error('Office er ikke tilgængeligt (Office.js er ikke indlæst).');
      return office;
    },
  };
}

/** True when the host supports the ExcelApi requirement set (false when it cannot tell). */
export function supportsExcelApi(office: OfficeLike | undefined, version: string): boolean {
  try {
    return !!office?.context.requirements?.isSetSupported('ExcelApi', version);
  } catch {
    return false;
  }
}
