/** Files the build in `dir` (default: NEXT_DIST_DIR or .next) refers to but lacks; empty when the build is whole. */
export function missingBuildFiles(dir?: string): string[];
/** True when the build in `dir` was made for a static export, which `next start` cannot serve. */
export function builtForExport(dir?: string): boolean;
