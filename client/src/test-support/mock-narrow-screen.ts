/**
 * Makes `window.matchMedia` report a phone-sized viewport: every `max-width` query matches and
 * every other query does not. jsdom has no `matchMedia`, so components see a wide screen
 * otherwise. Returns a function that removes the mock.
 */
export function mockNarrowScreen(): () => void {
  const original = window.matchMedia;
  window.matchMedia = (query: string) =>
    ({
      matches: query.includes("max-width"),
      media: query,
      onchange: null,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
      addListener: () => undefined,
      removeListener: () => undefined,
      dispatchEvent: () => false,
    }) as MediaQueryList;

  return () => {
    window.matchMedia = original;
  };
}
