//! Use this API to build and manage custom forms.
//! With this functionality in place, administrators can create and view form definitions and form instances.
//!
//! Forms are composed of sections and fields. Sections split the form into logical groups of fields and fields are the data collection points within the form. Configure conditions to modify elements of the form as the responder provides input. Create form inputs to pass information from a calling feature, like a workflow, to your form.
//!
//! Forms can be used within workflows as an action or as a trigger. The Form Action allows you to assign a form as a step in a running workflow, suspending the workflow until the form is submitted or times out, and the workflow resumes. The Form Submitted Trigger initiates a workflow when a form is submitted. The trigger can be configured to initiate on submission of a full form, a form element with any value, or a form element with a particular value.
//!
//! Refer to [Forms](https://documentation.sailpoint.com/saas/help/forms/index.html) for more information about using forms in Identity Security Cloud.

use crate::models;

/// The Custom Forms operations: get them from [`Client::custom_forms`](crate::Client::custom_forms).
#[derive(Debug, Clone, Copy)]
pub struct CustomFormsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Custom Forms operations.
    pub fn custom_forms(&self) -> CustomFormsApi<'_> {
        CustomFormsApi { client: self }
    }
}

impl<'a> CustomFormsApi<'a> {
    /// Export form definitions by tenant.
    ///
    /// No parameters required.
    ///
    /// `GET /form-definitions` (`searchFormDefinitionsByTenant`)
    pub fn search_form_definitions_by_tenant(
        &self,
    ) -> SearchFormDefinitionsByTenant<'a> {
        SearchFormDefinitionsByTenant {
            client: self.client,
            offset: None,
            limit: None,
            filters: None,
            sorters: None,
        }
    }

    /// Creates a form definition.
    ///
    /// `POST /form-definitions` (`createFormDefinition`)
    pub fn create_form_definition(&self) -> CreateFormDefinition<'a> {
        CreateFormDefinition {
            client: self.client,
            create_form_definition_request: None,
        }
    }

    /// Return a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `GET /form-definitions/{formDefinitionID}` (`getFormDefinitionByKey`)
    pub fn get_form_definition_by_key(
        &self,
        form_definition_id: impl Into<String>,
    ) -> GetFormDefinitionByKey<'a> {
        GetFormDefinitionByKey {
            client: self.client,
            form_definition_id: form_definition_id.into(),
        }
    }

    /// Deletes a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `DELETE /form-definitions/{formDefinitionID}` (`deleteFormDefinition`)
    pub fn delete_form_definition(
        &self,
        form_definition_id: impl Into<String>,
    ) -> DeleteFormDefinition<'a> {
        DeleteFormDefinition {
            client: self.client,
            form_definition_id: form_definition_id.into(),
        }
    }

    /// Patch a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `PATCH /form-definitions/{formDefinitionID}` (`patchFormDefinition`)
    pub fn patch_form_definition(
        &self,
        form_definition_id: impl Into<String>,
    ) -> PatchFormDefinition<'a> {
        PatchFormDefinition {
            client: self.client,
            form_definition_id: form_definition_id.into(),
            patch: None,
        }
    }

    /// Preview form definition data source.
    ///
    /// `POST /form-definitions/{formDefinitionID}/data-source` (`showPreviewDataSource`)
    pub fn show_preview_data_source(
        &self,
        form_definition_id: impl Into<String>,
    ) -> ShowPreviewDataSource<'a> {
        ShowPreviewDataSource {
            client: self.client,
            form_definition_id: form_definition_id.into(),
            limit: None,
            filters: None,
            query: None,
            form_element_preview_request: None,
        }
    }

    /// List form definitions by tenant.
    ///
    /// No parameters required.
    ///
    /// `GET /form-definitions/export` (`exportFormDefinitionsByTenant`)
    pub fn export_form_definitions_by_tenant(
        &self,
    ) -> ExportFormDefinitionsByTenant<'a> {
        ExportFormDefinitionsByTenant {
            client: self.client,
            offset: None,
            limit: None,
            filters: None,
            sorters: None,
        }
    }

    /// Generate json schema dynamically.
    ///
    /// `POST /form-definitions/forms-action-dynamic-schema` (`createFormDefinitionDynamicSchema`)
    pub fn create_form_definition_dynamic_schema(
        &self,
    ) -> CreateFormDefinitionDynamicSchema<'a> {
        CreateFormDefinitionDynamicSchema {
            client: self.client,
            form_definition_dynamic_schema_request: None,
        }
    }

    /// Import form definitions from export.
    ///
    /// `POST /form-definitions/import` (`importFormDefinitions`)
    pub fn import_form_definitions(&self) -> ImportFormDefinitions<'a> {
        ImportFormDefinitions {
            client: self.client,
            import_form_definitions_request_inner: None,
        }
    }

    /// Create a form definition by template.
    ///
    /// `POST /form-definitions/template` (`createFormDefinitionByTemplate`)
    pub fn create_form_definition_by_template(
        &self,
    ) -> CreateFormDefinitionByTemplate<'a> {
        CreateFormDefinitionByTemplate {
            client: self.client,
            create_form_definition_request: None,
        }
    }

    /// Upload new form definition file.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `POST /form-definitions/{formDefinitionID}/upload` (`createFormDefinitionFileRequest`)
    pub fn create_form_definition_file_request(
        &self,
        form_definition_id: impl Into<String>,
        create_form_definition_file_request_request: models::CreateFormDefinitionFileRequestRequest,
    ) -> CreateFormDefinitionFileRequest<'a> {
        CreateFormDefinitionFileRequest {
            client: self.client,
            form_definition_id: form_definition_id.into(),
            create_form_definition_file_request_request,
        }
    }

    /// Download definition file by fileid.
    ///
    /// `GET /form-definitions/{formDefinitionID}/file/{fileID}` (`getFileFromS3`)
    pub fn get_file_from_s3(
        &self,
        form_definition_id: impl Into<String>,
        file_id: impl Into<String>,
    ) -> GetFileFromS3<'a> {
        GetFileFromS3 {
            client: self.client,
            form_definition_id: form_definition_id.into(),
            file_id: file_id.into(),
        }
    }

    /// List form instances by tenant.
    ///
    /// No parameters required.
    ///
    /// `GET /form-instances` (`searchFormInstancesByTenant`)
    pub fn search_form_instances_by_tenant(&self) -> SearchFormInstancesByTenant<'a> {
        SearchFormInstancesByTenant {
            client: self.client,
            offset: None,
            limit: None,
        }
    }

    /// Creates a form instance.
    ///
    /// `POST /form-instances` (`createFormInstance`)
    pub fn create_form_instance(&self) -> CreateFormInstance<'a> {
        CreateFormInstance {
            client: self.client,
            create_form_instance_request: None,
        }
    }

    /// Returns a form instance.
    ///
    /// Parameter `{formInstanceID}` should match a form instance ID.
    ///
    /// Only the assigned recipient (`recipients[].id` when `type` is `IDENTITY`) may call this.
    ///
    /// `GET /form-instances/{formInstanceID}` (`getFormInstanceByKey`)
    pub fn get_form_instance_by_key(
        &self,
        form_instance_id: impl Into<String>,
    ) -> GetFormInstanceByKey<'a> {
        GetFormInstanceByKey {
            client: self.client,
            form_instance_id: form_instance_id.into(),
        }
    }

    /// Patch a form instance.
    ///
    /// Parameter `{formInstanceID}` should match a form instance ID.
    ///
    /// Only the assigned recipient (`recipients[].id` when `type` is `IDENTITY`) may call this.
    ///
    /// `PATCH /form-instances/{formInstanceID}` (`patchFormInstance`)
    pub fn patch_form_instance(
        &self,
        form_instance_id: impl Into<String>,
    ) -> PatchFormInstance<'a> {
        PatchFormInstance {
            client: self.client,
            form_instance_id: form_instance_id.into(),
            patch: None,
        }
    }

    /// Retrieves dynamic data by element.
    ///
    /// Parameter `{formInstanceID}` should match a form instance ID.
    /// Parameter `{formElementID}` should match a form element ID at the data source configuration.
    ///
    /// `GET /form-instances/{formInstanceID}/data-source/{formElementID}` (`searchFormElementDataByElementID`)
    pub fn search_form_element_data_by_element_id(
        &self,
        form_instance_id: impl Into<String>,
        form_element_id: impl Into<String>,
    ) -> SearchFormElementDataByElementId<'a> {
        SearchFormElementDataByElementId {
            client: self.client,
            form_instance_id: form_instance_id.into(),
            form_element_id: form_element_id.into(),
            limit: None,
            filters: None,
            query: None,
        }
    }

    /// Download instance file by fileid.
    ///
    /// `GET /form-instances/{formInstanceID}/file/{fileID}` (`getFormInstanceFile`)
    pub fn get_form_instance_file(
        &self,
        form_instance_id: impl Into<String>,
        file_id: impl Into<String>,
    ) -> GetFormInstanceFile<'a> {
        GetFormInstanceFile {
            client: self.client,
            form_instance_id: form_instance_id.into(),
            file_id: file_id.into(),
        }
    }

    /// List predefined select options.
    ///
    /// No parameters required.
    ///
    /// `GET /form-definitions/predefined-select-options` (`searchPreDefinedSelectOptions`)
    pub fn search_pre_defined_select_options(
        &self,
    ) -> SearchPreDefinedSelectOptions<'a> {
        SearchPreDefinedSelectOptions {
            client: self.client,
        }
    }
}

