//! Use this API to implement application discovery functionality.
//! With this functionality in place, you can discover applications within your Okta connector and receive connector recommendations by manually uploading application names.

use crate::models;

/// The Application Discovery operations: get them from [`Client::application_discovery`](crate::Client::application_discovery).
#[derive(Debug, Clone, Copy)]
pub struct ApplicationDiscoveryApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Application Discovery operations.
    pub fn application_discovery(&self) -> ApplicationDiscoveryApi<'_> {
        ApplicationDiscoveryApi {
            client: self,
        }
    }
}

impl<'a> ApplicationDiscoveryApi<'a> {
    /// Download csv template for discovery
    ///
    /// Download an example CSV file with two columns `application_name` and `description`.  The CSV file contains a single row with the values 'Example Application' and 'Example Description'.
    ///
    /// The downloaded template is specifically designed for use with the `/manual-discover-applications` endpoint.
    ///
    /// `GET /manual-discover-applications-template` (`getManualDiscoverApplicationsCsvTemplate`)
    pub fn get_manual_discover_applications_csv_template(
        &self,
    ) -> GetManualDiscoverApplicationsCsvTemplate<'a> {
        GetManualDiscoverApplicationsCsvTemplate {
            client: self.client,
        }
    }

    /// Upload csv to discover applications
    ///
    /// Upload a CSV file with application data for manual correlation to specific ISC connectors.
    /// If a suitable ISC connector is unavailable, the system will recommend generic connectors instead.
    ///
    /// `POST /manual-discover-applications` (`sendManualDiscoverApplicationsCsvTemplate`)
    pub fn send_manual_discover_applications_csv_template(
        &self,
    ) -> SendManualDiscoverApplicationsCsvTemplate<'a> {
        SendManualDiscoverApplicationsCsvTemplate {
            client: self.client,
            manual_discover_applications: None,
        }
    }

    /// Retrieve discovered applications for tenant
    ///
    /// Get a list of applications that have been identified within the environment. This includes details such as application names, discovery dates, potential correlated saas_vendors and related suggested connectors.
    ///
    /// `GET /discovered-applications` (`getDiscoveredApplications`)
    pub fn get_discovered_applications(&self) -> GetDiscoveredApplications<'a> {
        GetDiscoveredApplications {
            client: self.client,
            limit: None,
            offset: None,
            detail: None,
            filter: None,
            sorters: None,
        }
    }

    /// Get discovered application by id
    ///
    /// Get the discovered application, along with with its associated sources, based on the provided ID.
    ///
    /// `GET /discovered-applications/{id}` (`getDiscoveredApplicationByID`)
    pub fn get_discovered_application_by_id(
        &self,
        id: impl Into<String>,
    ) -> GetDiscoveredApplicationById<'a> {
        GetDiscoveredApplicationById {
            client: self.client,
            id: id.into(),
        }
    }

    /// Patch discovered application by id
    ///
    /// Update an existing discovered application by using a limited version of the [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    /// You can patch these fields: - **associatedSources** - **dismissed**
    ///
    /// `PATCH /discovered-applications/{id}` (`patchDiscoveredApplicationByID`)
    pub fn patch_discovered_application_by_id(
        &self,
        id: impl Into<String>,
    ) -> PatchDiscoveredApplicationById<'a> {
        PatchDiscoveredApplicationById {
            client: self.client,
            id: id.into(),
            json_patch_operations: None,
        }
    }
}

/// The request of [`ApplicationDiscoveryApi::get_manual_discover_applications_csv_template`](ApplicationDiscoveryApi::get_manual_discover_applications_csv_template): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetManualDiscoverApplicationsCsvTemplate<'a> {
    client: &'a crate::Client,
}

impl GetManualDiscoverApplicationsCsvTemplate<'_> {
    /// Sends the request: `GET /manual-discover-applications-template`.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        let path = "/manual-discover-applications-template";
        let mut request = self.client.request(reqwest::Method::GET, path);
        request = request.header(reqwest::header::ACCEPT, "text/csv");
        let response = self
            .client
            .execute("getManualDiscoverApplicationsCsvTemplate", request)
            .await?;
        crate::request::bytes("getManualDiscoverApplicationsCsvTemplate", response).await
    }
}

/// The request of [`ApplicationDiscoveryApi::send_manual_discover_applications_csv_template`](ApplicationDiscoveryApi::send_manual_discover_applications_csv_template): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendManualDiscoverApplicationsCsvTemplate<'a> {
    client: &'a crate::Client,
    manual_discover_applications: Option<models::ManualDiscoverApplications>,
}

