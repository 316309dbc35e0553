/** Fixed paths and settings of the measurement: where the examples are, where the data goes, gzip level, tags. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = join(ROOT, 'examples');
export const DOCKERFILES = join(EXAMPLES, 'dockerfiles');
export const CONTEXT = join(EXAMPLES, 'app_go');
export const PUBLISHED = join(ROOT, 'scripts/measure/published.json');
export const DATA_FILE = join(ROOT, 'src/data/image-sizes.json');
export const GZIP_LEVEL = 6;
export const TAG_PREFIX = 'dfp-measure';
/** signal-handling's after example must stop within this many seconds. */
export const STOP_FAST_S = 2;
