import { containsPattern, foldedText, foldSearchTerm, LIKE_ESCAPE, qualifiedColumn } from "../common/sql-dialect";

/** Parameter name that `nameSearchCondition` reads. */
const NAME_SEARCH_PARAMETER = "nameSearch";

/**
 * SQL condition that the participant row `alias` has a first, last or preferred name, or a
 * "first last" / "preferred last" full name, containing the search term, ignoring case and
 * Latin accents. Bind the term with `nameSearchParameters`.
 */
export function nameSearchCondition(alias: string): string {
  const firstName = qualifiedColumn(alias, "firstName");
  const lastName = qualifiedColumn(alias, "lastName");
  const preferredName = qualifiedColumn(alias, "preferredName");
  const candidates = [firstName, lastName, preferredName, `${firstName} || ' ' || ${lastName}`, `${preferredName} || ' ' || ${lastName}`];

  return `(${candidates.map((candidate) => `${foldedText(candidate)} LIKE :${NAME_SEARCH_PARAMETER} ${LIKE_ESCAPE}`).join(" OR ")})`;
}

/** Parameters for `nameSearchCondition`; surrounding spaces of the term are ignored. */
export function nameSearchParameters(term: string): Record<string, string> {
  return { [NAME_SEARCH_PARAMETER]: containsPattern(foldSearchTerm(term.trim())) };
}
