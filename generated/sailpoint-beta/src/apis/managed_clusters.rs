//! Use this API to implement managed cluster functionality.
//! With this functionality in place, administrators can modify and delete existing managed clients, get their statuses, and create new ones.

use crate::models;

/// The Managed Clusters operations: get them from [`Client::managed_clusters`](crate::Client::managed_clusters).
#[derive(Debug, Clone, Copy)]
pub struct ManagedClustersApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Managed Clusters operations.
    #[inline]
    pub fn managed_clusters(&self) -> ManagedClustersApi<'_> {
        ManagedClustersApi { client: self }
    }
}

impl<'a> ManagedClustersApi<'a> {
    /// Get a specified managedcluster.
    ///
    /// Retrieve a ManagedCluster by ID.
    ///
    /// `GET /managed-clusters/{id}` (`getManagedCluster`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_managed_cluster(&self, id: impl Into<String>) -> GetManagedCluster {
        GetManagedCluster {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get managed cluster's log configuration
    ///
    /// Get managed cluster's log configuration.
    ///
    /// `GET /managed-clusters/{id}/log-config` (`getClientLogConfiguration`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_client_log_configuration(
        &self,
        id: impl Into<String>,
    ) -> GetClientLogConfiguration {
        GetClientLogConfiguration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Update managed cluster's log configuration
    ///
    /// Update managed cluster's log configuration
    ///
    /// `PUT /managed-clusters/{id}/log-config` (`putClientLogConfiguration`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn put_client_log_configuration(
        &self,
        id: impl Into<String>,
        client_log_configuration: models::ClientLogConfiguration,
    ) -> PutClientLogConfiguration {
        PutClientLogConfiguration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            client_log_configuration,
        }
    }

    /// Retrieve all managed clusters.
    ///
    /// Retrieve all Managed Clusters for the current Org, based on request context.
    ///
    /// `GET /managed-clusters` (`getManagedClusters`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_managed_clusters(&self) -> GetManagedClusters {
        GetManagedClusters {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            count: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }
}

/// The error statuses of [`ManagedClustersApi::get_managed_cluster`](ManagedClustersApi::get_managed_cluster), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetManagedClusterError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ManagedClustersApi::get_managed_cluster`](ManagedClustersApi::get_managed_cluster): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetManagedCluster {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetManagedCluster {
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

    /// Sends the request: `GET /managed-clusters/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::ManagedCluster, crate::SdkError<GetManagedClusterError>>,
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
            crate::Response<models::ManagedCluster>,
            crate::SdkError<GetManagedClusterError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getManagedCluster",
            self.options,
            move |client| {
                let path = [
                    "/managed-clusters/",
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

/// The error statuses of [`ManagedClustersApi::get_client_log_configuration`](ManagedClustersApi::get_client_log_configuration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetClientLogConfigurationError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ManagedClustersApi::get_client_log_configuration`](ManagedClustersApi::get_client_log_configuration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetClientLogConfiguration {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetClientLogConfiguration {
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

    /// Sends the request: `GET /managed-clusters/{id}/log-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ClientLogConfiguration,
            crate::SdkError<GetClientLogConfigurationError>,
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
            crate::Response<models::ClientLogConfiguration>,
            crate::SdkError<GetClientLogConfigurationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getClientLogConfiguration",
            self.options,
            move |client| {
                let path = [
                    "/managed-clusters/",
                    &crate::request::path_segment(&self.id),
                    "/log-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`ManagedClustersApi::put_client_log_configuration`](ManagedClustersApi::put_client_log_configuration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PutClientLogConfigurationError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`ManagedClustersApi::put_client_log_configuration`](ManagedClustersApi::put_client_log_configuration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutClientLogConfiguration {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    client_log_configuration: models::ClientLogConfiguration,
}

impl PutClientLogConfiguration {
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

    /// Sends the request: `PUT /managed-clusters/{id}/log-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::ClientLogConfiguration,
            crate::SdkError<PutClientLogConfigurationError>,
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
            crate::Response<models::ClientLogConfiguration>,
            crate::SdkError<PutClientLogConfigurationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putClientLogConfiguration",
            self.options,
            move |client| {
                let path = [
                    "/managed-clusters/",
                    &crate::request::path_segment(&self.id),
                    "/log-config",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PUT, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.client_log_configuration;
                    request = crate::request::with_json(
                        "putClientLogConfiguration",
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

/// The error statuses of [`ManagedClustersApi::get_managed_clusters`](ManagedClustersApi::get_managed_clusters), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetManagedClustersError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`ManagedClustersApi::get_managed_clusters`](ManagedClustersApi::get_managed_clusters): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetManagedClusters {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetManagedClusters {
    /// Offset into the full result set. Usually specified with *limit* to paginate through the results.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `0`.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Max number of results to return.
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
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

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **operational**: *eq*
    ///
    /// **name**: *eq*
    ///
    /// **type**: *eq*
    ///
    /// **status**: *eq*
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
    /// listing plans its pages from the total the first page counts and keeps as many in flight as
    /// the client's rate limit and the reader allow.
    #[inline]
    pub fn pages_ahead(mut self, pages: usize) -> Self {
        self.listing.pages_ahead = Some(pages);
        self
    }

    /// Sends the request: `GET /managed-clusters`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::ManagedCluster>,
            crate::SdkError<GetManagedClustersError>,
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
            crate::Page<models::ManagedCluster>,
            crate::SdkError<GetManagedClustersError>,
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
        Item = Result<models::ManagedCluster, crate::SdkError<GetManagedClustersError>>,
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
            crate::Response<Vec<models::ManagedCluster>>,
            crate::SdkError<GetManagedClustersError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getManagedClusters",
            self.options,
            move |client| {
                let path = "/managed-clusters";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
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
