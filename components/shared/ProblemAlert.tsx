/** A failed change, said plainly; nothing at all when there is none. */
export function ProblemAlert({ problem }: { problem: string | null }) {
  return problem ? (
    <p role="alert" class="bad">
      {problem}
    </p>
  ) : null;
}
