import { endOfLifeSource, type ReleaseCycle } from '../../data/end-of-life.ts';
import { defineRule } from '../define.ts';
import { hasEnded, newestSupported, taggedCycles, type TaggedCycle } from '../lib/image-tags.ts';
import { displayRef } from '../lib/images.ts';

const isDay = /^\d{4}-\d{2}-\d{2}$/;

function label(cycle: ReleaseCycle): string {
  return cycle.codename ? `${cycle.cycle} (${cycle.codename})` : cycle.cycle;
}

/** What to move to: a cycle of the same product that is still supported on `now`, from the table. */
function advice(found: TaggedCycle, now: string): string {
  const { product } = found;
  const next = newestSupported(product, now);
  if (next === null) return `no ${product.name} cycle in the table is supported on ${now}; see ${product.url}`;
  if (found.own) return `move to ${product.image} ${label(next)}, which is supported`;
  const variant = product.product === 'alpine-linux' ? `alpine${next.cycle}` : (next.codename ?? next.cycle);
  return `move to a -${variant} tag (${product.name} ${next.cycle} is supported)`;
}

export default defineRule({
  id: 'end-of-life-image',
  practice: 'pinned-base-images',
  severity: 'warning',
  title: 'Do not build on a release that has reached its end of life',
  rationale:
    'A pinned tag keeps the build repeatable, but it also keeps the release it names long after that release stops getting security fixes: golang:1.23 has had none since August 2025, whatever its digest. ' +
    `The rule reads the tag of an official image (golang, node, python, alpine, debian, ubuntu, and the -alpine3.21 or -bookworm base a tag names) and compares the cycle's end of life, from endoflife.date as of ${endOfLifeSource.asOf}, with the date of the lint. ` +
    'Tags it cannot read (latest, a bare major, a variable) are left alone.',
  invalid: [
    { code: 'FROM golang:1.23-alpine3.21 AS build\n', now: endOfLifeSource.asOf },
    { code: 'FROM python:3.8-slim-buster\n', now: endOfLifeSource.asOf },
  ],
  valid: [
    { code: 'FROM golang:1.27-alpine3.24 AS build\nFROM debian:trixie-slim\n', now: endOfLifeSource.asOf },
    { code: 'FROM golang:1.23-alpine3.21 AS build\n', now: '2025-01-01' },
  ],
  docs: [
    { title: 'endoflife.date: Go', url: 'https://endoflife.date/go' },
    { title: 'Docker build best practices: Pin base image versions', url: 'https://docs.docker.com/build/building/best-practices/#pin-base-image-versions' },
  ],
  sources: [],
  check({ model, report, options }) {
    const now = options.now;
    if (now === undefined || !isDay.test(now)) return;
    for (const stage of model.stages) {
      const ref = stage.ref;
      const word = stage.imageWord;
      if (!ref || ref.error || !word || (stage.image?.vars.length ?? 0) > 0) continue;
      for (const found of taggedCycles(ref)) {
        const { product, cycle } = found;
        if (!hasEnded(cycle, now)) continue;
        const when = `on ${cycle.eol} (endoflife.date, as of ${endOfLifeSource.asOf})`;
        const subject = found.own
          ? `${product.image} ${label(cycle)} reached its end of life ${when}`
          : `${displayRef(ref)} is built on ${product.name} ${label(cycle)}, which reached its end of life ${when}`;
        report({ start: word.start, end: word.end, instruction: stage.from, message: `${subject}: ${advice(found, now)}.` });
      }
    }
  },
});
