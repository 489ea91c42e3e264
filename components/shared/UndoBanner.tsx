import type { ComponentChildren } from 'preact';

/** What was just deleted, with the one button that brings it back. */
export function UndoBanner({ children, onUndo }: { children: ComponentChildren; onUndo: () => void }) {
  return (
    <div class="banner" role="status">
      {children}
      <button type="button" class="button button--secondary" onClick={onUndo}>
        Undo
      </button>
    </div>
  );
}
