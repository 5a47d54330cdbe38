import { parseArgs } from 'node:util';
import { connect } from '../../db/connect';
import { migrateToLatest } from '../../db/migrate';
import { API_KEY_ROLES, type ApiKeyRole } from '../../db/tables/api-key.table';
import { createApiKey, KeyNotFoundError, listKeys, revokeKey } from '../../server/services/api-key.service';
import { UsageError, type Command } from './command';

/**
 *   timeline keys create --role editor --label "Jane (desk)"   prints the key once, on stdout
 *   timeline keys list                                         id, role, label, prefix, created, last used, revoked
 *   timeline keys revoke <id | prefix>
 */
const USAGE = `timeline keys create --role reader|editor|admin --label NAME
       timeline keys list
       timeline keys revoke <id|prefix>`;

const isRole = (value: string): value is ApiKeyRole => (API_KEY_ROLES as readonly string[]).includes(value);

export const keysCommand: Command = {
  name: 'keys',
  summary: 'create, list and revoke API keys for writing (a new key is printed once; only its hash is kept)',
  usage: USAGE,
  async run(args, config) {
    const [action, ...rest] = args;
    const run = ACTIONS.find((a) => a.name === action);
    if (!run) throw new UsageError(action ? `unknown keys action '${action}'` : 'name an action: create, list or revoke');
    const handle = await connect(config.database);
    try {
      await migrateToLatest(handle.db);
      return await run.run(handle.db, rest);
    } catch (error) {
      if (error instanceof KeyNotFoundError) {
        process.stderr.write(`timeline keys: ${error.message}\n`);
        return 1;
      }
      throw error;
    } finally {
      await handle.close();
    }
  },
};

type Db = Awaited<ReturnType<typeof connect>>['db'];

const ACTIONS: { name: string; run(db: Db, args: string[]): Promise<number> }[] = [
  {
    name: 'create',
    async run(db, args) {
      const { values } = parse(args, { role: { type: 'string' }, label: { type: 'string' } });
      const role = values.role;
      const label = values.label?.trim();
      if (!role || !isRole(role)) throw new UsageError(`--role must be one of ${API_KEY_ROLES.join(', ')}`);
      if (!label || label.length > 100 || /[\u0000-\u001f\u007f<>]/.test(label)) throw new UsageError('--label NAME is required: 1 to 100 characters of plain text');
      const { key, summary } = await createApiKey(db, role, label);
      process.stdout.write(`${key}\n`);
      process.stderr.write(`created key ${summary.id} (${summary.role}, "${summary.label}", ${summary.prefix}…): store it now, it is not shown again\n`);
      return 0;
    },
  },
  {
    name: 'list',
    async run(db, args) {
      parse(args, {});
      const keys = await listKeys(db);
      const when = (d: Date | null) => (d ? new Date(d).toISOString().slice(0, 19).replace('T', ' ') : '-');
      process.stdout.write('id\trole\tprefix\tlabel\tcreated\tlast used\trevoked\n');
      for (const k of keys) {
        process.stdout.write(`${k.id}\t${k.role}\t${k.prefix}…\t${k.label}\t${when(k.created_at)}\t${when(k.last_used_at)}\t${when(k.revoked_at)}\n`);
      }
      return 0;
    },
  },
  {
    name: 'revoke',
    async run(db, args) {
      const { positionals } = parse(args, {}, true);
      if (positionals.length !== 1) throw new UsageError('name one key to revoke, by id or prefix');
      const revoked = await revokeKey(db, positionals[0]!.replace(/…$/, ''));
      process.stderr.write(`revoked key ${revoked.id} (${revoked.role}, "${revoked.label}")\n`);
      return 0;
    },
  },
];

function parse<T extends Record<string, { type: 'string' }>>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}
