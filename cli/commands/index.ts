import type { Command } from './command';
import { datesCommand } from './dates.command';
import { exportCommand } from './export.command';
import { extractCommand } from './extract.command';
import { importCommand } from './import.command';
import { jobsCommand } from './jobs.command';
import { keysCommand } from './keys.command';
import { migrateCommand } from './migrate.command';
import { restoreCommand } from './restore.command';
import { samplesCommand } from './samples.command';
import { serveCommand } from './serve.command';
import { startCommand } from './start.command';
import { workerCommand } from './worker.command';

/** Every CLI command, in the order `timeline --help` lists them. A new command is a new file and one line here. */
export const commands: Command[] = [migrateCommand, importCommand, workerCommand, jobsCommand, datesCommand, extractCommand, serveCommand, startCommand, samplesCommand, keysCommand, exportCommand, restoreCommand];
