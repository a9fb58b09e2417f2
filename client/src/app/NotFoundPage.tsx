import { ComingSoon } from "../common/ComingSoon";

/** Shown for any address that matches no route. */
export function NotFoundPage() {
  return (
    <ComingSoon
      title="Page not found"
      message="There is no page at this address. Check the link, or go back to the list of mentorships."
      backHref="/mentorships"
      backLabel="Go to mentorships"
    />
  );
}
