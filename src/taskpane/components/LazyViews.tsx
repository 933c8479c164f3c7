/**
 * The pane's views that are not needed on first paint, loaded when first rendered (issue 11.6):
 * the findings and the fixes (with the rule catalogue's messages) once there is a result, and the
 * price-level view (with the conversion) and the template workshop (with the derivation) below
 * the fold. Same props as the views themselves.
 */
import * as React from 'react';
import type { FindingsView as FindingsViewType } from './FindingsView';
import type { FixesBar as FixesBarType } from './FixesView';
import type { PriceLevelView as PriceLevelViewType } from './PriceLevelView';
import type { TemplateWorkshop as TemplateWorkshopType } from './TemplateWorkshop';

const LoadedFindingsView = React.lazy(() => import(/* webpackChunkName: "findings" */ './FindingsView').then((m) => ({ default: m.FindingsView })));
const LoadedFixesBar = React.lazy(() => import(/* webpackChunkName: "findings" */ './FixesView').then((m) => ({ default: m.FixesBar })));
const LoadedTemplateWorkshop = React.lazy(() => import(/* webpackChunkName: "template-workshop" */ './TemplateWorkshop').then((m) => ({ default: m.TemplateWorkshop })));
const LoadedPriceLevelView = React.lazy(() => import(/* webpackChunkName: "price-level" */ './PriceLevelView').then((m) => ({ default: m.PriceLevelView })));

export function FindingsView(props: React.ComponentProps<typeof FindingsViewType>) {
  return (
    <React.Suspense fallback={null}>
      <LoadedFindingsView {...props} />
    </React.Suspense>
  );
}

export function FixesBar(props: React.ComponentProps<typeof FixesBarType>) {
  return (
    <React.Suspense fallback={null}>
      <LoadedFixesBar {...props} />
    </React.Suspense>
  );
}

export function PriceLevelView(props: React.ComponentProps<typeof PriceLevelViewType>) {
  return (
    <React.Suspense fallback={null}>
      <LoadedPriceLevelView {...props} />
    </React.Suspense>
  );
}

/** The template editor and "Gem som skabelon" (with the derivation from a checked workbook), below the fold. */
export function TemplateWorkshop(props: React.ComponentProps<typeof TemplateWorkshopType>) {
  return (
    <React.Suspense fallback={null}>
      <LoadedTemplateWorkshop {...props} />
    </React.Suspense>
  );
}
