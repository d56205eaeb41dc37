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
    #[inline]
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
    #[inline]
    pub fn get_manual_discover_applications_csv_template(
        &self,
    ) -> GetManualDiscoverApplicationsCsvTemplate {
        GetManualDiscoverApplicationsCsvTemplate {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Upload csv to discover applications
    ///
    /// Upload a CSV file with application data for manual correlation to specific ISC connectors.
    /// If a suitable ISC connector is unavailable, the system will recommend generic connectors instead.
    ///
    /// `POST /manual-discover-applications` (`sendManualDiscoverApplicationsCsvTemplate`)
    #[inline]
    pub fn send_manual_discover_applications_csv_template(
        &self,
    ) -> SendManualDiscoverApplicationsCsvTemplate {
        SendManualDiscoverApplicationsCsvTemplate {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            manual_discover_applications: None,
        }
    }

    /// Retrieve discovered applications for tenant
    ///
    /// Get a list of applications that have been identified within the environment. This includes details such as application names, discovery dates, potential correlated saas_vendors and related suggested connectors.
    ///
    /// `GET /discovered-applications` (`getDiscoveredApplications`)
    #[inline]
    pub fn get_discovered_applications(&self) -> GetDiscoveredApplications {
        GetDiscoveredApplications {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            detail: None,
            filter: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Get discovered application by id
    ///
    /// Get the discovered application, along with with its associated sources, based on the provided ID.
    ///
    /// `GET /discovered-applications/{id}` (`getDiscoveredApplicationByID`)
    #[inline]
    pub fn get_discovered_application_by_id(
        &self,
        id: impl Into<String>,
    ) -> GetDiscoveredApplicationById {
        GetDiscoveredApplicationById {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Patch discovered application by id
    ///
    /// Update an existing discovered application by using a limited version of the [JSON Patch](https://tools.ietf.org/html/rfc6902) syntax.
    /// You can patch these fields: - **associatedSources** - **dismissed**
    ///
    /// `PATCH /discovered-applications/{id}` (`patchDiscoveredApplicationByID`)
    #[inline]
    pub fn patch_discovered_application_by_id(
        &self,
        id: impl Into<String>,
    ) -> PatchDiscoveredApplicationById {
        PatchDiscoveredApplicationById {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            json_patch_operations: None,
        }
    }
}

/// The error statuses of [`ApplicationDiscoveryApi::get_manual_discover_applications_csv_template`](ApplicationDiscoveryApi::get_manual_discover_applications_csv_template), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetManualDiscoverApplicationsCsvTemplateError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ApplicationDiscoveryApi::get_manual_discover_applications_csv_template`](ApplicationDiscoveryApi::get_manual_discover_applications_csv_template): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetManualDiscoverApplicationsCsvTemplate {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetManualDiscoverApplicationsCsvTemplate {
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

    /// Sends the request: `GET /manual-discover-applications-template`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<u8>,
            crate::SdkError<GetManualDiscoverApplicationsCsvTemplateError>,
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
            crate::Response<Vec<u8>>,
            crate::SdkError<GetManualDiscoverApplicationsCsvTemplateError>,
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
            crate::SdkError<GetManualDiscoverApplicationsCsvTemplateError>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getManualDiscoverApplicationsCsvTemplate",
            self.options,
            move |client| {
                let path = "/manual-discover-applications-template";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "text/csv");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ApplicationDiscoveryApi::send_manual_discover_applications_csv_template`](ApplicationDiscoveryApi::send_manual_discover_applications_csv_template), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SendManualDiscoverApplicationsCsvTemplateError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ApplicationDiscoveryApi::send_manual_discover_applications_csv_template`](ApplicationDiscoveryApi::send_manual_discover_applications_csv_template): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendManualDiscoverApplicationsCsvTemplate {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    manual_discover_applications: Option<models::ManualDiscoverApplications>,
}

impl SendManualDiscoverApplicationsCsvTemplate {
    /// The request body.
    #[inline]
    pub fn manual_discover_applications(
        mut self,
        manual_discover_applications: models::ManualDiscoverApplications,
    ) -> Self {
        self.manual_discover_applications = Some(manual_discover_applications);
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

    /// Sends the request: `POST /manual-discover-applications`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            (),
            crate::SdkError<SendManualDiscoverApplicationsCsvTemplateError>,
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
            crate::Response<()>,
            crate::SdkError<SendManualDiscoverApplicationsCsvTemplateError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "sendManualDiscoverApplicationsCsvTemplate",
            self.options,
            move |client| {
                let path = "/manual-discover-applications";
                let mut request = client.request(reqwest::Method::POST, path);
                if let Some(value) = &self.manual_discover_applications {
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

/// The error statuses of [`ApplicationDiscoveryApi::get_discovered_applications`](ApplicationDiscoveryApi::get_discovered_applications), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetDiscoveredApplicationsError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ApplicationDiscoveryApi::get_discovered_applications`](ApplicationDiscoveryApi::get_discovered_applications): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDiscoveredApplications {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    detail: Option<models::GetDiscoveredApplicationsDetail>,
    filter: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetDiscoveredApplications {
    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Determines whether slim, or increased level of detail is provided for each discovered application in the returned list. SLIM is the default behavior.
    #[inline]
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
    #[inline]
    pub fn filter(mut self, filter: impl Into<String>) -> Self {
        self.filter = Some(filter.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, description, discoveredAt, discoverySource**
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

    /// Sends the request: `GET /discovered-applications`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::GetDiscoveredApplications200ResponseInner>,
            crate::SdkError<GetDiscoveredApplicationsError>,
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
            crate::Page<models::GetDiscoveredApplications200ResponseInner>,
            crate::SdkError<GetDiscoveredApplicationsError>,
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
            models::GetDiscoveredApplications200ResponseInner,
            crate::SdkError<GetDiscoveredApplicationsError>,
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
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
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
            crate::Response<Vec<models::GetDiscoveredApplications200ResponseInner>>,
            crate::SdkError<GetDiscoveredApplicationsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getDiscoveredApplications",
            self.options,
            move |client| {
                let path = "/discovered-applications";
                let mut request = client.request(reqwest::Method::GET, path);
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
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ApplicationDiscoveryApi::get_discovered_application_by_id`](ApplicationDiscoveryApi::get_discovered_application_by_id), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetDiscoveredApplicationByIdError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ApplicationDiscoveryApi::get_discovered_application_by_id`](ApplicationDiscoveryApi::get_discovered_application_by_id): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDiscoveredApplicationById {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetDiscoveredApplicationById {
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

    /// Sends the request: `GET /discovered-applications/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Value,
            crate::SdkError<GetDiscoveredApplicationByIdError>,
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
            crate::Response<serde_json::Value>,
            crate::SdkError<GetDiscoveredApplicationByIdError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getDiscoveredApplicationByID",
            self.options,
            move |client| {
                let path = [
                    "/discovered-applications/",
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

/// The error statuses of [`ApplicationDiscoveryApi::patch_discovered_application_by_id`](ApplicationDiscoveryApi::patch_discovered_application_by_id), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PatchDiscoveredApplicationByIdError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ApplicationDiscoveryApi::patch_discovered_application_by_id`](ApplicationDiscoveryApi::patch_discovered_application_by_id): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchDiscoveredApplicationById {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    json_patch_operations: Option<Vec<models::JsonPatchOperations>>,
}

impl PatchDiscoveredApplicationById {
    /// The request body.
    #[inline]
    pub fn json_patch_operations(
        mut self,
        json_patch_operations: Vec<models::JsonPatchOperations>,
    ) -> Self {
        self.json_patch_operations = Some(json_patch_operations);
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

    /// Sends the request: `PATCH /discovered-applications/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Value,
            crate::SdkError<PatchDiscoveredApplicationByIdError>,
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
            crate::Response<serde_json::Value>,
            crate::SdkError<PatchDiscoveredApplicationByIdError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchDiscoveredApplicationByID",
            self.options,
            move |client| {
                let path = [
                    "/discovered-applications/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.json_patch_operations {
                    request = crate::request::with_json(
                        "patchDiscoveredApplicationByID",
                        request,
                        "application/json-patch+json",
                        &value,
                    )?;
                }
                Ok(request)
            },
        )
    }
}