/// The request of [`CustomFormsApi::search_form_definitions_by_tenant`](CustomFormsApi::search_form_definitions_by_tenant): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchFormDefinitionsByTenant<'a> {
    client: &'a crate::Client,
    offset: Option<i64>,
    limit: Option<i64>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl SearchFormDefinitionsByTenant<'_> {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i64) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *eq, gt, sw, in*
    ///
    /// **description**: *eq, gt, sw, in*
    ///
    /// **created**: *eq, gt, sw, in*
    ///
    /// **modified**: *eq, gt, sw, in*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, description, created, modified**
    ///
    /// The server's default: `"name"`.
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /form-definitions`.
    pub async fn send(
        self,
    ) -> Result<models::ListFormDefinitionsByTenantResponse, crate::Error> {
        let path = "/form-definitions";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("searchFormDefinitionsByTenant", request)
            .await?;
        crate::request::json("searchFormDefinitionsByTenant", response).await
    }
}

/// The request of [`CustomFormsApi::create_form_definition`](CustomFormsApi::create_form_definition): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormDefinition<'a> {
    client: &'a crate::Client,
    create_form_definition_request: Option<models::CreateFormDefinitionRequest>,
}

impl CreateFormDefinition<'_> {
    /// Body is the request payload to create form definition request
    pub fn create_form_definition_request(
        mut self,
        create_form_definition_request: models::CreateFormDefinitionRequest,
    ) -> Self {
        self.create_form_definition_request = Some(create_form_definition_request);
        self
    }

    /// Sends the request: `POST /form-definitions`.
    pub async fn send(self) -> Result<models::FormDefinitionResponse, crate::Error> {
        let path = "/form-definitions";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.create_form_definition_request {
            request = crate::request::with_json(
                "createFormDefinition",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createFormDefinition", request).await?;
        crate::request::json("createFormDefinition", response).await
    }
}

/// The request of [`CustomFormsApi::get_form_definition_by_key`](CustomFormsApi::get_form_definition_by_key): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFormDefinitionByKey<'a> {
    client: &'a crate::Client,
    form_definition_id: String,
}

impl GetFormDefinitionByKey<'_> {
    /// Sends the request: `GET /form-definitions/{formDefinitionID}`.
    pub async fn send(self) -> Result<models::FormDefinitionResponse, crate::Error> {
        let path = [
            "/form-definitions/",
            &crate::request::path_segment(&self.form_definition_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getFormDefinitionByKey", request).await?;
        crate::request::json("getFormDefinitionByKey", response).await
    }
}

/// The request of [`CustomFormsApi::delete_form_definition`](CustomFormsApi::delete_form_definition): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteFormDefinition<'a> {
    client: &'a crate::Client,
    form_definition_id: String,
}

impl DeleteFormDefinition<'_> {
    /// Sends the request: `DELETE /form-definitions/{formDefinitionID}`.
    pub async fn send(self) -> Result<models::Nil, crate::Error> {
        let path = [
            "/form-definitions/",
            &crate::request::path_segment(&self.form_definition_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::DELETE, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("deleteFormDefinition", request).await?;
        crate::request::json("deleteFormDefinition", response).await
    }
}

/// The request of [`CustomFormsApi::patch_form_definition`](CustomFormsApi::patch_form_definition): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchFormDefinition<'a> {
    client: &'a crate::Client,
    form_definition_id: String,
    patch: Option<models::Patch>,
}

impl PatchFormDefinition<'_> {
    /// Body is the request payload to patch a form definition, check: <https://jsonpatch.com>
    pub fn patch(mut self, patch: models::Patch) -> Self {
        self.patch = Some(patch);
        self
    }

    /// Sends the request: `PATCH /form-definitions/{formDefinitionID}`.
    pub async fn send(self) -> Result<models::FormDefinitionResponse, crate::Error> {
        let path = [
            "/form-definitions/",
            &crate::request::path_segment(&self.form_definition_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.patch {
            request = crate::request::with_json(
                "patchFormDefinition",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("patchFormDefinition", request).await?;
        crate::request::json("patchFormDefinition", response).await
    }
}

/// The request of [`CustomFormsApi::show_preview_data_source`](CustomFormsApi::show_preview_data_source): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ShowPreviewDataSource<'a> {
    client: &'a crate::Client,
    form_definition_id: String,
    limit: Option<i64>,
    filters: Option<String>,
    query: Option<String>,
    form_element_preview_request: Option<models::FormElementPreviewRequest>,
}

impl ShowPreviewDataSource<'_> {
    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// The server's default: `10`.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **value**: *eq, ne, in*
    ///
    /// Supported composite operators: *not*
    ///
    /// Only a single *not* may be used, and it can only be used with the `in` operator. The `not` composite operator must be used in front of the field. For example, the following is valid: `not value in ("ID01")`
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// String that is passed to the underlying API to filter other (non-ID) fields.  For example, for access  profile data sources, this string will be passed to the access profile api and used with a "starts with" filter against  several fields.
    pub fn query(mut self, query: impl Into<String>) -> Self {
        self.query = Some(query.into());
        self
    }

    /// Body is the request payload to create a form definition dynamic schema
    pub fn form_element_preview_request(
        mut self,
        form_element_preview_request: models::FormElementPreviewRequest,
    ) -> Self {
        self.form_element_preview_request = Some(form_element_preview_request);
        self
    }

    /// Sends the request: `POST /form-definitions/{formDefinitionID}/data-source`.
    pub async fn send(self) -> Result<models::PreviewDataSourceResponse, crate::Error> {
        let path = [
            "/form-definitions/",
            &crate::request::path_segment(&self.form_definition_id),
            "/data-source",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.query {
            query.push(("query", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.form_element_preview_request {
            request = crate::request::with_json(
                "showPreviewDataSource",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("showPreviewDataSource", request).await?;
        crate::request::json("showPreviewDataSource", response).await
    }
}

/// The request of [`CustomFormsApi::export_form_definitions_by_tenant`](CustomFormsApi::export_form_definitions_by_tenant): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportFormDefinitionsByTenant<'a> {
    client: &'a crate::Client,
    offset: Option<i64>,
    limit: Option<i64>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl ExportFormDefinitionsByTenant<'_> {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i64) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *eq, gt, sw, in*
    ///
    /// **description**: *eq, gt, sw, in*
    ///
    /// **created**: *eq, gt, sw, in*
    ///
    /// **modified**: *eq, gt, sw, in*
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, description, created, modified**
    ///
    /// The server's default: `"name"`.
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /form-definitions/export`.
    pub async fn send(
        self,
    ) -> Result<
        Vec<models::ExportFormDefinitionsByTenant200ResponseInner>,
        crate::Error,
    > {
        let path = "/form-definitions/export";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("exportFormDefinitionsByTenant", request)
            .await?;
        crate::request::json("exportFormDefinitionsByTenant", response).await
    }
}

