/** What rules know about well-known base images and about the stages built on them. */
import type { ImageRef } from '../../engine/image.ts';
import type { Stage } from '../../engine/model.ts';
import { commandsOf, subcommand, type Command } from './commands.ts';
import { officialImageName } from './image-tags.ts';
import { officialImages } from './official-images.ts';

/** The external image at the root of a stage's chain (FROM stage FROM stage FROM image). */
export function rootRef(stage: Stage): ImageRef | null {
  return stage.chain[stage.chain.length - 1]?.ref ?? null;
}

/** A Docker Hub path without its library/ namespace: "library/node" is "node". */
function withoutLibrary(path: string): string {
  return path.startsWith('library/') ? path.slice('library/'.length) : path;
}

export function isScratch(ref: ImageRef | null): boolean {
  return ref !== null && ref.registry === null && ref.path === 'scratch';
}

function isDistroless(ref: ImageRef): boolean {
  return ref.path.startsWith('distroless/') || ref.path.includes('/distroless/');
}

function isChainguard(ref: ImageRef): boolean {
  return ref.registry === 'cgr.dev';
}

/**
 * True if the reference cannot be pulled from a registry, so it names an image built locally
 * (docker build -t bats-jenkins, by a test harness or a Makefile) before this build: a one-word
 * Docker Hub name is in the library/ namespace, which holds only the official images.
 */
export function isLocalImage(ref: ImageRef | null): boolean {
  if (ref === null || ref.error || isScratch(ref)) return false;
  const name = officialImageName(ref);
  return name !== null && !officialImages.has(name);
}

/**
 * True if what the image's own configuration sets (its ENV) is known well enough to say a
 * variable is unset: scratch sets nothing, and Docker Official Images do not set app settings
 * such as PORT. Any other base may (platform images do), and a rule cannot see it.
 */
export function hasKnownEnv(ref: ImageRef | null): boolean {
  if (ref === null || ref.error) return false;
  if (isScratch(ref)) return true;
  const name = officialImageName(ref);
  return name !== null && officialImages.has(name);
}

/** Distroless :debug variants (they add a busybox shell). */
export function isDebugVariant(ref: ImageRef | null): boolean {
  return ref !== null && isDistroless(ref) && (ref.tag ?? '').includes('debug');
}

/** Images with no /bin/sh: scratch, distroless (not :debug), Chainguard (not -dev). */
export function isShellLess(ref: ImageRef | null): boolean {
  if (ref === null) return false;
  if (isScratch(ref)) return true;
  if (isDistroless(ref)) return !(ref.tag ?? '').includes('debug');
  if (isChainguard(ref)) return !(ref.tag ?? '').includes('dev');
  return false;
}

/** Images that run as a non-root user unless told otherwise. */
export function defaultsToNonRoot(ref: ImageRef | null): boolean {
  if (ref === null) return false;
  if ((ref.tag ?? '').includes('nonroot')) return true;
  return isChainguard(ref) && !(ref.tag ?? '').includes('dev');
}

/** Red Hat's Universal Base Images by name: ubi8, ubi9-minimal, from any registry. */
const UBI = /^ubi\d*(-minimal)?$/;

const fullOs = new Set(['debian', 'ubuntu', 'centos', 'fedora', 'rockylinux', 'almalinux', 'amazonlinux', 'oraclelinux', 'alpine', 'archlinux', 'opensuse/leap', 'opensuse/tumbleweed', 'ubi8', 'ubi9', 'ubi', 'busybox']);

/** General-purpose distributions (a shell and a package manager). */
export function isFullOs(ref: ImageRef | null): boolean {
  if (ref === null) return false;
  const path = withoutLibrary(ref.path);
  return fullOs.has(path) || fullOs.has(ref.name) || UBI.test(ref.name);
}

/** Distributions whose /bin/sh is bash (the Red Hat family, Amazon Linux, Arch, openSUSE). */
const bashSh = new Set(['centos', 'fedora', 'rockylinux', 'almalinux', 'amazonlinux', 'oraclelinux', 'archlinux', 'opensuse/leap', 'opensuse/tumbleweed', 'ubi8', 'ubi9', 'ubi']);

/**
 * The program behind the image's /bin/sh, where the image says it: 'busybox' (alpine, busybox and
 * the official images' -alpine variants), 'bash' (centos, fedora, ubi ...), or null when not
 * known (Debian and Ubuntu use dash; other images are built on either).
 */
