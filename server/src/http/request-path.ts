/** Returns a request URL without its query string, such as `/graphql` for `/graphql?query=…`. */
export function pathOf(url: string): string {
  const queryStart = url.indexOf("?");

  return queryStart === -1 ? url : url.slice(0, queryStart);
}
