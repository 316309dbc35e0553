/**
 * The rule catalogue: every rule, in the order of the practices and, within a practice, in
 * the order its page presents them. The engine, the CLI, the docs and the tests all read it.
 */
import type { Rule } from '../engine/rule.ts';
import type { PracticeSlug } from '../data/practices.ts';
import singleStageBuild from './multi-stage-builds/single-stage-build.ts';
import finalStageFromBuildStage from './multi-stage-builds/final-stage-from-build-stage.ts';
import finalStageBuildPlatform from './multi-stage-builds/final-stage-build-platform.ts';
import copyFromStageRoot from './multi-stage-builds/copy-from-stage-root.ts';
import copyFromUnknownStage from './multi-stage-builds/copy-from-unknown-stage.ts';
import copyFromIndex from './multi-stage-builds/copy-from-index.ts';
import copyFromSelf from './multi-stage-builds/copy-from-self.ts';
import invalidCopyFrom from './multi-stage-builds/invalid-copy-from.ts';
import duplicateStageName from './multi-stage-builds/duplicate-stage-name.ts';
import invalidStageName from './multi-stage-builds/invalid-stage-name.ts';
import stageNameCasing from './multi-stage-builds/stage-name-casing.ts';
import fromAsCasing from './multi-stage-builds/from-as-casing.ts';
import missingUser from './non-root-user/missing-user.ts';
import rootUser from './non-root-user/root-user.ts';
import userNotNumeric from './non-root-user/user-not-numeric.ts';
import noSudo from './non-root-user/no-sudo.ts';
import useraddLargeUid from './non-root-user/useradd-large-uid.ts';
import chownAfterCopy from './efficient-layering/chown-after-copy.ts';
import updateWithoutInstall from './efficient-layering/update-without-install.ts';
import packageCacheNotCleaned from './efficient-layering/package-cache-not-cleaned.ts';
import removeInLaterLayer from './efficient-layering/remove-in-later-layer.ts';
import consecutiveRun from './efficient-layering/consecutive-run.ts';
import workdirOverCd from './efficient-layering/workdir-over-cd.ts';
import exportInRun from './efficient-layering/export-in-run.ts';
import workdirAbsolute from './efficient-layering/workdir-absolute.ts';
import copyRelativeDestWithoutWorkdir from './efficient-layering/copy-relative-dest-without-workdir.ts';
import copyDestNotDirectory from './efficient-layering/copy-dest-not-directory.ts';
import missingPipefail from './efficient-layering/missing-pipefail.ts';
import untaggedImage from './pinned-base-images/untagged-image.ts';
import latestTag from './pinned-base-images/latest-tag.ts';
import missingDigest from './pinned-base-images/missing-digest.ts';
import invalidImageReference from './pinned-base-images/invalid-image-reference.ts';
import baseImageArgDefault from './pinned-base-images/base-image-arg-default.ts';
import emptyBaseImage from './pinned-base-images/empty-base-image.ts';
import undefinedArgInFrom from './pinned-base-images/undefined-arg-in-from.ts';
import untrustedRegistry from './pinned-base-images/untrusted-registry.ts';
import endOfLifeImage from './pinned-base-images/end-of-life-image.ts';
import installAfterCopyAll from './dependency-caching/install-after-copy-all.ts';
import goBuildWithoutModDownload from './dependency-caching/go-build-without-mod-download.ts';
import lockfileNotCopied from './dependency-caching/lockfile-not-copied.ts';
import languageCacheInLayer from './dependency-caching/language-cache-in-layer.ts';
import npmInstallWithLockfile from './dependency-caching/npm-install-with-lockfile.ts';
import toolchainFinalStage from './minimal-final-image/toolchain-final-stage.ts';
import buildToolsInFinalStage from './minimal-final-image/build-tools-in-final-stage.ts';
import noInstallRecommends from './minimal-final-image/no-install-recommends.ts';
import wgetAndCurl from './minimal-final-image/wget-and-curl.ts';
import shellFormEntrypoint from './signal-handling/shell-form-entrypoint.ts';
import invalidJsonForm from './signal-handling/invalid-json-form.ts';
import multipleCmdEntrypoint from './signal-handling/multiple-cmd-entrypoint.ts';
import invalidStopSignal from './signal-handling/invalid-stop-signal.ts';
import missingExpose from './expose-ports/missing-expose.ts';
import invalidPort from './expose-ports/invalid-port.ts';
import invalidPortProtocol from './expose-ports/invalid-port-protocol.ts';
import exposeProtocolCasing from './expose-ports/expose-protocol-casing.ts';
import exposeHostMapping from './expose-ports/expose-host-mapping.ts';
import exposeSshPort from './expose-ports/expose-ssh-port.ts';
import maintainerDeprecated from './expose-ports/maintainer-deprecated.ts';
import exposeUndeclaredVariable from './expose-ports/expose-undeclared-variable.ts';
import addLocalFile from './copy-over-add/add-local-file.ts';
import addUrlWithoutChecksum from './copy-over-add/add-url-without-checksum.ts';
import copyArchiveThenExtract from './copy-over-add/copy-archive-then-extract.ts';
import copyContextWithoutDockerignore from './dockerignore/copy-context-without-dockerignore.ts';
import dockerignoreMissingGit from './dockerignore/dockerignore-missing-git.ts';
import dockerignoreMissingSecrets from './dockerignore/dockerignore-missing-secrets.ts';
import dockerignoreContextGuessed from './dockerignore/dockerignore-context-guessed.ts';
import dockerignoreReincludesSecret from './dockerignore/dockerignore-reincludes-secret.ts';
import dockerignoreInvalidPattern from './dockerignore/dockerignore-invalid-pattern.ts';
import copyIgnoredFile from './dockerignore/copy-ignored-file.ts';
import secretInArgOrEnv from './dockerignore/secret-in-arg-or-env.ts';
import shellFormWithoutShell from './distroless-images/shell-form-without-shell.ts';
import debugImageInFinalStage from './distroless-images/debug-image-in-final-stage.ts';
import fullOsFinalStage from './distroless-images/full-os-final-stage.ts';

