//! Use this API to implement source usage insight functionality.
//! With this functionality in place, administrators can gather information and insights about how their tenants' sources are being used.
//! This allows organizations to get the information they need to start optimizing and securing source usage.

use crate::models;

/// The Source Usages operations: get them from [`Client::source_usages`](crate::Client::source_usages).
#[derive(Debug, Clone, Copy)]
pub struct SourceUsagesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Source Usages operations.
    #[inline]
    pub fn source_usages(&self) -> SourceUsagesApi<'_> {
        SourceUsagesApi { client: self }
    }
}

impl<'a> SourceUsagesApi<'a> {
    /// Finds status of source usage
    ///
    /// This API returns the status of the source usage insights setup by IDN source ID.
    ///
    /// `GET /source-usages/v1/{sourceId}/status` (`getStatusBySourceIdV1`)
    #[inline]
    pub fn get_status_by_source_id_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetStatusBySourceIdV1 {
        GetStatusBySourceIdV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
        }
    }

    /// Returns source usage insights
    ///
    /// This API returns a summary of source usage insights for past 12 months.
    ///
    /// `GET /source-usages/v1/{sourceId}/summaries` (`getUsagesBySourceIdV1`)
    #[inline]
    pub fn get_usages_by_source_id_v1(
        &self,
        source_id: impl Into<String>,
    ) -> GetUsagesBySourceIdV1 {
        GetUsagesBySourceIdV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            source_id: source_id.into(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }
}

/// The error statuses of [`SourceUsagesApi::get_status_by_source_id_v1`](SourceUsagesApi::get_status_by_source_id_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetStatusBySourceIdV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourceUsagesApi::get_status_by_source_id_v1`](SourceUsagesApi::get_status_by_source_id_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetStatusBySourceIdV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
}

impl GetStatusBySourceIdV1 {
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

    /// Sends the request: `GET /source-usages/v1/{sourceId}/status`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Sourceusagestatus,
            crate::SdkError<GetStatusBySourceIdV1Error>,
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
            crate::Response<models::Sourceusagestatus>,
            crate::SdkError<GetStatusBySourceIdV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getStatusBySourceIdV1",
            self.options,
            move |client| {
                let path = [
                    "/source-usages/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/status",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`SourceUsagesApi::get_usages_by_source_id_v1`](SourceUsagesApi::get_usages_by_source_id_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetUsagesBySourceIdV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`SourceUsagesApi::get_usages_by_source_id_v1`](SourceUsagesApi::get_usages_by_source_id_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetUsagesBySourceIdV1 {
    client: crate::Client,
    options: crate::request::Options,
    source_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetUsagesBySourceIdV1 {
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

    /// If *true* it will populate the *X-Total-Count* response header with the number of results that would be returned if *limit* and *offset* were ignored.
    ///
    /// Since requesting a total count can have a performance impact, it is recommended not to send **count=true** if that value will not be used.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **date**
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
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /source-usages/v1/{sourceId}/summaries`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Sourceusage>,
            crate::SdkError<GetUsagesBySourceIdV1Error>,
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
            crate::Page<models::Sourceusage>,
            crate::SdkError<GetUsagesBySourceIdV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (250 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<models::Sourceusage, crate::SdkError<GetUsagesBySourceIdV1Error>>,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(250, i64::from),
            counts: true,
            budget: self.client.api.budget(),
        };
        let listing = self.listing;
        crate::pagination::items(
            self,
            paging,
            listing,
            |mut request: Self, offset, limit, count| {
                request.offset = Some(i32::try_from(offset).unwrap_or(i32::MAX));
                request.limit = Some(i32::try_from(limit).unwrap_or(i32::MAX));
                if count {
                    request.count = Some(true);
                }
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
            crate::Response<Vec<models::Sourceusage>>,
            crate::SdkError<GetUsagesBySourceIdV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getUsagesBySourceIdV1",
            self.options,
            move |client| {
                let path = [
                    "/source-usages/v1/",
                    &crate::request::path_segment(&self.source_id),
                    "/summaries",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
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
