import { type MiddlewareFn, UseMiddleware } from "type-graphql";
import { ForbiddenError } from "../common/errors";
import { canRead, type FieldGroup } from "./field-access";
import type { Viewer } from "./viewer";

/**
 * Withholds a field from viewers whose role may not read `group`: the field resolves to null
 * and the response gets a FORBIDDEN error naming the field. Use it on nullable fields only,
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
      throw new ForbiddenError(`The ${context.viewer.role} role may not read ${field}.`, field);
    }

    return next();
  };
}
