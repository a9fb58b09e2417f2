import { type MiddlewareFn, UseMiddleware } from "type-graphql";
import { ForbiddenError } from "../common/errors";
import { canRead, type FieldGroup } from "./field-access";
import type { Viewer } from "./viewer";

/**
 * Withholds a field from viewers whose role may not read `group` and whose API token has no
 * grant for it: the field resolves to null and the response gets a FORBIDDEN error naming the
 * field (graphql-js adds the response path). Use it on nullable fields only,
 * because on a non-null field graphql-js would null the whole parent object instead.
 */
export function Restricted(group: FieldGroup): MethodDecorator & PropertyDecorator {
  return UseMiddleware(restrictTo(group));
}

function restrictTo(group: FieldGroup): MiddlewareFn<{ viewer: Viewer }> {
  return ({ context, info }, next) => {
    if (!canRead(context.viewer, group)) {
      const field = `${info.parentType.name}.${info.fieldName}`;
      // Thrown before `next`, so the value is never read and cannot reach the message.
      throw new ForbiddenError(describeWithheldField(context.viewer, field), field);
    }

    return next();
  };
}

function describeWithheldField(viewer: Viewer, field: string): string {
  if (viewer.credential === "apiToken") {
    return `This ${viewer.role} API token may not read ${field}; create a token with the matching --grant to read it.`;
  }

  return `The ${viewer.role} role may not read ${field}.`;
}
