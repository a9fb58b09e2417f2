import { FieldGroup } from "../auth/field-access";
import { StaffRole } from "../auth/staff-role.enum";
import { FlagResolutionReason } from "../flag/flag-enums";
import type { Mentorship } from "../mentorship/mentorship.entity";
import type { Partner } from "../partner/partner.entity";
import { FlagStatus } from "../test-support/factories";
import { createProgramSetup, type ProgramSetup } from "../test-support/program-fixture";
import { type GraphQLResponseError, startTestServer, type TestServer } from "../test-support/test-server";
import { ApiToken } from "./api-token.entity";
import { createApiToken, revokeApiToken } from "./api-token.service";

const MENTEE_EMAIL = "jordan.mentee@contact.example.org";
const MENTEE_PHONE = "+15555550199";
const RESOLUTION_NOTE = "Talked with the family about rent support.";

const PAIR_QUERY = /* GraphQL */ `
  query Pair($id: ID!) {
    viewer {
      displayName
      email
      role
      fieldAccess {
        contactDetails
        flagNotes
      }
    }
    mentorship(id: $id) {
      id
      mentee {
        email
        phone
      }
      priorityFlags {
        resolutionNote
      }
    }
  }
`;

interface PairData {
  viewer: { displayName: string; email: string | null; role: string; fieldAccess: { contactDetails: boolean; flagNotes: boolean } };
  mentorship: { id: string; mentee: { email: string | null; phone: string | null }; priorityFlags: Array<{ resolutionNote: string | null }> } | null;
}

function errorFields(errors: GraphQLResponseError[] | undefined): string[] {
  return (errors ?? []).map((error) => `${error.extensions?.code} ${String(error.extensions?.field)} ${(error.path ?? []).join(".")}`).sort();
}

