/** The rule engine as a standalone bundle, for bench/web's page-versus-worker comparison. */
import { lint } from '../../src/linter/index.ts';

export { lint };
