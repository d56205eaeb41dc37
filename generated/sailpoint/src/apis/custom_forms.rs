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
    /// `GET /form-definitions/v1` (`searchFormDefinitionsByTenantV1`)
    #[inline]
    pub fn search_form_definitions_by_tenant_v1(
        &self,
    ) -> SearchFormDefinitionsByTenantV1 {
        SearchFormDefinitionsByTenantV1 {
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
    /// `POST /form-definitions/v1` (`createFormDefinitionV1`)
    #[inline]
    pub fn create_form_definition_v1(&self) -> CreateFormDefinitionV1 {
        CreateFormDefinitionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            createformdefinitionrequest: None,
        }
    }

    /// Return a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `GET /form-definitions/v1/{formDefinitionID}` (`getFormDefinitionByKeyV1`)
    #[inline]
    pub fn get_form_definition_by_key_v1(
        &self,
        form_definition_id: impl Into<String>,
    ) -> GetFormDefinitionByKeyV1 {
        GetFormDefinitionByKeyV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            form_definition_id: form_definition_id.into(),
        }
    }

    /// Deletes a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `DELETE /form-definitions/v1/{formDefinitionID}` (`deleteFormDefinitionV1`)
    #[inline]
    pub fn delete_form_definition_v1(
        &self,
        form_definition_id: impl Into<String>,
    ) -> DeleteFormDefinitionV1 {
        DeleteFormDefinitionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            form_definition_id: form_definition_id.into(),
        }
    }

    /// Patch a form definition.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `PATCH /form-definitions/v1/{formDefinitionID}` (`patchFormDefinitionV1`)
    #[inline]
    pub fn patch_form_definition_v1(
        &self,
        form_definition_id: impl Into<String>,
    ) -> PatchFormDefinitionV1 {
        PatchFormDefinitionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            form_definition_id: form_definition_id.into(),
            patch: None,
        }
    }

    /// Preview form definition data source.
    ///
    /// `POST /form-definitions/v1/{formDefinitionID}/data-source` (`showPreviewDataSourceV1`)
    #[inline]
    pub fn show_preview_data_source_v1(
        &self,
        form_definition_id: impl Into<String>,
    ) -> ShowPreviewDataSourceV1 {
        ShowPreviewDataSourceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            form_definition_id: form_definition_id.into(),
            limit: None,
            filters: None,
            query: None,
            formelementpreviewrequest: None,
        }
    }

    /// List form definitions by tenant.
    ///
    /// No parameters required.
    ///
    /// `GET /form-definitions/v1/export` (`exportFormDefinitionsByTenantV1`)
    #[inline]
    pub fn export_form_definitions_by_tenant_v1(
        &self,
    ) -> ExportFormDefinitionsByTenantV1 {
        ExportFormDefinitionsByTenantV1 {
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
    /// `POST /form-definitions/v1/forms-action-dynamic-schema` (`createFormDefinitionDynamicSchemaV1`)
    #[inline]
    pub fn create_form_definition_dynamic_schema_v1(
        &self,
    ) -> CreateFormDefinitionDynamicSchemaV1 {
        CreateFormDefinitionDynamicSchemaV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            formdefinitiondynamicschemarequest: None,
        }
    }

    /// Import form definitions from export.
    ///
    /// `POST /form-definitions/v1/import` (`importFormDefinitionsV1`)
    #[inline]
    pub fn import_form_definitions_v1(&self) -> ImportFormDefinitionsV1 {
        ImportFormDefinitionsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            import_form_definitions_v1_request_inner: None,
        }
    }

    /// Upload new form definition file.
    ///
    /// Parameter `{formDefinitionID}` should match a form definition ID.
    ///
    /// `POST /form-definitions/v1/{formDefinitionID}/upload` (`createFormDefinitionFileRequestV1`)
    #[inline]
    pub fn create_form_definition_file_request_v1(
        &self,
        form_definition_id: impl Into<String>,
        create_form_definition_file_request_v1_request: models::CreateFormDefinitionFileRequestV1Request,
    ) -> CreateFormDefinitionFileRequestV1 {
        CreateFormDefinitionFileRequestV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            form_definition_id: form_definition_id.into(),
            create_form_definition_file_request_v1_request,
        }
    }

    /// Download definition file by fileid.
    ///
    /// `GET /form-definitions/v1/{formDefinitionID}/file/{fileID}` (`getFileFromS3V1`)
    #[inline]
    pub fn get_file_from_s3v1(
        &self,
        form_definition_id: impl Into<String>,
        file_id: impl Into<String>,
    ) -> GetFileFromS3v1 {
        GetFileFromS3v1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            form_definition_id: form_definition_id.into(),
            file_id: file_id.into(),
        }
    }

    /// List form instances by tenant.
    ///
    /// Returns a list of form instances for the tenant. Optionally filter by form definition ID.
    ///
    /// `GET /form-instances/v1` (`searchFormInstancesByTenantV1`)
    #[inline]
    pub fn search_form_instances_by_tenant_v1(&self) -> SearchFormInstancesByTenantV1 {
        SearchFormInstancesByTenantV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Creates a form instance.
    ///
    /// `POST /form-instances/v1` (`createFormInstanceV1`)
    #[inline]
    pub fn create_form_instance_v1(&self) -> CreateFormInstanceV1 {
        CreateFormInstanceV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            createforminstancerequest: None,
        }
    }

    /// Returns a form instance.
    ///
    /// Parameter `{formInstanceID}` should match a form instance ID.
    ///
    /// Only the assigned recipient (`recipients[].id` when `type` is `IDENTITY`) may call this.
    ///
    /// `GET /form-instances/v1/{formInstanceID}` (`getFormInstanceByKeyV1`)
    #[inline]
    pub fn get_form_instance_by_key_v1(
        &self,
        form_instance_id: impl Into<String>,
    ) -> GetFormInstanceByKeyV1 {
        GetFormInstanceByKeyV1 {
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
    /// `PATCH /form-instances/v1/{formInstanceID}` (`patchFormInstanceV1`)
    #[inline]
    pub fn patch_form_instance_v1(
        &self,
        form_instance_id: impl Into<String>,
    ) -> PatchFormInstanceV1 {
        PatchFormInstanceV1 {
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
    /// `GET /form-instances/v1/{formInstanceID}/data-source/{formElementID}` (`searchFormElementDataByElementIDV1`)
    #[inline]
    pub fn search_form_element_data_by_element_idv1(
        &self,
        form_instance_id: impl Into<String>,
        form_element_id: impl Into<String>,
    ) -> SearchFormElementDataByElementIdv1 {
        SearchFormElementDataByElementIdv1 {
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
    /// `GET /form-instances/v1/{formInstanceID}/file/{fileID}` (`getFormInstanceFileV1`)
    #[inline]
    pub fn get_form_instance_file_v1(
        &self,
        form_instance_id: impl Into<String>,
        file_id: impl Into<String>,
    ) -> GetFormInstanceFileV1 {
        GetFormInstanceFileV1 {
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
    /// `GET /form-definitions/v1/predefined-select-options` (`searchPreDefinedSelectOptionsV1`)
    #[inline]
    pub fn search_pre_defined_select_options_v1(
        &self,
    ) -> SearchPreDefinedSelectOptionsV1 {
        SearchPreDefinedSelectOptionsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }
}

/// The error statuses of [`CustomFormsApi::search_form_definitions_by_tenant_v1`](CustomFormsApi::search_form_definitions_by_tenant_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchFormDefinitionsByTenantV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::SearchFormDefinitionsByTenantV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::SearchFormDefinitionsByTenantV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::SearchFormDefinitionsByTenantV1403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::SearchFormDefinitionsByTenantV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for SearchFormDefinitionsByTenantV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    SearchFormDefinitionsByTenantV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    SearchFormDefinitionsByTenantV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    SearchFormDefinitionsByTenantV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    SearchFormDefinitionsByTenantV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    SearchFormDefinitionsByTenantV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => SearchFormDefinitionsByTenantV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        SearchFormDefinitionsByTenantV1Error::Other
    }
}

/// The request of [`CustomFormsApi::search_form_definitions_by_tenant_v1`](CustomFormsApi::search_form_definitions_by_tenant_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchFormDefinitionsByTenantV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i64>,
    limit: Option<i64>,
    filters: Option<String>,
    sorters: Option<String>,
}

impl SearchFormDefinitionsByTenantV1 {
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

    /// Sends the request: `GET /form-definitions/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Listformdefinitionsbytenantresponse,
            crate::SdkError<SearchFormDefinitionsByTenantV1Error>,
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
            crate::Response<models::Listformdefinitionsbytenantresponse>,
            crate::SdkError<SearchFormDefinitionsByTenantV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "searchFormDefinitionsByTenantV1",
            self.options,
            move |client| {
                let path = "/form-definitions/v1";
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

/// The error statuses of [`CustomFormsApi::create_form_definition_v1`](CustomFormsApi::create_form_definition_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateFormDefinitionV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::CreateFormDefinitionV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::CreateFormDefinitionV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::CreateFormDefinitionV1403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::CreateFormDefinitionV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateFormDefinitionV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateFormDefinitionV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    CreateFormDefinitionV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    CreateFormDefinitionV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    CreateFormDefinitionV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    CreateFormDefinitionV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateFormDefinitionV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateFormDefinitionV1Error::Other
    }
}

/// The request of [`CustomFormsApi::create_form_definition_v1`](CustomFormsApi::create_form_definition_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormDefinitionV1 {
    client: crate::Client,
    options: crate::request::Options,
    createformdefinitionrequest: Option<models::Createformdefinitionrequest>,
}

impl CreateFormDefinitionV1 {
    /// Body is the request payload to create form definition request
    #[inline]
    pub fn createformdefinitionrequest(
        mut self,
        createformdefinitionrequest: models::Createformdefinitionrequest,
    ) -> Self {
        self.createformdefinitionrequest = Some(createformdefinitionrequest);
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

    /// Sends the request: `POST /form-definitions/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Formdefinitionresponse,
            crate::SdkError<CreateFormDefinitionV1Error>,
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
            crate::Response<models::Formdefinitionresponse>,
            crate::SdkError<CreateFormDefinitionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createFormDefinitionV1",
            self.options,
            move |client| {
                let path = "/form-definitions/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.createformdefinitionrequest {
                    request = crate::request::with_json(
                        "createFormDefinitionV1",
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

/// The error statuses of [`CustomFormsApi::get_form_definition_by_key_v1`](CustomFormsApi::get_form_definition_by_key_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFormDefinitionByKeyV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::GetFormDefinitionByKeyV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::GetFormDefinitionByKeyV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::GetFormDefinitionByKeyV1403Response),
    /// 404: An error with the item not found
    NotFound(models::GetFormDefinitionByKeyV1404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::GetFormDefinitionByKeyV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetFormDefinitionByKeyV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetFormDefinitionByKeyV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetFormDefinitionByKeyV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetFormDefinitionByKeyV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetFormDefinitionByKeyV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetFormDefinitionByKeyV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetFormDefinitionByKeyV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetFormDefinitionByKeyV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetFormDefinitionByKeyV1Error::Other
    }
}

/// The request of [`CustomFormsApi::get_form_definition_by_key_v1`](CustomFormsApi::get_form_definition_by_key_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFormDefinitionByKeyV1 {
    client: crate::Client,
    options: crate::request::Options,
    form_definition_id: String,
}

impl GetFormDefinitionByKeyV1 {
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

    /// Sends the request: `GET /form-definitions/v1/{formDefinitionID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Formdefinitionresponse,
            crate::SdkError<GetFormDefinitionByKeyV1Error>,
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
            crate::Response<models::Formdefinitionresponse>,
            crate::SdkError<GetFormDefinitionByKeyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getFormDefinitionByKeyV1",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/v1/",
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

/// The error statuses of [`CustomFormsApi::delete_form_definition_v1`](CustomFormsApi::delete_form_definition_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum DeleteFormDefinitionV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::DeleteFormDefinitionV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::DeleteFormDefinitionV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::DeleteFormDefinitionV1403Response),
    /// 404: An error with the item not found
    NotFound(models::DeleteFormDefinitionV1404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::DeleteFormDefinitionV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for DeleteFormDefinitionV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    DeleteFormDefinitionV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    DeleteFormDefinitionV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    DeleteFormDefinitionV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    DeleteFormDefinitionV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    DeleteFormDefinitionV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    DeleteFormDefinitionV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => DeleteFormDefinitionV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        DeleteFormDefinitionV1Error::Other
    }
}

/// The request of [`CustomFormsApi::delete_form_definition_v1`](CustomFormsApi::delete_form_definition_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteFormDefinitionV1 {
    client: crate::Client,
    options: crate::request::Options,
    form_definition_id: String,
}

impl DeleteFormDefinitionV1 {
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

    /// Sends the request: `DELETE /form-definitions/v1/{formDefinitionID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteFormDefinitionV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<
            crate::Response<()>,
            crate::SdkError<DeleteFormDefinitionV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteFormDefinitionV1",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/v1/",
                    &crate::request::path_segment(&self.form_definition_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::patch_form_definition_v1`](CustomFormsApi::patch_form_definition_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PatchFormDefinitionV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::PatchFormDefinitionV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::PatchFormDefinitionV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::PatchFormDefinitionV1403Response),
    /// 404: An error with the user permissions occurred
    NotFound(models::PatchFormDefinitionV1404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::PatchFormDefinitionV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for PatchFormDefinitionV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    PatchFormDefinitionV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    PatchFormDefinitionV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    PatchFormDefinitionV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    PatchFormDefinitionV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    PatchFormDefinitionV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    PatchFormDefinitionV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => PatchFormDefinitionV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        PatchFormDefinitionV1Error::Other
    }
}

/// The request of [`CustomFormsApi::patch_form_definition_v1`](CustomFormsApi::patch_form_definition_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchFormDefinitionV1 {
    client: crate::Client,
    options: crate::request::Options,
    form_definition_id: String,
    patch: Option<models::Patch>,
}

impl PatchFormDefinitionV1 {
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

    /// Sends the request: `PATCH /form-definitions/v1/{formDefinitionID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Formdefinitionresponse,
            crate::SdkError<PatchFormDefinitionV1Error>,
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
            crate::Response<models::Formdefinitionresponse>,
            crate::SdkError<PatchFormDefinitionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchFormDefinitionV1",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/v1/",
                    &crate::request::path_segment(&self.form_definition_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.patch {
                    request = crate::request::with_json(
                        "patchFormDefinitionV1",
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

/// The error statuses of [`CustomFormsApi::show_preview_data_source_v1`](CustomFormsApi::show_preview_data_source_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ShowPreviewDataSourceV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::ShowPreviewDataSourceV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::ShowPreviewDataSourceV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::ShowPreviewDataSourceV1403Response),
    /// 404: An error with the item not found
    NotFound(models::ShowPreviewDataSourceV1404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::ShowPreviewDataSourceV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ShowPreviewDataSourceV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    ShowPreviewDataSourceV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    ShowPreviewDataSourceV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    ShowPreviewDataSourceV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    ShowPreviewDataSourceV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    ShowPreviewDataSourceV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    ShowPreviewDataSourceV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => ShowPreviewDataSourceV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        ShowPreviewDataSourceV1Error::Other
    }
}

/// The request of [`CustomFormsApi::show_preview_data_source_v1`](CustomFormsApi::show_preview_data_source_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ShowPreviewDataSourceV1 {
    client: crate::Client,
    options: crate::request::Options,
    form_definition_id: String,
    limit: Option<i64>,
    filters: Option<String>,
    query: Option<String>,
    formelementpreviewrequest: Option<models::Formelementpreviewrequest>,
}

impl ShowPreviewDataSourceV1 {
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
    pub fn formelementpreviewrequest(
        mut self,
        formelementpreviewrequest: models::Formelementpreviewrequest,
    ) -> Self {
        self.formelementpreviewrequest = Some(formelementpreviewrequest);
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

    /// Sends the request: `POST /form-definitions/v1/{formDefinitionID}/data-source`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Previewdatasourceresponse,
            crate::SdkError<ShowPreviewDataSourceV1Error>,
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
            crate::Response<models::Previewdatasourceresponse>,
            crate::SdkError<ShowPreviewDataSourceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "showPreviewDataSourceV1",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/v1/",
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
                if let Some(value) = &self.formelementpreviewrequest {
                    request = crate::request::with_json(
                        "showPreviewDataSourceV1",
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

/// The error statuses of [`CustomFormsApi::export_form_definitions_by_tenant_v1`](CustomFormsApi::export_form_definitions_by_tenant_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ExportFormDefinitionsByTenantV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::ExportFormDefinitionsByTenantV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::ExportFormDefinitionsByTenantV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::ExportFormDefinitionsByTenantV1403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::ExportFormDefinitionsByTenantV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ExportFormDefinitionsByTenantV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    ExportFormDefinitionsByTenantV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    ExportFormDefinitionsByTenantV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    ExportFormDefinitionsByTenantV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    ExportFormDefinitionsByTenantV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    ExportFormDefinitionsByTenantV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => ExportFormDefinitionsByTenantV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        ExportFormDefinitionsByTenantV1Error::Other
    }
}

/// The request of [`CustomFormsApi::export_form_definitions_by_tenant_v1`](CustomFormsApi::export_form_definitions_by_tenant_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportFormDefinitionsByTenantV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i64>,
    limit: Option<i64>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ExportFormDefinitionsByTenantV1 {
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

    /// Sends the request: `GET /form-definitions/v1/export`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::ExportFormDefinitionsByTenantV1200ResponseInner>,
            crate::SdkError<ExportFormDefinitionsByTenantV1Error>,
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
            crate::Page<models::ExportFormDefinitionsByTenantV1200ResponseInner>,
            crate::SdkError<ExportFormDefinitionsByTenantV1Error>,
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
            models::ExportFormDefinitionsByTenantV1200ResponseInner,
            crate::SdkError<ExportFormDefinitionsByTenantV1Error>,
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
            crate::Response<
                Vec<models::ExportFormDefinitionsByTenantV1200ResponseInner>,
            >,
            crate::SdkError<ExportFormDefinitionsByTenantV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportFormDefinitionsByTenantV1",
            self.options,
            move |client| {
                let path = "/form-definitions/v1/export";
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

/// The error statuses of [`CustomFormsApi::create_form_definition_dynamic_schema_v1`](CustomFormsApi::create_form_definition_dynamic_schema_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateFormDefinitionDynamicSchemaV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::CreateFormDefinitionDynamicSchemaV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::CreateFormDefinitionDynamicSchemaV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::CreateFormDefinitionDynamicSchemaV1403Response),
    /// 404: An error with the item not found
    NotFound(models::CreateFormDefinitionDynamicSchemaV1404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::CreateFormDefinitionDynamicSchemaV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateFormDefinitionDynamicSchemaV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateFormDefinitionDynamicSchemaV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    CreateFormDefinitionDynamicSchemaV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    CreateFormDefinitionDynamicSchemaV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    CreateFormDefinitionDynamicSchemaV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    CreateFormDefinitionDynamicSchemaV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    CreateFormDefinitionDynamicSchemaV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateFormDefinitionDynamicSchemaV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateFormDefinitionDynamicSchemaV1Error::Other
    }
}

/// The request of [`CustomFormsApi::create_form_definition_dynamic_schema_v1`](CustomFormsApi::create_form_definition_dynamic_schema_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormDefinitionDynamicSchemaV1 {
    client: crate::Client,
    options: crate::request::Options,
    formdefinitiondynamicschemarequest: Option<
        models::Formdefinitiondynamicschemarequest,
    >,
}

impl CreateFormDefinitionDynamicSchemaV1 {
    /// Body is the request payload to create a form definition dynamic schema
    #[inline]
    pub fn formdefinitiondynamicschemarequest(
        mut self,
        formdefinitiondynamicschemarequest: models::Formdefinitiondynamicschemarequest,
    ) -> Self {
        self.formdefinitiondynamicschemarequest = Some(
            formdefinitiondynamicschemarequest,
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

    /// Sends the request: `POST /form-definitions/v1/forms-action-dynamic-schema`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Formdefinitiondynamicschemaresponse,
            crate::SdkError<CreateFormDefinitionDynamicSchemaV1Error>,
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
            crate::Response<models::Formdefinitiondynamicschemaresponse>,
            crate::SdkError<CreateFormDefinitionDynamicSchemaV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createFormDefinitionDynamicSchemaV1",
            self.options,
            move |client| {
                let path = "/form-definitions/v1/forms-action-dynamic-schema";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.formdefinitiondynamicschemarequest {
                    request = crate::request::with_json(
                        "createFormDefinitionDynamicSchemaV1",
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

/// The error statuses of [`CustomFormsApi::import_form_definitions_v1`](CustomFormsApi::import_form_definitions_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ImportFormDefinitionsV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::ImportFormDefinitionsV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::ImportFormDefinitionsV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::ImportFormDefinitionsV1403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::ImportFormDefinitionsV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ImportFormDefinitionsV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    ImportFormDefinitionsV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    ImportFormDefinitionsV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    ImportFormDefinitionsV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    ImportFormDefinitionsV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    ImportFormDefinitionsV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => ImportFormDefinitionsV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        ImportFormDefinitionsV1Error::Other
    }
}

/// The request of [`CustomFormsApi::import_form_definitions_v1`](CustomFormsApi::import_form_definitions_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportFormDefinitionsV1 {
    client: crate::Client,
    options: crate::request::Options,
    import_form_definitions_v1_request_inner: Option<
        Vec<models::ImportFormDefinitionsV1RequestInner>,
    >,
}

impl ImportFormDefinitionsV1 {
    /// Body is the request payload to import form definitions
    #[inline]
    pub fn import_form_definitions_v1_request_inner(
        mut self,
        import_form_definitions_v1_request_inner: Vec<
            models::ImportFormDefinitionsV1RequestInner,
        >,
    ) -> Self {
        self.import_form_definitions_v1_request_inner = Some(
            import_form_definitions_v1_request_inner,
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

    /// Sends the request: `POST /form-definitions/v1/import`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ImportFormDefinitionsV1202Response,
            crate::SdkError<ImportFormDefinitionsV1Error>,
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
            crate::Response<models::ImportFormDefinitionsV1202Response>,
            crate::SdkError<ImportFormDefinitionsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importFormDefinitionsV1",
            self.options,
            move |client| {
                let path = "/form-definitions/v1/import";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.import_form_definitions_v1_request_inner {
                    request = crate::request::with_json(
                        "importFormDefinitionsV1",
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

/// The error statuses of [`CustomFormsApi::create_form_definition_file_request_v1`](CustomFormsApi::create_form_definition_file_request_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateFormDefinitionFileRequestV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::CreateFormDefinitionFileRequestV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::CreateFormDefinitionFileRequestV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::CreateFormDefinitionFileRequestV1403Response),
    /// 404: An error with the item not found
    NotFound(models::CreateFormDefinitionFileRequestV1404Response),
    /// 413: An error with payload size too large
    PayloadTooLarge(models::CreateFormDefinitionFileRequestV1413Response),
    /// 415: An error with unsupported media type
    UnsupportedMediaType(models::CreateFormDefinitionFileRequestV1415Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::CreateFormDefinitionFileRequestV1500Response),
    /// 503: An external service is not available
    ServiceUnavailable(models::CreateFormDefinitionFileRequestV1503Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateFormDefinitionFileRequestV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateFormDefinitionFileRequestV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    CreateFormDefinitionFileRequestV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    CreateFormDefinitionFileRequestV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    CreateFormDefinitionFileRequestV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                413 if !empty => {
                    CreateFormDefinitionFileRequestV1Error::PayloadTooLarge(
                        crate::request::decode_body(body)?,
                    )
                }
                415 if !empty => {
                    CreateFormDefinitionFileRequestV1Error::UnsupportedMediaType(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    CreateFormDefinitionFileRequestV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    CreateFormDefinitionFileRequestV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                503 if !empty => {
                    CreateFormDefinitionFileRequestV1Error::ServiceUnavailable(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateFormDefinitionFileRequestV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateFormDefinitionFileRequestV1Error::Other
    }
}

/// The request of [`CustomFormsApi::create_form_definition_file_request_v1`](CustomFormsApi::create_form_definition_file_request_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormDefinitionFileRequestV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    form_definition_id: String,
    create_form_definition_file_request_v1_request: models::CreateFormDefinitionFileRequestV1Request,
}

impl CreateFormDefinitionFileRequestV1 {
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

    /// Sends the request: `POST /form-definitions/v1/{formDefinitionID}/upload`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Formdefinitionfileuploadresponse,
            crate::SdkError<CreateFormDefinitionFileRequestV1Error>,
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
            crate::Response<models::Formdefinitionfileuploadresponse>,
            crate::SdkError<CreateFormDefinitionFileRequestV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createFormDefinitionFileRequestV1",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/v1/",
                    &crate::request::path_segment(&self.form_definition_id),
                    "/upload",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.create_form_definition_file_request_v1_request;
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

/// The error statuses of [`CustomFormsApi::get_file_from_s3v1`](CustomFormsApi::get_file_from_s3v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFileFromS3v1Error {
    /// 400: An error with the request occurred
    BadRequest(models::GetFileFromS3v1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::GetFileFromS3v1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::GetFileFromS3v1403Response),
    /// 404: An error with the item not found
    NotFound(models::GetFileFromS3v1404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::GetFileFromS3v1500Response),
    /// 503: An external service is not available
    ServiceUnavailable(models::GetFileFromS3v1503Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetFileFromS3v1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetFileFromS3v1Error::BadRequest(crate::request::decode_body(body)?)
                }
                401 if !empty => {
                    GetFileFromS3v1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetFileFromS3v1Error::Forbidden(crate::request::decode_body(body)?)
                }
                404 if !empty => {
                    GetFileFromS3v1Error::NotFound(crate::request::decode_body(body)?)
                }
                429 if !empty => {
                    GetFileFromS3v1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetFileFromS3v1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                503 if !empty => {
                    GetFileFromS3v1Error::ServiceUnavailable(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetFileFromS3v1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetFileFromS3v1Error::Other
    }
}

/// The request of [`CustomFormsApi::get_file_from_s3v1`](CustomFormsApi::get_file_from_s3v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFileFromS3v1 {
    client: crate::Client,
    options: crate::request::Options,
    form_definition_id: String,
    file_id: String,
}

impl GetFileFromS3v1 {
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

    /// Sends the request: `GET /form-definitions/v1/{formDefinitionID}/file/{fileID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<Vec<u8>, crate::SdkError<GetFileFromS3v1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<Vec<u8>>, crate::SdkError<GetFileFromS3v1Error>>,
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
            crate::SdkError<GetFileFromS3v1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getFileFromS3V1",
            self.options,
            move |client| {
                let path = [
                    "/form-definitions/v1/",
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

/// The error statuses of [`CustomFormsApi::search_form_instances_by_tenant_v1`](CustomFormsApi::search_form_instances_by_tenant_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchFormInstancesByTenantV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::SearchFormInstancesByTenantV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::SearchFormInstancesByTenantV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::SearchFormInstancesByTenantV1403Response),
    /// 429: Too many requests. The list form instances operation is limited to 50 requests per 10 seconds per tenant; reduce call frequency or wait before retrying.
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::SearchFormInstancesByTenantV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for SearchFormInstancesByTenantV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    SearchFormInstancesByTenantV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    SearchFormInstancesByTenantV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    SearchFormInstancesByTenantV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    SearchFormInstancesByTenantV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    SearchFormInstancesByTenantV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => SearchFormInstancesByTenantV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        SearchFormInstancesByTenantV1Error::Other
    }
}

/// The request of [`CustomFormsApi::search_form_instances_by_tenant_v1`](CustomFormsApi::search_form_instances_by_tenant_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchFormInstancesByTenantV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i64>,
    limit: Option<i64>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl SearchFormInstancesByTenantV1 {
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
    /// **formDefinitionId**: *eq*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /form-instances/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Listforminstancesbytenantresponse>,
            crate::SdkError<SearchFormInstancesByTenantV1Error>,
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
            crate::Page<models::Listforminstancesbytenantresponse>,
            crate::SdkError<SearchFormInstancesByTenantV1Error>,
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
            models::Listforminstancesbytenantresponse,
            crate::SdkError<SearchFormInstancesByTenantV1Error>,
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
            crate::Response<Vec<models::Listforminstancesbytenantresponse>>,
            crate::SdkError<SearchFormInstancesByTenantV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "searchFormInstancesByTenantV1",
            self.options,
            move |client| {
                let path = "/form-instances/v1";
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
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`CustomFormsApi::create_form_instance_v1`](CustomFormsApi::create_form_instance_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum CreateFormInstanceV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::CreateFormInstanceV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::CreateFormInstanceV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::CreateFormInstanceV1403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::CreateFormInstanceV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for CreateFormInstanceV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    CreateFormInstanceV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    CreateFormInstanceV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    CreateFormInstanceV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    CreateFormInstanceV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    CreateFormInstanceV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => CreateFormInstanceV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        CreateFormInstanceV1Error::Other
    }
}

/// The request of [`CustomFormsApi::create_form_instance_v1`](CustomFormsApi::create_form_instance_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateFormInstanceV1 {
    client: crate::Client,
    options: crate::request::Options,
    createforminstancerequest: Option<models::Createforminstancerequest>,
}

impl CreateFormInstanceV1 {
    /// Body is the request payload to create a form instance
    #[inline]
    pub fn createforminstancerequest(
        mut self,
        createforminstancerequest: models::Createforminstancerequest,
    ) -> Self {
        self.createforminstancerequest = Some(createforminstancerequest);
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

    /// Sends the request: `POST /form-instances/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Forminstanceresponse,
            crate::SdkError<CreateFormInstanceV1Error>,
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
            crate::Response<models::Forminstanceresponse>,
            crate::SdkError<CreateFormInstanceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createFormInstanceV1",
            self.options,
            move |client| {
                let path = "/form-instances/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.createforminstancerequest {
                    request = crate::request::with_json(
                        "createFormInstanceV1",
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

/// The error statuses of [`CustomFormsApi::get_form_instance_by_key_v1`](CustomFormsApi::get_form_instance_by_key_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFormInstanceByKeyV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::GetFormInstanceByKeyV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::GetFormInstanceByKeyV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::GetFormInstanceByKeyV1403Response),
    /// 404: An error with the item not found
    NotFound(models::GetFormInstanceByKeyV1404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::GetFormInstanceByKeyV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetFormInstanceByKeyV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetFormInstanceByKeyV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetFormInstanceByKeyV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetFormInstanceByKeyV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetFormInstanceByKeyV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetFormInstanceByKeyV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetFormInstanceByKeyV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetFormInstanceByKeyV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetFormInstanceByKeyV1Error::Other
    }
}

/// The request of [`CustomFormsApi::get_form_instance_by_key_v1`](CustomFormsApi::get_form_instance_by_key_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFormInstanceByKeyV1 {
    client: crate::Client,
    options: crate::request::Options,
    form_instance_id: String,
}

impl GetFormInstanceByKeyV1 {
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

    /// Sends the request: `GET /form-instances/v1/{formInstanceID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Forminstanceresponse,
            crate::SdkError<GetFormInstanceByKeyV1Error>,
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
            crate::Response<models::Forminstanceresponse>,
            crate::SdkError<GetFormInstanceByKeyV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getFormInstanceByKeyV1",
            self.options,
            move |client| {
                let path = [
                    "/form-instances/v1/",
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

/// The error statuses of [`CustomFormsApi::patch_form_instance_v1`](CustomFormsApi::patch_form_instance_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum PatchFormInstanceV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::PatchFormInstanceV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::PatchFormInstanceV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::PatchFormInstanceV1403Response),
    /// 404: An error with the item not found
    NotFound(models::PatchFormInstanceV1404Response),
    /// 409: An error with the request property conflicts with stored
    Conflict(models::PatchFormInstanceV1409Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::PatchFormInstanceV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for PatchFormInstanceV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    PatchFormInstanceV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    PatchFormInstanceV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    PatchFormInstanceV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    PatchFormInstanceV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                409 if !empty => {
                    PatchFormInstanceV1Error::Conflict(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    PatchFormInstanceV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    PatchFormInstanceV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => PatchFormInstanceV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        PatchFormInstanceV1Error::Other
    }
}

/// The request of [`CustomFormsApi::patch_form_instance_v1`](CustomFormsApi::patch_form_instance_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchFormInstanceV1 {
    client: crate::Client,
    options: crate::request::Options,
    form_instance_id: String,
    patch: Option<models::Patch>,
}

impl PatchFormInstanceV1 {
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

    /// Sends the request: `PATCH /form-instances/v1/{formInstanceID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Forminstanceresponse,
            crate::SdkError<PatchFormInstanceV1Error>,
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
            crate::Response<models::Forminstanceresponse>,
            crate::SdkError<PatchFormInstanceV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchFormInstanceV1",
            self.options,
            move |client| {
                let path = [
                    "/form-instances/v1/",
                    &crate::request::path_segment(&self.form_instance_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.patch {
                    request = crate::request::with_json(
                        "patchFormInstanceV1",
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

/// The error statuses of [`CustomFormsApi::search_form_element_data_by_element_idv1`](CustomFormsApi::search_form_element_data_by_element_idv1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchFormElementDataByElementIdv1Error {
    /// 400: An error with the request occurred
    BadRequest(models::SearchFormElementDataByElementIdv1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::SearchFormElementDataByElementIdv1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::SearchFormElementDataByElementIdv1403Response),
    /// 404: An error with the item not found
    NotFound(models::SearchFormElementDataByElementIdv1404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::SearchFormElementDataByElementIdv1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for SearchFormElementDataByElementIdv1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    SearchFormElementDataByElementIdv1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    SearchFormElementDataByElementIdv1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    SearchFormElementDataByElementIdv1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    SearchFormElementDataByElementIdv1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    SearchFormElementDataByElementIdv1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    SearchFormElementDataByElementIdv1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => SearchFormElementDataByElementIdv1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        SearchFormElementDataByElementIdv1Error::Other
    }
}

/// The request of [`CustomFormsApi::search_form_element_data_by_element_idv1`](CustomFormsApi::search_form_element_data_by_element_idv1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchFormElementDataByElementIdv1 {
    client: crate::Client,
    options: crate::request::Options,
    form_instance_id: String,
    form_element_id: String,
    limit: Option<i64>,
    filters: Option<String>,
    query: Option<String>,
}

impl SearchFormElementDataByElementIdv1 {
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

    /// Sends the request: `GET /form-instances/v1/{formInstanceID}/data-source/{formElementID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Listformelementdatabyelementidresponse,
            crate::SdkError<SearchFormElementDataByElementIdv1Error>,
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
            crate::Response<models::Listformelementdatabyelementidresponse>,
            crate::SdkError<SearchFormElementDataByElementIdv1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "searchFormElementDataByElementIDV1",
            self.options,
            move |client| {
                let path = [
                    "/form-instances/v1/",
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

/// The error statuses of [`CustomFormsApi::get_form_instance_file_v1`](CustomFormsApi::get_form_instance_file_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum GetFormInstanceFileV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::GetFormInstanceFileV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::GetFormInstanceFileV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::GetFormInstanceFileV1403Response),
    /// 404: An error with the item not found
    NotFound(models::GetFormInstanceFileV1404Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::GetFormInstanceFileV1500Response),
    /// 503: An external service is not available
    ServiceUnavailable(models::GetFormInstanceFileV1503Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for GetFormInstanceFileV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    GetFormInstanceFileV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    GetFormInstanceFileV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    GetFormInstanceFileV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    GetFormInstanceFileV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    GetFormInstanceFileV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    GetFormInstanceFileV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                503 if !empty => {
                    GetFormInstanceFileV1Error::ServiceUnavailable(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => GetFormInstanceFileV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        GetFormInstanceFileV1Error::Other
    }
}

/// The request of [`CustomFormsApi::get_form_instance_file_v1`](CustomFormsApi::get_form_instance_file_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetFormInstanceFileV1 {
    client: crate::Client,
    options: crate::request::Options,
    form_instance_id: String,
    file_id: String,
}

impl GetFormInstanceFileV1 {
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

    /// Sends the request: `GET /form-instances/v1/{formInstanceID}/file/{fileID}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<Vec<u8>, crate::SdkError<GetFormInstanceFileV1Error>>,
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
            crate::SdkError<GetFormInstanceFileV1Error>,
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
            crate::SdkError<GetFormInstanceFileV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getFormInstanceFileV1",
            self.options,
            move |client| {
                let path = [
                    "/form-instances/v1/",
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

/// The error statuses of [`CustomFormsApi::search_pre_defined_select_options_v1`](CustomFormsApi::search_pre_defined_select_options_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum SearchPreDefinedSelectOptionsV1Error {
    /// 400: An error with the request occurred
    BadRequest(models::SearchPreDefinedSelectOptionsV1400Response),
    /// 401: An error with the authorization occurred
    Unauthorized(models::SearchPreDefinedSelectOptionsV1401Response),
    /// 403: An error with the user permissions occurred
    Forbidden(models::SearchPreDefinedSelectOptionsV1403Response),
    /// 429: Too many requests
    TooManyRequests(models::Error),
    /// 500: An internal server error occurred
    InternalServerError(models::SearchPreDefinedSelectOptionsV1500Response),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for SearchPreDefinedSelectOptionsV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    SearchPreDefinedSelectOptionsV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    SearchPreDefinedSelectOptionsV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    SearchPreDefinedSelectOptionsV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    SearchPreDefinedSelectOptionsV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    SearchPreDefinedSelectOptionsV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => SearchPreDefinedSelectOptionsV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        SearchPreDefinedSelectOptionsV1Error::Other
    }
}

/// The request of [`CustomFormsApi::search_pre_defined_select_options_v1`](CustomFormsApi::search_pre_defined_select_options_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SearchPreDefinedSelectOptionsV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl SearchPreDefinedSelectOptionsV1 {
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

    /// Sends the request: `GET /form-definitions/v1/predefined-select-options`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Listpredefinedselectoptionsresponse,
            crate::SdkError<SearchPreDefinedSelectOptionsV1Error>,
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
            crate::Response<models::Listpredefinedselectoptionsresponse>,
            crate::SdkError<SearchPreDefinedSelectOptionsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "searchPreDefinedSelectOptionsV1",
            self.options,
            move |client| {
                let path = "/form-definitions/v1/predefined-select-options";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
