/** Problems, each on its own line; the first fifty show what is wrong. */
export function ProblemList({ problems, label }: { problems: string[]; label: string }) {
  if (problems.length === 0) return null;
  return (
    <ul class="bad" aria-label={label}>
      {problems.slice(0, 50).map((problem) => (
        <li key={problem}>{problem}</li>
      ))}
    </ul>
  );
}
