import { auditRoute } from './audit.routes';
import { curationRoutes } from './curation.routes';
import { importRoute } from './imports.routes';
import { keyRoutes } from './keys.routes';
import type { WriteRoute } from './write-route';

/** Every route that needs a key (and the curation reads beside them), mounted by createApp after the read routes. */
export const writeRoutes: WriteRoute[] = [...curationRoutes, importRoute, ...keyRoutes, auditRoute];
