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
    #[inline]
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
    #[inline]
    pub fn search_form_definitions_by_tenant(&self) -> SearchFormDefinitionsByTenant {
        SearchFormDefinitionsByTenant {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            filters: None,
            sorters: None,
        }
    }

    /// Creates a form definition.
    ///
    /// `POST /form-definitions` (`createFormDefinition`)
    #[inline]
    pub fn create_form_definition(&self) -> CreateFormDefinition {
        CreateFormDefinition {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            create_form_definition_request: None,
        }
    }

    /// Return a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `GET /form-definitions/{formDefinitionID}` (`getFormDefinitionByKey`)
    #[inline]
    pub fn get_form_definition_by_key(
        &self,
        form_definition_id: impl Into<String>,
    ) -> GetFormDefinitionByKey {
        GetFormDefinitionByKey {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            form_definition_id: form_definition_id.into(),
        }
    }

    /// Deletes a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `DELETE /form-definitions/{formDefinitionID}` (`deleteFormDefinition`)
    #[inline]
    pub fn delete_form_definition(
        &self,
        form_definition_id: impl Into<String>,
    ) -> DeleteFormDefinition {
        DeleteFormDefinition {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            form_definition_id: form_definition_id.into(),
        }
    }

    /// Patch a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `PATCH /form-definitions/{formDefinitionID}` (`patchFormDefinition`)
    #[inline]
    pub fn patch_form_definition(
        &self,
        form_definition_id: impl Into<String>,
    ) -> PatchFormDefinition {
        PatchFormDefinition {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            form_definition_id: form_definition_id.into(),
            patch: None,
        }
    }

    /// Preview form definition data source.
    ///
    /// `POST /form-definitions/{formDefinitionID}/data-source` (`showPreviewDataSource`)
    #[inline]
    pub fn show_preview_data_source(
        &self,
        form_definition_id: impl Into<String>,
    ) -> ShowPreviewDataSource {
        ShowPreviewDataSource {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn export_form_definitions_by_tenant(&self) -> ExportFormDefinitionsByTenant {
        ExportFormDefinitionsByTenant {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Generate json schema dynamically.
    ///
    /// `POST /form-definitions/forms-action-dynamic-schema` (`createFormDefinitionDynamicSchema`)
    #[inline]
    pub fn create_form_definition_dynamic_schema(
        &self,
    ) -> CreateFormDefinitionDynamicSchema {
        CreateFormDefinitionDynamicSchema {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            form_definition_dynamic_schema_request: None,
        }
    }

    /// Import form definitions from export.
    ///
    /// `POST /form-definitions/import` (`importFormDefinitions`)
    #[inline]
    pub fn import_form_definitions(&self) -> ImportFormDefinitions {
        ImportFormDefinitions {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            import_form_definitions_request_inner: None,
        }
    }

    /// Create a form definition by template.
    ///
    /// `POST /form-definitions/template` (`createFormDefinitionByTemplate`)
    #[inline]
    pub fn create_form_definition_by_template(&self) -> CreateFormDefinitionByTemplate {
        CreateFormDefinitionByTemplate {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            create_form_definition_request: None,
        }
    }

    /// Upload new form definition file.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `POST /form-definitions/{formDefinitionID}/upload` (`createFormDefinitionFileRequest`)
    #[inline]
    pub fn create_form_definition_file_request(
        &self,
        form_definition_id: impl Into<String>,
        create_form_definition_file_request_request: models::CreateFormDefinitionFileRequestRequest,
    ) -> CreateFormDefinitionFileRequest {
        CreateFormDefinitionFileRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            form_definition_id: form_definition_id.into(),
            create_form_definition_file_request_request,
        }
    }

    /// Download definition file by fileid.
    ///
    /// `GET /form-definitions/{formDefinitionID}/file/{fileID}` (`getFileFromS3`)
    #[inline]
    pub fn get_file_from_s3(
        &self,
        form_definition_id: impl Into<String>,
        file_id: impl Into<String>,
    ) -> GetFileFromS3 {
        GetFileFromS3 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            form_definition_id: form_definition_id.into(),
            file_id: file_id.into(),
        }
    }

    /// List form instances by tenant.
    ///
    /// No parameters required.
    ///
    /// `GET /form-instances` (`searchFormInstancesByTenant`)
    #[inline]
    pub fn search_form_instances_by_tenant(&self) -> SearchFormInstancesByTenant {
        SearchFormInstancesByTenant {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Creates a form instance.
    ///
    /// `POST /form-instances` (`createFormInstance`)
    #[inline]
    pub fn create_form_instance(&self) -> CreateFormInstance {
        CreateFormInstance {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn get_form_instance_by_key(
        &self,
        form_instance_id: impl Into<String>,
    ) -> GetFormInstanceByKey {
        GetFormInstanceByKey {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn patch_form_instance(
        &self,
        form_instance_id: impl Into<String>,
    ) -> PatchFormInstance {
        PatchFormInstance {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn search_form_element_data_by_element_id(
        &self,
        form_instance_id: impl Into<String>,
        form_element_id: impl Into<String>,
    ) -> SearchFormElementDataByElementId {
        SearchFormElementDataByElementId {
            client: self.client.clone(),
            options: crate::request::Options::default(),
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
    #[inline]
    pub fn get_form_instance_file(
        &self,
        form_instance_id: impl Into<String>,
        file_id: impl Into<String>,
    ) -> GetFormInstanceFile {
        GetFormInstanceFile {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            form_instance_id: form_instance_id.into(),
            file_id: file_id.into(),
        }
    }

    /// List predefined select options.
    ///
    /// No parameters required.
    ///
    /// `GET /form-definitions/predefined-select-options` (`searchPreDefinedSelectOptions`)
    #[inline]
    pub fn search_pre_defined_select_options(&self) -> SearchPreDefinedSelectOptions {
        SearchPreDefinedSelectOptions {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }
}

/// The error statuses of [`CustomFormsApi::search_form_definitions_by_tenant`](CustomFormsApi::search_form_definitions_by_tenant), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchFormDefinitionsByTenantError {
    /// 400: An error with the request occurred
    BadRequest(models::SearchFormDefinitionsByTenant400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::SearchFormDefinitionsByTenant401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::SearchFormDefinitionsByTenant403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::SearchFormDefinitionsByTenant500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for SearchFormDefinitionsByTenantError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    SearchFormDefinitionsByTenantError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    SearchFormDefinitionsByTenantError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    SearchFormDefinitionsByTenantError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    SearchFormDefinitionsByTenantError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    SearchFormDefinitionsByTenantError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => SearchFormDefinitionsByTenantError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        SearchFormDefinitionsByTenantError::Other
    }
}

/// The request of [`CustomFormsApi::search_form_definitions_by_tenant`](CustomFormsApi::search_form_definitions_by_tenant): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchFormDefinitionsByTenant {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i64>,
    limit: Option<i64>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl SearchFormDefinitionsByTenant {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// The server's default: `0`.
    #[inline]
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
    #[inline]
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
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, description, created, modified**
    ///
    /// The server's default: `"name"`.
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /form-definitions`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ListFormDefinitionsByTenantResponse,
            crate::SdkError<SearchFormDefinitionsByTenantError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::ListFormDefinitionsByTenantResponse>,
            crate::SdkError<SearchFormDefinitionsByTenantError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "searchFormDefinitionsByTenant",
            self.options,
            move |client| {
                let path = "/form-definitions";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::create_form_definition`](CustomFormsApi::create_form_definition), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateFormDefinitionError {
    /// 400: An error with the request occurred
    BadRequest(models::CreateFormDefinition400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::CreateFormDefinition401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::CreateFormDefinition403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::CreateFormDefinition500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateFormDefinitionError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateFormDefinitionError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    CreateFormDefinitionError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    CreateFormDefinitionError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    CreateFormDefinitionError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    CreateFormDefinitionError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateFormDefinitionError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateFormDefinitionError::Other
    }
}

/// The request of [`CustomFormsApi::create_form_definition`](CustomFormsApi::create_form_definition): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormDefinition {
    client: crate::Client,
    options: crate::request::Options,
    create_form_definition_request: Option<models::CreateFormDefinitionRequest>,
}

impl CreateFormDefinition {
    /// Body is the request payload to create form definition request
    #[inline]
    pub fn create_form_definition_request(
        mut self,
        create_form_definition_request: models::CreateFormDefinitionRequest,
    ) -> Self {
        self.create_form_definition_request = Some(create_form_definition_request);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /form-definitions`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::FormDefinitionResponse,
            crate::SdkError<CreateFormDefinitionError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::FormDefinitionResponse>,
            crate::SdkError<CreateFormDefinitionError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createFormDefinition",
            self.options,
            move |client| {
                let path = "/form-definitions";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.create_form_definition_request {
                    request = crate::request::with_json(
                        "createFormDefinition",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::get_form_definition_by_key`](CustomFormsApi::get_form_definition_by_key), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFormDefinitionByKeyError {
    /// 400: An error with the request occurred
    BadRequest(models::GetFormDefinitionByKey400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::GetFormDefinitionByKey401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::GetFormDefinitionByKey403Response),
    /// 404: An error with the item not found
    NotFound(models::GetFormDefinitionByKey404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::GetFormDefinitionByKey500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetFormDefinitionByKeyError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetFormDefinitionByKeyError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetFormDefinitionByKeyError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetFormDefinitionByKeyError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetFormDefinitionByKeyError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetFormDefinitionByKeyError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetFormDefinitionByKeyError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetFormDefinitionByKeyError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetFormDefinitionByKeyError::Other
    }
}

/// The request of [`CustomFormsApi::get_form_definition_by_key`](CustomFormsApi::get_form_definition_by_key): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFormDefinitionByKey {
    client: crate::Client,
    options: crate::request::Options,
    form_definition_id: String,
}

impl GetFormDefinitionByKey {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /form-definitions/{formDefinitionID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::FormDefinitionResponse,
            crate::SdkError<GetFormDefinitionByKeyError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::FormDefinitionResponse>,
            crate::SdkError<GetFormDefinitionByKeyError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getFormDefinitionByKey",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/",
                    &crate::request::path_segment(&self.form_definition_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::delete_form_definition`](CustomFormsApi::delete_form_definition), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteFormDefinitionError {
    /// 400: An error with the request occurred
    BadRequest(models::DeleteFormDefinition400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::DeleteFormDefinition401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::DeleteFormDefinition403Response),
    /// 404: An error with the item not found
    NotFound(models::DeleteFormDefinition404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::DeleteFormDefinition500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for DeleteFormDefinitionError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    DeleteFormDefinitionError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    DeleteFormDefinitionError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    DeleteFormDefinitionError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    DeleteFormDefinitionError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    DeleteFormDefinitionError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    DeleteFormDefinitionError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => DeleteFormDefinitionError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        DeleteFormDefinitionError::Other
    }
}

/// The request of [`CustomFormsApi::delete_form_definition`](CustomFormsApi::delete_form_definition): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteFormDefinition {
    client: crate::Client,
    options: crate::request::Options,
    form_definition_id: String,
}

impl DeleteFormDefinition {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `DELETE /form-definitions/{formDefinitionID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteFormDefinitionError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteFormDefinitionError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteFormDefinition",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/",
                    &crate::request::path_segment(&self.form_definition_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::patch_form_definition`](CustomFormsApi::patch_form_definition), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PatchFormDefinitionError {
    /// 400: An error with the request occurred
    BadRequest(models::PatchFormDefinition400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::PatchFormDefinition401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::PatchFormDefinition403Response),
    /// 404: An error with the user permissions occurred
    NotFound(models::PatchFormDefinition404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::PatchFormDefinition500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for PatchFormDefinitionError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    PatchFormDefinitionError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    PatchFormDefinitionError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    PatchFormDefinitionError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    PatchFormDefinitionError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    PatchFormDefinitionError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    PatchFormDefinitionError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => PatchFormDefinitionError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        PatchFormDefinitionError::Other
    }
}

/// The request of [`CustomFormsApi::patch_form_definition`](CustomFormsApi::patch_form_definition): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchFormDefinition {
    client: crate::Client,
    options: crate::request::Options,
    form_definition_id: String,
    patch: Option<models::Patch>,
}

impl PatchFormDefinition {
    /// Body is the request payload to patch a form definition, check: <https://jsonpatch.com>
    #[inline]
    pub fn patch(mut self, patch: models::Patch) -> Self {
        self.patch = Some(patch);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `PATCH /form-definitions/{formDefinitionID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::FormDefinitionResponse,
            crate::SdkError<PatchFormDefinitionError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::FormDefinitionResponse>,
            crate::SdkError<PatchFormDefinitionError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchFormDefinition",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/",
                    &crate::request::path_segment(&self.form_definition_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.patch {
                    request = crate::request::with_json(
                        "patchFormDefinition",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::show_preview_data_source`](CustomFormsApi::show_preview_data_source), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ShowPreviewDataSourceError {
    /// 400: An error with the request occurred
    BadRequest(models::ShowPreviewDataSource400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::ShowPreviewDataSource401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::ShowPreviewDataSource403Response),
    /// 404: An error with the item not found
    NotFound(models::ShowPreviewDataSource404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::ShowPreviewDataSource500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ShowPreviewDataSourceError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    ShowPreviewDataSourceError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    ShowPreviewDataSourceError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    ShowPreviewDataSourceError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    ShowPreviewDataSourceError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    ShowPreviewDataSourceError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    ShowPreviewDataSourceError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => ShowPreviewDataSourceError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        ShowPreviewDataSourceError::Other
    }
}

/// The request of [`CustomFormsApi::show_preview_data_source`](CustomFormsApi::show_preview_data_source): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ShowPreviewDataSource {
    client: crate::Client,
    options: crate::request::Options,
    form_definition_id: String,
    limit: Option<i64>,
    filters: Option<String>,
    query: Option<String>,
    form_element_preview_request: Option<models::FormElementPreviewRequest>,
}

impl ShowPreviewDataSource {
    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// The server's default: `10`.
    #[inline]
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
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// String that is passed to the underlying API to filter other (non-ID) fields.  For example, for access  profile data sources, this string will be passed to the access profile api and used with a "starts with" filter against  several fields.
    #[inline]
    pub fn query(mut self, query: impl Into<String>) -> Self {
        self.query = Some(query.into());
        self
    }

    /// Body is the request payload to create a form definition dynamic schema
    #[inline]
    pub fn form_element_preview_request(
        mut self,
        form_element_preview_request: models::FormElementPreviewRequest,
    ) -> Self {
        self.form_element_preview_request = Some(form_element_preview_request);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /form-definitions/{formDefinitionID}/data-source`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::PreviewDataSourceResponse,
            crate::SdkError<ShowPreviewDataSourceError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::PreviewDataSourceResponse>,
            crate::SdkError<ShowPreviewDataSourceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "showPreviewDataSource",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/",
                    &crate::request::path_segment(&self.form_definition_id),
                    "/data-source",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
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
                if let Some(value) = &self.form_element_preview_request {
                    request = crate::request::with_json(
                        "showPreviewDataSource",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::export_form_definitions_by_tenant`](CustomFormsApi::export_form_definitions_by_tenant), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ExportFormDefinitionsByTenantError {
    /// 400: An error with the request occurred
    BadRequest(models::ExportFormDefinitionsByTenant400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::ExportFormDefinitionsByTenant401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::ExportFormDefinitionsByTenant403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::ExportFormDefinitionsByTenant500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ExportFormDefinitionsByTenantError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    ExportFormDefinitionsByTenantError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    ExportFormDefinitionsByTenantError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    ExportFormDefinitionsByTenantError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    ExportFormDefinitionsByTenantError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    ExportFormDefinitionsByTenantError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => ExportFormDefinitionsByTenantError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        ExportFormDefinitionsByTenantError::Other
    }
}

/// The request of [`CustomFormsApi::export_form_definitions_by_tenant`](CustomFormsApi::export_form_definitions_by_tenant): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportFormDefinitionsByTenant {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i64>,
    limit: Option<i64>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ExportFormDefinitionsByTenant {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// The server's default: `0`.
    #[inline]
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
    #[inline]
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
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, description, created, modified**
    ///
    /// The server's default: `"name"`.
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /form-definitions/export`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::ExportFormDefinitionsByTenant200ResponseInner>,
            crate::SdkError<ExportFormDefinitionsByTenantError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::ExportFormDefinitionsByTenant200ResponseInner>,
            crate::SdkError<ExportFormDefinitionsByTenantError>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::ExportFormDefinitionsByTenant200ResponseInner,
            crate::SdkError<ExportFormDefinitionsByTenantError>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: false,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, _| {
                request.offset = Some(offset);
                request.limit = Some(limit);
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::ExportFormDefinitionsByTenant200ResponseInner>>,
            crate::SdkError<ExportFormDefinitionsByTenantError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportFormDefinitionsByTenant",
            self.options,
            move |client| {
                let path = "/form-definitions/export";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::create_form_definition_dynamic_schema`](CustomFormsApi::create_form_definition_dynamic_schema), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateFormDefinitionDynamicSchemaError {
    /// 400: An error with the request occurred
    BadRequest(models::CreateFormDefinitionDynamicSchema400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::CreateFormDefinitionDynamicSchema401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::CreateFormDefinitionDynamicSchema403Response),
    /// 404: An error with the item not found
    NotFound(models::CreateFormDefinitionDynamicSchema404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::CreateFormDefinitionDynamicSchema500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateFormDefinitionDynamicSchemaError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateFormDefinitionDynamicSchemaError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    CreateFormDefinitionDynamicSchemaError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    CreateFormDefinitionDynamicSchemaError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    CreateFormDefinitionDynamicSchemaError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    CreateFormDefinitionDynamicSchemaError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    CreateFormDefinitionDynamicSchemaError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateFormDefinitionDynamicSchemaError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateFormDefinitionDynamicSchemaError::Other
    }
}

/// The request of [`CustomFormsApi::create_form_definition_dynamic_schema`](CustomFormsApi::create_form_definition_dynamic_schema): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormDefinitionDynamicSchema {
    client: crate::Client,
    options: crate::request::Options,
    form_definition_dynamic_schema_request: Option<
        models::FormDefinitionDynamicSchemaRequest,
    >,
}

impl CreateFormDefinitionDynamicSchema {
    /// Body is the request payload to create a form definition dynamic schema
    #[inline]
    pub fn form_definition_dynamic_schema_request(
        mut self,
        form_definition_dynamic_schema_request: models::FormDefinitionDynamicSchemaRequest,
    ) -> Self {
        self.form_definition_dynamic_schema_request = Some(
            form_definition_dynamic_schema_request,
        );
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /form-definitions/forms-action-dynamic-schema`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::FormDefinitionDynamicSchemaResponse,
            crate::SdkError<CreateFormDefinitionDynamicSchemaError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::FormDefinitionDynamicSchemaResponse>,
            crate::SdkError<CreateFormDefinitionDynamicSchemaError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createFormDefinitionDynamicSchema",
            self.options,
            move |client| {
                let path = "/form-definitions/forms-action-dynamic-schema";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.form_definition_dynamic_schema_request {
                    request = crate::request::with_json(
                        "createFormDefinitionDynamicSchema",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::import_form_definitions`](CustomFormsApi::import_form_definitions), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ImportFormDefinitionsError {
    /// 400: An error with the request occurred
    BadRequest(models::ImportFormDefinitions400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::ImportFormDefinitions401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::ImportFormDefinitions403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::ImportFormDefinitions500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ImportFormDefinitionsError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    ImportFormDefinitionsError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    ImportFormDefinitionsError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    ImportFormDefinitionsError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    ImportFormDefinitionsError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    ImportFormDefinitionsError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => ImportFormDefinitionsError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        ImportFormDefinitionsError::Other
    }
}

/// The request of [`CustomFormsApi::import_form_definitions`](CustomFormsApi::import_form_definitions): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportFormDefinitions {
    client: crate::Client,
    options: crate::request::Options,
    import_form_definitions_request_inner: Option<
        Vec<models::ImportFormDefinitionsRequestInner>,
    >,
}

impl ImportFormDefinitions {
    /// Body is the request payload to import form definitions
    #[inline]
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

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /form-definitions/import`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ImportFormDefinitions202Response,
            crate::SdkError<ImportFormDefinitionsError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::ImportFormDefinitions202Response>,
            crate::SdkError<ImportFormDefinitionsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importFormDefinitions",
            self.options,
            move |client| {
                let path = "/form-definitions/import";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.import_form_definitions_request_inner {
                    request = crate::request::with_json(
                        "importFormDefinitions",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::create_form_definition_by_template`](CustomFormsApi::create_form_definition_by_template), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateFormDefinitionByTemplateError {
    /// 400: An error with the request occurred
    BadRequest(models::CreateFormDefinitionByTemplate400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::CreateFormDefinitionByTemplate401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::CreateFormDefinitionByTemplate403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::CreateFormDefinitionByTemplate500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateFormDefinitionByTemplateError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateFormDefinitionByTemplateError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    CreateFormDefinitionByTemplateError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    CreateFormDefinitionByTemplateError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    CreateFormDefinitionByTemplateError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    CreateFormDefinitionByTemplateError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateFormDefinitionByTemplateError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateFormDefinitionByTemplateError::Other
    }
}

/// The request of [`CustomFormsApi::create_form_definition_by_template`](CustomFormsApi::create_form_definition_by_template): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormDefinitionByTemplate {
    client: crate::Client,
    options: crate::request::Options,
    create_form_definition_request: Option<models::CreateFormDefinitionRequest>,
}

impl CreateFormDefinitionByTemplate {
    /// Body is the request payload to create form definition request
    #[inline]
    pub fn create_form_definition_request(
        mut self,
        create_form_definition_request: models::CreateFormDefinitionRequest,
    ) -> Self {
        self.create_form_definition_request = Some(create_form_definition_request);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /form-definitions/template`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::FormDefinitionResponse,
            crate::SdkError<CreateFormDefinitionByTemplateError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::FormDefinitionResponse>,
            crate::SdkError<CreateFormDefinitionByTemplateError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createFormDefinitionByTemplate",
            self.options,
            move |client| {
                let path = "/form-definitions/template";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.create_form_definition_request {
                    request = crate::request::with_json(
                        "createFormDefinitionByTemplate",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::create_form_definition_file_request`](CustomFormsApi::create_form_definition_file_request), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateFormDefinitionFileRequestError {
    /// 400: An error with the request occurred
    BadRequest(models::CreateFormDefinitionFileRequest400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::CreateFormDefinitionFileRequest401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::CreateFormDefinitionFileRequest403Response),
    /// 404: An error with the item not found
    NotFound(models::CreateFormDefinitionFileRequest404Response),
    /// 413: An error with payload size too large
    PayloadTooLarge(models::CreateFormDefinitionFileRequest413Response),
    /// 415: An error with unsupported media type
    UnsupportedMediaType(models::CreateFormDefinitionFileRequest415Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::CreateFormDefinitionFileRequest500Response),
    /// 503: An external service is not available
    ServiceUnavailable(models::CreateFormDefinitionFileRequest503Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateFormDefinitionFileRequestError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateFormDefinitionFileRequestError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    CreateFormDefinitionFileRequestError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    CreateFormDefinitionFileRequestError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    CreateFormDefinitionFileRequestError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                413 if !empty => {
                    CreateFormDefinitionFileRequestError::PayloadTooLarge(
                        crate::request::decode_body(body)?,
                    )
                }
                415 if !empty => {
                    CreateFormDefinitionFileRequestError::UnsupportedMediaType(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    CreateFormDefinitionFileRequestError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    CreateFormDefinitionFileRequestError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                503 if !empty => {
                    CreateFormDefinitionFileRequestError::ServiceUnavailable(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateFormDefinitionFileRequestError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateFormDefinitionFileRequestError::Other
    }
}

/// The request of [`CustomFormsApi::create_form_definition_file_request`](CustomFormsApi::create_form_definition_file_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormDefinitionFileRequest {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    form_definition_id: String,
    create_form_definition_file_request_request: models::CreateFormDefinitionFileRequestRequest,
}

impl CreateFormDefinitionFileRequest {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The file name the upload is sent with (`roles.csv`), in place of its part's name.
    #[inline]
    pub fn file_name(mut self, file_name: impl Into<String>) -> Self {
        self.upload.file_name = Some(file_name.into());
        self
    }

    /// The content type the upload is sent with (`text/csv`), in place of
    /// `application/octet-stream`.
    #[inline]
    pub fn file_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.upload.content_type = Some(content_type.into());
        self
    }

    /// Sends the request: `POST /form-definitions/{formDefinitionID}/upload`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::FormDefinitionFileUploadResponse,
            crate::SdkError<CreateFormDefinitionFileRequestError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::FormDefinitionFileUploadResponse>,
            crate::SdkError<CreateFormDefinitionFileRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createFormDefinitionFileRequest",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/",
                    &crate::request::path_segment(&self.form_definition_id),
                    "/upload",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.create_form_definition_file_request_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.file;
                                form = form
                                    .part(
                                        "file",
                                        crate::request::file_part(
                                            part.clone(),
                                            "file",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            form
                        });
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::get_file_from_s3`](CustomFormsApi::get_file_from_s3), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFileFromS3Error {
    /// 400: An error with the request occurred
    BadRequest(models::GetFileFromS3400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::GetFileFromS3401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::GetFileFromS3403Response),
    /// 404: An error with the item not found
    NotFound(models::GetFileFromS3404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::GetFileFromS3500Response),
    /// 503: An external service is not available
    ServiceUnavailable(models::GetFileFromS3503Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetFileFromS3Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetFileFromS3Error::BadRequest(crate::request::decode_body(body)?)
                }
                401 if !empty => {
                    GetFileFromS3Error::Unauthorized(crate::request::decode_body(body)?)
                }
                403 if !empty => {
                    GetFileFromS3Error::Forbidden(crate::request::decode_body(body)?)
                }
                404 if !empty => {
                    GetFileFromS3Error::NotFound(crate::request::decode_body(body)?)
                }
                429 if !empty => {
                    GetFileFromS3Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetFileFromS3Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                503 if !empty => {
                    GetFileFromS3Error::ServiceUnavailable(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetFileFromS3Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetFileFromS3Error::Other
    }
}

/// The request of [`CustomFormsApi::get_file_from_s3`](CustomFormsApi::get_file_from_s3): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFileFromS3 {
    client: crate::Client,
    options: crate::request::Options,
    form_definition_id: String,
    file_id: String,
}

impl GetFileFromS3 {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /form-definitions/{formDefinitionID}/file/{fileID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<Vec<u8>, crate::SdkError<GetFileFromS3Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<Vec<u8>>, crate::SdkError<GetFileFromS3Error>>,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetFileFromS3Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getFileFromS3",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/",
                    &crate::request::path_segment(&self.form_definition_id),
                    "/file/",
                    &crate::request::path_segment(&self.file_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request
                    .header(
                        reqwest::header::ACCEPT,
                        "application/json, image/jpeg, image/png, application/octet-stream",
                    );
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::search_form_instances_by_tenant`](CustomFormsApi::search_form_instances_by_tenant), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchFormInstancesByTenantError {
    /// 400: An error with the request occurred
    BadRequest(models::SearchFormInstancesByTenant400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::SearchFormInstancesByTenant401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::SearchFormInstancesByTenant403Response),
    /// 429: Too many requests. The list form instances operation is limited to 50 requests per 10 seconds per tenant; reduce call frequency or wait before retrying.
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::SearchFormInstancesByTenant500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for SearchFormInstancesByTenantError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    SearchFormInstancesByTenantError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    SearchFormInstancesByTenantError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    SearchFormInstancesByTenantError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    SearchFormInstancesByTenantError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    SearchFormInstancesByTenantError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => SearchFormInstancesByTenantError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        SearchFormInstancesByTenantError::Other
    }
}

/// The request of [`CustomFormsApi::search_form_instances_by_tenant`](CustomFormsApi::search_form_instances_by_tenant): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchFormInstancesByTenant {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i64>,
    limit: Option<i64>,
    listing: crate::pagination::Listing,
}

impl SearchFormInstancesByTenant {
    /// Offset
    ///
    /// Integer specifying the offset of the first result from the beginning of the collection. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// The offset value is record-based, not page-based, and the index starts at 0.
    ///
    /// The server's default: `0`.
    #[inline]
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
    #[inline]
    pub fn limit(mut self, limit: i64) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// The most items [`items`](Self::items) yields, over all pages.
    #[inline]
    pub fn max_items(mut self, max_items: usize) -> Self {
        self.listing.max_items = Some(max_items);
        self
    }

    /// How many pages [`items`](Self::items) requests beyond the one being read, whatever the
    /// reader's pace and wherever the list ends (0 for one page at a time). If not set, the
    /// listing plans its pages and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /form-instances`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::FormInstanceResponse>,
            crate::SdkError<SearchFormInstancesByTenantError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request and returns one page with the total the server counts when asked
    /// with `.count(true)`.
    #[inline]
    pub fn send_page(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Page<models::FormInstanceResponse>,
            crate::SdkError<SearchFormInstancesByTenantError>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::FormInstanceResponse,
            crate::SdkError<SearchFormInstancesByTenantError>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: false,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, _| {
                request.offset = Some(offset);
                request.limit = Some(limit);
                request.send_page()
            },
        )
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<models::FormInstanceResponse>>,
            crate::SdkError<SearchFormInstancesByTenantError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "searchFormInstancesByTenant",
            self.options,
            move |client| {
                let path = "/form-instances";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::create_form_instance`](CustomFormsApi::create_form_instance), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateFormInstanceError {
    /// 400: An error with the request occurred
    BadRequest(models::CreateFormInstance400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::CreateFormInstance401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::CreateFormInstance403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::CreateFormInstance500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateFormInstanceError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateFormInstanceError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    CreateFormInstanceError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    CreateFormInstanceError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    CreateFormInstanceError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    CreateFormInstanceError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateFormInstanceError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateFormInstanceError::Other
    }
}

/// The request of [`CustomFormsApi::create_form_instance`](CustomFormsApi::create_form_instance): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormInstance {
    client: crate::Client,
    options: crate::request::Options,
    create_form_instance_request: Option<models::CreateFormInstanceRequest>,
}

impl CreateFormInstance {
    /// Body is the request payload to create a form instance
    #[inline]
    pub fn create_form_instance_request(
        mut self,
        create_form_instance_request: models::CreateFormInstanceRequest,
    ) -> Self {
        self.create_form_instance_request = Some(create_form_instance_request);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `POST /form-instances`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::FormInstanceResponse,
            crate::SdkError<CreateFormInstanceError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::FormInstanceResponse>,
            crate::SdkError<CreateFormInstanceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createFormInstance",
            self.options,
            move |client| {
                let path = "/form-instances";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.create_form_instance_request {
                    request = crate::request::with_json(
                        "createFormInstance",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::get_form_instance_by_key`](CustomFormsApi::get_form_instance_by_key), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFormInstanceByKeyError {
    /// 400: An error with the request occurred
    BadRequest(models::GetFormInstanceByKey400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::GetFormInstanceByKey401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::GetFormInstanceByKey403Response),
    /// 404: An error with the item not found
    NotFound(models::GetFormInstanceByKey404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::GetFormInstanceByKey500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetFormInstanceByKeyError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetFormInstanceByKeyError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetFormInstanceByKeyError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetFormInstanceByKeyError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetFormInstanceByKeyError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetFormInstanceByKeyError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetFormInstanceByKeyError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetFormInstanceByKeyError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetFormInstanceByKeyError::Other
    }
}

/// The request of [`CustomFormsApi::get_form_instance_by_key`](CustomFormsApi::get_form_instance_by_key): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFormInstanceByKey {
    client: crate::Client,
    options: crate::request::Options,
    form_instance_id: String,
}

impl GetFormInstanceByKey {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /form-instances/{formInstanceID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::FormInstanceResponse,
            crate::SdkError<GetFormInstanceByKeyError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::FormInstanceResponse>,
            crate::SdkError<GetFormInstanceByKeyError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getFormInstanceByKey",
            self.options,
            move |client| {
                let path = [
                    "/form-instances/",
                    &crate::request::path_segment(&self.form_instance_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::patch_form_instance`](CustomFormsApi::patch_form_instance), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PatchFormInstanceError {
    /// 400: An error with the request occurred
    BadRequest(models::PatchFormInstance400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::PatchFormInstance401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::PatchFormInstance403Response),
    /// 404: An error with the item not found
    NotFound(models::PatchFormInstance404Response),
    /// 409: An error with the request property conflicts with stored
    Conflict(models::PatchFormInstance409Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::PatchFormInstance500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for PatchFormInstanceError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    PatchFormInstanceError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    PatchFormInstanceError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    PatchFormInstanceError::Forbidden(crate::request::decode_body(body)?)
                }
                404 if !empty => {
                    PatchFormInstanceError::NotFound(crate::request::decode_body(body)?)
                }
                409 if !empty => {
                    PatchFormInstanceError::Conflict(crate::request::decode_body(body)?)
                }
                429 if !empty => {
                    PatchFormInstanceError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    PatchFormInstanceError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => PatchFormInstanceError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        PatchFormInstanceError::Other
    }
}

/// The request of [`CustomFormsApi::patch_form_instance`](CustomFormsApi::patch_form_instance): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchFormInstance {
    client: crate::Client,
    options: crate::request::Options,
    form_instance_id: String,
    patch: Option<models::Patch>,
}

impl PatchFormInstance {
    /// Body is the request payload to patch a form instance, check: <https://jsonpatch.com>
    #[inline]
    pub fn patch(mut self, patch: models::Patch) -> Self {
        self.patch = Some(patch);
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `PATCH /form-instances/{formInstanceID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::FormInstanceResponse,
            crate::SdkError<PatchFormInstanceError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::FormInstanceResponse>,
            crate::SdkError<PatchFormInstanceError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchFormInstance",
            self.options,
            move |client| {
                let path = [
                    "/form-instances/",
                    &crate::request::path_segment(&self.form_instance_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.patch {
                    request = crate::request::with_json(
                        "patchFormInstance",
                        request,
                        "application/json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::search_form_element_data_by_element_id`](CustomFormsApi::search_form_element_data_by_element_id), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchFormElementDataByElementIdError {
    /// 400: An error with the request occurred
    BadRequest(models::SearchFormElementDataByElementId400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::SearchFormElementDataByElementId401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::SearchFormElementDataByElementId403Response),
    /// 404: An error with the item not found
    NotFound(models::SearchFormElementDataByElementId404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::SearchFormElementDataByElementId500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for SearchFormElementDataByElementIdError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    SearchFormElementDataByElementIdError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    SearchFormElementDataByElementIdError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    SearchFormElementDataByElementIdError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    SearchFormElementDataByElementIdError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    SearchFormElementDataByElementIdError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    SearchFormElementDataByElementIdError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => SearchFormElementDataByElementIdError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        SearchFormElementDataByElementIdError::Other
    }
}

/// The request of [`CustomFormsApi::search_form_element_data_by_element_id`](CustomFormsApi::search_form_element_data_by_element_id): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchFormElementDataByElementId {
    client: crate::Client,
    options: crate::request::Options,
    form_instance_id: String,
    form_element_id: String,
    limit: Option<i64>,
    filters: Option<String>,
    query: Option<String>,
}

impl SearchFormElementDataByElementId {
    /// Limit
    ///
    /// Integer specifying the maximum number of records to return in a single API call. The standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#paginating-results).
    /// If it is not specified, a default limit is used.
    ///
    /// The server's default: `250`.
    #[inline]
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
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// String that is passed to the underlying API to filter other (non-ID) fields.  For example, for access  profile data sources, this string will be passed to the access profile api and used with a "starts with" filter against  several fields.
    #[inline]
    pub fn query(mut self, query: impl Into<String>) -> Self {
        self.query = Some(query.into());
        self
    }

    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /form-instances/{formInstanceID}/data-source/{formElementID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ListFormElementDataByElementIdResponse,
            crate::SdkError<SearchFormElementDataByElementIdError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::ListFormElementDataByElementIdResponse>,
            crate::SdkError<SearchFormElementDataByElementIdError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "searchFormElementDataByElementID",
            self.options,
            move |client| {
                let path = [
                    "/form-instances/",
                    &crate::request::path_segment(&self.form_instance_id),
                    "/data-source/",
                    &crate::request::path_segment(&self.form_element_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::get_form_instance_file`](CustomFormsApi::get_form_instance_file), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFormInstanceFileError {
    /// 400: An error with the request occurred
    BadRequest(models::GetFormInstanceFile400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::GetFormInstanceFile401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::GetFormInstanceFile403Response),
    /// 404: An error with the item not found
    NotFound(models::GetFormInstanceFile404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::GetFormInstanceFile500Response),
    /// 503: An external service is not available
    ServiceUnavailable(models::GetFormInstanceFile503Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetFormInstanceFileError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetFormInstanceFileError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetFormInstanceFileError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetFormInstanceFileError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetFormInstanceFileError::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetFormInstanceFileError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetFormInstanceFileError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                503 if !empty => {
                    GetFormInstanceFileError::ServiceUnavailable(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetFormInstanceFileError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetFormInstanceFileError::Other
    }
}

/// The request of [`CustomFormsApi::get_form_instance_file`](CustomFormsApi::get_form_instance_file): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFormInstanceFile {
    client: crate::Client,
    options: crate::request::Options,
    form_instance_id: String,
    file_id: String,
}

impl GetFormInstanceFile {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /form-instances/{formInstanceID}/file/{fileID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetFormInstanceFileError>>,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<Vec<u8>>,
            crate::SdkError<GetFormInstanceFileError>,
        >,
    > {
        crate::request::bytes(self.call())
    }

    /// Sends the request, as [`send`](Self::send), and returns the file as a stream of chunks
    /// as they arrive rather than buffered whole: for large downloads.
    #[inline]
    pub fn send_streaming(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<crate::ByteStream>,
            crate::SdkError<GetFormInstanceFileError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getFormInstanceFile",
            self.options,
            move |client| {
                let path = [
                    "/form-instances/",
                    &crate::request::path_segment(&self.form_instance_id),
                    "/file/",
                    &crate::request::path_segment(&self.file_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request
                    .header(
                        reqwest::header::ACCEPT,
                        "application/json, image/jpeg, image/png, application/octet-stream",
                    );
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::search_pre_defined_select_options`](CustomFormsApi::search_pre_defined_select_options), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchPreDefinedSelectOptionsError {
    /// 400: An error with the request occurred
    BadRequest(models::SearchPreDefinedSelectOptions400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::SearchPreDefinedSelectOptions401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::SearchPreDefinedSelectOptions403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::SearchPreDefinedSelectOptions500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for SearchPreDefinedSelectOptionsError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    SearchPreDefinedSelectOptionsError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    SearchPreDefinedSelectOptionsError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    SearchPreDefinedSelectOptionsError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    SearchPreDefinedSelectOptionsError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    SearchPreDefinedSelectOptionsError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => SearchPreDefinedSelectOptionsError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        SearchPreDefinedSelectOptionsError::Other
    }
}

/// The request of [`CustomFormsApi::search_pre_defined_select_options`](CustomFormsApi::search_pre_defined_select_options): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchPreDefinedSelectOptions {
    client: crate::Client,
    options: crate::request::Options,
}

impl SearchPreDefinedSelectOptions {
    /// Each attempt's timeout, in place of the configured one.
    #[inline]
    pub fn timeout(mut self, timeout: std::time::Duration) -> Self {
        self.options.timeout = Some(timeout);
        self
    }

    /// How long all attempts and the waits between them may take: past it, the call fails
    /// with [`Error::Timeout`](crate::Error::Timeout).
    #[inline]
    pub fn deadline(mut self, deadline: std::time::Duration) -> Self {
        self.options.deadline = Some(deadline);
        self
    }

    /// Sends the request: `GET /form-definitions/predefined-select-options`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ListPredefinedSelectOptionsResponse,
            crate::SdkError<SearchPreDefinedSelectOptionsError>,
        >,
    > {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<models::ListPredefinedSelectOptionsResponse>,
            crate::SdkError<SearchPreDefinedSelectOptionsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "searchPreDefinedSelectOptions",
            self.options,
            move |client| {
                let path = "/form-definitions/predefined-select-options";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
