export const topsCalculators = {} as const;
