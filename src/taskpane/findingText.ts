/**
 * A finding's message for the pane: the core's (an unknown rule falls back to its code). Its own
 * module because it pulls in the rule catalogue: only the findings view (loaded once there is a
 * result) imports it, not the first paint.
 */
export { findingText as findingMessage } from '../core/report';
