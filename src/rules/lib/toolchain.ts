/**
 * When build tools in a layer are no mistake because the RUN that installs or uses them removes
 * them again before the layer is written (apk del .build-deps, apt-get purge --auto-remove after
 * apt-mark auto). What an image is for (a toolchain, a test or dev image) is read by purpose.ts.
 */
import { commandsOf, someLater, type Command } from './commands.ts';
import { actionOf, callOf } from './package-managers.ts';

/**
 * True if a later command of the same RUN removes what the OS package manager installed:
 * `apk del <virtual>`, `apt-get purge --auto-remove` (the docker-library pattern marks every
 * package auto first, then purges), `apt-get autoremove` after `apt-mark auto`.
 */
export function buildDepsRemovedAfter(all: readonly Command[], c: Command): boolean {
  // Each question is answered for the whole RUN in one scan (someLater), so a long RUN stays linear.
  return (
    someLater(all, c, purgesWithAutoRemove, purgesWithAutoRemove) ||
    (someLater(all, c, marksAuto, marksAuto) && someLater(all, c, autoremoves, autoremoves)) ||
    someLater(all, c, removesVirtual, removesVirtual)
  );
}

const AUTO = ['--auto-remove', 'autoremove', '--autoremove'];

function osRemoveValues(x: Command): string[] | null {
  const call = callOf(x);
  return call && call.manager.kind === 'os' && actionOf(call) === 'remove' ? x.args.map((a) => a.value) : null;
}
/** `apt-get purge --auto-remove`: removes what only the purged packages pulled in. */
function purgesWithAutoRemove(x: Command): boolean {
  return osRemoveValues(x)?.includes('--auto-remove') ?? false;
}
/** `apt-mark auto '.*'`: after it, an autoremove removes every package not marked manual again. */
function marksAuto(x: Command): boolean {
  return x.name === 'apt-mark' && x.args[0]?.value === 'auto';
}
function autoremoves(x: Command): boolean {
  const values = osRemoveValues(x);
  return values !== null && AUTO.some((a) => values.includes(a));
}
/** `apk del .build-deps`, `apk del --no-network .build-deps`: a virtual package named by convention. */
function removesVirtual(x: Command): boolean {
  const values = osRemoveValues(x);
  return values !== null && !AUTO.some((a) => values.includes(a)) && values.some((v) => v.startsWith('.'));
}

/** True if the RUN that runs `c` (a build) installed its build dependencies earlier and removes them again before it ends. */
export function buildDepsRemovedInRun(c: Command): boolean {
  const all = commandsOf(c.instruction);
  return all.some((x) => {
    if (x.index >= c.index) return false;
    const call = callOf(x);
    return call !== undefined && call.manager.kind === 'os' && actionOf(call) === 'install' && buildDepsRemovedAfter(all, x);
  });
}
