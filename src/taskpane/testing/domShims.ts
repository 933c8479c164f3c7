/** What jsdom lacks and Fluent UI uses (MessageBar observes its size). Import first in .test.tsx files. */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
const g = globalThis as { ResizeObserver?: unknown };
if (typeof g.ResizeObserver === 'undefined') g.ResizeObserver = ResizeObserverStub;
export {};
