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
    /// Start Application Discovery
    ///
    /// Use this API to discover applications.
    ///
    /// `POST /sources/v1/{sourceId}/discover-applications` (`startApplicationDiscoveryV1`)
    #[inline]
    pub fn start_application_discovery_v1(
        &self,
        source_id: impl Into<String>,
        applicationdiscoveryrequest: models::Applicationdiscoveryrequest,
    ) -> StartApplicationDiscoveryV1 {
        StartApplicationDiscoveryV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            applicationdiscoveryrequest,
        }
    }

    /// Get discovered applications for tenant
    ///
    /// Get a list of applications that have been identified within the environment. This includes details such as application names, discovery dates, potential correlated saas_vendors and related suggested connectors.
    ///
    /// `GET /discovered-applications/v1` (`getDiscoveredApplicationsV1`)
    #[inline]
    pub fn get_discovered_applications_v1(&self) -> GetDiscoveredApplicationsV1 {
        GetDiscoveredApplicationsV1 {
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

    /// Download csv template for discovery
    ///
    /// Download an example CSV file with two columns `application_name` and `description`.  The CSV file contains a single row with the values 'Example Application' and 'Example Description'.
    ///
    /// The downloaded template is specifically designed for use with the `/manual-discover-applications` endpoint.
    ///
    /// `GET /manual-discover-applications-template/v1` (`getManualDiscoverApplicationsCsvTemplateV1`)
    #[inline]
    pub fn get_manual_discover_applications_csv_template_v1(
        &self,
    ) -> GetManualDiscoverApplicationsCsvTemplateV1 {
        GetManualDiscoverApplicationsCsvTemplateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Upload csv to discover applications
    ///
    /// Uploading a CSV file with application data for manual correlation to specific ISC connectors.
    /// If a suitable ISC connector is unavailable, the system will recommend generic connectors instead.
    ///
    /// `POST /manual-discover-applications/v1` (`sendManualDiscoverApplicationsCsvTemplateV1`)
    #[inline]
    pub fn send_manual_discover_applications_csv_template_v1(
        &self,
    ) -> SendManualDiscoverApplicationsCsvTemplateV1 {
        SendManualDiscoverApplicationsCsvTemplateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            upload: crate::request::Upload::default(),
            manualdiscoverapplications: None,
        }
    }
}

/// The error statuses of [`ApplicationDiscoveryApi::start_application_discovery_v1`](ApplicationDiscoveryApi::start_application_discovery_v1), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum StartApplicationDiscoveryV1Error {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::Errorresponsedto),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::Error401Response),
    /// 403: Forbidden. Returned when the user doesn't have access to this endpoint, or when the quota of allowed invocations for the day has been exceeded.
    Forbidden(models::StartApplicationDiscoveryV1403Response),
    /// 404: Not Found - returned if the request URL refers to a resource or object that does not exist
    NotFound(models::Errorresponsedto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::Errorresponsedto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for StartApplicationDiscoveryV1Error {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    StartApplicationDiscoveryV1Error::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    StartApplicationDiscoveryV1Error::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    StartApplicationDiscoveryV1Error::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                404 if !empty => {
                    StartApplicationDiscoveryV1Error::NotFound(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    StartApplicationDiscoveryV1Error::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    StartApplicationDiscoveryV1Error::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => StartApplicationDiscoveryV1Error::Other,
            },
        )
    }

    fn undeclared() -> Self {
        StartApplicationDiscoveryV1Error::Other
    }
}

/// The request of [`ApplicationDiscoveryApi::start_application_discovery_v1`](ApplicationDiscoveryApi::start_application_discovery_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartApplicationDiscoveryV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    applicationdiscoveryrequest: models::Applicationdiscoveryrequest,
}

impl StartApplicationDiscoveryV1 {
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

