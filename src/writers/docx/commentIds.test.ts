import { CommentIds, MAX_COMMENT_ID, commentIdInRange } from './commentIds';

describe('Word comment ids', () => {
  test('ids are read as integers of any length, never as floats', () => {
    expect(commentIdInRange('7')).toBe(7);
    expect(commentIdInRange('2147483647')).toBe(MAX_COMMENT_ID);
    expect(commentIdInRange('2147483648')).toBeNull();
    expect(commentIdInRange('9007199254740993')).toBeNull();
    expect(commentIdInRange('123456789012345678901234567890')).toBeNull();
    expect(commentIdInRange('-1')).toBeNull();
    expect(commentIdInRange('1.5')).toBeNull();
    expect(commentIdInRange(undefined)).toBeNull();
  });

  test('new ids follow the largest one in range', () => {
    const ids = new CommentIds();
    ['0', '4', '9007199254740993'].forEach((i) => ids.see(i));
    expect([ids.take(), ids.take()]).toEqual([5, 6]);
  });

  test('past 2147483647 new ids are the lowest free ones, unique and in range', () => {
    const ids = new CommentIds();
    ['2147483647', '0', '1', '3', '123456789012345678901234567890'].forEach((i) => ids.see(i));
    const taken = [ids.take(), ids.take(), ids.take()];
    expect(taken).toEqual([2, 4, 5]);
    for (const id of taken) expect(id).toBeLessThanOrEqual(MAX_COMMENT_ID);
  });
});
