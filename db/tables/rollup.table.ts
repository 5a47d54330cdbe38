/**
 * The facet rollups of migration 0008, written only by its triggers (never by the application):
 * counts of events per cell. Text columns hold '' where the event's value is null.
 */
interface RollupCells {
  /** 'y', 'm', 'd': the year, month or day of date_start the bucket starts; 'u': undated. */
  grain: 'y' | 'm' | 'd' | 'u';
  /** 'YYYY-MM-DD', the first day of the bucket ('0001-01-01' for undated). */
  bucket: string;
  date_precision: string;
  jurisdiction: string;
  type: string;
  status: string;
  retracted: boolean;
  n: number;
}

export type EventRollupTable = RollupCells;

export interface EventCompanyRollupTable extends RollupCells {
  /** 0: no company filter; id: events linked to the company; -id: linked to it or one of its brands. */
  company_key: number;
  /**
   * 0: the events themselves; otherwise the company counted in the company facet. Not stored (migration
   * 0014): (k, 0) for k > 0, read as (0, k); (−p, c) for c = p or a brand of p, read as (0, c).
   */
  company_id: number;
}

/** The date columns of the marginal rollups of migration 0017, as in the cells above. */
type MarginalCells = Pick<RollupCells, 'grain' | 'bucket' | 'date_precision' | 'retracted' | 'n'>;

/** event_rollup summed over two of jurisdiction, type and status: each event once per facet. */
export interface FacetDateRollupTable extends MarginalCells {
  facet: 'jurisdiction' | 'type' | 'status';
  /** The event's value of that facet ('' for none). */
  value: string;
}

/** event_company_rollup's company key 0 summed over jurisdiction, type and status: the company facet of a dates-only filter. */
export interface CompanyDateRollupTable extends MarginalCells {
  company_id: number;
}

/** The same kept by jurisdiction: the company facet of a jurisdiction filter. */
export interface CompanyPlaceRollupTable extends CompanyDateRollupTable {
  jurisdiction: string;
}
