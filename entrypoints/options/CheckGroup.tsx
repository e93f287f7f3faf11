/** A labelled group of checkboxes over a list of choices, holding the checked values. */

export interface CheckGroupProps<T extends string> {
  legend: string;
  /** The form name of every box, for tests and assistive tools. */
  name: string;
  choices: ReadonlyArray<readonly [T, string]>;
  checked: readonly T[];
  onChange: (checked: T[]) => void;
}

export function CheckGroup<T extends string>({ legend, name, choices, checked, onChange }: CheckGroupProps<T>) {
  const toggle = (value: T, on: boolean) => onChange(on ? [...checked, value] : checked.filter((x) => x !== value));
  return (
    <fieldset>
      <legend>{legend}</legend>
      <div class="checks">
        {choices.map(([value, label]) => (
          <label key={value}>
            <input type="checkbox" name={name} value={value} checked={checked.includes(value)} onChange={(e) => toggle(value, e.currentTarget.checked)} /> {label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
