/**
 * The number to write into a converted cell: the converted amount in the unit the cell stores (the
 * shown amount × its format's scale). A module of its own, so the task pane can write a converted
 * sheet without loading the conversion on first paint.
 */
import type { ConvertedCell } from './convert';

export function storedValue(c: Pick<ConvertedCell, 'amount' | 'scale'>): number {
  return (c.scale ? c.amount.times(c.scale) : c.amount).toNumber();
}
