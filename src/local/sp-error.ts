/**
 * Errors in SharePoint's own JSON shape. PnPjs turns any non-2xx into HttpRequestError and the
 * product reads `odata.error.message.value`, so the code and text here are what a real tenant sends.
 */
export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
    this.name = "SpError";
  }

  toBody(): { "odata.error": { code: string; message: { lang: string; value: string } } } {
    return { "odata.error": { code: this.code, message: { lang: "en-US", value: this.message } } };
  }
}

const INVALID_QUERY = "-1, Microsoft.SharePoint.Client.InvalidClientQueryException";

export const spErrors = {
  listNotFound: (title: string, siteUrl: string) =>
    new SpError(
      404,
      "-2130575322, System.ArgumentException",
      `List '${title}' does not exist at site with URL '${siteUrl}'.`,
    ),
  listExists: () =>
    new SpError(
      500,
      "-2130575342, Microsoft.SharePoint.SPException",
      `A list, survey, discussion board, or document library with the specified title already exists in this Web site.  Please choose another title.`,
    ),
  itemNotFound: () =>
    new SpError(
      404,
      "-2130575338, System.ArgumentException",
      "Item does not exist. It may have been deleted by another user.",
    ),
  fieldNotFound: (name: string) =>
    new SpError(
      404,
      "-2146232832, System.ArgumentException",
      `Column '${name}' does not exist. It may have been deleted by another user.`,
    ),
  fieldExists: (name: string) =>
    new SpError(
      500,
      "-2130575342, Microsoft.SharePoint.SPException",
      `A duplicate field name "${name}" was found.`,
    ),
  etagMismatch: () =>
    new SpError(412, "-1, Microsoft.SharePoint.Client.ClientServiceException", "The request ETag value does not match the object's ETag value."),
  unknownProperty: (name: string, typeName: string) =>
    new SpError(
      400,
      INVALID_QUERY,
      `The property '${name}' does not exist on type '${typeName}'. Make sure to only use property names that are defined by the type.`,
    ),
  badQuery: (message: string) => new SpError(400, INVALID_QUERY, message),
  badFilter: (expression: string, detail: string) =>
    new SpError(400, INVALID_QUERY, `The expression "${expression}" is not valid. ${detail}`),
  unknownColumn: (name: string) =>
    new SpError(400, "-2146232832, Microsoft.SharePoint.SPException", `Column '${name}' does not exist. It may have been deleted by another user.`),
  fieldValue: (message: string) =>
    new SpError(400, "-2146232832, Microsoft.SharePoint.SPFieldValidationException", message),
  conversion: (edmType: string) =>
    new SpError(400, INVALID_QUERY, `Cannot convert a primitive value to the expected type '${edmType}'. See the inner exception for more details.`),
  throttled: () =>
    new SpError(
      500,
      "-2147024860, Microsoft.SharePoint.SPQueryThrottledException",
      "The attempted operation is prohibited because it exceeds the list view threshold.",
    ),
  userNotFound: (name: string) =>
    new SpError(404, "-2146232832, Microsoft.SharePoint.SPException", `The user '${name}' could not be found.`),
  accessDenied: () =>
    new SpError(
      403,
      "-2147024891, System.UnauthorizedAccessException",
      "Access denied. You do not have permission to perform this action or access this resource.",
    ),
  notSupported: (method: string, path: string) =>
    new SpError(
      400,
      "-1, Microsoft.SharePoint.Client.InvalidClientQueryException",
      `The HTTP method '${method}' is not supported for '${path}' by this local SharePoint stand-in.`,
    ),
  noResource: (path: string) =>
    new SpError(
      404,
      "-1, Microsoft.SharePoint.Client.ResourceNotFoundException",
      `Cannot find resource for the request ${path}.`,
    ),
  badBody: (detail: string) => new SpError(400, "-1, Microsoft.SharePoint.Client.InvalidClientQueryException", `Invalid JSON. ${detail}`),
};

