// Swagger UI over this server's own OpenAPI document; "Authorize" takes the token ./dev serve prints.
window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: "/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    persistAuthorization: true,
    tryItOutEnabled: true,
    displayOperationId: true,
    presets: [SwaggerUIBundle.presets.apis]
  });
};