/// The request of [`CustomFormsApi::create_form_definition_dynamic_schema`](CustomFormsApi::create_form_definition_dynamic_schema): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormDefinitionDynamicSchema<'a> {
    client: &'a crate::Client,
    form_definition_dynamic_schema_request: Option<
        models::FormDefinitionDynamicSchemaRequest,
    >,
}

impl CreateFormDefinitionDynamicSchema<'_> {
    /// Body is the request payload to create a form definition dynamic schema
    pub fn form_definition_dynamic_schema_request(
        mut self,
        form_definition_dynamic_schema_request: models::FormDefinitionDynamicSchemaRequest,
    ) -> Self {
        self.form_definition_dynamic_schema_request = Some(
            form_definition_dynamic_schema_request,
        );
        self
    }

    /// Sends the request: `POST /form-definitions/forms-action-dynamic-schema`.
    pub async fn send(
        self,
    ) -> Result<models::FormDefinitionDynamicSchemaResponse, crate::Error> {
        let path = "/form-definitions/forms-action-dynamic-schema";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.form_definition_dynamic_schema_request {
            request = crate::request::with_json(
                "createFormDefinitionDynamicSchema",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("createFormDefinitionDynamicSchema", request)
            .await?;
        crate::request::json("createFormDefinitionDynamicSchema", response).await
    }
}

/// The request of [`CustomFormsApi::import_form_definitions`](CustomFormsApi::import_form_definitions): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportFormDefinitions<'a> {
    client: &'a crate::Client,
    import_form_definitions_request_inner: Option<
        Vec<models::ImportFormDefinitionsRequestInner>,
    >,
}

