/**
 * The documents generated from the catalogue (the rules' `meta` and findingGuide.ts): the Danish
 * finding catalogue docs/fund.md, the README's code table, and the add-in's help page (the user guide
 * and the finding catalogue as one HTML page). Pure text in, text out: `npm run docs` writes the
 * files (scripts/docs.js), and tests/docs/docs.test.ts holds the checked-in files equal to what this
 * generates. Every code in the catalogue is listed, including codes added after this was written.
 */
import { findingGuide } from './findingGuide';
import type { RuleCode, Severity } from './model';
import { ruleCatalogue } from './rules';

const severityDa: Record<Severity, string> = { error: 'fejl', warning: 'advarsel', info: 'oplysning' };
const GENERATED = '<!-- Genereret af `npm run docs` fra meddelelseskataloget (src/core/findingGuide.ts og reglernes meta). Ret dér, ikke her. -->';

/** The codes in catalogue order (the rules' registry order). */
export function catalogueCodes(): RuleCode[] {
  return [...ruleCatalogue.keys()];
}

function fixLine(code: RuleCode): string {
  const guide = findingGuide[code];
  if (guide?.fix === 'certain') return `Rettes af \`budgettjek fix\` og af *Ret* i opgaveruden uden at spørge.`;
  if (guide?.fix === 'choice') return `Kan rettes, når du beder om det: \`budgettjek fix ${guide.fixOption ?? ''}\`, eller *Ret* ud for fundet i opgaveruden. Tjek først, at rettelsen er den rigtige.`.replace('fix  ', 'fix ');
  return 'Ingen automatisk rettelse: det kræver en persons vurdering.';
}

/** docs/fund.md: every finding, what it means, a small example, what to do and which fix mends it. */
export function findingCatalogueMarkdown(): string {
  const lines: string[] = [
    GENERATED,
    '',
    '# Fund – hvad de betyder, og hvad du gør',
    '',
    'Budgettjek melder tre slags fund: **fejl** (noget er forkert og skal rettes), **advarsel** (noget er',
    'sandsynligvis forkert eller ufuldstændigt) og **oplysning** (til orientering). Hvert fund har en kode,',
    'som står i opgaveruden, i rapportarket og på kommandolinjen.',
    '',
    '| Kode | Alvor | Kort |',
    '|---|---|---|',
  ];
  for (const code of catalogueCodes()) {
    const meta = ruleCatalogue.get(code)!;
    const title = findingGuide[code]?.title.da ?? meta.description.da;
    lines.push(`| [\`${code}\`](#${code.toLowerCase()}) | ${severityDa[meta.severity]} | ${title} |`);
  }
  for (const code of catalogueCodes()) {
    const meta = ruleCatalogue.get(code)!;
    const guide = findingGuide[code];
    lines.push('', `## ${code}`, '');
    if (guide) lines.push(`**${guide.title.da}** (${severityDa[meta.severity]})`, '');
    else lines.push(`*${severityDa[meta.severity]}*`, '');
    lines.push(`**Hvad betyder det?** ${meta.description.da}`, '');
    if (guide) {
      lines.push(`**Eksempel:** ${guide.example.da}`, '');
      lines.push(`**Hvad gør du?** ${guide.action.da}`, '');
    }
    lines.push(`**Rettelse:** ${fixLine(code)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The README's code table (English, like the README): one row per code. */
export function readmeFindingTable(): string {
  const rows = ['| code | severity | meaning |', '|---|---|---|'];
  for (const code of catalogueCodes()) {
    const meta = ruleCatalogue.get(code)!;
    rows.push(`| \`${code}\` | ${meta.severity} | ${meta.description.en.replace(/\.$/, '').replace(/\|/g, '\\|')} |`);
  }
  return rows.join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` in `doc`. */
export function replaceBetweenMarkers(doc: string, name: string, body: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = doc.indexOf(start);
  const j = doc.indexOf(end);
  if (i < 0 || j < i) throw new Error(`the markers ${start} … ${end} are missing`);
  return `${doc.slice(0, i + start.length)}\n${body}\n${doc.slice(j)}`;
}

// ---------------------------------------------------------------------------------------------
// Markdown → HTML for the help page: the subset the guide and the catalogue use (headings, paragraphs,
// lists, tables, fenced code, inline code, bold, italics, links, images). Links to other Markdown
// files become plain text (the help page stands alone); "../assets/…" becomes "assets/…".

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function inline(text: string): string {
  const codes: string[] = [];
  let s = text.replace(/`([^`]+)`/g, (_, c: string) => {
    codes.push(`<code>${escapeHtml(c)}</code>`);
    return `\u0000${codes.length - 1}\u0000`;
  });
  s = escapeHtml(s);
  s = s.replace(/!\[([^\]]*)\]\(([^)\s]+)\)/g, (_, alt: string, src: string) => `<img src="${src.replace(/^(\.\.\/)+/, '')}" alt="${alt}" />`);
  s = s.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, href: string) => (/\.md(#.*)?$/.test(href) && !href.startsWith('#') ? label : `<a href="${href}">${label}</a>`));
  s = s.replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>').replace(/(^|[^*\w])\*([^*\s][^*]*)\*/g, '$1<em>$2</em>');
  return s.replace(/\u0000(\d+)\u0000/g, (_, i: string) => codes[Number(i)]);
}

export function headingId(text: string): string {
  return text
    .toLocaleLowerCase('da')
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s+/g, '-');
}

