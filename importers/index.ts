/**
 * The importers' one public entry: what the command line (cli/) and the server (server/) may use.
 * Everything else under importers/ is internal and may move; a layering test
 * (test/architecture/layers.test.ts) checks that server/ imports nothing else from importers/.
 *
 * Read inputs → extract mentions → import (extract, merge and store) → report.
 */

// Reading inputs (files, URLs, manifests, uploads) into articles.
export { readInputs, type ReadOptions } from './readers/index';
export { guardedAgent, type FetchGuard } from './readers/url-input';
export { readUpload, type Upload } from './readers/read-upload';
export { isIsoDay } from './readers/iso-day';
export type { Article, ArticleMeta, Mention, ReadResult } from './types';

// Extracting dated event mentions from one article (writes nothing).
export { extractMentions } from './pipeline/index';
export { explainArticle, formatExplanation } from './pipeline/explain';
export { toContractMention, type ContractMention } from './contract-mention';
export { findTemporalExpressions, parseCalendarDate, type TemporalExpression } from './dates/index';

// Importing: extract, merge with known events, store; progress and summary.
export { resolveEventDate } from './merge/index';
export { importArticles, type ImportOptions, type ImportSummary } from './store/import-articles';
export { createImportProgress } from './store/import-progress';
export { formatImportSummary } from './store/import-report';

// Backup: export and restore the whole database.
export { backupTables } from './backup/backup-tables';
export { exportDatabase } from './backup/export-database';
export { readLines } from './backup/read-lines';
export { restoreDatabase, RestoreError } from './backup/restore-database';

// The import job queue (pg-boss): `timeline import --enqueue`, `timeline worker`, queued uploads.
export { enqueueArticles, enqueueInputs, workImportJobs, type EnqueueSummary, type WorkOptions } from './queue/import-queue';
