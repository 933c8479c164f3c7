/**
 * Budgettjek's text as a reply in a cell's comment thread, where the cell has one. Excel (365 and
 * later) keeps a cell's conversation in the sheet's threaded comments part
 * (`ThreadedComments`, namespace .../spreadsheetml/2018/threadedcomments): each `threadedComment`
 * has a `ref`, a time `dT`, the author's `personId` and its own `id` (GUIDs in braces); a reply
 * names the thread's first comment as its `parentId`. Authors are `person` entries of the
 * workbook's person list (same namespace). The legacy note Excel writes beside a thread (for
 * older readers) is kept and gets the same text, as before.
 */
import { randomUUID } from 'node:crypto';
import { tokensOf as tokens, attr, escapeXml, parseAttrs, prefixOf, type Token } from './xmlTokens';

const THREADED_NS = 'http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments';

/** The name Budgettjek's replies are signed with (a person of the workbook's person list). */
export const BUDGETTJEK_PERSON = 'Budgettjek';

/** A new GUID in the braces Excel writes ("{0F3C…}"), upper case. */
export function newGuid(): string {
  return `{${randomUUID().toUpperCase()}}`;
}


function normalRef(ref: string): string {
  return ref.toUpperCase().replace(/\$/g, '');
}

interface Thread {
  /** The `id` of the thread's first comment (the parent of every reply). */
  id: string;
  /** The `ref` as the part spells it. */
  ref: string;
  /** Index of the token that ends the thread's last comment (a reply goes after it). */
  endsAt: number;
}

/** The threads of a threaded comments part, by their cell (normalised A1). */
function threadsOf(ts: Token[]): Map<string, Thread> {
  const threads = new Map<string, Thread>();
  const byId = new Map<string, Thread>();
  let depth = 0;
  let current: Thread | null = null;
  ts.forEach((t, i) => {
    if (t.kind === 'open' || t.kind === 'empty') {
      if (depth === 1 && t.local === 'threadedComment') {
        const a = parseAttrs(t.raw);
        const id = attr(a, 'id');
        const parentId = attr(a, 'parentId');
        const ref = attr(a, 'ref');
        let thread: Thread | null = null;
        if (parentId) thread = byId.get(parentId) ?? null;
        else if (id && ref && !threads.has(normalRef(ref))) {
          thread = { id, ref, endsAt: i };
          threads.set(normalRef(ref), thread);
          byId.set(id, thread);
        }
        if (thread && t.kind === 'empty') thread.endsAt = i;
        current = t.kind === 'open' ? thread : null;
      }
      if (t.kind === 'open') depth++;
    } else if (t.kind === 'close') {
      depth--;
      if (depth === 1 && t.local === 'threadedComment' && current) {
        current.endsAt = i;
        current = null;
      }
    }
  });
  return threads;
}

/** The cells of `refs` (A1 addresses) that have a comment thread in the part. */
export function cellsWithThreads(text: string, refs: Iterable<string>): string[] {
  const threads = threadsOf(tokens(text));
  return [...refs].filter((r) => threads.has(normalRef(r)));
}

/**
 * The threaded comments part with a reply by `personId` added to the thread of each cell in
 * `replies` that has one (after the thread's last comment). Returns the part and the cells replied to.
 */
export function addThreadedReplies(
  text: string,
  replies: Map<string, string>,
  personId: string,
  options: { now?: Date; newId?: () => string } = {},
): { text: string; replied: string[] } {
  const ts = tokens(text);
  const threads = threadsOf(ts);
  const newId = options.newId ?? newGuid;
  // Excel writes dT without a zone, to the hundredth of a second.
  const dT = (options.now ?? new Date()).toISOString().replace(/(\.\d{2})\d*Z$/, '$1');
  let prefix = '';
  for (const t of ts) {
    if (t.kind === 'open' || t.kind === 'empty') {
      prefix = prefixOf(t.name);
      break;
    }
  }
  const after = new Map<number, string[]>();
  const replied: string[] = [];
  for (const [address, note] of replies) {
    const thread = threads.get(normalRef(address));
    if (!thread) continue;
    const reply =
      `<${prefix}threadedComment ref="${escapeXml(thread.ref)}" dT="${dT}" personId="${escapeXml(personId)}" id="${newId()}" parentId="${escapeXml(thread.id)}">` +
      `<${prefix}text>${escapeXml(note)}</${prefix}text></${prefix}threadedComment>`;
    if (!after.has(thread.endsAt)) after.set(thread.endsAt, []);
    after.get(thread.endsAt)!.push(reply);
    replied.push(address);
  }
  if (replied.length === 0) return { text, replied };
  const out: string[] = [];
  ts.forEach((t, i) => {
    out.push(t.raw);
    const add = after.get(i);
    if (add) out.push(...add);
  });
  return { text: out.join(''), replied };
}

/**
 * The workbook's person list with Budgettjek in it (added when it is not there yet, found by its
 * display name and the provider "None"); a new list when there was none. Returns the part (null
 * when unchanged) and Budgettjek's person id.
 */
export function withBudgettjekPerson(text: string | null, newId: () => string = newGuid): { text: string | null; personId: string } {
  const person = (id: string, prefix: string) =>
    `<${prefix}person displayName="${BUDGETTJEK_PERSON}" id="${id}" userId="${BUDGETTJEK_PERSON}" providerId="None"/>`;
  if (text === null) {
    const id = newId();
    return {
      text: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<personList xmlns="${THREADED_NS}" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${person(id, '')}</personList>`,
      personId: id,
    };
  }
  const ts = tokens(text);
  let prefix = '';
  let depth = 0;
  let closeAt = -1;
  let emptyRoot = -1;
  // A person comes before the list's extLst (CT_PersonList: person*, extLst?).
  let extAt = -1;
  for (let i = 0; i < ts.length; i++) {
    const t = ts[i];
    if (t.kind === 'open' || t.kind === 'empty') {
      if (depth === 0) {
        prefix = prefixOf(t.name);
        if (t.kind === 'empty') emptyRoot = i;
      }
      if (depth === 1 && t.local === 'extLst' && extAt < 0) extAt = i;
      if (depth === 1 && t.local === 'person') {
        const a = parseAttrs(t.raw);
        const id = attr(a, 'id');
        if (id && attr(a, 'displayName') === BUDGETTJEK_PERSON && attr(a, 'providerId') === 'None') return { text: null, personId: id };
      }
      if (t.kind === 'open') depth++;
    } else if (t.kind === 'close') {
      depth--;
      if (depth === 0) closeAt = i;
    }
  }
  const id = newId();
  if (emptyRoot >= 0) {
    const root = ts[emptyRoot];
    ts[emptyRoot] = { ...root, raw: `${root.raw.replace(/\s*\/>$/, '>')}${person(id, prefix)}</${root.name}>` };
  } else if (closeAt >= 0) {
    const at = extAt >= 0 ? extAt : closeAt;
    ts[at] = { ...ts[at], raw: `${person(id, prefix)}${ts[at].raw}` };
  } else throw new Error('the person list has no root element');
  return { text: ts.map((t) => t.raw).join(''), personId: id };
}
