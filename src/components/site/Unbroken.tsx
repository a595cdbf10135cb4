/** ISO dates: Chromium breaks a line at their hyphens ("2019-" / "12-31"), so each is kept whole. */
const DATE = /(\d{4}-\d{2}-\d{2})/;

export function Unbroken({ text }: { text: string }) {
  // split() with a capture group puts the dates at the odd places.
  return <>{text.split(DATE).map((part, i) => (i % 2 ? <span key={`${i}-${part}`} className="nowrap">{part}</span> : part))}</>;
}