impl ImportFormDefinitions<'_> {
    /// Body is the request payload to import form definitions
    pub fn import_form_definitions_request_inner(
        mut self,
        import_form_definitions_request_inner: Vec<
            models::ImportFormDefinitionsRequestInner,
        >,
    ) -> Self {
        self.import_form_definitions_request_inner = Some(
            import_form_definitions_request_inner,
        );
        self
    }

    /// Sends the request: `POST /form-definitions/import`.
    pub async fn send(
        self,
    ) -> Result<models::ImportFormDefinitions202Response, crate::Error> {
        let path = "/form-definitions/import";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.import_form_definitions_request_inner {
            request = crate::request::with_json(
                "importFormDefinitions",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("importFormDefinitions", request).await?;
        crate::request::json("importFormDefinitions", response).await
    }
}

/// The request of [`CustomFormsApi::create_form_definition_by_template`](CustomFormsApi::create_form_definition_by_template): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormDefinitionByTemplate<'a> {
    client: &'a crate::Client,
    create_form_definition_request: Option<models::CreateFormDefinitionRequest>,
}

impl CreateFormDefinitionByTemplate<'_> {
    /// Body is the request payload to create form definition request
    pub fn create_form_definition_request(
        mut self,
        create_form_definition_request: models::CreateFormDefinitionRequest,
    ) -> Self {
        self.create_form_definition_request = Some(create_form_definition_request);
        self
    }

    /// Sends the request: `POST /form-definitions/template`.
    pub async fn send(self) -> Result<models::FormDefinitionResponse, crate::Error> {
        let path = "/form-definitions/template";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.create_form_definition_request {
            request = crate::request::with_json(
                "createFormDefinitionByTemplate",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("createFormDefinitionByTemplate", request)
            .await?;
        crate::request::json("createFormDefinitionByTemplate", response).await
    }
}

/// The request of [`CustomFormsApi::create_form_definition_file_request`](CustomFormsApi::create_form_definition_file_request): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormDefinitionFileRequest<'a> {
    client: &'a crate::Client,
    form_definition_id: String,
    create_form_definition_file_request_request: models::CreateFormDefinitionFileRequestRequest,
}