impl SendManualDiscoverApplicationsCsvTemplate<'_> {
    /// The request body.
    pub fn manual_discover_applications(
        mut self,
        manual_discover_applications: models::ManualDiscoverApplications,
    ) -> Self {
        self.manual_discover_applications = Some(manual_discover_applications);
        self
    }

    /// Sends the request: `POST /manual-discover-applications`.
    pub async fn send(self) -> Result<(), crate::Error> {
        let path = "/manual-discover-applications";
        let mut request = self.client.request(reqwest::Method::POST, path);
        if let Some(value) = self.manual_discover_applications {
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
            .execute("sendManualDiscoverApplicationsCsvTemplate", request)
            .await?;
        crate::request::empty("sendManualDiscoverApplicationsCsvTemplate", response)
            .await
    }
}

/// The request of [`ApplicationDiscoveryApi::get_discovered_applications`](ApplicationDiscoveryApi::get_discovered_applications): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDiscoveredApplications<'a> {
    client: &'a crate::Client,
    limit: Option<i32>,
    offset: Option<i32>,
    detail: Option<models::GetDiscoveredApplicationsDetail>,
    filter: Option<String>,
    sorters: Option<String>,
}

impl GetDiscoveredApplications<'_> {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Determines whether slim, or increased level of detail is provided for each discovered application in the returned list. SLIM is the default behavior.
    pub fn detail(mut self, detail: models::GetDiscoveredApplicationsDetail) -> Self {
        self.detail = Some(detail);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *eq, sw, co*
    ///
    /// **description**: *eq, sw, co*
    ///
    /// **createdAtStart**: *eq, le, ge*
    ///
    /// **createdAtEnd**: *eq, le, ge*
    ///
    /// **discoveredAtStart**: *eq, le, ge*
    ///
    /// **discoveredAtEnd**: *eq, le, ge*
    ///
    /// **discoverySource**: *eq, in*
    pub fn filter(mut self, filter: impl Into<String>) -> Self {
        self.filter = Some(filter.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, description, discoveredAt, discoverySource**
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Sends the request: `GET /discovered-applications`.
    pub async fn send(
        self,
    ) -> Result<Vec<models::GetDiscoveredApplications200ResponseInner>, crate::Error> {
        let path = "/discovered-applications";
        let mut request = self.client.request(reqwest::Method::GET, path);
        let mut query: Vec<(&str, String)> = Vec::new();
        if let Some(value) = &self.limit {
            query.push(("limit", value.to_string()));
        }
        if let Some(value) = &self.offset {
            query.push(("offset", value.to_string()));
        }
        if let Some(value) = &self.detail {
            query.push(("detail", value.as_str().to_owned()));
        }
        if let Some(value) = &self.filter {
            query.push(("filter", value.clone()));
        }
        if let Some(value) = &self.sorters {
            query.push(("sorters", value.clone()));
        }
        request = request.query(&query);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self.client.execute("getDiscoveredApplications", request).await?;
        crate::request::json("getDiscoveredApplications", response).await
    }
}

/// The request of [`ApplicationDiscoveryApi::get_discovered_application_by_id`](ApplicationDiscoveryApi::get_discovered_application_by_id): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDiscoveredApplicationById<'a> {
    client: &'a crate::Client,
    id: String,
}

impl GetDiscoveredApplicationById<'_> {
    /// Sends the request: `GET /discovered-applications/{id}`.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        let path = ["/discovered-applications/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::GET, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        let response = self
            .client
            .execute("getDiscoveredApplicationByID", request)
            .await?;
        crate::request::json("getDiscoveredApplicationByID", response).await
    }
}

/// The request of [`ApplicationDiscoveryApi::patch_discovered_application_by_id`](ApplicationDiscoveryApi::patch_discovered_application_by_id): set optional parameters, then [`send`](Self::send) it.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchDiscoveredApplicationById<'a> {
    client: &'a crate::Client,
    id: String,
    json_patch_operations: Option<Vec<models::JsonPatchOperations>>,
}

impl PatchDiscoveredApplicationById<'_> {
    /// The request body.
    pub fn json_patch_operations(
        mut self,
        json_patch_operations: Vec<models::JsonPatchOperations>,
    ) -> Self {
        self.json_patch_operations = Some(json_patch_operations);
        self
    }

    /// Sends the request: `PATCH /discovered-applications/{id}`.
    pub async fn send(self) -> Result<Vec<u8>, crate::Error> {
        let path = ["/discovered-applications/", &crate::request::path_segment(&self.id)]
            .concat();
        let mut request = self.client.request(reqwest::Method::PATCH, &path);
        request = request.header(reqwest::header::ACCEPT, "application/json");
        if let Some(value) = self.json_patch_operations {
            request = crate::request::with_json(
                "patchDiscoveredApplicationByID",
                request,
                "application/json-patch+json",
                &value,
            )?;
        }
        let response = self
            .client
            .execute("patchDiscoveredApplicationByID", request)
            .await?;
        crate::request::json("patchDiscoveredApplicationByID", response).await
    }
}
