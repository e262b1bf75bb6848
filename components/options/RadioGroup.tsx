// A group of radio buttons with a legend, each choice with an optional one-line hint.
import type { ComponentChildren } from 'preact';

export interface RadioChoice<V extends string> {
  value: V;
  label: string;
  hint?: string;
}

export interface RadioGroupProps<V extends string> {
  name: string;
  legend: string;
  choices: readonly RadioChoice<V>[];
  value: V;
  onChange: (value: V) => void;
  /** Text under the choices (why the default is what it is). */
  children?: ComponentChildren;
}

export function RadioGroup<V extends string>({ name, legend, choices, value, onChange, children }: RadioGroupProps<V>) {
  return (
    <fieldset class={`pc-opt-section pc-opt-${name}`}>
      <legend>{legend}</legend>
      <ul class="pc-opt-choices">
        {choices.map((choice) => (
          <li key={choice.value}>
            <label class="pc-choice">
              <input type="radio" id={`pc-opt-${name}-${choice.value}`} name={name} value={choice.value} checked={value === choice.value} onChange={() => onChange(choice.value)} />
              <span>
                <span class="pc-choice-label">{choice.label}</span>
                {choice.hint && <span class="pc-hint">{choice.hint}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      {children}
    </fieldset>
  );
}
