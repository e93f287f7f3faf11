/** Types of public-directory.mjs (used by wxt.config.ts and the tests). */
export function nonPublicReason(url: string): string | undefined;
export function assertPublicDirectory(directory: { base?: string; sources?: Array<{ name: string; url: string; seen?: string }> }): void;
