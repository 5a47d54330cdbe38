import type { Application } from 'express';
import type { AppContext } from '../app-context';

/** One app-wide middleware: a name for logs and tests, and how it installs itself (middleware/index.ts orders them). */
export interface MiddlewareSetup {
  name: string;
  install(app: Application, ctx: AppContext): void;
}
