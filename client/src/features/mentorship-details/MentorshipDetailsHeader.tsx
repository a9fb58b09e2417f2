import Breadcrumbs from "@mui/material/Breadcrumbs";
import Link from "@mui/material/Link";
import Stack from "@mui/material/Stack";
import Typography from "@mui/material/Typography";
import type { ReactNode } from "react";

import { useDocumentTitle } from "../../common/use-document-title";
import { getFragmentData, graphql, type FragmentType } from "../../gql";

export const MentorshipDetailsHeader_mentorship = graphql(`
  fragment MentorshipDetailsHeader_mentorship on Mentorship {
    program {
      id
      name
    }
    mentor {
      id
      displayName
    }
    mentee {
      id
      displayName
    }
  }
`);

interface MentorshipDetailsHeaderProps {
  mentorship: FragmentType<typeof MentorshipDetailsHeader_mentorship>;
  /** Page actions shown beside the title, such as the export button. */
  actions?: ReactNode;
}

/** Breadcrumbs, the pair's names as the page title, and the program. */
export function MentorshipDetailsHeader({ mentorship: mentorshipRef, actions }: MentorshipDetailsHeaderProps) {
  const mentorship = getFragmentData(MentorshipDetailsHeader_mentorship, mentorshipRef);
  useDocumentTitle(`${mentorship.mentor.displayName} & ${mentorship.mentee.displayName}`);

  return (
    <Stack spacing={1} sx={{ mb: 3 }}>
      <Breadcrumbs aria-label="Breadcrumb">
        <Link href="/mentorships">Mentorships</Link>
        <Typography sx={{ color: "text.primary" }} aria-current="page">
          Mentorship details
        </Typography>
      </Breadcrumbs>
      <Stack direction={{ xs: "column", sm: "row" }} spacing={2} sx={{ justifyContent: "space-between", alignItems: { sm: "center" } }}>
        <div>
          <Typography variant="h1">
            {mentorship.mentor.displayName} &amp; {mentorship.mentee.displayName}
          </Typography>
          <Typography sx={{ color: "text.secondary" }}>{mentorship.program.name}</Typography>
        </div>
        {actions}
      </Stack>
    </Stack>
  );
}
