//! Import and export configuration for some objects between tenants.

use crate::models;

/// The SP-Config operations: get them from [`Client::sp_config`](crate::Client::sp_config).
#[derive(Debug, Clone, Copy)]
pub struct SpConfigApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The SP-Config operations.
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
    pub fn export_sp_config(
        &self,
        export_payload: models::ExportPayload,
    ) -> ExportSpConfig<'a> {
        ExportSpConfig {
            client: self.client,
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
    pub fn get_sp_config_export_status(
        &self,
        id: impl Into<String>,
    ) -> GetSpConfigExportStatus<'a> {
        GetSpConfigExportStatus {
            client: self.client,
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
    pub fn get_sp_config_export(&self, id: impl Into<String>) -> GetSpConfigExport<'a> {
        GetSpConfigExport {
            client: self.client,
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
    pub fn import_sp_config(
        &self,
        import_sp_config_request: models::ImportSpConfigRequest,
    ) -> ImportSpConfig<'a> {
        ImportSpConfig {
            client: self.client,
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
    pub fn get_sp_config_import_status(
        &self,
        id: impl Into<String>,
    ) -> GetSpConfigImportStatus<'a> {
        GetSpConfigImportStatus {
            client: self.client,
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
    pub fn get_sp_config_import(&self, id: impl Into<String>) -> GetSpConfigImport<'a> {
        GetSpConfigImport {
            client: self.client,
            id: id.into(),
        }
    }

    /// List config objects
    ///
    /// Get a list of object configurations that the tenant export/import service knows.
    ///
    /// `GET /sp-config/config-objects` (`listSpConfigObjects`)
    pub fn list_sp_config_objects(&self) -> ListSpConfigObjects<'a> {
        ListSpConfigObjects {
            client: self.client,
        }
    }
}

/// The request of [`SpConfigApi::export_sp_config`](SpConfigApi::export_sp_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ExportSpConfig<'a> {
    client: &'a crate::Client,
    export_payload: models::ExportPayload,
}

impl ExportSpConfig<'_> {
    /// Sends the request: `POST /sp-config/export`.
    pub async fn send(self) -> Result<models::SpConfigExportJob, crate::Error> {
        let path = "/sp-config/export";
        let mut request = self.client.request(reqwest::Method::POST, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.export_payload;
            request = crate::request::with_json(
                "exportSpConfig",
                request,
                "application/json",
                &value,
            )?;
        }
        let response = self.client.execute("exportSpConfig", request).await?;
        crate::request::json("exportSpConfig", response).await
    }
}

/// The request of [`SpConfigApi::get_sp_config_export_status`](SpConfigApi::get_sp_config_export_status): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigExportStatus<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetSpConfigExportStatus<'_> {
    /// Sends the request: `GET /sp-config/export/{id}`.
    pub async fn send(self) -> Result<models::SpConfigExportJobStatus, crate::Error> {
        let path = ["/sp-config/export/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getSpConfigExportStatus", request).await?;
        crate::request::json("getSpConfigExportStatus", response).await
    }
}

/// The request of [`SpConfigApi::get_sp_config_export`](SpConfigApi::get_sp_config_export): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigExport<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetSpConfigExport<'_> {
    /// Sends the request: `GET /sp-config/export/{id}/download`.
    pub async fn send(self) -> Result<models::SpConfigExportResults, crate::Error> {
        let path = [
            "/sp-config/export/",
            &crate::request::path_segment(&self.id),
            "/download",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getSpConfigExport", request).await?;
        crate::request::json("getSpConfigExport", response).await
    }
}

/// The request of [`SpConfigApi::import_sp_config`](SpConfigApi::import_sp_config): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ImportSpConfig<'a> {
    client: &'a crate::Client,
    preview: Option<bool>,
    import_sp_config_request: models::ImportSpConfigRequest,
}

impl ImportSpConfig<'_> {
    /// This option is intended to give the user information about how an import operation would proceed, without
    /// having any effect on the target tenant.
    /// If this parameter is "true", no objects will be imported. Instead, the import process will pre-process the import file and
    /// attempt to resolve references within imported objects. The import result file will contain messages
    /// pertaining to how specific references were resolved, any errors associated with the preprocessing,
    /// and messages indicating which objects would be imported.
    ///
    /// The server's default: `false`.
    pub fn preview(mut self, preview: bool) -> Self {
        self.preview = Some(preview);
        self
    }

    /// Sends the request: `POST /sp-config/import`.
    pub async fn send(self) -> Result<models::SpConfigJob, crate::Error> {
        let path = "/sp-config/import";
        let mut request = self.client.request(reqwest::Method::POST, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.preview {
            query.push(("preview", value.to_string()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        {
            let value = self.import_sp_config_request;
            request = request
                .multipart({
                    let mut form = reqwest::multipart::Form::new();
                    {
                        let part = value.data;
                        form = form
                            .part(
                                "data",
                                reqwest::multipart::Part::bytes(part).file_name("data"),
                            );
                    }
                    if let Some(part) = value.options {
                        form = form
                            .text(
                                "options",
                                serde_json::to_string(&part).unwrap_or_default(),
                            );
                    }
                    form
                });
        }
        let response = self.client.execute("importSpConfig", request).await?;
        crate::request::json("importSpConfig", response).await
    }
}

/// The request of [`SpConfigApi::get_sp_config_import_status`](SpConfigApi::get_sp_config_import_status): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigImportStatus<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetSpConfigImportStatus<'_> {
    /// Sends the request: `GET /sp-config/import/{id}`.
    pub async fn send(self) -> Result<models::SpConfigImportJobStatus, crate::Error> {
        let path = ["/sp-config/import/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getSpConfigImportStatus", request).await?;
        crate::request::json("getSpConfigImportStatus", response).await
    }
}

/// The request of [`SpConfigApi::get_sp_config_import`](SpConfigApi::get_sp_config_import): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSpConfigImport<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetSpConfigImport<'_> {
    /// Sends the request: `GET /sp-config/import/{id}/download`.
    pub async fn send(self) -> Result<models::SpConfigImportResults, crate::Error> {
        let path = [
            "/sp-config/import/",
            &crate::request::path_segment(&self.id),
            "/download",
        ]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getSpConfigImport", request).await?;
        crate::request::json("getSpConfigImport", response).await
    }
}

/// The request of [`SpConfigApi::list_sp_config_objects`](SpConfigApi::list_sp_config_objects): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSpConfigObjects<'a> {
    client: &'a crate::Client,
}

impl ListSpConfigObjects<'_> {
    /// Sends the request: `GET /sp-config/config-objects`.
    pub async fn send(self) -> Result<Vec<models::SpConfigObject>, crate::Error> {
        let path = "/sp-config/config-objects";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("listSpConfigObjects", request).await?;
        crate::request::json("listSpConfigObjects", response).await
    }
}
