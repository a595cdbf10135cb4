import { splitDates } from "../../lib/dates-in-text";

/** Text with each ISO date kept on one line. */
export function Unbroken({ text }: { text: string }) {
  return <>{splitDates(text).map((part, i) => (i % 2 ? <span key={`${i}-${part}`} className="nowrap">{part}</span> : part))}</>;
}