    /// Sends the request: `POST /sources/v1/{sourceId}/discover-applications`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Applicationdiscoveryresponse,
            crate::SdkError<StartApplicationDiscoveryV1Error>,
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
            crate::Response<models::Applicationdiscoveryresponse>,
            crate::SdkError<StartApplicationDiscoveryV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startApplicationDiscoveryV1",
            self.options,
            move |client| {
                let path = [
                    "/sources/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/discover-applications",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.applicationdiscoveryrequest;
                    request = crate::request::with_json(
                        "startApplicationDiscoveryV1",
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

/// The error statuses of [`ApplicationDiscoveryApi::get_discovered_applications_v1`](ApplicationDiscoveryApi::get_discovered_applications_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetDiscoveredApplicationsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ApplicationDiscoveryApi::get_discovered_applications_v1`](ApplicationDiscoveryApi::get_discovered_applications_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetDiscoveredApplicationsV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    detail: Option<models::GetDiscoveredApplicationsV1Detail>,
    filter: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetDiscoveredApplicationsV1 {
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
    pub fn detail(mut self, detail: models::GetDiscoveredApplicationsV1Detail) -> Self {
        self.detail = Some(detail);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
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
    ///
    /// **discoverySourceName**: *eq, in*
    ///
    /// **discoverySourceCategory**: *eq, in*
    #[inline]
    pub fn filter(mut self, filter: impl Into<String>) -> Self {
        self.filter = Some(filter.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name, description, discoveredAt, discoverySource, discoverySourceName, discoverySourceCategory**
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

    /// Sends the request: `GET /discovered-applications/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::GetDiscoveredApplicationsV1200ResponseInner>,
            crate::SdkError<GetDiscoveredApplicationsV1Error>,
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
            crate::Page<models::GetDiscoveredApplicationsV1200ResponseInner>,
            crate::SdkError<GetDiscoveredApplicationsV1Error>,
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
            models::GetDiscoveredApplicationsV1200ResponseInner,
            crate::SdkError<GetDiscoveredApplicationsV1Error>,
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
            crate::Response<Vec<models::GetDiscoveredApplicationsV1200ResponseInner>>,
            crate::SdkError<GetDiscoveredApplicationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getDiscoveredApplicationsV1",
            self.options,
            move |client| {
                let path = "/discovered-applications/v1";
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

/// The error statuses of [`ApplicationDiscoveryApi::get_manual_discover_applications_csv_template_v1`](ApplicationDiscoveryApi::get_manual_discover_applications_csv_template_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetManualDiscoverApplicationsCsvTemplateV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ApplicationDiscoveryApi::get_manual_discover_applications_csv_template_v1`](ApplicationDiscoveryApi::get_manual_discover_applications_csv_template_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetManualDiscoverApplicationsCsvTemplateV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetManualDiscoverApplicationsCsvTemplateV1 {
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

    /// Sends the request: `GET /manual-discover-applications-template/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<u8>,
            crate::SdkError<GetManualDiscoverApplicationsCsvTemplateV1Error>,
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
            crate::SdkError<GetManualDiscoverApplicationsCsvTemplateV1Error>,
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
            crate::SdkError<GetManualDiscoverApplicationsCsvTemplateV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getManualDiscoverApplicationsCsvTemplateV1",
            self.options,
            move |client| {
                let path = "/manual-discover-applications-template/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "text/csv");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ApplicationDiscoveryApi::send_manual_discover_applications_csv_template_v1`](ApplicationDiscoveryApi::send_manual_discover_applications_csv_template_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SendManualDiscoverApplicationsCsvTemplateV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ApplicationDiscoveryApi::send_manual_discover_applications_csv_template_v1`](ApplicationDiscoveryApi::send_manual_discover_applications_csv_template_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SendManualDiscoverApplicationsCsvTemplateV1 {
    client: crate::Client,
    options: crate::request::Options,
    upload: crate::request::Upload,
    manualdiscoverapplications: Option<models::Manualdiscoverapplications>,
}

impl SendManualDiscoverApplicationsCsvTemplateV1 {
    /// The request body.
    #[inline]
    pub fn manualdiscoverapplications(
        mut self,
        manualdiscoverapplications: models::Manualdiscoverapplications,
    ) -> Self {
        self.manualdiscoverapplications = Some(manualdiscoverapplications);
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

    /// Sends the request: `POST /manual-discover-applications/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            (),
            crate::SdkError<SendManualDiscoverApplicationsCsvTemplateV1Error>,
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
            crate::SdkError<SendManualDiscoverApplicationsCsvTemplateV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "sendManualDiscoverApplicationsCsvTemplateV1",
            self.options,
            move |client| {
                let path = "/manual-discover-applications/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                if let Some(value) = &self.manualdiscoverapplications {
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