impl CreateFormDefinitionFileRequest<'_> {
    /// Sends the request: `POST /form-definitions/{formDefinitionID}/upload`.
    pub async fn send(
        self,
    ) -> Result<models::FormDefinitionFileUploadResponse, crate::Error> {
        let path = [
            "/form-definitions/",
            &crate::request::path_segment(&self.form_definition_id),
            "/upload",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::POST, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.create_form_definition_file_request_request;
            request = request
                .multipart({
                    let mut form = reqwest::multipart::Form::new();
                    {
                        let part = value.file;
                        form = form
                            .part(
                                "file",
                                reqwest::multipart::Part::bytes(part).file_name("file"),
                            );
                    }
                    form
                });
        }
        let response = self
            .client
            .execute("createFormDefinitionFileRequest", request)
            .await?;
        crate::request::json("createFormDefinitionFileRequest", response).await
    }
}

/// The request of [`CustomFormsApi::get_file_from_s3`](CustomFormsApi::get_file_from_s3): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFileFromS3<'a> {
    client: &'a crate::Client,
    form_definition_id: String,
    file_id: String,
}

impl GetFileFromS3<'_> {
    /// Sends the request: `GET /form-definitions/{formDefinitionID}/file/{fileID}`.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        let path = [
            "/form-definitions/",
            &crate::request::path_segment(&self.form_definition_id),
            "/file/",
            &crate::request::path_segment(&self.file_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getFileFromS3", request).await?;
        crate::request::json("getFileFromS3", response).await
    }
}