export function binShOf(ref: ImageRef | null): 'busybox' | 'bash' | null {
  if (ref === null || (ref.registry !== null && ref.registry !== 'docker.io' && !UBI.test(ref.name))) return null;
  const path = withoutLibrary(ref.path);
  if (path === 'alpine' || path === 'busybox') return 'busybox';
  if (bashSh.has(path) || UBI.test(ref.name)) return 'bash';
  // node:24-alpine, python:3.13-alpine3.22: an official image's Alpine variant.
  if (officialImages.has(path) && /(^|-)alpine(\d|$|-)/.test(ref.tag ?? '')) return 'busybox';
  return null;
}

const toolchains = new Set(['golang', 'rust', 'gcc', 'maven', 'gradle', 'buildpack-deps', 'swift', 'haskell', 'clojure', 'sbt']);

/** Java images: a JDK (a toolchain) when the tag says jdk or names no variant, not a JRE. */
const javaImages = new Set(['openjdk', 'eclipse-temurin', 'amazoncorretto', 'ibmjava', 'sapmachine']);

/** Images that hold a compiler or build tool: golang, rust, gcc, maven, the full node image ... */
export function isToolchain(ref: ImageRef | null): boolean {
  if (ref === null) return false;
  const name = ref.name;
  if (toolchains.has(name)) return true;
  if (ref.path.endsWith('dotnet/sdk')) return true;
  if (name === 'node') return !/slim|alpine|distroless/.test((ref.tag ?? '').toLowerCase());
  if (javaImages.has(name)) {
    const tag = (ref.tag ?? '').toLowerCase();
    return tag === '' || tag.includes('jdk');
  }
  return false;
}

/** Official language and build-tool images: python, node, golang, maven ... (not the distributions, nor buildpack-deps). */
const languages = new Set([
  'python', 'pypy', 'node', 'ruby', 'jruby', 'perl', 'php', 'erlang', 'elixir', 'julia', 'r-base', 'dart', 'groovy', 'mono', 'haskell', 'clojure', 'swift',
  'golang', 'rust', 'gcc', 'maven', 'gradle', 'sbt', 'openjdk', 'eclipse-temurin', 'amazoncorretto', 'ibmjava', 'sapmachine',
]);

/**
 * True if the image is a language or build-tool image whose own command is that language's
 * prompt or a shell (python, node, golang, maven; php but its -apache and -fpm variants, which
 * start a server). A stage FROM it that sets no CMD or ENTRYPOINT adds no program of its own: it
 * is a builder base or a CI image for that language, not a service.
 */
export function isLanguageImage(ref: ImageRef | null): boolean {
  if (ref === null || (ref.registry !== null && ref.registry !== 'docker.io')) return false;
  const path = withoutLibrary(ref.path);
  if (path === 'php') return !/(^|-)(apache|fpm)(-|$)/.test(ref.tag ?? '');
  return languages.has(path);
}

/** Cloud and cluster command-line images, by registry and path: their own command is a shell or the CLI. */
const cliTools = new Set([
  'docker.io/google/cloud-sdk', 'gcr.io/google.com/cloudsdktool/cloud-sdk', 'gcr.io/google.com/cloudsdktool/google-cloud-cli',
  'docker.io/amazon/aws-cli', 'docker.io/hashicorp/terraform', 'docker.io/bitnami/kubectl', 'mcr.microsoft.com/azure-cli',
]);

/**
 * True if the image is a cloud or cluster command-line image (google/cloud-sdk, amazon/aws-cli,
 * hashicorp/terraform, bitnami/kubectl): its own command is a shell or the CLI, so a stage FROM it
 * that sets no CMD or ENTRYPOINT is a CI or tool image, not a service.
 */
export function isCliToolImage(ref: ImageRef | null): boolean {
  // The table's Docker Hub images all have a namespace: a one-word Docker Hub name (node, python) is never one.
  if (ref === null || (ref.registry === null && !ref.path.includes('/'))) return false;
  return cliTools.has(`${ref.registry ?? 'docker.io'}/${ref.path}`);
}

/** The WORKDIR official images set in their own Dockerfile (golang: WORKDIR $GOPATH). */
const imageWorkdirs = new Map([['golang', '/go'], ['php', '/var/www/html'], ['tomcat', '/usr/local/tomcat'], ['httpd', '/usr/local/apache2']]);

/** The working directory an image sets: / for scratch, the WORKDIR of golang, php, tomcat and httpd; null when unknown. */
export function imageWorkdir(ref: ImageRef | null): string | null {
  if (ref === null || ref.error) return null;
  if (isScratch(ref)) return '/';
  const name = officialImageName(ref);
  return name === null ? null : (imageWorkdirs.get(name) ?? null);
}

