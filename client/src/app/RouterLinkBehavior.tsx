import { forwardRef } from "react";
import { Link, type LinkProps } from "react-router";

type RouterLinkBehaviorProps = Omit<LinkProps, "to"> & { href: string };

/**
 * Renders Material UI links and link buttons through React Router, so in-app paths change the
 * page without a reload. Addresses with a scheme (`mailto:`, `tel:`, `https:`) and file
 * downloads stay plain anchors.
 */
export const RouterLinkBehavior = forwardRef<HTMLAnchorElement, RouterLinkBehaviorProps>(
  function RouterLinkBehavior({ href, ...other }, ref) {
    const isInAppPath = href.startsWith("/") && !href.startsWith("//");
    if (!isInAppPath || other.download !== undefined) {
      return <a ref={ref} href={href} {...other} />;
    }

    return <Link ref={ref} to={href} {...other} />;
  },
);
