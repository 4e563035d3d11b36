// The options of a select or a group of checkboxes from a list of values (usually an enum's), each
// labelled by `label` (usually a message of the catalogue).
export function optionsOf<V extends string>(values: readonly V[], label: (value: V) => string): { value: V; label: string }[] {
  return values.map((value) => ({ value, label: label(value) }));
}
