import { useEffect, useRef, useState } from "react";

/** Delay after the last keystroke before a typed filter is applied, in milliseconds. */
export const TYPING_DEBOUNCE_MS = 350;

/**
 * Holds the text of an input that applies its value only after the user stops typing.
 *
 * `appliedValue` is the value in effect, such as the one in the address. When it changes for
 * another reason (the back button, "Clear filters"), the text follows it. `normalize` turns the
 * text into the value to apply, or null when the text is not valid and must not be applied.
 */
export function useDebouncedInput(
  appliedValue: string,
  apply: (value: string) => void,
  normalize: (text: string) => string | null = (text) => text.trim(),
  delayMs = TYPING_DEBOUNCE_MS,
): [string, (text: string) => void] {
  const [text, setText] = useState(appliedValue);
  const lastApplied = useRef(appliedValue);
  const applyRef = useRef(apply);
  const normalizeRef = useRef(normalize);

  useEffect(() => {
    applyRef.current = apply;
    normalizeRef.current = normalize;
  });

  useEffect(() => {
    if (appliedValue !== lastApplied.current) {
      lastApplied.current = appliedValue;
      setText(appliedValue);
    }
  }, [appliedValue]);

  useEffect(() => {
    const value = normalizeRef.current(text);
    if (value === null || value === lastApplied.current) {
      return;
    }

    const timer = setTimeout(() => {
      lastApplied.current = value;
      applyRef.current(value);
    }, delayMs);

    return () => clearTimeout(timer);
  }, [text, delayMs]);

  return [text, setText];
}
