import { useState } from 'preact/hooks';

/** A question put before saving what looks like a session entered twice; resolves true for "Add another", false for "Cancel". */
export function useDuplicateQuestion() {
  const [pending, setPending] = useState<{ question: string; resolve: (yes: boolean) => void } | null>(null);
  const confirm = (question: string) => new Promise<boolean>((resolve) => setPending({ question, resolve }));
  const answer = (yes: boolean) => {
    pending?.resolve(yes);
    setPending(null);
  };
  return { question: pending?.question ?? null, confirm, answer };
}
