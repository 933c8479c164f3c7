/**
 * The task pane's part of the shared runtime's page (taskpane.html): renders the pane once Office
 * is ready. Office.js comes from Microsoft's CDN via a <script> tag in the page; it is not bundled.
 * Opened outside Office (office.js resolves Office.onReady with no host), the page says to open
 * Budgettjek from Excel instead. The ribbon and the custom function register themselves
 * (src/commands/register.ts, src/functions/functions.ts): the page's entry lists all three.
 */
import { createRoot } from 'react-dom/client';
import { onAddinReady } from '../addin';
import { App } from './components/App';
import { OutsideExcel } from './components/OutsideExcel';

onAddinReady(
  ({ gateway, controller, inExcel }) => {
    const root = document.getElementById('root');
    if (root) createRoot(root).render(inExcel ? <App gateway={gateway} controller={controller} /> : <OutsideExcel />);
  },
  () => {
    const root = document.getElementById('root');
    if (root) root.textContent = 'Budgettjek kører i Excel: Office.js kunne ikke indlæses.';
  },
);
