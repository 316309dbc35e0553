import { defineRule } from '../define.ts';
import type { Instruction, Model, Stage } from '../../engine/model.ts';
import { commandsOf } from '../lib/commands.ts';
import { copyArgs } from '../lib/copy.ts';
import { defaultsToNonRoot, isCliToolImage, isLanguageImage, isScratch, rootRef, serverDroppingRoot } from '../lib/images.ts';
import { osPackagesAlongChain } from '../lib/package-managers.ts';
import { lastInChain } from '../lib/stages.ts';
import { isNonProductionFile, purposeOf } from '../lib/purpose.ts';
import { addUserFix, nonRootUser } from '../lib/user.ts';

/** The program a CMD or ENTRYPOINT starts, past wrappers and its folder: "supervisord". */
function programOf(i: Instruction | undefined): string | undefined {
  return i ? commandsOf(i)[0]?.name : undefined;
}

/** Process supervisors: they start as root and run each service as the user its config names. */
const supervisors = new Set(['supervisord', 'runsvdir', 'runit', 's6-svscan', 'init', 'systemd']);
const supervisorPackages = new Set(['supervisor', 'runit', 's6']);

/** Firewall tools: an image that installs one changes network rules, which needs root's CAP_NET_ADMIN. */
const firewallPackages = new Set(['nftables', 'iptables', 'ipset', 'iptables-legacy', 'iptables-nft']);

/** Docker clients: an image that installs one drives a Docker daemon through a mounted socket. */
const dockerClientPackages = new Set(['docker-cli', 'docker.io', 'docker-ce-cli', 'docker', 'docker-ce', 'moby-cli']);

/** True if one of the names is among the installed packages. */
function installsAny(installed: ReadonlySet<string>, names: ReadonlySet<string>): boolean {
  if (installed.size === 0) return false;
  for (const name of names) if (installed.has(name)) return true;
  return false;
}

/** True if the stage sets a CMD or ENTRYPOINT of its own (not an ONBUILD trigger). */
function startsProgram(stage: Stage): boolean {
  return stage.instructions.some((i) => (i.keyword === 'CMD' || i.keyword === 'ENTRYPOINT') && !i.onbuild);
}

/**
 * True if the final stage is not an image that runs as root by mistake. Its purpose (purpose.ts)
 * is a tool (a shell, interpreter, compiler or SSH server people use, or tini -- with nothing
 * to start), a development environment or a code runner; or it starts nothing of its own on
 * scratch, a language image or a cloud CLI image, or after the file's runnable images. Or it
 * leaves the start to a server image that gives up root itself or to a program that does (gosu,
 * su-exec), it runs a process supervisor, or what it runs needs root.
 */
function rootIsNoMistake(model: Model, final: Stage): boolean {
  const purpose = purposeOf(model, final);
  if (purpose === 'tool' || purpose === 'dev' || purpose === 'code-runner') return true;
  const entrypoint = lastInChain(final, 'ENTRYPOINT');
  const cmd = lastInChain(final, 'CMD');
  const start = entrypoint ?? cmd;
  const root = rootRef(final);
  if (!start) {
    // FROM scratch with files and no program: nothing runs in it. FROM golang, python or
    // google/cloud-sdk with no program of its own: the language's prompt, the CLI or a shell.
    if (isScratch(root) || isLanguageImage(root) || isCliToolImage(root)) return true;
    // The last stage starts nothing while an earlier stage it is not built on does: the runnable
    // images are earlier --targets, and this one uploads or exports.
    if (root !== null && model.stages.some((s) => !model.inFinalImage(s) && startsProgram(s))) return true;
  }
  // FROM nginx, FROM postgres ...: the image's own start, which drops root for the server. For
  // nginx and Apache the server itself drops (the master starts as root, the workers run as
  // nginx or www-data), so an entrypoint script of the file's own that edits config and then
  // starts it keeps that; the databases drop in their image's entrypoint, which a new one replaces.
  const servers = serverDroppingRoot(root);
  const ownScript = entrypoint !== undefined && /(\.sh|entrypoint[\w.-]*)$/i.test(programOf(entrypoint) ?? '');
  const serverDrops = servers !== null && servers.some((s) => selfDroppingServers.has(s));
  if (servers && (!entrypoint || (ownScript && serverDrops)) && (!cmd || servers.includes(programOf(cmd) ?? ''))) return true;
  const program = programOf(start) ?? '';
  const installed: ReadonlySet<string> = new Set(osPackagesAlongChain(final));
  // A process supervisor, installed or started.
  if (supervisors.has(program) || installsAny(installed, supervisorPackages)) return true;
  // gosu, su-exec, setpriv ...: installed or started, a program that switches to another user
  // after the root-only setup, as the official images' entrypoints do.
  if (privilegeDroppers.has(program) || installsAny(installed, privilegeDroppers) || copiesPrivilegeDropper(final)) return true;
  // A Docker client talks to a mounted daemon socket (root:docker 0660), which gives root anyway:
  // another UID would only lose the socket.
  if (installsAny(installed, dockerClientPackages)) return true;
  // nftables, iptables: the program sets firewall rules, which takes root (CAP_NET_ADMIN).
  return installsAny(installed, firewallPackages);
}

/** Servers that give up root themselves, whoever starts them: nginx and Apache run their workers as their own user. */
const selfDroppingServers = new Set(['nginx', 'httpd', 'httpd-foreground', 'apache2-foreground']);

