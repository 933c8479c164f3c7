/**
 * Entry of the shared runtime's page (taskpane.html): registers the ribbon commands and the
 * custom functions, then renders the task pane. Office.js comes from Microsoft's CDN via a
 * <script> tag in the page; it is not bundled. Opened outside Office (office.js resolves
 * Office.onReady with no host), the page says to open Budgettjek from Excel instead.
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { builtinTemplates } from '../core/templates/builtin';
import { createLazyOfficeGateway } from './lazyGateway';
import { configureCommands, registerCommands } from '../commands/commands';
import '../functions/functions';
import { App } from './components/App';
import { OutsideExcel } from './components/OutsideExcel';

function start(): void {
  const gateway = createLazyOfficeGateway();
  configureCommands({ gateway, templates: builtinTemplates });
  registerCommands();
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<App gateway={gateway} templates={builtinTemplates} />);
}

function showOutsideExcel(): void {
  const root = document.getElementById('root');
  if (root) createRoot(root).render(<OutsideExcel />);
}

if (typeof Office === 'undefined') {
  const root = document.getElementById('root');
  if (root) root.textContent = 'Budgettjek kører i Excel: Office.js kunne ikke indlæses.';
} else {
  void Office.onReady((info) => (info && info.host ? start() : showOutsideExcel()));
}
