import { Presets, SingleBar } from 'cli-progress';

/** Reports import progress: a bar on a terminal, a plain line every `every` articles otherwise (logs, CI). */
export interface ImportProgress {
  update(done: number): void;
  stop(): void;
}

export interface ProgressOptions {
  stream: NodeJS.WriteStream;
  /** Articles expected (from a manifest), or null when only the count so far is known. */
  total: number | null;
  /** Lines in non-terminal mode: one per this many articles. */
  every?: number;
}

export function createImportProgress({ stream, total, every = 100 }: ProgressOptions): ImportProgress {
  if (!stream.isTTY) {
    return {
      update: (done) => {
        if (done % every === 0) stream.write(`import: ${done}${total ? `/${total}` : ''} articles\n`);
      },
      stop: () => undefined,
    };
  }
  const format = total
    ? 'import [{bar}] {value}/{total} articles | {duration_formatted} | eta {eta_formatted}'
    : 'import {value} articles | {duration_formatted}';
  const bar = new SingleBar({ stream, format, clearOnComplete: true, hideCursor: true }, Presets.shades_classic);
  bar.start(total ?? 0, 0);
  return {
    // A manifest can undercount (a file that fails to split): grow the total rather than overflow.
    update: (done) => {
      if (total && done > bar.getTotal()) bar.setTotal(done);
      bar.update(done);
    },
    stop: () => bar.stop(),
  };
}