/** Official images whose own Dockerfile EXPOSEs a port, which every image built FROM them inherits. */
const exposing = new Set(['nginx', 'httpd', 'tomcat', 'redis', 'postgres', 'mysql', 'mariadb', 'mongo', 'rabbitmq', 'memcached', 'elasticsearch', 'jenkins/jenkins', 'traefik', 'caddy', 'haproxy']);

/** True if the image EXPOSEs a port already: nginx, httpd, postgres, php:*-apache (80), php:*-fpm (9000) ... */
export function exposesPort(ref: ImageRef | null): boolean {
  if (ref === null || (ref.registry !== null && ref.registry !== 'docker.io')) return false;
  const path = withoutLibrary(ref.path);
  if (exposing.has(path)) return true;
  return path === 'php' && /(^|-)(apache|fpm)(-|$)/.test(ref.tag ?? '');
}

/**
 * Official server images whose server starts as root and gives up root itself: nginx and httpd
 * run their workers as nginx and daemon, php:*-apache runs Apache's as www-data, and the
 * postgres, mysql, mariadb, mongo and redis entrypoints re-run the server as its own user (gosu)
 * when started as root. The programs each image starts; null for any other image.
 */
export function serverDroppingRoot(ref: ImageRef | null): readonly string[] | null {
  if (ref === null || (ref.registry !== null && ref.registry !== 'docker.io')) return null;
  const path = withoutLibrary(ref.path);
  if (path === 'php') return /(^|-)apache(-|$)/.test(ref.tag ?? '') ? ['apache2-foreground'] : null;
  return droppingRoot.get(path) ?? null;
}

const droppingRoot = new Map<string, readonly string[]>([
  ['nginx', ['nginx']],
  ['httpd', ['httpd-foreground', 'httpd']],
  ['postgres', ['postgres']],
  ['mysql', ['mysqld']],
  ['mariadb', ['mariadbd', 'mysqld']],
  ['mongo', ['mongod']],
  ['redis', ['redis-server']],
]);

/** Human name of a reference for messages: "golang:1.27". */
export function displayRef(ref: ImageRef): string {
  return ref.text.replace(/@sha256:[0-9a-f]{64}$/, '@sha256:…');
}

/** A program's subcommands that build; a Map, so that a program named "constructor" has none. */
const buildSubcommands = new Map<string, readonly string[]>([
  ['go', ['build', 'install']],
  ['cargo', ['build', 'install']],
  ['mvn', ['package', 'install', 'verify', 'compile']],
  ['mvnw', ['package', 'install', 'verify', 'compile']],
  ['gradle', ['build', 'assemble', 'jar', 'bootjar', 'installdist']],
  ['gradlew', ['build', 'assemble', 'jar', 'bootjar', 'installdist']],
  ['dotnet', ['build', 'publish']],
  ['npm', ['run-script', 'run']],
  ['yarn', ['build', 'run']],
  ['pnpm', ['build', 'run']],
  ['swift', ['build']],
]);

const compilers = new Set(['gcc', 'g++', 'cc', 'c++', 'clang', 'clang++', 'make', 'cmake', 'ninja', 'rustc', 'javac', 'tsc']);

/** True if the command compiles or builds: go build, npm run build, mvn package, gcc ... */
export function isBuildCommand(c: Command): boolean {
  if (compilers.has(c.name)) return true;
  const subs = buildSubcommands.get(c.name);
  if (!subs) return false;
  const sub = subcommand(c.args)?.value.toLowerCase() ?? '';
  if (!subs.includes(sub)) return false;
  if (sub === 'run' || sub === 'run-script') {
    const script = c.args.find((a, i) => i > c.args.findIndex((x) => x.value === sub) && !a.value.startsWith('-'));
    return script !== undefined && /build|compile|dist/.test(script.value);
  }
  return true;
}

/** The first build command run in the stage, if any. */
export function buildCommandIn(stage: Stage): Command | undefined {
  for (const i of stage.instructions) {
    if (i.keyword !== 'RUN' || i.onbuild) continue;
    const c = commandsOf(i).find(isBuildCommand);
    if (c) return c;
  }
  return undefined;
}

/** True if the stage (or a stage it is built on) is a build stage: a toolchain image or a build command. */
export function isBuildStage(stage: Stage): boolean {
  return stage.chain.some((s) => isToolchain(s.ref) || buildCommandIn(s) !== undefined);
}
