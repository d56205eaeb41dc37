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
    /// `POST /sp-config/v1/export` (`exportSpConfigV1`)
    #[inline]
    pub fn export_sp_config_v1(
        &self,
        exportpayload: models::Exportpayload,
    ) -> ExportSpConfigV1 {
        ExportSpConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            exportpayload,
        }
    }

    /// Get export job status
    ///
    /// This gets the status of the export job identified by the `id` parameter.
    /// The request will need one of the following security scopes:
    /// - sp:config:read - sp:config:manage
    ///
    /// `GET /sp-config/v1/export/{id}` (`getSpConfigExportStatusV1`)
    #[inline]
    pub fn get_sp_config_export_status_v1(
        &self,
        id: impl Into<String>,
    ) -> GetSpConfigExportStatusV1 {
        GetSpConfigExportStatusV1 {
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
    /// `GET /sp-config/v1/export/{id}/download` (`getSpConfigExportV1`)
    #[inline]
    pub fn get_sp_config_export_v1(&self, id: impl Into<String>) -> GetSpConfigExportV1 {
        GetSpConfigExportV1 {
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
    /// `POST /sp-config/v1/import` (`importSpConfigV1`)
    #[inline]
    pub fn import_sp_config_v1(
        &self,
        import_sp_config_v1_request: models::ImportSpConfigV1Request,
    ) -> ImportSpConfigV1 {
        ImportSpConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            preview: None,
            import_sp_config_v1_request,
        }
    }

    /// Get import job status
    ///
    /// 'This gets the status of the import job identified by the `id` parameter.
    ///
    ///  For more information about the object types that currently support import functionality,
    ///  refer to [SaaS Configuration](https://developer.sailpoint.com/docs/extensibility/configuration-management/saas-configuration#supported-objects).'
    ///
    /// `GET /sp-config/v1/import/{id}` (`getSpConfigImportStatusV1`)
    #[inline]
    pub fn get_sp_config_import_status_v1(
        &self,
        id: impl Into<String>,
    ) -> GetSpConfigImportStatusV1 {
        GetSpConfigImportStatusV1 {
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
    /// `GET /sp-config/v1/import/{id}/download` (`getSpConfigImportV1`)
    #[inline]
    pub fn get_sp_config_import_v1(&self, id: impl Into<String>) -> GetSpConfigImportV1 {
        GetSpConfigImportV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// List config objects
    ///
    /// Get a list of object configurations that the tenant export/import service knows.
    ///
    /// `GET /sp-config/v1/config-objects` (`listSpConfigObjectsV1`)
    #[inline]
    pub fn list_sp_config_objects_v1(&self) -> ListSpConfigObjectsV1 {
        ListSpConfigObjectsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }
}

/// The error statuses of [`SpConfigApi::export_sp_config_v1`](SpConfigApi::export_sp_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ExportSpConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::export_sp_config_v1`](SpConfigApi::export_sp_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportSpConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    exportpayload: models::Exportpayload,
}

impl ExportSpConfigV1 {
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

    /// Sends the request: `POST /sp-config/v1/export`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Spconfigexportjob,
            crate::SdkError<ExportSpConfigV1Error>,
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
            crate::Response<models::Spconfigexportjob>,
            crate::SdkError<ExportSpConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "exportSpConfigV1",
            self.options,
            move |client| {
                let path = "/sp-config/v1/export";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.exportpayload;
                    request = crate::request::with_json(
                        "exportSpConfigV1",
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

/// The error statuses of [`SpConfigApi::get_sp_config_export_status_v1`](SpConfigApi::get_sp_config_export_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSpConfigExportStatusV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::get_sp_config_export_status_v1`](SpConfigApi::get_sp_config_export_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigExportStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSpConfigExportStatusV1 {
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

    /// Sends the request: `GET /sp-config/v1/export/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Spconfigexportjobstatus,
            crate::SdkError<GetSpConfigExportStatusV1Error>,
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
            crate::Response<models::Spconfigexportjobstatus>,
            crate::SdkError<GetSpConfigExportStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSpConfigExportStatusV1",
            self.options,
            move |client| {
                let path = [
                    "/sp-config/v1/export/",
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

/// The error statuses of [`SpConfigApi::get_sp_config_export_v1`](SpConfigApi::get_sp_config_export_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSpConfigExportV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::get_sp_config_export_v1`](SpConfigApi::get_sp_config_export_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigExportV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSpConfigExportV1 {
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

    /// Sends the request: `GET /sp-config/v1/export/{id}/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Spconfigexportresults,
            crate::SdkError<GetSpConfigExportV1Error>,
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
            crate::Response<models::Spconfigexportresults>,
            crate::SdkError<GetSpConfigExportV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSpConfigExportV1",
            self.options,
            move |client| {
                let path = [
                    "/sp-config/v1/export/",
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

/// The error statuses of [`SpConfigApi::import_sp_config_v1`](SpConfigApi::import_sp_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ImportSpConfigV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::import_sp_config_v1`](SpConfigApi::import_sp_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportSpConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    preview: Option<bool>,
    import_sp_config_v1_request: models::ImportSpConfigV1Request,
}

impl ImportSpConfigV1 {
    /// This option is intended to give the user information about how an
    /// import operation would proceed, without having any effect on the target tenant.
    /// If this parameter is "true", no objects will be imported. Instead, the import
    /// process will pre-process the import file and attempt to resolve references within
    /// imported objects. The import result file will contain messages pertaining to
    /// how specific references were resolved, any errors associated with the preprocessing,
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

    /// Sends the request: `POST /sp-config/v1/import`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Spconfigjob, crate::SdkError<ImportSpConfigV1Error>>,
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
            crate::Response<models::Spconfigjob>,
            crate::SdkError<ImportSpConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "importSpConfigV1",
            self.options,
            move |client| {
                let path = "/sp-config/v1/import";
                let mut request = client.request(reqwest::Method::POST, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.preview {
                    query.push(("preview", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.import_sp_config_v1_request;
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

/// The error statuses of [`SpConfigApi::get_sp_config_import_status_v1`](SpConfigApi::get_sp_config_import_status_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSpConfigImportStatusV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::get_sp_config_import_status_v1`](SpConfigApi::get_sp_config_import_status_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigImportStatusV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSpConfigImportStatusV1 {
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

    /// Sends the request: `GET /sp-config/v1/import/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Spconfigimportjobstatus,
            crate::SdkError<GetSpConfigImportStatusV1Error>,
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
            crate::Response<models::Spconfigimportjobstatus>,
            crate::SdkError<GetSpConfigImportStatusV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSpConfigImportStatusV1",
            self.options,
            move |client| {
                let path = [
                    "/sp-config/v1/import/",
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

/// The error statuses of [`SpConfigApi::get_sp_config_import_v1`](SpConfigApi::get_sp_config_import_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSpConfigImportV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::get_sp_config_import_v1`](SpConfigApi::get_sp_config_import_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigImportV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetSpConfigImportV1 {
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

    /// Sends the request: `GET /sp-config/v1/import/{id}/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Spconfigimportresults,
            crate::SdkError<GetSpConfigImportV1Error>,
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
            crate::Response<models::Spconfigimportresults>,
            crate::SdkError<GetSpConfigImportV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSpConfigImportV1",
            self.options,
            move |client| {
                let path = [
                    "/sp-config/v1/import/",
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

/// The error statuses of [`SpConfigApi::list_sp_config_objects_v1`](SpConfigApi::list_sp_config_objects_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type ListSpConfigObjectsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`SpConfigApi::list_sp_config_objects_v1`](SpConfigApi::list_sp_config_objects_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSpConfigObjectsV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl ListSpConfigObjectsV1 {
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

    /// Sends the request: `GET /sp-config/v1/config-objects`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Spconfigobject>,
            crate::SdkError<ListSpConfigObjectsV1Error>,
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
            crate::Response<Vec<models::Spconfigobject>>,
            crate::SdkError<ListSpConfigObjectsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listSpConfigObjectsV1",
            self.options,
            move |client| {
                let path = "/sp-config/v1/config-objects";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
