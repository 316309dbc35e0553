/**
 * What the CLI can see of a build context folder, for the rules that judge its .dockerignore:
 * the files in it, whether it is a repository's root (the only place a .git can be), and, when
 * no --context was given, that the Dockerfile's folder was taken for the context.
 */
import { resolve } from 'node:path';
import { parseDockerignore } from '../linter/index.ts';
import type { LintOptions } from '../engine/types.ts';
import { Folders } from './folders.ts';

export type ContextInfo = NonNullable<LintOptions['context']>;

/** Past this many entries the listing stops and the files count as unknown (the rules then only suggest). */
export const MAX_CONTEXT_ENTRIES = 20_000;

/**
 * The context folder's files, as slash-separated paths from its root, or undefined when there are
 * too many to list or a folder cannot be read. .git is not listed, nor (when the .dockerignore has
 * no ! exceptions, which could re-include something inside) a folder the .dockerignore excludes:
 * neither is sent. Symbolic links are listed as files, not followed. The folders are listed
 * through `folders`, which has the Dockerfile's folder listed already when it is the context.
 */
export function listContext(dir: string, dockerignore: string | null, folders: Folders = new Folders()): string[] | undefined {
  const ignore = dockerignore === null ? null : parseDockerignore(dockerignore);
  const prune = ignore !== null && !ignore.hasExclusions ? ignore : null;
  const files: string[] = [];
  const pending: string[] = [''];
  let entries = 0;
  while (pending.length > 0) {
    const rel = pending.pop() ?? '';
    const listing = folders.entries(rel === '' ? folders.absolute(dir) : resolve(dir, rel));
    if (listing === null) return undefined;
    for (const entry of listing) {
      if (++entries > MAX_CONTEXT_ENTRIES) return undefined;
      const path = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (!entry.isDirectory()) files.push(path);
      else if (path !== '.git' && prune?.ignores(path) !== true) pending.push(path);
    }
  }
  return files.sort();
}

/** The folder's path from the root of the repository it is in ('' at the root; null in none). */
export function pathFromRepositoryRoot(dir: string, folders: Folders = new Folders()): string | null {
  return folders.fromRepositoryRoot(folders.absolute(dir));
}

/**
 * What is known of a context folder. Its files are listed when a rule first asks: most
 * Dockerfiles send nothing in bulk, and then none does. A class, so that the contexts of a run
 * of thousands of Dockerfiles share one shape and one getter, with no closure each.
 */
class Context implements ContextInfo {
  readonly repositoryRoot: boolean;
  readonly guessed: { readonly fromRoot: string | null; readonly rootDockerignore?: boolean } | undefined;
  #files: readonly string[] | undefined | null = null;
  readonly #dir: string;
  readonly #dockerignore: string | null;
  readonly #folders: Folders;

  constructor(dir: string, dockerignore: string | null, guessed: boolean, folders: Folders) {
    const fromRoot = pathFromRepositoryRoot(dir, folders);
    this.repositoryRoot = fromRoot === '';
    // A guessed subfolder: whether the repository's root, from which the build may well run, has a .dockerignore.
    const root = guessed && fromRoot ? folders.repositoryRoot(folders.absolute(dir)) : null;
    this.guessed = !guessed ? undefined : root === null ? { fromRoot } : { fromRoot, rootDockerignore: folders.kind(root, '.dockerignore') === 'file' };
    this.#dir = dir;
    this.#dockerignore = dockerignore;
    this.#folders = folders;
  }

  get files(): readonly string[] | undefined {
    if (this.#files === null) this.#files = listContext(this.#dir, this.#dockerignore, this.#folders);
    return this.#files;
  }
}

/**
 * What is known of the context folder `dir`, whose .dockerignore text is given (null: none).
 * `guessed`: no --context was given, so `dir` is only the Dockerfile's folder.
 */
export function contextInfo(dir: string, dockerignore: string | null, guessed: boolean, folders: Folders = new Folders()): ContextInfo {
  return new Context(dir, dockerignore, guessed, folders);
}
