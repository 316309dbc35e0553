/**
 * Prints src/data/image-sizes.json as Markdown tables, for reports and reviews:
 *   node scripts/measure/summary.ts [FILE]
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { imageSizes } from '../../src/data/image-sizes.schema.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const file = process.argv[2] ? resolve(process.argv[2]) : join(ROOT, 'src/data/image-sizes.json');
const data = imageSizes.parse(JSON.parse(readFileSync(file, 'utf8')));

const n = (x: number) => x.toLocaleString('en-US');
const mb = (x: number) => `${(x / 1e6).toFixed(2)} MB`;

console.log(`Generated ${data.generated_at} with ${data.environment.tools.docker_client} / dockerd ${data.environment.tools.docker_server}, base map: ${data.environment.base_map ?? 'none'}\n`);

console.log('| image | final base | uncompressed | gzip layer sum | port 3000 | docker stop |');
console.log('|---|---|---:|---:|---|---:|');
for (const im of data.images) {
  const stop = data.records.find((r) => r.kind === 'stop-time' && r.image === im.id);
  const stopText = stop && stop.kind === 'stop-time' ? `${stop.seconds} s (exit ${stop.exit_code})` : '—';
  console.log(
    `| ${im.id} | ${im.final_base.name}${im.final_base.stand_in ? ' (stand-in)' : ''} | ${n(im.uncompressed_bytes)} B (${mb(im.uncompressed_bytes)}) | ${n(im.compressed_bytes)} B (${mb(im.compressed_bytes)}) | ${im.run_check.ok ? `HTTP ${im.run_check.status}` : 'FAIL'} | ${stopText} |`,
  );
}

const builds = data.records.filter((r) => r.kind === 'build-time');
if (builds.length) {
  console.log('\n| warm rebuild after a one-line change | median | runs | load average (1 min) | steps from cache |');
  console.log('|---|---:|---|---|---:|');
  for (const r of builds) if (r.kind === 'build-time') console.log(`| ${r.image} | ${r.seconds} s | ${r.runs.join(', ')} | ${r.load_average.join(', ')} (${r.cpus} CPUs) | ${r.steps_cached}/${r.steps_total} |`);
}

const contexts = data.records.filter((r) => r.kind === 'context-size');
if (contexts.length) {
  console.log('\n| context | ignore file | files | tar bytes | file bytes |');
  console.log('|---|---|---:|---:|---:|');
  for (const r of contexts) if (r.kind === 'context-size') console.log(`| ${r.id} | ${r.dockerignore ?? '(none)'} | ${r.files.length} | ${n(r.size_bytes)} | ${n(r.content_bytes)} |`);
}

if (data.stand_ins.length) {
  console.log('\n| stand-in | for | uncompressed | gzip layer sum |');
  console.log('|---|---|---:|---:|');
  for (const s of data.stand_ins) console.log(`| ${s.tag} | ${s.ref.replace(/@sha256:.*/, '')} | ${n(s.uncompressed_bytes)} B | ${n(s.compressed_bytes)} B |`);
}

if (data.skipped.length) {
  console.log('\n| skipped | phase | cause | step | reason |');
  console.log('|---|---|---|---|---|');
  for (const s of data.skipped) console.log(`| ${s.dockerfile} | ${s.phase} | ${s.cause} | ${s.step ?? '—'} | ${s.reason.replace(/\|/g, '\\|').replace(/\n/g, ' ')} |`);
}

console.log('\n| check | status | detail |');
console.log('|---|---|---|');
for (const c of data.checks) console.log(`| ${c.id} | ${c.status} | ${c.detail.replace(/\|/g, '\\|')} |`);
