/**
 * State shared by the ribbon command and the task pane. With the shared runtime (manifest
 * Runtimes lifetime="long") both run in the same JavaScript context, so a module-level store is
 * enough: the ribbon's "Tjek totaler" publishes its outcome here and an open (or later opened)
 * task pane shows it, findings included.
 */
import type { AnalysisResult, WorkbookGrid } from '../core';

export interface RibbonOutcome {
  /** The sheet that was checked. */
  sheet: string;
  result: AnalysisResult;
  workbook: WorkbookGrid;
  /** Cells marked in the sheet. */
  marked: number;
  at: Date;
  /** Set when the check failed; result is then empty. */
  error?: string;
}

type Listener = (o: RibbonOutcome | null) => void;

let current: RibbonOutcome | null = null;
const listeners = new Set<Listener>();

export function publishRibbonOutcome(o: RibbonOutcome | null): void {
  current = o;
  for (const l of listeners) l(o);
}

export function latestRibbonOutcome(): RibbonOutcome | null {
  return current;
}

/** Calls `l` on every new outcome; returns the unsubscribe function. */
export function subscribeRibbonOutcome(l: Listener): () => void {
  listeners.add(l);
  return () => {
    listeners.delete(l);
  };
}
