import { Navigate, type RouteObject } from "react-router";

import { requireSession } from "../features/auth/require-session";
import { SignInPage } from "../features/auth/SignInPage";
import { AppLayout } from "./AppLayout";
import { NotFoundPage } from "./NotFoundPage";
import { PageErrorState } from "./PageErrorState";
import { PageLoading } from "./PageLoading";
import { RouteErrorPage } from "./RouteErrorPage";

/**
 * Every route of the dashboard. Pages load lazily so that the first screen does not wait
 * for the data grid and the details page.
 */
export const routes: RouteObject[] = [
  { path: "/sign-in", element: <SignInPage />, errorElement: <RouteErrorPage /> },
  {
    path: "/",
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    loader: requireSession,
    // The session is checked when the signed-in pages are entered, not on every navigation
    // between them: after that, a GraphQL response with HTTP 401 sends the user to sign-in.
    shouldRevalidate: () => false,
    // Shown while the first page's code loads on a fresh visit.
    hydrateFallbackElement: <PageLoading />,
    children: [
      {
        // Keeps the top bar when a page fails, for example when its code cannot be fetched.
        errorElement: <PageErrorState />,
        children: [
          { index: true, element: <Navigate to="/mentorships" replace /> },
          {
            path: "mentorships",
            lazy: async () => ({ Component: (await import("../features/mentorships/MentorshipsPage")).MentorshipsPage }),
          },
          {
            path: "mentorships/:id",
            lazy: async () => ({
              Component: (await import("../features/mentorship-details/MentorshipDetailsPage")).MentorshipDetailsPage,
            }),
          },
          {
            path: "participants/:id",
            lazy: async () => ({
              Component: (await import("../features/participants/ParticipantProfilePage")).ParticipantProfilePage,
            }),
          },
          {
            path: "flags",
            lazy: async () => ({ Component: (await import("../features/flags/FlagsPage")).FlagsPage }),
          },
          {
            path: "flags/:id",
            lazy: async () => ({ Component: (await import("../features/flags/PriorityFlagPage")).PriorityFlagPage }),
          },
          {
            // GraphiQL and its editors make a large chunk, which only this route loads.
            path: "explorer",
            lazy: async () => ({ Component: (await import("../features/explorer/ExplorerPage")).ExplorerPage }),
          },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
