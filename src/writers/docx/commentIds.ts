/**
 * Word comment ids are integers (ST_DecimalNumber), and Word accepts them in 0..2147483647. Ids in
 * a document are read as integers of any length (BigInt, never a float: 9007199254740993 and a
 * thirty-digit id stay what they are); new ids are unique and within that range.
 */
export const MAX_COMMENT_ID = 2147483647;

/** The id as a number when it is an integer within Word's range, else null. */
export function commentIdInRange(raw: string | undefined): number | null {
  if (raw === undefined || !/^\s*\+?\d+\s*$/.test(raw)) return null;
  const big = BigInt(raw.trim().replace(/^\+/, ''));
  return big <= BigInt(MAX_COMMENT_ID) ? Number(big) : null;
}

/** Hands out ids no comment in the document uses yet. */
export class CommentIds {
  private readonly used = new Set<number>();
  private max = -1;
  private lowestFree = 0;

  /** Records an id met in the document (any text; ids outside the range cannot clash with new ones). */
  see(raw: string | undefined): void {
    const id = commentIdInRange(raw);
    if (id === null) return;
    this.used.add(id);
    if (id > this.max) this.max = id;
  }

  /** A fresh id: past the largest one seen, or the lowest free one when that would leave the range. */
  take(): number {
    let id: number;
    if (this.max < MAX_COMMENT_ID) id = this.max + 1;
    else {
      while (this.used.has(this.lowestFree)) this.lowestFree++;
      id = this.lowestFree;
      if (id > MAX_COMMENT_ID) throw new Error('no free Word comment id');
    }
    this.used.add(id);
    if (id > this.max) this.max = id;
    return id;
  }
}
