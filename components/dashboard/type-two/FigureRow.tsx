import { SourceText } from './SourceText';

/** One row of the pack: what the form asks for, the figure, and where it came from. */
export function FigureRow({ label, value, basis }: { label: string; value: string; basis: string }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td class="num">{value}</td>
      <td class="type-two__basis">
        <SourceText text={basis} />
      </td>
    </tr>
  );
}