export const rules: readonly Rule[] = [
  singleStageBuild,
  finalStageFromBuildStage,
  finalStageBuildPlatform,
  copyFromStageRoot,
  copyFromUnknownStage,
  copyFromIndex,
  copyFromSelf,
  invalidCopyFrom,
  duplicateStageName,
  invalidStageName,
  stageNameCasing,
  fromAsCasing,
  missingUser,
  rootUser,
  userNotNumeric,
  noSudo,
  useraddLargeUid,
  chownAfterCopy,
  updateWithoutInstall,
  packageCacheNotCleaned,
  removeInLaterLayer,
  consecutiveRun,
  workdirOverCd,
  exportInRun,
  workdirAbsolute,
  copyRelativeDestWithoutWorkdir,
  copyDestNotDirectory,
  missingPipefail,
  untaggedImage,
  latestTag,
  missingDigest,
  invalidImageReference,
  baseImageArgDefault,
  emptyBaseImage,
  undefinedArgInFrom,
  untrustedRegistry,
  endOfLifeImage,
  installAfterCopyAll,
  goBuildWithoutModDownload,
  lockfileNotCopied,
  npmInstallWithLockfile,
  languageCacheInLayer,
  toolchainFinalStage,
  buildToolsInFinalStage,
  noInstallRecommends,
  wgetAndCurl,
  shellFormEntrypoint,
  invalidJsonForm,
  multipleCmdEntrypoint,
  invalidStopSignal,
  missingExpose,
  invalidPort,
  invalidPortProtocol,
  exposeProtocolCasing,
  exposeHostMapping,
  exposeSshPort,
  exposeUndeclaredVariable,
  maintainerDeprecated,
  addLocalFile,
  addUrlWithoutChecksum,
  copyArchiveThenExtract,
  copyContextWithoutDockerignore,
  dockerignoreMissingGit,
  dockerignoreMissingSecrets,
  dockerignoreContextGuessed,
  dockerignoreReincludesSecret,
  dockerignoreInvalidPattern,
  copyIgnoredFile,
  secretInArgOrEnv,
  shellFormWithoutShell,
  debugImageInFinalStage,
  fullOsFinalStage,
];

export function getRule(id: string): Rule | undefined {
  return rules.find((r) => r.id === id);
}

export function rulesFor(practice: PracticeSlug): Rule[] {
  return rules.filter((r) => r.practice === practice);
}
