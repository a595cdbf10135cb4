export const tcloudCalculators = {} as const;
