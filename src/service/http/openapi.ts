// The checked-in OpenAPI document (openapi/openapi.json) refers to the report schema by its path
// in the repository; the served copy embeds that schema, so a client needs one download.
import document from '../../../openapi/openapi.json' with { type: 'json' };
import reportSchema from '../../../schemas/report.v1.schema.json' with { type: 'json' };

export function servedOpenApiDocument(): unknown {
  return { ...document, components: { ...document.components, schemas: { ...document.components.schemas, Report: reportSchema } } };
}
