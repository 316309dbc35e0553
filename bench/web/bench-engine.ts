/** The rule engine as a standalone bundle, for bench/web's page-versus-worker comparison. */
import { installBufferShim, lint } from '../../src/linter/index.ts';

installBufferShim();
export { lint };
