import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { commands } from '../../cli/commands/index';

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

  it('documents every environment variable the code reads', () => {
    const sources = ['cli', 'importers', 'db', 'server'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts')).map((file) => join(dir, file)),
    );
    const variables = new Set<string>();
    for (const file of sources) {
      for (const match of readFileSync(join(root, file), 'utf8').matchAll(/env\.([A-Z][A-Z0-9_]+)/g)) variables.add(match[1]!);
    }
    variables.delete('JEST_WORKER_ID');
    expect(variables.size).toBeGreaterThan(5);
    for (const variable of variables) expect({ variable, documented: readme.includes(`\`${variable}\``) }).toEqual({ variable, documented: true });
  });
});
