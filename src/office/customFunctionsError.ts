/**
 * The custom function's errors: PriceFunctionError (an Excel error code and a Danish message) and
 * its conversion to the runtime's CustomFunctions.Error. Light: the function's registration loads
 * it at once, the conversion itself (./customFunctions.ts, decimal.js) on the first call.
 */
/** The Excel error a custom function shows, as CustomFunctions.ErrorCode values. */
export type PriceFunctionErrorCode = '#VALUE!' | '#N/A' | '#NUM!';

export class PriceFunctionError extends Error {
  constructor(
    readonly code: PriceFunctionErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PriceFunctionError';
  }
}

interface CustomFunctionsLike {
  Error: new (code: string, message?: string) => unknown;
  ErrorCode: Record<string, string>;
}

/**
 * A thrown PriceFunctionError (or anything else) as a CustomFunctions.Error for the cell, using
 * the runtime's CustomFunctions (injected, or the global one). Without a runtime the error itself.
 */
export function toCustomFunctionsError(error: unknown, cf?: CustomFunctionsLike): unknown {
  const runtime = cf ?? ((globalThis as Record<string, unknown>).CustomFunctions as CustomFunctionsLike | undefined);
  const code = error instanceof PriceFunctionError ? error.code : '#VALUE!';
  const message = error instanceof Error ? error.message : String(error);
  if (!runtime?.Error) return error;
  const codes = runtime.ErrorCode ?? {};
  const key = Object.keys(codes).find((k) => codes[k] === code) ?? 'invalidValue';
  return new runtime.Error(codes[key] ?? code, message);
}