/// The request of [`CustomFormsApi::search_form_instances_by_tenant`](CustomFormsApi::search_form_instances_by_tenant): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchFormInstancesByTenant<'a> {
    client: &'a crate::Client,
    offset: Option<i64>,
    limit: Option<i64>,
}

impl SearchFormInstancesByTenant<'_> {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i64) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Sends the request: `GET /form-instances`.
    pub async fn send(self) -> Result<Vec<models::FormInstanceResponse>, crate::Error> {
        let path = "/form-instances";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("searchFormInstancesByTenant", request)
            .await?;
        crate::request::json("searchFormInstancesByTenant", response).await
    }
}

/// The request of [`CustomFormsApi::create_form_instance`](CustomFormsApi::create_form_instance): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormInstance<'a> {
    client: &'a crate::Client,
    create_form_instance_request: Option<models::CreateFormInstanceRequest>,
}

impl CreateFormInstance<'_> {
    /// Body is the request payload to create a form instance
    pub fn create_form_instance_request(
        mut self,
        create_form_instance_request: models::CreateFormInstanceRequest,
    ) -> Self {
        self.create_form_instance_request = Some(create_form_instance_request);
        self
    }

    /// Sends the request: `POST /form-instances`.
    pub async fn send(self) -> Result<models::FormInstanceResponse, crate::Error> {
        let path = "/form-instances";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.create_form_instance_request {
            request = crate::request::with_json(
                "createFormInstance",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("createFormInstance", request).await?;
        crate::request::json("createFormInstance", response).await
    }
}

/// The request of [`CustomFormsApi::get_form_instance_by_key`](CustomFormsApi::get_form_instance_by_key): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFormInstanceByKey<'a> {
    client: &'a crate::Client,
    form_instance_id: String,
}

