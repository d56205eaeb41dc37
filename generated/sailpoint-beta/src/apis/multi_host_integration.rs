//! Use this API to build a Multi-Host Integration.
//! Multi-Host Integration will help customers to configure and manage similar type of target system in Identity Security Cloud.
//! In Identity Security Cloud, administrators can create a Multi-Host Integration by going to Admin > Connections > Multi-Host Sources and selecting 'Create.'

use crate::models;

/// The Multi-Host Integration operations: get them from [`Client::multi_host_integration`](crate::Client::multi_host_integration).
#[derive(Debug, Clone, Copy)]
pub struct MultiHostIntegrationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Multi-Host Integration operations.
    #[inline]
    pub fn multi_host_integration(&self) -> MultiHostIntegrationApi<'_> {
        MultiHostIntegrationApi {
            client: self,
        }
    }
}

impl<'a> MultiHostIntegrationApi<'a> {
    /// List all existing multi-host integrations
    ///
    /// Get a list of Multi-Host Integrations.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts` (`getMultiHostIntegrationsList`)
    #[inline]
    pub fn get_multi_host_integrations_list(&self) -> GetMultiHostIntegrationsList {
        GetMultiHostIntegrationsList {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            sorters: None,
            filters: None,
            count: None,
            for_subadmin: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create multi-host integration
    ///
    /// This API is used to create Multi-Host Integration. Multi-host Integration holds similar types of sources.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `POST /multihosts` (`createMultiHostIntegration`)
    #[inline]
    pub fn create_multi_host_integration(
        &self,
        multi_host_integrations_create: models::MultiHostIntegrationsCreate,
    ) -> CreateMultiHostIntegration {
        CreateMultiHostIntegration {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multi_host_integrations_create,
        }
    }

    /// List multi-host integration types
    ///
    /// This API endpoint returns the current list of supported Multi-Host Integration types.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/types` (`getMultihostIntegrationTypes`)
    #[inline]
    pub fn get_multihost_integration_types(&self) -> GetMultihostIntegrationTypes {
        GetMultihostIntegrationTypes {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Get multi-host integration by id
    ///
    /// Get an existing Multi-Host Integration.
    ///
    /// A token with Org Admin or Multi-Host Integration Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}` (`getMultiHostIntegrations`)
    #[inline]
    pub fn get_multi_host_integrations(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetMultiHostIntegrations {
        GetMultiHostIntegrations {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihost_id: multihost_id.into(),
        }
    }

    /// Create sources within multi-host integration
    ///
    /// This API is used to create sources within Multi-Host Integration. Multi-Host Integration holds similar types of sources.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `POST /multihosts/{multihostId}` (`createSourcesWithinMultiHost`)
    #[inline]
    pub fn create_sources_within_multi_host(
        &self,
        multihost_id: impl Into<String>,
        multi_host_integrations_create_sources: Vec<
            models::MultiHostIntegrationsCreateSources,
        >,
    ) -> CreateSourcesWithinMultiHost {
        CreateSourcesWithinMultiHost {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihost_id: multihost_id.into(),
            multi_host_integrations_create_sources,
        }
    }

    /// Delete multi-host integration
    ///
    /// Delete an existing Multi-Host Integration by ID.
    ///
    /// A token with Org Admin or Multi Host Admin authority is required to access this endpoint.
    ///
    /// `DELETE /multihosts/{multihostId}` (`deleteMultiHost`)
    #[inline]
    pub fn delete_multi_host(&self, multihost_id: impl Into<String>) -> DeleteMultiHost {
        DeleteMultiHost {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihost_id: multihost_id.into(),
        }
    }

    /// Update multi-host integration
    ///
    /// Update existing sources within Multi-Host Integration.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `PATCH /multihosts/{multihostId}` (`updateMultiHostSources`)
    #[inline]
    pub fn update_multi_host_sources(
        &self,
        multihost_id: impl Into<String>,
        update_multi_host_sources_request_inner: Vec<
            models::UpdateMultiHostSourcesRequestInner,
        >,
    ) -> UpdateMultiHostSources {
        UpdateMultiHostSources {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihost_id: multihost_id.into(),
            update_multi_host_sources_request_inner,
        }
    }

    /// Test configuration for multi-host integration
    ///
    /// This endpoint performs a more detailed validation of the Multi-Host Integration's configuration.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `POST /multihosts/{multihostId}/sources/testConnection` (`testConnectionMultiHostSources`)
    #[inline]
    pub fn test_connection_multi_host_sources(
        &self,
        multihost_id: impl Into<String>,
    ) -> TestConnectionMultiHostSources {
        TestConnectionMultiHostSources {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihost_id: multihost_id.into(),
        }
    }

    /// Test configuration for multi-host integration's single source
    ///
    /// This endpoint performs a more detailed validation of the source's configuration.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}/sources/{sourceId}/testConnection` (`testSourceConnectionMultihost`)
    #[inline]
    pub fn test_source_connection_multihost(
        &self,
        multihost_id: impl Into<String>,
        source_id: impl Into<String>,
    ) -> TestSourceConnectionMultihost {
        TestSourceConnectionMultihost {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihost_id: multihost_id.into(),
            source_id: source_id.into(),
        }
    }

    /// List sources within multi-host integration
    ///
    /// Get a list of sources within Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}/sources` (`getSourcesWithinMultiHost`)
    #[inline]
    pub fn get_sources_within_multi_host(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetSourcesWithinMultiHost {
        GetSourcesWithinMultiHost {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihost_id: multihost_id.into(),
            offset: None,
            limit: None,
            sorters: None,
            filters: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List multi-host source creation errors
    ///
    /// Get a list of sources creation errors within Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multiHostId}/sources/errors` (`getMultiHostSourceCreationErrors`)
    #[inline]
    pub fn get_multi_host_source_creation_errors(
        &self,
        multi_host_id: impl Into<String>,
    ) -> GetMultiHostSourceCreationErrors {
        GetMultiHostSourceCreationErrors {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multi_host_id: multi_host_id.into(),
        }
    }

    /// Get account aggregation groups within multi-host integration id
    ///
    /// This API will return array of account aggregation groups within provided Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multihostId}/acctAggregationGroups` (`getAcctAggregationGroups`)
    #[inline]
    pub fn get_acct_aggregation_groups(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetAcctAggregationGroups {
        GetAcctAggregationGroups {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihost_id: multihost_id.into(),
        }
    }

    /// Get entitlement aggregation groups within multi-host integration id
    ///
    /// This API will return array of aggregation groups within provided Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/{multiHostId}/entitlementAggregationGroups` (`getEntitlementAggregationGroups`)
    #[inline]
    pub fn get_entitlement_aggregation_groups(
        &self,
        multi_host_id: impl Into<String>,
    ) -> GetEntitlementAggregationGroups {
        GetEntitlementAggregationGroups {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multi_host_id: multi_host_id.into(),
        }
    }
}

/// The error statuses of [`MultiHostIntegrationApi::get_multi_host_integrations_list`](MultiHostIntegrationApi::get_multi_host_integrations_list), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMultiHostIntegrationsListError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_multi_host_integrations_list`](MultiHostIntegrationApi::get_multi_host_integrations_list): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultiHostIntegrationsList {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i32>,
    limit: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    count: Option<bool>,
    for_subadmin: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetMultiHostIntegrationsList {
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

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **type**: *in*
    ///
    /// **forSubAdminId**: *in*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// If provided, filters the returned list according to what is visible to the indicated ROLE_SUBADMIN Identity or SOURCE_SUBADMIN identity.
    ///
    /// The value of the parameter is either an Identity ID, or the special value **me**, which is shorthand for the calling Identity's ID.
    ///
    /// A 400 Bad Request error is returned if the **for-subadmin** parameter is specified for an Identity that is not a subadmin.
    #[inline]
    pub fn for_subadmin(mut self, for_subadmin: impl Into<String>) -> Self {
        self.for_subadmin = Some(for_subadmin.into());
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

    /// Sends the request: `GET /multihosts`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::MultiHostIntegrations>,
            crate::SdkError<GetMultiHostIntegrationsListError>,
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
            crate::Page<models::MultiHostIntegrations>,
            crate::SdkError<GetMultiHostIntegrationsListError>,
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
        Item = Result<
            models::MultiHostIntegrations,
            crate::SdkError<GetMultiHostIntegrationsListError>,
        >,
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
            crate::Response<Vec<models::MultiHostIntegrations>>,
            crate::SdkError<GetMultiHostIntegrationsListError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMultiHostIntegrationsList",
            self.options,
            move |client| {
                let path = "/multihosts";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.for_subadmin {
                    query.push(("for-subadmin", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::create_multi_host_integration`](MultiHostIntegrationApi::create_multi_host_integration), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateMultiHostIntegrationError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::create_multi_host_integration`](MultiHostIntegrationApi::create_multi_host_integration): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateMultiHostIntegration {
    client: crate::Client,
    options: crate::request::Options,
    multi_host_integrations_create: models::MultiHostIntegrationsCreate,
}

impl CreateMultiHostIntegration {
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

    /// Sends the request: `POST /multihosts`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::MultiHostIntegrations,
            crate::SdkError<CreateMultiHostIntegrationError>,
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
            crate::Response<models::MultiHostIntegrations>,
            crate::SdkError<CreateMultiHostIntegrationError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createMultiHostIntegration",
            self.options,
            move |client| {
                let path = "/multihosts";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.multi_host_integrations_create;
                    request = crate::request::with_json(
                        "createMultiHostIntegration",
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

/// The error statuses of [`MultiHostIntegrationApi::get_multihost_integration_types`](MultiHostIntegrationApi::get_multihost_integration_types), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMultihostIntegrationTypesError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_multihost_integration_types`](MultiHostIntegrationApi::get_multihost_integration_types): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultihostIntegrationTypes {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetMultihostIntegrationTypes {
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

    /// Sends the request: `GET /multihosts/types`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::MultiHostIntegrationTemplateType>,
            crate::SdkError<GetMultihostIntegrationTypesError>,
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
            crate::Response<Vec<models::MultiHostIntegrationTemplateType>>,
            crate::SdkError<GetMultihostIntegrationTypesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMultihostIntegrationTypes",
            self.options,
            move |client| {
                let path = "/multihosts/types";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::get_multi_host_integrations`](MultiHostIntegrationApi::get_multi_host_integrations), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMultiHostIntegrationsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_multi_host_integrations`](MultiHostIntegrationApi::get_multi_host_integrations): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultiHostIntegrations {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
}

impl GetMultiHostIntegrations {
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

    /// Sends the request: `GET /multihosts/{multihostId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::MultiHostIntegrations,
            crate::SdkError<GetMultiHostIntegrationsError>,
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
            crate::Response<models::MultiHostIntegrations>,
            crate::SdkError<GetMultiHostIntegrationsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMultiHostIntegrations",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/",
                    &crate::request::path_segment(&self.multihost_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::create_sources_within_multi_host`](MultiHostIntegrationApi::create_sources_within_multi_host), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateSourcesWithinMultiHostError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::create_sources_within_multi_host`](MultiHostIntegrationApi::create_sources_within_multi_host): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourcesWithinMultiHost {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
    multi_host_integrations_create_sources: Vec<
        models::MultiHostIntegrationsCreateSources,
    >,
}

impl CreateSourcesWithinMultiHost {
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

    /// Sends the request: `POST /multihosts/{multihostId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<CreateSourcesWithinMultiHostError>>,
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
            crate::SdkError<CreateSourcesWithinMultiHostError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSourcesWithinMultiHost",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/",
                    &crate::request::path_segment(&self.multihost_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                {
                    let value = &self.multi_host_integrations_create_sources;
                    request = crate::request::with_json(
                        "createSourcesWithinMultiHost",
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

/// The error statuses of [`MultiHostIntegrationApi::delete_multi_host`](MultiHostIntegrationApi::delete_multi_host), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteMultiHostError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::delete_multi_host`](MultiHostIntegrationApi::delete_multi_host): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMultiHost {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
}

impl DeleteMultiHost {
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

    /// Sends the request: `DELETE /multihosts/{multihostId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteMultiHostError>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteMultiHostError>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteMultiHost",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/",
                    &crate::request::path_segment(&self.multihost_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::update_multi_host_sources`](MultiHostIntegrationApi::update_multi_host_sources), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateMultiHostSourcesError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::update_multi_host_sources`](MultiHostIntegrationApi::update_multi_host_sources): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMultiHostSources {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
    update_multi_host_sources_request_inner: Vec<
        models::UpdateMultiHostSourcesRequestInner,
    >,
}

impl UpdateMultiHostSources {
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

    /// Sends the request: `PATCH /multihosts/{multihostId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<UpdateMultiHostSourcesError>>> {
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
            crate::SdkError<UpdateMultiHostSourcesError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateMultiHostSources",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/",
                    &crate::request::path_segment(&self.multihost_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                {
                    let value = &self.update_multi_host_sources_request_inner;
                    request = crate::request::with_json(
                        "updateMultiHostSources",
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

/// The error statuses of [`MultiHostIntegrationApi::test_connection_multi_host_sources`](MultiHostIntegrationApi::test_connection_multi_host_sources), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type TestConnectionMultiHostSourcesError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::test_connection_multi_host_sources`](MultiHostIntegrationApi::test_connection_multi_host_sources): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestConnectionMultiHostSources {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
}

impl TestConnectionMultiHostSources {
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

    /// Sends the request: `POST /multihosts/{multihostId}/sources/testConnection`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<TestConnectionMultiHostSourcesError>>,
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
            crate::SdkError<TestConnectionMultiHostSourcesError>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testConnectionMultiHostSources",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/",
                    &crate::request::path_segment(&self.multihost_id),
                    "/sources/testConnection",
                ]
                    .concat();
                let request = client.request(reqwest::Method::POST, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::test_source_connection_multihost`](MultiHostIntegrationApi::test_source_connection_multihost), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type TestSourceConnectionMultihostError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::test_source_connection_multihost`](MultiHostIntegrationApi::test_source_connection_multihost): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestSourceConnectionMultihost {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
    source_id: String,
}

impl TestSourceConnectionMultihost {
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

    /// Sends the request: `GET /multihosts/{multihostId}/sources/{sourceId}/testConnection`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::TestSourceConnectionMultihost200Response,
            crate::SdkError<TestSourceConnectionMultihostError>,
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
            crate::Response<models::TestSourceConnectionMultihost200Response>,
            crate::SdkError<TestSourceConnectionMultihostError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testSourceConnectionMultihost",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/",
                    &crate::request::path_segment(&self.multihost_id),
                    "/sources/",
                    &crate::request::path_segment(&self.source_id),
                    "/testConnection",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::get_sources_within_multi_host`](MultiHostIntegrationApi::get_sources_within_multi_host), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourcesWithinMultiHostError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_sources_within_multi_host`](MultiHostIntegrationApi::get_sources_within_multi_host): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourcesWithinMultiHost {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
    offset: Option<i32>,
    limit: Option<i32>,
    sorters: Option<String>,
    filters: Option<String>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl GetSourcesWithinMultiHost {
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

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **name**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **id**: *in*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
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

    /// Sends the request: `GET /multihosts/{multihostId}/sources`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::MultiHostSources>,
            crate::SdkError<GetSourcesWithinMultiHostError>,
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
            crate::Page<models::MultiHostSources>,
            crate::SdkError<GetSourcesWithinMultiHostError>,
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
        Item = Result<
            models::MultiHostSources,
            crate::SdkError<GetSourcesWithinMultiHostError>,
        >,
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
            crate::Response<Vec<models::MultiHostSources>>,
            crate::SdkError<GetSourcesWithinMultiHostError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourcesWithinMultiHost",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/",
                    &crate::request::path_segment(&self.multihost_id),
                    "/sources",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::get_multi_host_source_creation_errors`](MultiHostIntegrationApi::get_multi_host_source_creation_errors), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMultiHostSourceCreationErrorsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_multi_host_source_creation_errors`](MultiHostIntegrationApi::get_multi_host_source_creation_errors): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultiHostSourceCreationErrors {
    client: crate::Client,
    options: crate::request::Options,
    multi_host_id: String,
}

impl GetMultiHostSourceCreationErrors {
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

    /// Sends the request: `GET /multihosts/{multiHostId}/sources/errors`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::SourceCreationErrors>,
            crate::SdkError<GetMultiHostSourceCreationErrorsError>,
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
            crate::Response<Vec<models::SourceCreationErrors>>,
            crate::SdkError<GetMultiHostSourceCreationErrorsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMultiHostSourceCreationErrors",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/",
                    &crate::request::path_segment(&self.multi_host_id),
                    "/sources/errors",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::get_acct_aggregation_groups`](MultiHostIntegrationApi::get_acct_aggregation_groups), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAcctAggregationGroupsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_acct_aggregation_groups`](MultiHostIntegrationApi::get_acct_aggregation_groups): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAcctAggregationGroups {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
}

impl GetAcctAggregationGroups {
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

    /// Sends the request: `GET /multihosts/{multihostId}/acctAggregationGroups`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::MultiHostIntegrationsAggScheduleUpdate,
            crate::SdkError<GetAcctAggregationGroupsError>,
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
            crate::Response<models::MultiHostIntegrationsAggScheduleUpdate>,
            crate::SdkError<GetAcctAggregationGroupsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAcctAggregationGroups",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/",
                    &crate::request::path_segment(&self.multihost_id),
                    "/acctAggregationGroups",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::get_entitlement_aggregation_groups`](MultiHostIntegrationApi::get_entitlement_aggregation_groups), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetEntitlementAggregationGroupsError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_entitlement_aggregation_groups`](MultiHostIntegrationApi::get_entitlement_aggregation_groups): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementAggregationGroups {
    client: crate::Client,
    options: crate::request::Options,
    multi_host_id: String,
}

impl GetEntitlementAggregationGroups {
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

    /// Sends the request: `GET /multihosts/{multiHostId}/entitlementAggregationGroups`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::MultiHostIntegrationsAggScheduleUpdate,
            crate::SdkError<GetEntitlementAggregationGroupsError>,
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
            crate::Response<models::MultiHostIntegrationsAggScheduleUpdate>,
            crate::SdkError<GetEntitlementAggregationGroupsError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEntitlementAggregationGroups",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/",
                    &crate::request::path_segment(&self.multi_host_id),
                    "/entitlementAggregationGroups",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
