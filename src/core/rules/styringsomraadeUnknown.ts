/** STYRINGSOMRAADE_UNKNOWN: the named styringsområde is not in the template; suggests the nearest. */
import { StyringsomraadeMatcher } from '../detect/styringsomraade';
import { namesInBrief } from '../templates/bounds';
import type { Finding, TableBlock } from '../model';
import { findingFor } from './finding';
import type { RuleMeta, TableRule } from './rule';
import { isTotalWord } from '../detect/shapeTables';
import { normalizeLabel } from '../detect/labelText';

export const styringsomraadeUnknownMeta: RuleMeta = {
  code: 'STYRINGSOMRAADE_UNKNOWN',
  severity: 'error',
  description: {
    da: 'Styringsområdet findes ikke i skabelonen.',
    en: 'The styringsområde is not in the template.',
  },
  messages: {
    da: {
      default: '"{text}" er ikke et kendt styringsområde. Mente du "{suggestion}"?',
      noSuggestion: '"{text}" er ikke et kendt styringsområde. Kendte: {known}.',
    },
    en: {
      default: '"{text}" is not a known styringsområde. Did you mean "{suggestion}"?',
      noSuggestion: '"{text}" is not a known styringsområde. Known: {known}.',
    },
  },
};

const matchers = new WeakMap<object, StyringsomraadeMatcher>();

export const styringsomraadeUnknownRule: TableRule = {
  scope: 'table',
  meta: [styringsomraadeUnknownMeta],
  check(table: TableBlock, { template }): Finding[] {
    let matcher = matchers.get(template);
    if (!matcher) {
      matcher = new StyringsomraadeMatcher(template.styringsomraader);
      matchers.set(template, matcher);
    }
    const findings: Finding[] = [];
    const totalLabels = template.totalLabels.map(normalizeLabel);
    for (const row of table.rows) {
      const s = row.styringsomraade;
      if (!s || s.text === '' || s.canonical !== null) continue;
      // "I alt", "Total" in the styringsområde column names the total row, not a styringsområde.
      if (row.kind === 'total' || row.kind === 'netTotal' || isTotalWord(normalizeLabel(s.text), totalLabels)) continue;
      const suggestion = matcher.suggest(s.text);
      findings.push(
        suggestion
          ? findingFor(styringsomraadeUnknownMeta, table, s.address, { text: s.text, suggestion })
          : findingFor(styringsomraadeUnknownMeta, table, s.address, { text: s.text, known: namesInBrief(matcher.names()) }, { variant: 'noSuggestion' }),
      );
    }
    return findings;
  },
};
