import { defineRule } from '../define.ts';
import { commandsOf, runsAny, subcommand } from '../lib/commands.ts';
import { copyArgs, isWholeContext } from '../lib/copy.ts';
import { manager, mountedAway } from '../lib/package-managers.ts';

const go = manager('go');
/** Where go keeps downloaded modules. */
const moduleCache = go.paths.filter((p) => p.by.includes('install')).flatMap((p) => p.dirs);

export default defineRule({
  id: 'go-build-without-mod-download',
  practice: 'dependency-caching',
  severity: 'warning',
  title: 'Run go mod download before copying the source',
  rationale:
    'go build downloads missing modules itself. After COPY . . that download lands in the same layer as the compile, so every source change fetches every module again. ' +
    'Copy go.mod and go.sum, RUN go mod download, then copy the source: the module layer stays cached until the dependencies change. A cache mount on /go/pkg/mod does the same job.',
  invalid: [{ code: 'FROM golang:1.27-alpine3.24 AS builder\nWORKDIR /src\nCOPY . .\nRUN go build -o /out/app .\n' }],
  valid: [{ code: 'FROM golang:1.27-alpine3.24 AS builder\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go mod download\nCOPY . .\nRUN go build -o /out/app .\n' }],
  docs: [
    { title: 'Go Modules Reference: go mod download', url: 'https://go.dev/ref/mod#go-mod-download' },
    { title: 'Docker docs: Optimize cache usage in builds', url: 'https://docs.docker.com/build/cache/optimize/' },
  ],
  sources: [],
  check({ model, report }) {
    if (!runsAny(model, go.programs)) return;
    for (const stage of model.stages) {
      let copiedAll = false;
      let downloaded = false;
      // Base stages first, as the image builds them.
      const chain = model.chain(stage);
      for (let k = chain.length - 1; k >= 0; k--) {
        const s = chain[k];
        for (const i of s?.instructions ?? []) {
          if (i.onbuild) continue;
          if ((i.keyword === 'COPY' || i.keyword === 'ADD') && !i.flag('from') && copyArgs(i).sources.some((x) => isWholeContext(x.value))) {
            copiedAll = true;
            continue;
          }
          if (i.keyword !== 'RUN') continue;
          for (const c of commandsOf(i)) {
            if (!go.programs.includes(c.name)) continue;
            const sub = subcommand(c.args)?.value;
            if (sub === 'mod' && c.args.some((a) => a.value === 'download' || a.value === 'vendor')) downloaded = true;
            if (s !== stage || sub !== 'build' || downloaded || !copiedAll || mountedAway(i, moduleCache)) continue;
            report({
              start: c.program.start,
              end: c.end,
              instruction: i,
              message: 'go build downloads the modules after the whole source was copied, so every code change fetches them again: COPY go.mod go.sum ./ and RUN go mod download before COPY . .',
            });
            downloaded = true;
          }
        }
      }
    }
  },
});
