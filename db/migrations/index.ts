import type { Migration } from 'kysely';
import * as m0001 from './0001_core';
import * as m0002 from './0002_search';
import * as m0003 from './0003_curation';
import * as m0004 from './0004_performance';
import * as m0005 from './0005_company_dates';
import * as m0006 from './0006_merge_slices';
import * as m0007 from './0007_audit_log';
import * as m0008 from './0008_rollups';
import * as m0009 from './0009_policies';
import * as m0011 from './0011_subscriptions';
import * as m0012 from './0012_first_seen';
import * as m0013 from './0013_import_writes';
import * as m0014 from './0014_fewer_company_cells';
import * as m0015 from './0015_page_path';
import * as m0016 from './0016_netted_company_links';
import * as m0017 from './0017_facet_marginals';

/**
 * Every migration, in order. Listed statically (no folder scan) so tsx, jest and bundlers agree.
 * Add a new file and one line; never edit a merged migration.
 */
export const migrations: Record<string, Migration> = {
  '0001_core': m0001,
  '0002_search': m0002,
  '0003_curation': m0003,
  '0004_performance': m0004,
  '0005_company_dates': m0005,
  '0006_merge_slices': m0006,
  '0007_audit_log': m0007,
  '0008_rollups': m0008,
  '0009_policies': m0009,
  '0011_subscriptions': m0011,
  '0012_first_seen': m0012,
  '0013_import_writes': m0013,
  '0014_fewer_company_cells': m0014,
  '0015_page_path': m0015,
  '0016_netted_company_links': m0016,
  '0017_facet_marginals': m0017,
};
