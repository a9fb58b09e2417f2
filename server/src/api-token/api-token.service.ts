import type { DataSource } from "typeorm";
import type { FieldGroup } from "../auth/field-access";
import type { StaffRole } from "../auth/staff-role.enum";
import { newId } from "../common/ids";
import { Partner } from "../partner/partner.entity";
import { ApiTokenInputError } from "./api-token-input";
import { apiTokenHashesMatch, generateApiToken, hashApiToken, isWellFormedApiToken } from "./api-token-secret";
import { ApiToken } from "./api-token.entity";

/** Minimum interval between two writes of a token's `lastUsedAt`, so that busy integrations do not write on every request. */
export const LAST_USED_RESOLUTION_MS = 60_000;

export interface CreateApiTokenInput {
  partnerSlug: string;
  role: StaffRole;
  name: string;
  grants: FieldGroup[];
}

/** A new token: the stored row, and the token itself, which exists nowhere else and is shown once. */
export interface CreatedApiToken {
  apiToken: ApiToken;
  partner: Partner;
  token: string;
}

/** Creates a token for the partner with `partnerSlug`; throws ApiTokenInputError for an unknown partner. */
export async function createApiToken(dataSource: DataSource, input: CreateApiTokenInput, now = new Date()): Promise<CreatedApiToken> {
  const partner = await findPartner(dataSource, input.partnerSlug);
  const token = generateApiToken();
  const apiToken: ApiToken = {
    id: newId("apiToken"),
    partnerId: partner.id,
    name: input.name,
    role: input.role,
    grants: input.grants,
    tokenHash: hashApiToken(token),
    createdAt: now,
    lastUsedAt: null,
    revokedAt: null,
  };
  await dataSource.getRepository(ApiToken).insert(apiToken);

  return { apiToken, partner, token };
}

/** Lists every token of a partner, revoked ones included, oldest first. */
export async function listApiTokens(dataSource: DataSource, partnerSlug: string): Promise<{ partner: Partner; apiTokens: ApiToken[] }> {
  const partner = await findPartner(dataSource, partnerSlug);
  const apiTokens = await dataSource.getRepository(ApiToken).find({ where: { partnerId: partner.id }, order: { createdAt: "ASC", id: "ASC" } });

  return { partner, apiTokens };
}

/**
 * Revokes a token by id, so every later request with it gets 401. Revoking a revoked token
 * changes nothing and returns it with its first revocation time.
 */
export async function revokeApiToken(dataSource: DataSource, id: string, now = new Date()): Promise<ApiToken> {
  const repository = dataSource.getRepository(ApiToken);
  const apiToken = await repository.findOneBy({ id });
  if (!apiToken) {
    throw new ApiTokenInputError(`No API token with id "${id}" was found. List the partner's tokens with: npm run token -- list --partner <slug>`);
  }
  if (apiToken.revokedAt) {
    return apiToken;
  }

  await repository.update({ id }, { revokedAt: now });

  return { ...apiToken, revokedAt: now };
}

/** Returns the unrevoked token that `token` is, or null for a malformed, unknown or revoked one. */
export async function findActiveApiToken(dataSource: DataSource, token: string): Promise<ApiToken | null> {
  if (!isWellFormedApiToken(token)) {
    return null;
  }

  const tokenHash = hashApiToken(token);
  const apiToken = await dataSource.getRepository(ApiToken).findOneBy({ tokenHash });
  // The index lookup compares hashes, never the token, so its timing reveals nothing about the token.
  // The constant-time check repeats the comparison in code, independent of the database's collation.
  if (!apiToken || !apiTokenHashesMatch(apiToken.tokenHash, tokenHash) || apiToken.revokedAt) {
    return null;
  }

  return apiToken;
}

/** Sets `lastUsedAt` to `now` unless it was set less than a minute ago, so most requests write nothing. */
export async function recordApiTokenUse(dataSource: DataSource, apiToken: ApiToken, now = new Date()): Promise<void> {
  if (apiToken.lastUsedAt && now.getTime() - apiToken.lastUsedAt.getTime() < LAST_USED_RESOLUTION_MS) {
    return;
  }

  await dataSource.getRepository(ApiToken).update({ id: apiToken.id }, { lastUsedAt: now });
}

async function findPartner(dataSource: DataSource, slug: string): Promise<Partner> {
  const partner = await dataSource.getRepository(Partner).findOneBy({ slug });
  if (!partner) {
    const known = await dataSource.getRepository(Partner).find({ select: { slug: true }, order: { slug: "ASC" } });
    const hint = known.length > 0 ? `Known partners: ${known.map((row) => row.slug).join(", ")}.` : "The database has no partners yet.";
    throw new ApiTokenInputError(`Unknown partner "${slug}". ${hint}`);
  }

  return partner;
}
