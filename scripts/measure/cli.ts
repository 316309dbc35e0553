/** The command line of measure-images.ts: its options, and the usage message (exit 64 on a bad option, 0 on --help). */
import { resolve } from 'node:path';
import { DATA_FILE } from './config.ts';

export interface Options {
  baseMap: string | null;
  only: string | null;
  repeat: number;
  grace: number;
  out: string;
  extras: boolean;
  /** Rewrite only the published figures of the existing data file; needs no Docker. */
  publishedOnly: boolean;
}

export function parseArgs(argv: string[]): Options {
  const o: Options = { baseMap: null, only: null, repeat: 3, grace: 10, out: DATA_FILE, extras: false, publishedOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const val = (): string => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) usage(`${a} needs a value`);
      return v;
    };
    const is = (name: string) => a === name || a.startsWith(`${name}=`);
    if (is('--base-map')) o.baseMap = resolve(val());
    else if (is('--only')) o.only = val();
    else if (is('--repeat')) o.repeat = Math.max(1, Number.parseInt(val(), 10));
    else if (is('--grace')) o.grace = Math.max(1, Number.parseInt(val(), 10));
    else if (is('--out')) o.out = resolve(val());
    else if (a === '--extras') o.extras = true;
    else if (a === '--published-only') o.publishedOnly = true;
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  return o;
}

export function usage(msg?: string): never {
  if (msg) console.error(`measure:images: ${msg}`);
  console.error('usage: node scripts/measure/measure-images.ts [--base-map FILE] [--only SUBSTRING] [--repeat N] [--grace SECONDS] [--out FILE] [--extras] | --published-only [--out FILE]');
  process.exit(msg ? 64 : 0);
}
