/**
 * What a fix's button says: what it writes ("Skriv 1.000 kr. 2027 p/l", "Erstat med 1.045",
 * "Skriv formlen =SUM(C5:C8)"), so the user knows before pressing it. Numbers as Office's display
 * language writes them.
 */
import type { CellContent, Finding, Lang, ProposedFix } from '../../core';

const MAX_SHOWN = 48;

export function fixKey(f: Pick<Finding, 'rule' | 'sheet' | 'cell'>): string {
  return `${f.rule}\u0000${f.sheet}\u0000${f.cell}`;
}

function shown(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

function contentText(c: CellContent, lang: Lang): string | null {
  if (c.formula) return shown(`=${c.formula.replace(/^=/, '')}`);
  const v = c.value;
  if (typeof v === 'number') return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-US', { maximumFractionDigits: 10 }).format(v);
  if (typeof v === 'string') return shown(v);
  if (typeof v === 'boolean') return v ? (lang === 'da' ? 'SAND' : 'TRUE') : lang === 'da' ? 'FALSK' : 'FALSE';
  return null;
}

function isEmpty(c: CellContent): boolean {
  return !c.formula && (c.value === null || c.value === undefined || c.value === '');
}

const words = {
  da: { write: (x: string) => `Skriv ${x}`, formula: (x: string) => `Skriv formlen ${x}`, replace: (x: string) => `Erstat med ${x}`, cells: (n: number) => `Ret ${n} celler` },
  en: { write: (x: string) => `Write ${x}`, formula: (x: string) => `Write the formula ${x}`, replace: (x: string) => `Replace with ${x}`, cells: (n: number) => `Fix ${n} cells` },
};

export function fixButtonText(fix: Pick<ProposedFix, 'edits'>, lang: Lang): string {
  const w = words[lang];
  if (fix.edits.length !== 1) return w.cells(fix.edits.length);
  const { before, after } = fix.edits[0];
  const text = contentText(after, lang);
  if (text === null) return w.cells(1);
  if (after.formula) return w.formula(text);
  return isEmpty(before) ? w.write(text) : w.replace(text);
}
