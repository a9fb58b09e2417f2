import { useEffect } from "react";

const PRODUCT_NAME = "Mentorlens";

/** Formats a page title as the browser tab shows it, such as "Mentorships – Mentorlens". */
export function formatDocumentTitle(pageTitle: string): string {
  return `${pageTitle} – ${PRODUCT_NAME}`;
}

/** Sets the browser tab's title while the calling page is shown. */
export function useDocumentTitle(pageTitle: string): void {
  useEffect(() => {
    document.title = formatDocumentTitle(pageTitle);
  }, [pageTitle]);
}
