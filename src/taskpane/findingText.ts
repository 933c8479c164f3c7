/**
 * A finding's message for the pane. Its own module because it pulls in the core's rule catalogue:
 * only the findings view (loaded once there is a result) imports it, not the first paint.
 */
import { renderMessage } from '../core/messages';
import type { Finding, Lang } from '../core/model';

/** The finding's message; never throws (an unknown rule falls back to its code). */
export function findingMessage(f: Finding, lang: Lang): string {
  try {
    return renderMessage(f, lang);
  } catch {
    return f.rule;
  }
}
