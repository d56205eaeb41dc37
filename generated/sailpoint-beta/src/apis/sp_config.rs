//! Import and export configuration for some objects between tenants.

use crate::models;

/// The SP-Config operations: get them from [`Client::sp_config`](crate::Client::sp_config).
#[derive(Debug, Clone, Copy)]
pub struct SpConfigApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The SP-Config operations.
    #[inline]
    pub fn sp_config(&self) -> SpConfigApi<'_> {
        SpConfigApi { client: self }
    }
}

impl<'a> SpConfigApi<'a> {
    /// Initiates configuration objects export job
    ///
    /// This post will export objects from the tenant to a JSON configuration file.
    /// For more information about the object types that currently support export functionality, refer to [SaaS Configuration](https://developer.sailpoint.com/docs/extensibility/configuration-management/saas-configuration#supported-objects).
    ///
    /// `POST /sp-config/export` (`exportSpConfig`)
    #[inline]
    pub fn export_sp_config(
        &self,
        export_payload: models::ExportPayload,
    ) -> ExportSpConfig {
        ExportSpConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            export_payload,
        }
    }

    /// Get export job status
    ///
    /// This gets the status of the export job identified by the `id` parameter.
    /// The request will need one of the following security scopes:
    /// - sp:config:read - sp:config:manage
    ///
    /// `GET /sp-config/export/{id}` (`getSpConfigExportStatus`)
    #[inline]
    pub fn get_sp_config_export_status(
        &self,
        id: impl Into<String>,
    ) -> GetSpConfigExportStatus {
        GetSpConfigExportStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Download export job result.
    ///
    /// This endpoint gets the export file resulting from the export job with the requested `id` and downloads it to a file.
    /// The request will need one of the following security scopes:
    /// - sp:config:read - sp:config:manage
    ///
    /// `GET /sp-config/export/{id}/download` (`getSpConfigExport`)
    #[inline]
    pub fn get_sp_config_export(&self, id: impl Into<String>) -> GetSpConfigExport {
        GetSpConfigExport {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Initiates configuration objects import job
    ///
    /// This post will import objects from a JSON configuration file into a tenant.
    /// By default, every import will first export all existing objects supported by sp-config as a backup before the import is attempted.
    /// The backup is provided so that the state of the configuration prior to the import is available for inspection or restore if needed.
    /// The backup can be skipped by setting "excludeBackup" to true in the import options.
    /// If a backup is performed, the id of the backup will be provided in the ImportResult as the "exportJobId". This can be downloaded
    /// using the `/sp-config/export/{exportJobId}/download` endpoint.
    ///
    /// You cannot currently import from the Non-Employee Lifecycle Management (NELM) source. You cannot use this endpoint to back up or store NELM data.
    ///
    /// For more information about the object types that currently support import functionality, refer to [SaaS Configuration](https://developer.sailpoint.com/docs/extensibility/configuration-management/saas-configuration#supported-objects).
    ///
    /// `POST /sp-config/import` (`importSpConfig`)
    #[inline]
    pub fn import_sp_config(
        &self,
        import_sp_config_request: models::ImportSpConfigRequest,
    ) -> ImportSpConfig {
        ImportSpConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            preview: None,
            import_sp_config_request,
        }
    }

    /// Get import job status
    ///
    /// This gets the status of the import job identified by the `id` parameter.
    /// For more information about the object types that currently support import functionality, refer to [SaaS Configuration](https://developer.sailpoint.com/docs/extensibility/configuration-management/saas-configuration#supported-objects).
    ///
    /// `GET /sp-config/import/{id}` (`getSpConfigImportStatus`)
    #[inline]
    pub fn get_sp_config_import_status(
        &self,
        id: impl Into<String>,
    ) -> GetSpConfigImportStatus {
        GetSpConfigImportStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Download import job result
    ///
    /// This gets import file resulting from the import job with the requested id and downloads it to a file. The downloaded file will contain the results of the import operation, including any error, warning or informational messages associated with the import.
    /// The request will need the following security scope:
    /// - sp:config:manage
    ///
    /// `GET /sp-config/import/{id}/download` (`getSpConfigImport`)
    #[inline]
    pub fn get_sp_config_import(&self, id: impl Into<String>) -> GetSpConfigImport {
        GetSpConfigImport {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// List config objects
    ///
    /// Get a list of object configurations that the tenant export/import service knows.
    ///
    /// `GET /sp-config/config-objects` (`listSpConfigObjects`)
    #[inline]
    pub fn list_sp_config_objects(&self) -> ListSpConfigObjects {
        ListSpConfigObjects {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }
}

/// The error statuses of [`SpConfigApi::export_sp_config`](SpConfigApi::export_sp_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ExportSpConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::export_sp_config`](SpConfigApi::export_sp_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportSpConfig {
    client: crate::Client,
    options: crate::request::Options,
    export_payload: models::ExportPayload,
}

impl ExportSpConfig {
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

    /// Sends the request: `POST /sp-config/export`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SpConfigExportJob, crate::SdkError<ExportSpConfigError>>,
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
            crate::Response<models::SpConfigExportJob>,
            crate::SdkError<ExportSpConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportSpConfig",
            self.options,
            move |client| {
                let path = "/sp-config/export";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.export_payload;
                    request = crate::request::with_json(
                        "exportSpConfig",
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

/// The error statuses of [`SpConfigApi::get_sp_config_export_status`](SpConfigApi::get_sp_config_export_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSpConfigExportStatusError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::get_sp_config_export_status`](SpConfigApi::get_sp_config_export_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigExportStatus {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSpConfigExportStatus {
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

    /// Sends the request: `GET /sp-config/export/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SpConfigExportJobStatus,
            crate::SdkError<GetSpConfigExportStatusError>,
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
            crate::Response<models::SpConfigExportJobStatus>,
            crate::SdkError<GetSpConfigExportStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSpConfigExportStatus",
            self.options,
            move |client| {
                let path = [
                    "/sp-config/export/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SpConfigApi::get_sp_config_export`](SpConfigApi::get_sp_config_export), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSpConfigExportError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::get_sp_config_export`](SpConfigApi::get_sp_config_export): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigExport {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSpConfigExport {
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

    /// Sends the request: `GET /sp-config/export/{id}/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SpConfigExportResults,
            crate::SdkError<GetSpConfigExportError>,
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
            crate::Response<models::SpConfigExportResults>,
            crate::SdkError<GetSpConfigExportError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSpConfigExport",
            self.options,
            move |client| {
                let path = [
                    "/sp-config/export/",
                    &crate::request::path_segment(&self.id),
                    "/download",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SpConfigApi::import_sp_config`](SpConfigApi::import_sp_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ImportSpConfigError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::import_sp_config`](SpConfigApi::import_sp_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportSpConfig {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    preview: Option<bool>,
    import_sp_config_request: models::ImportSpConfigRequest,
}

impl ImportSpConfig {
    /// This option is intended to give the user information about how an import operation would proceed, without
    /// having any effect on the target tenant.
    /// If this parameter is "true", no objects will be imported. Instead, the import process will pre-process the import file and
    /// attempt to resolve references within imported objects. The import result file will contain messages
    /// pertaining to how specific references were resolved, any errors associated with the preprocessing,
    /// and messages indicating which objects would be imported.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn preview(mut self, preview: bool) -> Self {
        self.preview = Some(preview);
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

    /// Sends the request: `POST /sp-config/import`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::SpConfigJob, crate::SdkError<ImportSpConfigError>>,
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
            crate::Response<models::SpConfigJob>,
            crate::SdkError<ImportSpConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importSpConfig",
            self.options,
            move |client| {
                let path = "/sp-config/import";
                let mut request = client.request(reqwest::Method::POST, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.preview {
                    query.push(("preview", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.import_sp_config_request;
                    request = request
                        .multipart({
                            let mut form = reqwest::multipart::Form::new();
                            {
                                let part = &value.data;
                                form = form
                                    .part(
                                        "data",
                                        crate::request::file_part(
                                            part.clone(),
                                            "data",
                                            &self.upload,
                                        )?,
                                    );
                            }
                            if let Some(part) = &value.options {
                                form = form
                                    .part(
                                        "options",
                                        crate::request::json_part(
                                            serde_json::to_string(part).unwrap_or_default(),
                                        ),
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

/// The error statuses of [`SpConfigApi::get_sp_config_import_status`](SpConfigApi::get_sp_config_import_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSpConfigImportStatusError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::get_sp_config_import_status`](SpConfigApi::get_sp_config_import_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigImportStatus {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSpConfigImportStatus {
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

    /// Sends the request: `GET /sp-config/import/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SpConfigImportJobStatus,
            crate::SdkError<GetSpConfigImportStatusError>,
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
            crate::Response<models::SpConfigImportJobStatus>,
            crate::SdkError<GetSpConfigImportStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSpConfigImportStatus",
            self.options,
            move |client| {
                let path = [
                    "/sp-config/import/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SpConfigApi::get_sp_config_import`](SpConfigApi::get_sp_config_import), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSpConfigImportError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::get_sp_config_import`](SpConfigApi::get_sp_config_import): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigImport {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSpConfigImport {
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

    /// Sends the request: `GET /sp-config/import/{id}/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SpConfigImportResults,
            crate::SdkError<GetSpConfigImportError>,
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
            crate::Response<models::SpConfigImportResults>,
            crate::SdkError<GetSpConfigImportError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSpConfigImport",
            self.options,
            move |client| {
                let path = [
                    "/sp-config/import/",
                    &crate::request::path_segment(&self.id),
                    "/download",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SpConfigApi::list_sp_config_objects`](SpConfigApi::list_sp_config_objects), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListSpConfigObjectsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::list_sp_config_objects`](SpConfigApi::list_sp_config_objects): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSpConfigObjects {
    client: crate::Client,
    options: crate::request::Options,
}

impl ListSpConfigObjects {
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

    /// Sends the request: `GET /sp-config/config-objects`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::SpConfigObject>,
            crate::SdkError<ListSpConfigObjectsError>,
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
            crate::Response<Vec<models::SpConfigObject>>,
            crate::SdkError<ListSpConfigObjectsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listSpConfigObjects",
            self.options,
            move |client| {
                let path = "/sp-config/config-objects";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