impl GetFormInstanceByKey<'_> {
    /// Sends the request: `GET /form-instances/{formInstanceID}`.
    pub async fn send(self) -> Result<models::FormInstanceResponse, crate::Error> {
        let path = [
            "/form-instances/",
            &crate::request::path_segment(&self.form_instance_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getFormInstanceByKey", request).await?;
        crate::request::json("getFormInstanceByKey", response).await
    }
}

/// The request of [`CustomFormsApi::patch_form_instance`](CustomFormsApi::patch_form_instance): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchFormInstance<'a> {
    client: &'a crate::Client,
    form_instance_id: String,
    patch: Option<models::Patch>,
}

impl PatchFormInstance<'_> {
    /// Body is the request payload to patch a form instance, check: <https://jsonpatch.com>
    pub fn patch(mut self, patch: models::Patch) -> Self {
        self.patch = Some(patch);
        self
    }

    /// Sends the request: `PATCH /form-instances/{formInstanceID}`.
    pub async fn send(self) -> Result<models::FormInstanceResponse, crate::Error> {
        let path = [
            "/form-instances/",
            &crate::request::path_segment(&self.form_instance_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.patch {
            request = crate::request::with_json(
                "patchFormInstance",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("patchFormInstance", request).await?;
        crate::request::json("patchFormInstance", response).await
    }
}

/// The request of [`CustomFormsApi::search_form_element_data_by_element_id`](CustomFormsApi::search_form_element_data_by_element_id): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchFormElementDataByElementId<'a> {
    client: &'a crate::Client,
    form_instance_id: String,
    form_element_id: String,
    limit: Option<i64>,
    filters: Option<String>,
    query: Option<String>,
}

impl SearchFormElementDataByElementId<'_> {
    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **value**: *eq, ne, in*
    ///
    /// Supported composite operators: *not*
    ///
    /// Only a single *not* may be used, and it can only be used with the `in` operator. The `not` composite operator must be used in front of the field. For example, the following is valid: `not value in ("ID01")`
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// String that is passed to the underlying API to filter other (non-ID) fields.  For example, for access  profile data sources, this string will be passed to the access profile api and used with a "starts with" filter against  several fields.
    pub fn query(mut self, query: impl Into<String>) -> Self {
        self.query = Some(query.into());
        self
    }

    /// Sends the request: `GET /form-instances/{formInstanceID}/data-source/{formElementID}`.
    pub async fn send(
        self,
    ) -> Result<models::ListFormElementDataByElementIdResponse, crate::Error> {
        let path = [
            "/form-instances/",
            &crate::request::path_segment(&self.form_instance_id),
            "/data-source/",
            &crate::request::path_segment(&self.form_element_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.filters {
            query.push(("filters", value.clone()));
        }
        if let Some(value) = &self.query {
            query.push(("query", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("searchFormElementDataByElementID", request)
            .await?;
        crate::request::json("searchFormElementDataByElementID", response).await
    }
}

/// The request of [`CustomFormsApi::get_form_instance_file`](CustomFormsApi::get_form_instance_file): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFormInstanceFile<'a> {
    client: &'a crate::Client,
    form_instance_id: String,
    file_id: String,
}

impl GetFormInstanceFile<'_> {
    /// Sends the request: `GET /form-instances/{formInstanceID}/file/{fileID}`.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        let path = [
            "/form-instances/",
            &crate::request::path_segment(&self.form_instance_id),
            "/file/",
            &crate::request::path_segment(&self.file_id),
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getFormInstanceFile", request).await?;
        crate::request::json("getFormInstanceFile", response).await
    }
}

/// The request of [`CustomFormsApi::search_pre_defined_select_options`](CustomFormsApi::search_pre_defined_select_options): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchPreDefinedSelectOptions<'a> {
    client: &'a crate::Client,
}

impl SearchPreDefinedSelectOptions<'_> {
    /// Sends the request: `GET /form-definitions/predefined-select-options`.
    pub async fn send(
        self,
    ) -> Result<models::ListPredefinedSelectOptionsResponse, crate::Error> {
        let path = "/form-definitions/predefined-select-options";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("searchPreDefinedSelectOptions", request)
            .await?;
        crate::request::json("searchPreDefinedSelectOptions", response).await
    }
}
