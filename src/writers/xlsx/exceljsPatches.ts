/**
 * Two narrow fixes to ExcelJS 4.4 hyperlinks, applied once when a writer loads:
 * - an internal link ("#'Ark 1'!C8") is written as <hyperlink location="'Ark 1'!C8"/>, which Excel
 *   follows; ExcelJS would write it as an external relationship plus location, a broken link;
 * - internal links already in a workbook (location only, no relationship) survive load and save;
 *   ExcelJS would drop them.
 * Both only touch hyperlinks whose target starts with "#"; everything else takes ExcelJS's own path.
 */
/* eslint-disable @typescript-eslint/no-require-imports */

interface XmlStream {
  leafNode(name: string, attributes: Record<string, unknown>): void;
}
interface HyperlinkModel {
  address: string;
  target?: string;
  tooltip?: string;
  rId?: string;
}

let applied = false;

export function applyExcelJsPatches(): void {
  if (applied) return;
  applied = true;
  const HyperlinkXform = require('exceljs/lib/xlsx/xform/sheet/hyperlink-xform');
  const WorksheetXform = require('exceljs/lib/xlsx/xform/sheet/worksheet-xform');
  const RelType = require('exceljs/lib/xlsx/rel-type');

  const render = HyperlinkXform.prototype.render;
  HyperlinkXform.prototype.render = function renderInternal(xmlStream: XmlStream, model: HyperlinkModel) {
    if (typeof model.target === 'string' && model.target.startsWith('#')) {
      xmlStream.leafNode('hyperlink', { ref: model.address, location: model.target.slice(1), tooltip: model.tooltip });
      return;
    }
    render.call(this, xmlStream, model);
  };

  const reconcile = WorksheetXform.prototype.reconcile;
  WorksheetXform.prototype.reconcile = function reconcileInternal(model: { hyperlinks?: HyperlinkModel[]; relationships?: unknown[] }, options: unknown) {
    (model.hyperlinks ?? []).forEach((h, i) => {
      if (!h.rId && h.target) {
        const id = `budgettjekLocation${i}`;
        model.relationships = [...(model.relationships ?? []), { Id: id, Type: RelType.Hyperlink, Target: `#${h.target}`, TargetMode: 'External' }];
        h.rId = id;
      }
    });
    return reconcile.call(this, model, options);
  };
}
