import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { commands } from '../../cli/commands/index';
import { environmentDefaults } from '../../db/config';

/**
 * The README is the front door: it must name every CLI command and every flag the commands take,
 * the two commands a new user runs, and every file it links to must exist. A flag added to a
 * command's usage without a word in the README fails here, the way Datasette's docs tests do.
 */
const root = join(__dirname, '../..');
const readme = readFileSync(join(root, 'README.md'), 'utf8');

describe('README.md', () => {
  it('gives the two first commands', () => {
    expect(readme).toContain('npm install && npm start');
    expect(readme).toContain('npm install && npm test');
  });

  it.each(commands.map((command) => [command.name, command] as const))('names `timeline %s` and every flag of its usage', (name, command) => {
    expect(readme).toContain(`timeline ${name}`);
    const flags = [...new Set(command.usage.match(/--[a-z][a-z-]*/g) ?? [])];
    for (const flag of flags) expect({ command: name, flag, documented: readme.includes(flag) }).toEqual({ command: name, flag, documented: true });
  });

  it('links only to files that exist', () => {
    const links = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((match) => match[1]!).filter((href) => !/^[a-z]+:/.test(href));
    expect(links.length).toBeGreaterThan(0);
    for (const href of links) expect({ href, exists: existsSync(join(dirname(join(root, 'README.md')), href)) }).toEqual({ href, exists: true });
  });

  it('lists every variable of the configuration schema with its default, and no other', () => {
    const table = readme.slice(readme.indexOf('| variable | default | meaning |'));
    const rows = [...table.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \| ([^|]+) \|/gm)].map((match) => [match[1]!, match[2]!.trim()] as const);
    const defaults = environmentDefaults();
    expect(rows.map(([name]) => name).sort()).toEqual(Object.keys(defaults).sort());
    for (const [name, documented] of rows) {
      const value = defaults[name as keyof typeof defaults];
      expect({ name, documented: value === undefined ? documented.startsWith('unset') : documented === `\`${value}\`` }).toEqual({ name, documented: true });
    }
  });

  it('reads the environment in one place: the command line hands it to db/config.ts', () => {
    const readers = ['cli', 'importers', 'db', 'server']
      .flatMap((dir) => readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => join(dir, file)))
      .filter((file) => /process\.env\b/.test(readFileSync(join(root, file), 'utf8')));
    expect(readers).toEqual(['cli/cli.ts']);
  });
});