export function markdownToHtml(md: string): string {
  const out: string[] = [];
  const lines = md.replace(/\r\n/g, '\n').split('\n');
  let i = 0;
  const para: string[] = [];
  const flush = () => {
    if (para.length) out.push(`<p>${inline(para.join(' '))}</p>`);
    para.length = 0;
  };
  while (i < lines.length) {
    const line = lines[i];
    if (/^<!--.*-->$/.test(line.trim())) {
      i++;
      continue;
    }
    if (line.startsWith('```')) {
      flush();
      const code: string[] = [];
      for (i++; i < lines.length && !lines[i].startsWith('```'); i++) code.push(lines[i]);
      out.push(`<pre><code>${escapeHtml(code.join('\n'))}</code></pre>`);
      i++;
      continue;
    }
    const h = /^(#{1,4})\s+(.*)$/.exec(line);
    if (h) {
      flush();
      out.push(`<h${h[1].length} id="${headingId(h[2])}">${inline(h[2])}</h${h[1].length}>`);
      i++;
      continue;
    }
    if (/^\|.*\|\s*$/.test(line)) {
      flush();
      const rows: string[][] = [];
      for (; i < lines.length && /^\|.*\|\s*$/.test(lines[i]); i++) {
        if (/^\|[\s|:-]+\|\s*$/.test(lines[i])) continue;
        rows.push(lines[i].trim().slice(1, -1).split(/(?<!\\)\|/).map((c) => c.trim().replace(/\\\|/g, '|')));
      }
      const [head, ...body] = rows;
      out.push(`<table><thead><tr>${head.map((c) => `<th>${inline(c)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${inline(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`);
      continue;
    }
    const li = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (li) {
      flush();
      const ordered = /\d/.test(li[2]);
      const items: string[] = [];
      for (; i < lines.length; i++) {
        const m = /^(\s*)([-*]|\d+\.)\s+(.*)$/.exec(lines[i]);
        if (m) items.push(m[3]);
        else if (/^\s{2,}\S/.test(lines[i]) && items.length) items[items.length - 1] += ` ${lines[i].trim()}`;
        else break;
      }
      const tag = ordered ? 'ol' : 'ul';
      out.push(`<${tag}>${items.map((t) => `<li>${inline(t)}</li>`).join('')}</${tag}>`);
      continue;
    }
    if (line.trim() === '') flush();
    else para.push(line.trim());
    i++;
  }
  flush();
  return out.join('\n');
}

/** The add-in's help page: the user guide, then the finding catalogue, as one page. */
export function helpPageHtml(guideMarkdown: string, catalogueMarkdown: string): string {
  return `<!doctype html>
<html lang="da">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self'; style-src 'unsafe-inline'" />
    <title>Budgettjek – hjælp</title>
    <style>
      body { font-family: "Segoe UI", sans-serif; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.5; }
      img { max-width: 100%; border: 1px solid #ddd; }
      table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: .2em .5em; text-align: left; vertical-align: top; }
      code { background: #f3f3f3; padding: 0 .2em; } pre { background: #f3f3f3; padding: .5em; overflow-x: auto; }
    </style>
  </head>
  <body>
<!-- Genereret af npm run docs fra docs/brugervejledning.md og docs/fund.md. -->
${markdownToHtml(guideMarkdown)}
${markdownToHtml(catalogueMarkdown)}
  </body>
</html>
`;
}