describe("bearer authentication", () => {
  let server: TestServer;
  let setup: ProgramSetup;
  let mentorship: Mentorship;
  let otherPartner: Partner;
  let otherMentorship: Mentorship;

  async function newToken(role: StaffRole, grants: FieldGroup[] = [], partner: Partner = setup.partner): Promise<{ token: string; apiToken: ApiToken }> {
    const created = await createApiToken(server.dataSource, { partnerSlug: partner.slug, role, name: `${role} token`, grants });

    return { token: created.token, apiToken: created.apiToken };
  }

  async function getWithBearer(path: string, authorization: string): Promise<Response> {
    return fetch(`${server.baseUrl}${path}`, { headers: { authorization } });
  }

  beforeAll(async () => {
    server = await startTestServer();
    setup = await createProgramSetup(server.factory, await server.factory.partner());
    const { factory, program, categories } = setup;
    const mentee = await factory.mentee(program, { email: MENTEE_EMAIL, phone: MENTEE_PHONE });
    mentorship = await factory.mentorship(program, await factory.mentor(program), mentee);
    await factory.flag(mentorship, categories.wellbeing, {
      status: FlagStatus.RESOLVED,
      resolvedAt: new Date("2024-10-04T10:00:00Z"),
      resolutionReason: FlagResolutionReason.SUPPORT_PROVIDED,
      resolutionNote: RESOLUTION_NOTE,
    });

    otherPartner = await server.factory.partner();
    const otherProgram = await server.factory.program(otherPartner);
    otherMentorship = await server.factory.mentorship(otherProgram, await server.factory.mentor(otherProgram), await server.factory.mentee(otherProgram));
  });

  afterAll(async () => {
    await server.close();
  });

  describe("a valid token", () => {
    it("reads the partner's data as the token", async () => {
      const { token } = await newToken(StaffRole.ADMIN);

      const result = await server.withBearerToken(token).graphql<PairData>(PAIR_QUERY, { id: mentorship.id });

      expect(result.status).toBe(200);
      expect(result.body.errors).toBeUndefined();
      expect(result.body.data?.viewer).toEqual({ displayName: "ADMIN token", email: null, role: "ADMIN", fieldAccess: { contactDetails: true, flagNotes: true } });
      expect(result.body.data?.mentorship?.mentee).toEqual({ email: MENTEE_EMAIL, phone: MENTEE_PHONE });
    });

    it("accepts the scheme name in any letter case", async () => {
      const { token } = await newToken(StaffRole.ANALYST);

      const response = await fetch(`${server.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `bearer ${token}` },
        body: JSON.stringify({ query: "{ viewer { role } }" }),
      });

      expect(response.status).toBe(200);
    });

    it("records when it was last used", async () => {
      const { token, apiToken } = await newToken(StaffRole.ANALYST);

      await server.withBearerToken(token).graphql("{ viewer { role } }");

      const stored = await server.dataSource.getRepository(ApiToken).findOneByOrFail({ id: apiToken.id });
      expect(stored.lastUsedAt).toBeInstanceOf(Date);
    });

    it("skips the write when last used within a minute", async () => {
      const { token, apiToken } = await newToken(StaffRole.ANALYST);
      const recent = new Date(Date.now() - 5_000);
      await server.dataSource.getRepository(ApiToken).update({ id: apiToken.id }, { lastUsedAt: recent });

      await server.withBearerToken(token).graphql("{ viewer { role } }");

      const stored = await server.dataSource.getRepository(ApiToken).findOneByOrFail({ id: apiToken.id });
      expect(stored.lastUsedAt?.getTime()).toBe(recent.getTime());
    });

    it("updates a use older than a minute", async () => {
      const { token, apiToken } = await newToken(StaffRole.ANALYST);
      const old = new Date(Date.now() - 120_000);
      await server.dataSource.getRepository(ApiToken).update({ id: apiToken.id }, { lastUsedAt: old });

      await server.withBearerToken(token).graphql("{ viewer { role } }");

      const stored = await server.dataSource.getRepository(ApiToken).findOneByOrFail({ id: apiToken.id });
      expect(stored.lastUsedAt?.getTime()).toBeGreaterThan(old.getTime());
    });

    it("describes the token on /auth/me", async () => {
      const { token } = await newToken(StaffRole.INTEGRATION);

      const response = await getWithBearer("/auth/me", `Bearer ${token}`);

      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({
        displayName: "INTEGRATION token",
        email: null,
        role: "INTEGRATION",
        credential: "apiToken",
        partner: { id: setup.partner.id, slug: setup.partner.slug, name: setup.partner.name },
      });
    });

    it("leaves staff sessions alone on /auth/logout", async () => {
      const { token } = await newToken(StaffRole.ADMIN);
      const signedIn = server.signIn(setup.staff);

      const response = await fetch(`${server.baseUrl}/auth/logout`, { method: "POST", headers: { authorization: `Bearer ${token}` } });
      const sessionStillWorks = await signedIn.graphql("{ viewer { role } }");

      expect(response.status).toBe(204);
      expect(sessionStillWorks.status).toBe(200);
    });
  });

  describe("a rejected token", () => {
    it.each([
      ["an unknown token", `Bearer mlt_${"A".repeat(43)}`, "The API token is unknown or revoked. Ask an administrator for a new one."],
      ["a malformed token", "Bearer not-a-token", "The API token is unknown or revoked. Ask an administrator for a new one."],
      ["an empty Bearer header", "Bearer ", "The Authorization header must be `Bearer <token>`, with an API token that starts with `mlt_`."],
      ["another scheme", "Basic dXNlcjpwYXNz", "The Authorization header must be `Bearer <token>`, with an API token that starts with `mlt_`."],
    ])("answers %s with 401 on GraphQL", async (_case, authorization, message) => {
      const response = await fetch(`${server.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization },
        body: JSON.stringify({ query: "{ viewer { role } }" }),
      });
      const body = (await response.json()) as { data?: unknown; errors: GraphQLResponseError[] };

      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="mentorlens", error="invalid_token"');
      expect(body.errors).toEqual([{ message, extensions: { code: "UNAUTHENTICATED" } }]);
      expect(body.data).toBeUndefined();
    });

    it("answers a revoked token with 401", async () => {
      const { token, apiToken } = await newToken(StaffRole.ADMIN);
      await revokeApiToken(server.dataSource, apiToken.id);

      const result = await server.withBearerToken(token).graphql("{ viewer { role } }");

      expect(result.status).toBe(401);
      expect(result.headers.get("www-authenticate")).toContain("Bearer");
      expect(result.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    });

    it("answers a revoked token with 401 on the CSV export", async () => {
      const { token, apiToken } = await newToken(StaffRole.ADMIN);
      await revokeApiToken(server.dataSource, apiToken.id);

      const response = await getWithBearer(`/export/mentorships/${mentorship.id}.csv`, `Bearer ${token}`);

      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toBe('Bearer realm="mentorlens", error="invalid_token"');
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe("UNAUTHENTICATED");
    });

    it("is not rescued by a valid session cookie", async () => {
      const { token, apiToken } = await newToken(StaffRole.ADMIN);
      await revokeApiToken(server.dataSource, apiToken.id);
      const cookie = server.signIn(setup.staff).cookie ?? "";

      const response = await fetch(`${server.baseUrl}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}`, cookie },
        body: JSON.stringify({ query: "{ viewer { role } }" }),
      });

      expect(response.status).toBe(401);
    });

    it("challenges a request without credentials", async () => {
      const result = await server.anonymous.graphql("{ viewer { role } }");

      expect(result.status).toBe(401);
      expect(result.headers.get("www-authenticate")).toBe('Bearer realm="mentorlens"');
    });
  });

  describe("tenancy", () => {
    it("answers another partner's mentorship as missing", async () => {
      const { token } = await newToken(StaffRole.ADMIN, [], otherPartner);

      const result = await server.withBearerToken(token).graphql<PairData>(PAIR_QUERY, { id: mentorship.id });

      expect(result.body.data?.mentorship).toBeNull();
      expect(result.body.errors?.map((error) => error.extensions?.code)).toEqual(["NOT_FOUND"]);
      expect(JSON.stringify(result.body)).not.toContain(MENTEE_EMAIL);
    });

    it("lists only the token partner's mentorships", async () => {
      const { token } = await newToken(StaffRole.INTEGRATION, [], otherPartner);

      const result = await server.withBearerToken(token).graphql<{ mentorships: { edges: Array<{ node: { id: string } }> } }>(
        "{ mentorships(first: 100) { edges { node { id } } } }",
      );

      expect(result.body.data?.mentorships.edges.map((edge) => edge.node.id)).toEqual([otherMentorship.id]);
    });

    it("answers another partner's export as not found", async () => {
      const { token } = await newToken(StaffRole.ADMIN, [], otherPartner);

      const response = await getWithBearer(`/export/mentorships/${mentorship.id}.csv`, `Bearer ${token}`);

      expect(response.status).toBe(404);
    });
  });

  describe("field access", () => {
    const CONTACT_ERRORS = ["FORBIDDEN Participant.email mentorship.mentee.email", "FORBIDDEN Participant.phone mentorship.mentee.phone"];
    const NOTE_ERRORS = ["FORBIDDEN PriorityFlag.resolutionNote mentorship.priorityFlags.0.resolutionNote"];

    it.each([
      [StaffRole.ANALYST, [], [...CONTACT_ERRORS, ...NOTE_ERRORS]],
      [StaffRole.ANALYST, [FieldGroup.CONTACT_DETAILS], NOTE_ERRORS],
      [StaffRole.ANALYST, [FieldGroup.FLAG_NOTES], CONTACT_ERRORS],
      [StaffRole.INTEGRATION, [], [...CONTACT_ERRORS, ...NOTE_ERRORS]],
      [StaffRole.INTEGRATION, [FieldGroup.CONTACT_DETAILS, FieldGroup.FLAG_NOTES], []],
      [StaffRole.ADMIN, [], []],
    ])("withholds from %s with grants %j exactly the ungranted fields", async (role, grants, expectedErrors) => {
      const { token } = await newToken(role, grants);

      const result = await server.withBearerToken(token).graphql<PairData>(PAIR_QUERY, { id: mentorship.id });

      const contact = role === StaffRole.ADMIN || grants.includes(FieldGroup.CONTACT_DETAILS);
      const notes = role === StaffRole.ADMIN || grants.includes(FieldGroup.FLAG_NOTES);
      expect(errorFields(result.body.errors)).toEqual([...expectedErrors].sort());
      expect(result.body.data?.viewer.fieldAccess).toEqual({ contactDetails: contact, flagNotes: notes });
      expect(result.body.data?.mentorship?.mentee).toEqual(contact ? { email: MENTEE_EMAIL, phone: MENTEE_PHONE } : { email: null, phone: null });
      expect(result.body.data?.mentorship?.priorityFlags).toEqual([{ resolutionNote: notes ? RESOLUTION_NOTE : null }]);
    });

    it("names the field but never the value in the error", async () => {
      const { token } = await newToken(StaffRole.ANALYST);

      const result = await server.withBearerToken(token).graphql<PairData>(PAIR_QUERY, { id: mentorship.id });

      const body = JSON.stringify(result.body);
      const emailError = result.body.errors?.find((error) => error.extensions?.field === "Participant.email");
      expect(emailError?.message).toBe("This ANALYST API token may not read Participant.email; create a token with the matching --grant to read it.");
      expect(body).not.toContain(MENTEE_EMAIL);
      expect(body).not.toContain(MENTEE_PHONE);
      expect(body).not.toContain(RESOLUTION_NOTE);
    });

    it.each([
      ["without a grant", [], false],
      ["with the contact-details grant", [FieldGroup.CONTACT_DETAILS], true],
    ])("applies the same rule to the CSV export %s", async (_case, grants, included) => {
      const { token } = await newToken(StaffRole.ANALYST, grants);

      const response = await getWithBearer(`/export/mentorships/${mentorship.id}.csv`, `Bearer ${token}`);
      const csv = await response.text();

      expect(response.status).toBe(200);
      expect(csv.includes(MENTEE_EMAIL)).toBe(included);
      expect(csv).not.toContain(RESOLUTION_NOTE);
    });
  });
});
