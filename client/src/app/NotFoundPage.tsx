import { ComingSoon } from "../common/ComingSoon";
import { useDocumentTitle } from "../common/use-document-title";

/** Shown for any address that matches no route. */
export function NotFoundPage() {
  useDocumentTitle("Not found");

  return (
    <ComingSoon
      title="Page not found"
      message="There is no page at this address. Check the link, or go back to the list of mentorships."
      backHref="/mentorships"
      backLabel="Go to mentorships"
    />
  );
}
