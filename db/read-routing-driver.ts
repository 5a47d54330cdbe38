import {
  PostgresAdapter,
  PostgresDriver,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type CompiledQuery,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type QueryResult,
  type TransactionSettings,
} from 'kysely';
import type { Pool } from 'pg';
import type { ReadReplicas, Replica } from './read-replicas';

/**
 * A kysely driver for reads: each connection comes from the next replica in rotation (round robin),
 * or from the primary when none is usable. A replica that fails to connect or loses its connection
 * mid-query is taken out of rotation and the query runs again on the primary, so a dying replica
 * costs a reader one slower answer, not an error. Only read routes use it: repeating a read is
 * harmless, and writes, migrations and transactions stay on the primary's own instance.
 */
export class ReadRoutingDriver implements Driver {
  private readonly drivers = new Map<Pool, Driver>();

  constructor(
    private readonly primary: Pool,
    private readonly replicas: ReadReplicas,
    replicaPools: Pool[],
  ) {
    for (const pool of [primary, ...replicaPools]) this.drivers.set(pool, new PostgresDriver({ pool }));
  }

  async init(): Promise<void> {
    for (const driver of this.drivers.values()) await driver.init();
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    for (let replica = this.replicas.pick(); replica; replica = this.replicas.pick()) {
      try {
        const driver = this.driverOf(replica.pool);
        return new RoutedConnection(this, replica, driver, await driver.acquireConnection());
      } catch (error) {
        if (!this.replicas.observe(replica, error)) throw error;
      }
    }
    const driver = this.driverOf(this.primary);
    return new RoutedConnection(this, null, driver, await driver.acquireConnection());
  }

  /** Runs one query on a fresh primary connection: the retry of a read a replica failed. */
  async onPrimary<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const driver = this.driverOf(this.primary);
    const connection = await driver.acquireConnection();
    try {
      return await connection.executeQuery<R>(query);
    } finally {
      await driver.releaseConnection(connection);
    }
  }

  failed(replica: Replica, error: unknown): boolean {
    return this.replicas.observe(replica, error);
  }

  driverOf(pool: Pool): Driver {
    return this.drivers.get(pool)!;
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    const routed = connection as RoutedConnection;
    return routed.driver.beginTransaction(routed.inner, settings);
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    return routed.driver.commitTransaction(routed.inner);
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    return routed.driver.rollbackTransaction(routed.inner);
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    const routed = connection as RoutedConnection;
    return routed.driver.releaseConnection(routed.inner);
  }

  /** The pools belong to the handle that opened them (db/connect.ts), which ends them once. */
  async destroy(): Promise<void> {}
}

/** A connection that remembers where it came from: released to its own pool, retried on the primary. */
class RoutedConnection implements DatabaseConnection {
  constructor(
    private readonly router: ReadRoutingDriver,
    private readonly replica: Replica | null,
    readonly driver: Driver,
    readonly inner: DatabaseConnection,
  ) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return await this.inner.executeQuery<R>(query);
    } catch (error) {
      if (!this.replica || !this.router.failed(this.replica, error)) throw error;
      return this.router.onPrimary<R>(query);
    }
  }

  streamQuery<R>(query: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    return this.inner.streamQuery<R>(query, chunkSize);
  }
}

/** A kysely dialect over the routing driver, compiling SQL exactly as PostgresDialect does. */
export function readRoutingDialect(driver: ReadRoutingDriver): Dialect {
  return {
    createDriver: () => driver,
    createAdapter: () => new PostgresAdapter(),
    createIntrospector: (db) => new PostgresIntrospector(db),
    createQueryCompiler: () => new PostgresQueryCompiler(),
  };
}
