/**
 * The pane's one way to the add-in's session: its state (re-rendering on every change) and its
 * controller's actions. The controller is the page's shared one (src/addin/runtime.ts), or one made
 * for the gateway given (tests).
 */
import * as React from 'react';
import { createSessionController, type SessionController, type SessionOptions, type SessionState } from '../addin';

export interface Session {
  state: SessionState;
  actions: SessionController;
}

export function useSession(options: SessionOptions & { controller?: SessionController }): Session {
  const { controller: given, gateway, templates, organisation, analyse, convert } = options;
  const controller = React.useMemo(
    () => given ?? createSessionController({ gateway, templates, organisation, analyse, convert }),
    [given, gateway, templates, organisation, analyse, convert],
  );
  const state = React.useSyncExternalStore(controller.subscribe, controller.getState, controller.getState);
  React.useEffect(() => {
    void controller.start();
    // A controller made here is this pane's own: stop following the ribbon when it goes.
    return given ? undefined : () => controller.dispose();
  }, [controller, given]);
  return { state, actions: controller };
}
