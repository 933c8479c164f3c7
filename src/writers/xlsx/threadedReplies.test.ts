import { addThreadedReplies, cellsWithThreads, newGuid, withBudgettjekPerson } from './threadedReplies';

const NS = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';
const part = (body: string, prefix = '') =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<${prefix}ThreadedComments xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="${NS}">${body}</${prefix}ThreadedComments>`;
const comment = (ref: string, id: string, parentId?: string, text = 'tekst', prefix = '') =>
  `<${prefix}threadedComment ref="${ref}" dT="2026-01-05T10:00:00.00" personId="{P1}" id="${id}"${parentId ? ` parentId="${parentId}"` : ''}><${prefix}text>${text}</${prefix}text></${prefix}threadedComment>`;

let n = 0;
const ids = () => `{ID-${++n}}`;
const now = new Date('2026-03-04T05:06:07.891Z');

beforeEach(() => {
  n = 0;
});

describe('addThreadedReplies', () => {
  test('a reply goes after the last comment of the cell’s thread, naming the first comment as parent', () => {
    const text = part(comment('A5', '{T1}') + comment('A5', '{R1}', '{T1}') + comment('B2', '{T2}'));
    const out = addThreadedReplies(text, new Map([['A5', 'Budgettjek:\nfejl & mere']]), '{BT}', { now, newId: ids });
    expect(out.replied).toEqual(['A5']);
    expect(out.text).toBe(
      part(
        comment('A5', '{T1}') +
          comment('A5', '{R1}', '{T1}') +
          '<threadedComment ref="A5" dT="2026-03-04T05:06:07.89" personId="{BT}" id="{ID-1}" parentId="{T1}"><text>Budgettjek:\nfejl &amp; mere</text></threadedComment>' +
          comment('B2', '{T2}'),
      ),
    );
  });

  test('cells without a thread get no reply; the part is unchanged when none has one', () => {
    const text = part(comment('A5', '{T1}'));
    const out = addThreadedReplies(text, new Map([['C7', 'x']]), '{BT}', { now, newId: ids });
    expect(out).toEqual({ text, replied: [] });
    expect(cellsWithThreads(text, ['a5', '$A$5', 'C7'])).toEqual(['a5', '$A$5']);
  });

  test('a prefixed part gets prefixed replies, before its extLst', () => {
    const text = part(comment('D8', '{T1}', undefined, 'x', 't:') + '<t:extLst/>', 't:');
    const out = addThreadedReplies(text, new Map([['D8', 'y']]), '{BT}', { now, newId: ids });
    expect(out.text).toContain('</t:threadedComment><t:threadedComment ref="D8" dT="2026-03-04T05:06:07.89" personId="{BT}" id="{ID-1}" parentId="{T1}"><t:text>y</t:text></t:threadedComment><t:extLst/>');
  });

  test('a reply whose parent is unknown starts no thread of its own', () => {
    const text = part(comment('E1', '{R9}', '{GONE}'));
    expect(addThreadedReplies(text, new Map([['E1', 'y']]), '{BT}', { now, newId: ids }).replied).toEqual([]);
  });
});

describe('withBudgettjekPerson', () => {
  const list = (body: string) => `<?xml version="1.0"?>\n<personList xmlns="${NS}">${body}</personList>`;

  test('adds Budgettjek to the list once, before its extLst', () => {
    const text = list('<person displayName="Økonomi" id="{P1}" userId="o" providerId="None"/><extLst/>');
    const first = withBudgettjekPerson(text, ids);
    expect(first.personId).toBe('{ID-1}');
    expect(first.text).toBe(list('<person displayName="Økonomi" id="{P1}" userId="o" providerId="None"/><person displayName="Budgettjek" id="{ID-1}" userId="Budgettjek" providerId="None"/><extLst/>'));
    // Run again on the result: found, not added twice.
    expect(withBudgettjekPerson(first.text, ids)).toEqual({ text: null, personId: '{ID-1}' });
  });

  test('an empty list and no list at all', () => {
    expect(withBudgettjekPerson(`<personList xmlns="${NS}"/>`, ids).text).toBe(`<personList xmlns="${NS}"><person displayName="Budgettjek" id="{ID-1}" userId="Budgettjek" providerId="None"/></personList>`);
    const fresh = withBudgettjekPerson(null, ids);
    expect(fresh.personId).toBe('{ID-2}');
    expect(fresh.text).toContain(`<personList xmlns="${NS}"`);
    expect(fresh.text).toContain('<person displayName="Budgettjek" id="{ID-2}" userId="Budgettjek" providerId="None"/></personList>');
  });

  test('ids are GUIDs in braces, upper case', () => {
    expect(newGuid()).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-[89AB][0-9A-F]{3}-[0-9A-F]{12}\}$/);
  });
});
