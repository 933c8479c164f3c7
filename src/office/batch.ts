/**
 * Keeps each context.sync() under Office.js's 5 MB request/response limit without a sync per
 * item: callers reserve an estimated size before queueing work; the batcher syncs only when the
 * next item would push the pending batch over the budget. The number of syncs therefore grows
 * with the volume of data, never with the number of cells, tables or sheets as such.
 */

/** Office.js limits the request and the response of one sync to 5 MB; stay well under it. */
export const PAYLOAD_BUDGET_BYTES = 4 * 1024 * 1024;
/** Estimated cost of one queued action (object path, method, ids) in an Office.js request. */
export const ACTION_BYTES = 250;

export interface Syncable {
  sync(): Promise<unknown>;
}

export class SyncBatcher {
  private pending = 0;
  syncs = 0;

  constructor(
    private readonly context: Syncable,
    private readonly budget = PAYLOAD_BUDGET_BYTES,
  ) {}

  /** Call before queueing work of about `bytes`; may sync what is already queued first. */
  async reserve(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    if (this.pending === 0) return;
    this.pending = 0;
    this.syncs++;
    await this.context.sync();
  }
}

/** Bytes of a value as JSON, plus the action overhead. */
export function estimateWrite(value: unknown): number {
  return ACTION_BYTES + JSON.stringify(value ?? null).length;
}

/** True for Office.js's payload-limit errors (request or response). */
export function isPayloadLimitError(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  const msg = (e as { message?: string } | null)?.message ?? '';
  return /PayloadSizeLimitExceeded/i.test(code) || /payload size/i.test(msg);
}
