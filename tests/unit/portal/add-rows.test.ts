import { afterEach, describe, expect, it } from 'vitest';
import { findAddAnother } from '../../../lib/portal/fill/add-rows';

function find(html: string): HTMLElement | undefined {
  document.body.innerHTML = html;
  return findAddAnother(document);
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('findAddAnother', () => {
  it('finds a type="button" "Add another period" button', () => {
    expect(find('<button type="button" id="add">Add another period</button>')?.id).toBe('add');
  });

  it('finds an input[type=button] and an a[role=button]', () => {
    expect(find('<input type="button" id="add" value="Add another">')?.id).toBe('add');
    expect(find('<a href="#" role="button" id="add">Add a period</a>')?.id).toBe('add');
  });

  it('reads the button like a label: case, punctuation, icons and qualifiers do not matter', () => {
    expect(find('<button type="button" id="add"><span aria-hidden="true">+</span> ADD ANOTHER PERIOD</button>')?.id).toBe('add');
    expect(find('<button type="button" id="add">Add another period (optional)</button>')?.id).toBe('add');
    expect(find('<button type="button" id="add">Add more dates…</button>')?.id).toBe('add');
  });

  it('a phrase that only starts the text still counts: "Add another row of dates"', () => {
    expect(find('<button type="button" id="add">Add another row of dates</button>')?.id).toBe('add');
  });

  it('never a submit button, even one that says "Add another period"', () => {
    expect(find('<form><button type="submit">Add another period</button></form>')).toBeUndefined();
    expect(find('<form><input type="submit" value="Add another period"></form>')).toBeUndefined();
  });

  it('never a <button> with no type, which submits its form by default', () => {
    expect(find('<form><button>Add another period</button></form>')).toBeUndefined();
  });

  it('never a button that also says submit, save, confirm or remove', () => {
    expect(find('<button type="button">Add another period and submit</button>')).toBeUndefined();
    expect(find('<button type="button">Add another and save</button>')).toBeUndefined();
    expect(find('<button type="button">Add period and confirm</button>')).toBeUndefined();
    expect(find('<a role="button">Add row / remove row</a>')).toBeUndefined();
  });

  it('nothing on a page without one; buttons that merely mention adding are not it', () => {
    expect(find('<button type="button">Submit</button><button type="button">Remove period</button>')).toBeUndefined();
    expect(find('<button type="button">Add</button><button type="button">Please add another period below</button>')).toBeUndefined();
    expect(find('<a href="/locuma/create">Add another period</a>')).toBeUndefined();
  });

  it('skips a forbidden one to find the real one', () => {
    const found = find(`<form>
      <button type="submit" id="s">Add another period</button>
      <button type="button" id="x">Add another and submit</button>
      <button type="button" id="add">Add another period</button>
    </form>`);
    expect(found?.id).toBe('add');
  });

  it('looks only inside the root it is given', () => {
    document.body.innerHTML =
      '<section id="a"><p>No buttons</p></section><section id="b"><button type="button" id="add">Add row</button></section>';
    expect(findAddAnother(document.getElementById('a')!)).toBeUndefined();
    expect(findAddAnother(document.getElementById('b')!)?.id).toBe('add');
  });
});
