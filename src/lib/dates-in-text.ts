/**
 * A sentence cut around its ISO dates, the dates at the odd places: Chromium breaks a line at a
 * date's hyphens ("2019-" / "12-31"), so the pages keep each date whole in a .nowrap span.
 */
export const splitDates = (text: string): string[] => text.split(/(\d{4}-\d{2}-\d{2})/);
