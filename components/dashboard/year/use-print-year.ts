import { useEffect, useState } from 'preact/hooks';

/**
 * Prints one scheme year on its own: the page is marked (print CSS then hides every other year and the page furniture),
 * printed once the marked statement has rendered, and unmarked after the print dialog closes.
 */
export function usePrintYear() {
  const [printing, setPrinting] = useState<string | null>(null);
  useEffect(() => {
    if (printing === null) return;
    const done = () => setPrinting(null);
    document.body.classList.add('print-one-year');
    addEventListener('afterprint', done, { once: true });
    print();
    return () => {
      document.body.classList.remove('print-one-year');
      removeEventListener('afterprint', done);
    };
  }, [printing]);
  return { printing, printYear: setPrinting };
}
