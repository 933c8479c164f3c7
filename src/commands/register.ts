/** The ribbon's part of the shared runtime's page: "Tjek totaler" is registered once Office is ready. */
import { onAddinReady } from '../addin/runtime';
import { configureCommands, registerCommands } from './commands';

onAddinReady(({ gateway, templates, inExcel }) => {
  if (!inExcel) return;
  configureCommands({ gateway, templates });
  registerCommands();
});
