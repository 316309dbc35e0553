/**
 * The version of the rules: the project's own, which share links record and SARIF reports as
 * the tool's semanticVersion. Written here rather than imported from package.json, which would
 * put the whole manifest into the editor's bundle; a unit test holds the two equal.
 */
export const ENGINE_VERSION = '0.1.0';
