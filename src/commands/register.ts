/** The ribbon's part of the shared runtime's page: "Tjek totaler" is registered once Office is ready. */
import { onAddinReady } from '../addin';
import { configureCommands, registerCommands } from './commands';

onAddinReady(({ gateway, controller, inExcel }) => {
  if (!inExcel) return;
  configureCommands({ gateway, controller });
  registerCommands();
});
