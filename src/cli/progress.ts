/**
 * Progress of a check on stderr — files done of total and the file being read — only when stderr is
 * a terminal and the run has lasted about a second; never on stdout, never in JSON, nothing on a pipe.
 */
import { visible } from './output/terminalText';

export class Progress {
  private done = 0;
  private current = '';
  private shown = false;
  private readonly timer: NodeJS.Timeout | null;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    enabled: boolean,
    afterMs = 1000,
    private readonly columns = 80,
  ) {
    this.timer = enabled
      ? setTimeout(() => {
          this.shown = true;
          this.draw();
        }, afterMs)
      : null;
    this.timer?.unref();
  }

  /** A file started (`current`) or finished (`done` files in all). */
  update(done: number, current?: string): void {
    this.done = done;
    if (current !== undefined) this.current = current;
    if (this.shown) this.draw();
  }

  /** Clears the line, e.g. before something else is written to the same terminal. */
  clear(): void {
    if (this.shown) this.write('\r\x1b[2K');
  }

  /** Draws the line again after `clear`. */
  redraw(): void {
    if (this.shown) this.draw();
  }

  finish(): void {
    if (this.timer) clearTimeout(this.timer);
    this.clear();
    this.shown = false;
  }

  private draw(): void {
    const head = `${this.done}/${this.total} `;
    const room = Math.max(10, this.columns - head.length - 1);
    let name = visible(this.current);
    if (name.length > room) name = `…${name.slice(name.length - room + 1)}`;
    this.write(`\r\x1b[2K${head}${name}`);
  }
}
