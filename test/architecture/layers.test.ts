import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import ts from 'typescript';

/**
 * The layers run one way: cli → server → importers → db (db/vocabulary at the bottom). Each rule names
 * a layer and the folders it may not reach; server/ reaches importers/ only through importers/index.ts.
 * Imports are read with TypeScript's own pre-processor, so `import type`, re-exports, dynamic
 * `import()` and `require()` all count.
 */
const root = join(__dirname, '..', '..');
const LAYERS = ['cli', 'server', 'importers', 'db'] as const;
type Layer = (typeof LAYERS)[number];

const FORBIDDEN: Record<Layer, readonly Layer[]> = {
  cli: [],
  server: ['cli'],
  importers: ['server', 'cli'],
  db: ['importers', 'server', 'cli'],
};
/** The only file of importers/ that server/ may import. */
const IMPORTERS_ENTRY = 'importers/index';

interface Edge {
  from: string;
  to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(dir, file).split(sep).join('/'));
}

/** Every project-internal import of a file, as a path from the project root without extension. */
function importsOf(file: string): Edge[] {
  const info = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
  return info.importedFiles
    .map((imported) => imported.fileName)
    .filter((name) => name.startsWith('.'))
    .map((name) => ({ from: file, to: relative(root, join(root, dirname(file), name)).split(sep).join('/').replace(/\.ts$/, '') }));
}

function layerOf(path: string): Layer | null {
  const top = path.split('/')[0];
  return (LAYERS as readonly string[]).includes(top ?? '') ? (top as Layer) : null;
}

const edges = LAYERS.flatMap((layer) => sourceFiles(layer).flatMap(importsOf));

/** The edges that break a rule, as "from → to" lines (empty when the layers hold). */
function violations(all: Edge[]): string[] {
  return all
    .filter(({ from, to }) => {
      const source = layerOf(from)!;
      const target = layerOf(to);
      if (!target) return false;
      if (FORBIDDEN[source].includes(target)) return true;
      return source === 'server' && target === 'importers' && to !== IMPORTERS_ENTRY;
    })
    .map(({ from, to }) => `${from} → ${to}`);
}

/** Import cycles (type-only ones too: they tie files together for a reader just the same), each as a path a → b → a. */
function cycles(all: Edge[]): string[] {
  const next = new Map<string, string[]>();
  for (const { from, to } of all) {
    const key = from.replace(/\.ts$/, '');
    next.set(key, [...(next.get(key) ?? []), to]);
  }
  const found = new Set<string>();
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    if (state.get(file) === 'done') return;
    if (state.get(file) === 'open') {
      const loop = stack.slice(stack.indexOf(file));
      const start = loop.indexOf([...loop].sort()[0]!);
      found.add([...loop.slice(start), ...loop.slice(0, start), loop[start]].join(' → '));
      return;
    }
    state.set(file, 'open');
    stack.push(file);
    for (const target of next.get(file) ?? []) visit(next.has(target) ? target : `${target}/index`);
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of next.keys()) visit(file);
  return [...found].sort();
}

describe('layers', () => {
  it('reads the import graph', () => {
    // The graph is real: the cli reaches the importers' entry, and the server's import route does too.
    expect(edges).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'server/routes/imports.routes.ts', to: IMPORTERS_ENTRY })]));
    expect(edges.some((edge) => edge.from.startsWith('cli/') && edge.to === IMPORTERS_ENTRY)).toBe(true);
  });

  it('importers/ never imports server/ or cli/; db/ no upper layer; server/ no cli/ and importers/ only through its entry', () => {
    expect(violations(edges)).toEqual([]);
  });

  it('has no import cycles', () => {
    expect(cycles(edges)).toEqual([]);
  });

  it('names the files of a cycle', () => {
    const loop: Edge[] = [
      { from: 'importers/readers/reader.ts', to: 'importers/readers/manifest' },
      { from: 'importers/readers/manifest.ts', to: 'importers/readers/url-input' },
      { from: 'importers/readers/url-input.ts', to: 'importers/readers/reader' },
    ];
    expect(cycles(loop)).toEqual(['importers/readers/manifest → importers/readers/url-input → importers/readers/reader → importers/readers/manifest']);
  });

  it('names the edge that breaks a rule', () => {
    const broken: Edge[] = [
      { from: 'db/repositories/x.repository.ts', to: 'importers/merge/index' },
      { from: 'importers/store/x.ts', to: 'server/services/api-key.service' },
      { from: 'server/routes/x.routes.ts', to: 'importers/readers/reader' },
      { from: 'server/routes/y.routes.ts', to: 'importers/index' },
      { from: 'server/serve.ts', to: 'cli/commands/index' },
      { from: 'importers/store/y.ts', to: 'db/vocabulary/taxonomy' },
    ];
    expect(violations(broken)).toEqual([
      'db/repositories/x.repository.ts → importers/merge/index',
      'importers/store/x.ts → server/services/api-key.service',
      'server/routes/x.routes.ts → importers/readers/reader',
      'server/serve.ts → cli/commands/index',
    ]);
  });
});