/** Programs that run a command as another user: an entrypoint that starts as root for its setup and then drops to the app's user. */
const privilegeDroppers = new Set(['gosu', 'su-exec', 'setpriv', 'runuser', 's6-setuidgid', 'chpst', 'setuidgid']);

/** True if the stage's chain copies gosu or su-exec in from an image (COPY --from=tianon/gosu /gosu /usr/local/bin/). */
function copiesPrivilegeDropper(stage: Stage): boolean {
  return stage.chain.some((s) => s.instructions.some((i) => i.keyword === 'COPY' && !i.onbuild && i.flag('from') !== undefined && copyArgs(i).sources.some((w) => /(^|\/)(gosu|su-exec)$/.test(w.value))));
}

export default defineRule({
  id: 'missing-user',
  practice: 'non-root-user',
  severity: 'warning',
  fix: 'unsafe',
  title: 'Switch to a non-root USER in the final stage',
  rationale:
    'Without a USER instruction, a container runs as root (UID 0), the user of almost every base image. A flaw in the app then acts as root inside the container, one step from the host. ' +
    'USER only lasts until the end of its stage: a USER in the builder does not carry over to a final stage started FROM another image. ' +
    'Create a user with a fixed UID and GID and end the final stage with USER 1001:1001; distroless :nonroot images already run as 65532. ' +
    'Some images start as root on purpose and give it up themselves: nginx, httpd, php:*-apache and the official database images run their server as its own user, and a process supervisor (supervisord, runit, s6) starts each service as the user its configuration names. The rule leaves those alone, and final stages that run nothing: an artifact on scratch, a builder base or CI image that starts no program of its own on a language image such as golang or python or on a cloud CLI image such as google/cloud-sdk (its command stays the language\'s prompt, the CLI or a shell), an image whose ENTRYPOINT is a wrapper that only runs its arguments (tini --, dumb-init, ros_entrypoint.sh) with no CMD, so it runs only what docker run names, and an interactive shell image (CMD ["/bin/bash"]). ' +
    'It also leaves alone images that install a Docker client (they drive the daemon through a mounted socket, which is root-equivalent and which another UID could not open), images that install a firewall tool (nftables, iptables, ipset: setting network rules takes root\'s CAP_NET_ADMIN) and images whose command starts a development server (npm run dev, vite, nodemon, symfony serve), which are not deployed. ' +
    'And images that install or start a program that switches user (gosu, su-exec, setpriv, runuser, s6-setuidgid, chpst): as in the official images, the entrypoint does its root-only setup and then runs the app as its own user. ' +
    'Nor does it ask where the Dockerfile\'s own name says it builds a test or CI image (Dockerfile.test, ci.Dockerfile) or a development container (.devcontainer/Dockerfile, whose devcontainer.json picks the user): the CLI passes the name; the editors do not know it.',
  invalid: [
    { code: 'FROM alpine:3.24\nCOPY app /app/app\nENTRYPOINT ["/app/app"]\n', output: 'FROM alpine:3.24\nCOPY app /app/app\nUSER 1001:1001\nENTRYPOINT ["/app/app"]\n' },
    { code: 'FROM golang:1.27-alpine3.24 AS builder\nUSER 1001\nRUN go build -o /out/app .\n\nFROM alpine:3.24\nCOPY --from=builder /out/app /app/app\nENTRYPOINT ["/app/app"]\n' },
  ],
  valid: [
    { code: 'FROM alpine:3.24\nRUN adduser -D -u 1001 app\nCOPY app /app/app\nUSER 1001:1001\nENTRYPOINT ["/app/app"]\n' },
    { code: 'FROM gcr.io/distroless/static-debian13:nonroot\nCOPY app /app/app\nENTRYPOINT ["/app/app"]\n' },
    // nginx starts as root to bind port 80 and runs its workers as the nginx user.
    { code: 'FROM nginx:1.29-alpine\nCOPY site/ /usr/share/nginx/html/\n' },
  ],
  docs: [
    { title: 'Docker build best practices: USER', url: 'https://docs.docker.com/build/building/best-practices/#user' },
    { title: 'Dockerfile reference: USER', url: 'https://docs.docker.com/reference/dockerfile/#user' },
  ],
  sources: [
    { id: 'checkov:CKV_DOCKER_3', match: 'same' },
    { id: 'trivy:DS-0002', match: 'same' },
  ],
  check({ model, options, report }) {
    const final = model.finalStage;
    if (!final?.from || lastInChain(final, 'USER')) return;
    if (defaultsToNonRoot(rootRef(final)) || rootIsNoMistake(model, final)) return;
    // Dockerfile.test, .devcontainer/Dockerfile: a test run or a developer's container, never deployed.
    if (isNonProductionFile(options.path)) return;
    const elsewhere = model.stages.find((s) => !model.inFinalImage(s) && s.instructions.some((i) => i.keyword === 'USER' && !i.onbuild));
    const at = final.imageWord ?? { start: final.from.keywordStart, end: final.from.keywordEnd };
    const user = nonRootUser(final);
    report({
      start: at.start,
      end: at.end,
      instruction: final.from,
      message: elsewhere
        ? `USER is set only in stage "${elsewhere.name ?? elsewhere.index}", and USER ends with its stage: the final stage runs as root. Add USER ${user} (a non-root UID:GID) to the final stage.`
        : `The final stage sets no USER, so the container runs as root: add USER ${user} (a non-root UID:GID) at the end of the final stage.`,
      fix: addUserFix(model, final, user),
    });
  },
});
