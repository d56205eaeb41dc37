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
    /// `GET /multihosts/v1` (`getMultiHostIntegrationsListV1`)
    #[inline]
    pub fn get_multi_host_integrations_list_v1(&self) -> GetMultiHostIntegrationsListV1 {
        GetMultiHostIntegrationsListV1 {
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
    /// `POST /multihosts/v1` (`createMultiHostIntegrationV1`)
    #[inline]
    pub fn create_multi_host_integration_v1(
        &self,
        multihostintegrationscreate: models::Multihostintegrationscreate,
    ) -> CreateMultiHostIntegrationV1 {
        CreateMultiHostIntegrationV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihostintegrationscreate,
        }
    }

    /// List multi-host integration types
    ///
    /// This API endpoint returns the current list of supported Multi-Host Integration types.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/v1/types` (`getMultihostIntegrationTypesV1`)
    #[inline]
    pub fn get_multihost_integration_types_v1(&self) -> GetMultihostIntegrationTypesV1 {
        GetMultihostIntegrationTypesV1 {
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
    /// `GET /multihosts/v1/{multihostId}` (`getMultiHostIntegrationsV1`)
    #[inline]
    pub fn get_multi_host_integrations_v1(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetMultiHostIntegrationsV1 {
        GetMultiHostIntegrationsV1 {
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
    /// `POST /multihosts/v1/{multihostId}` (`createSourcesWithinMultiHostV1`)
    #[inline]
    pub fn create_sources_within_multi_host_v1(
        &self,
        multihost_id: impl Into<String>,
        multihostintegrationscreatesources: Vec<
            models::Multihostintegrationscreatesources,
        >,
    ) -> CreateSourcesWithinMultiHostV1 {
        CreateSourcesWithinMultiHostV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihost_id: multihost_id.into(),
            multihostintegrationscreatesources,
        }
    }

    /// Delete multi-host integration
    ///
    /// Delete an existing Multi-Host Integration by ID.
    ///
    /// A token with Org Admin or Multi Host Admin authority is required to access this endpoint.
    ///
    /// `DELETE /multihosts/v1/{multihostId}` (`deleteMultiHostV1`)
    #[inline]
    pub fn delete_multi_host_v1(
        &self,
        multihost_id: impl Into<String>,
    ) -> DeleteMultiHostV1 {
        DeleteMultiHostV1 {
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
    /// `PATCH /multihosts/v1/{multihostId}` (`updateMultiHostSourcesV1`)
    #[inline]
    pub fn update_multi_host_sources_v1(
        &self,
        multihost_id: impl Into<String>,
        update_multi_host_sources_v1_request_inner: Vec<
            models::UpdateMultiHostSourcesV1RequestInner,
        >,
    ) -> UpdateMultiHostSourcesV1 {
        UpdateMultiHostSourcesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihost_id: multihost_id.into(),
            update_multi_host_sources_v1_request_inner,
        }
    }

    /// Test configuration for multi-host integration
    ///
    /// This endpoint performs a more detailed validation of the Multi-Host Integration's configuration.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `POST /multihosts/v1/{multihostId}/sources/testConnection` (`testConnectionMultiHostSourcesV1`)
    #[inline]
    pub fn test_connection_multi_host_sources_v1(
        &self,
        multihost_id: impl Into<String>,
    ) -> TestConnectionMultiHostSourcesV1 {
        TestConnectionMultiHostSourcesV1 {
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
    /// `GET /multihosts/v1/{multihostId}/sources/{sourceId}/testConnection` (`testSourceConnectionMultihostV1`)
    #[inline]
    pub fn test_source_connection_multihost_v1(
        &self,
        multihost_id: impl Into<String>,
        source_id: impl Into<String>,
    ) -> TestSourceConnectionMultihostV1 {
        TestSourceConnectionMultihostV1 {
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
    /// `GET /multihosts/v1/{multihostId}/sources` (`getSourcesWithinMultiHostV1`)
    #[inline]
    pub fn get_sources_within_multi_host_v1(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetSourcesWithinMultiHostV1 {
        GetSourcesWithinMultiHostV1 {
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
    /// `GET /multihosts/v1/{multiHostId}/sources/errors` (`getMultiHostSourceCreationErrorsV1`)
    #[inline]
    pub fn get_multi_host_source_creation_errors_v1(
        &self,
        multi_host_id: impl Into<String>,
    ) -> GetMultiHostSourceCreationErrorsV1 {
        GetMultiHostSourceCreationErrorsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multi_host_id: multi_host_id.into(),
        }
    }

    /// Delete sources within multi-host integration
    ///
    /// This endpoint performs bulk sources delete within Multi-Host Integration via a list of supplied IDs.
    ///
    /// The following rights are required to access this endpoint: idn:multihosts:delete, idn:sources:delete
    ///
    /// `POST /multihosts/v1/{multiHostId}/sources/bulk-delete` (`deleteMultiHostSourcesV1`)
    #[inline]
    pub fn delete_multi_host_sources_v1(
        &self,
        multi_host_id: impl Into<String>,
        multihostintegrationbulksourcesdelete: models::Multihostintegrationbulksourcesdelete,
    ) -> DeleteMultiHostSourcesV1 {
        DeleteMultiHostSourcesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multi_host_id: multi_host_id.into(),
            multihostintegrationbulksourcesdelete,
        }
    }

    /// List account-aggregation-groups by multi-host id
    ///
    /// This API will return array of account aggregation groups within provided Multi-Host Integration ID.
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/v1/{multihostId}/acctAggregationGroups` (`getAcctAggregationGroupsV1`)
    #[inline]
    pub fn get_acct_aggregation_groups_v1(
        &self,
        multihost_id: impl Into<String>,
    ) -> GetAcctAggregationGroupsV1 {
        GetAcctAggregationGroupsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multihost_id: multihost_id.into(),
            offset: None,
            limit: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List entitlement-aggregation-groups by integration id
    ///
    /// This API will return array of aggregation groups within provided Multi-Host Integration ID.
    ///
    /// A token with Org Admin or Multi-Host Admin authority is required to access this endpoint.
    ///
    /// `GET /multihosts/v1/{multiHostId}/entitlementAggregationGroups` (`getEntitlementAggregationGroupsV1`)
    #[inline]
    pub fn get_entitlement_aggregation_groups_v1(
        &self,
        multi_host_id: impl Into<String>,
    ) -> GetEntitlementAggregationGroupsV1 {
        GetEntitlementAggregationGroupsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            multi_host_id: multi_host_id.into(),
            offset: None,
            limit: None,
            listing: crate::pagination::Listing::default(),
        }
    }
}

/// The error statuses of [`MultiHostIntegrationApi::get_multi_host_integrations_list_v1`](MultiHostIntegrationApi::get_multi_host_integrations_list_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMultiHostIntegrationsListV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_multi_host_integrations_list_v1`](MultiHostIntegrationApi::get_multi_host_integrations_list_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultiHostIntegrationsListV1 {
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

impl GetMultiHostIntegrationsListV1 {
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

    /// Sends the request: `GET /multihosts/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Multihostintegrations>,
            crate::SdkError<GetMultiHostIntegrationsListV1Error>,
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
            crate::Page<models::Multihostintegrations>,
            crate::SdkError<GetMultiHostIntegrationsListV1Error>,
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
            models::Multihostintegrations,
            crate::SdkError<GetMultiHostIntegrationsListV1Error>,
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
            crate::Response<Vec<models::Multihostintegrations>>,
            crate::SdkError<GetMultiHostIntegrationsListV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMultiHostIntegrationsListV1",
            self.options,
            move |client| {
                let path = "/multihosts/v1";
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

/// The error statuses of [`MultiHostIntegrationApi::create_multi_host_integration_v1`](MultiHostIntegrationApi::create_multi_host_integration_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateMultiHostIntegrationV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::create_multi_host_integration_v1`](MultiHostIntegrationApi::create_multi_host_integration_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateMultiHostIntegrationV1 {
    client: crate::Client,
    options: crate::request::Options,
    multihostintegrationscreate: models::Multihostintegrationscreate,
}

impl CreateMultiHostIntegrationV1 {
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

    /// Sends the request: `POST /multihosts/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Multihostintegrations,
            crate::SdkError<CreateMultiHostIntegrationV1Error>,
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
            crate::Response<models::Multihostintegrations>,
            crate::SdkError<CreateMultiHostIntegrationV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createMultiHostIntegrationV1",
            self.options,
            move |client| {
                let path = "/multihosts/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.multihostintegrationscreate;
                    request = crate::request::with_json(
                        "createMultiHostIntegrationV1",
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

/// The error statuses of [`MultiHostIntegrationApi::get_multihost_integration_types_v1`](MultiHostIntegrationApi::get_multihost_integration_types_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMultihostIntegrationTypesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_multihost_integration_types_v1`](MultiHostIntegrationApi::get_multihost_integration_types_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultihostIntegrationTypesV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetMultihostIntegrationTypesV1 {
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

    /// Sends the request: `GET /multihosts/v1/types`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Multihostintegrationtemplatetype>,
            crate::SdkError<GetMultihostIntegrationTypesV1Error>,
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
            crate::Response<Vec<models::Multihostintegrationtemplatetype>>,
            crate::SdkError<GetMultihostIntegrationTypesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMultihostIntegrationTypesV1",
            self.options,
            move |client| {
                let path = "/multihosts/v1/types";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::get_multi_host_integrations_v1`](MultiHostIntegrationApi::get_multi_host_integrations_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMultiHostIntegrationsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_multi_host_integrations_v1`](MultiHostIntegrationApi::get_multi_host_integrations_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultiHostIntegrationsV1 {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
}

impl GetMultiHostIntegrationsV1 {
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

    /// Sends the request: `GET /multihosts/v1/{multihostId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Multihostintegrations,
            crate::SdkError<GetMultiHostIntegrationsV1Error>,
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
            crate::Response<models::Multihostintegrations>,
            crate::SdkError<GetMultiHostIntegrationsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMultiHostIntegrationsV1",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/v1/",
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

/// The error statuses of [`MultiHostIntegrationApi::create_sources_within_multi_host_v1`](MultiHostIntegrationApi::create_sources_within_multi_host_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CreateSourcesWithinMultiHostV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::create_sources_within_multi_host_v1`](MultiHostIntegrationApi::create_sources_within_multi_host_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateSourcesWithinMultiHostV1 {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
    multihostintegrationscreatesources: Vec<models::Multihostintegrationscreatesources>,
}

impl CreateSourcesWithinMultiHostV1 {
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

    /// Sends the request: `POST /multihosts/v1/{multihostId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<CreateSourcesWithinMultiHostV1Error>>,
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
            crate::SdkError<CreateSourcesWithinMultiHostV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createSourcesWithinMultiHostV1",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/v1/",
                    &crate::request::path_segment(&self.multihost_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                {
                    let value = &self.multihostintegrationscreatesources;
                    request = crate::request::with_json(
                        "createSourcesWithinMultiHostV1",
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

/// The error statuses of [`MultiHostIntegrationApi::delete_multi_host_v1`](MultiHostIntegrationApi::delete_multi_host_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteMultiHostV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::delete_multi_host_v1`](MultiHostIntegrationApi::delete_multi_host_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMultiHostV1 {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
}

impl DeleteMultiHostV1 {
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

    /// Sends the request: `DELETE /multihosts/v1/{multihostId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<Output = Result<(), crate::SdkError<DeleteMultiHostV1Error>>> {
        crate::request::body(self.send_with_metadata())
    }

    /// Sends the request, as [`send`](Self::send), and returns the response's status and headers
    /// with its body.
    #[inline]
    pub fn send_with_metadata(
        self,
    ) -> impl Future<
        Output = Result<crate::Response<()>, crate::SdkError<DeleteMultiHostV1Error>>,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteMultiHostV1",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/v1/",
                    &crate::request::path_segment(&self.multihost_id),
                ]
                    .concat();
                let request = client.request(reqwest::Method::DELETE, &path);
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::update_multi_host_sources_v1`](MultiHostIntegrationApi::update_multi_host_sources_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateMultiHostSourcesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::update_multi_host_sources_v1`](MultiHostIntegrationApi::update_multi_host_sources_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateMultiHostSourcesV1 {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
    update_multi_host_sources_v1_request_inner: Vec<
        models::UpdateMultiHostSourcesV1RequestInner,
    >,
}

impl UpdateMultiHostSourcesV1 {
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

    /// Sends the request: `PATCH /multihosts/v1/{multihostId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<UpdateMultiHostSourcesV1Error>>,
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
            crate::SdkError<UpdateMultiHostSourcesV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateMultiHostSourcesV1",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/v1/",
                    &crate::request::path_segment(&self.multihost_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                {
                    let value = &self.update_multi_host_sources_v1_request_inner;
                    request = crate::request::with_json(
                        "updateMultiHostSourcesV1",
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

/// The error statuses of [`MultiHostIntegrationApi::test_connection_multi_host_sources_v1`](MultiHostIntegrationApi::test_connection_multi_host_sources_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type TestConnectionMultiHostSourcesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::test_connection_multi_host_sources_v1`](MultiHostIntegrationApi::test_connection_multi_host_sources_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestConnectionMultiHostSourcesV1 {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
}

impl TestConnectionMultiHostSourcesV1 {
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

    /// Sends the request: `POST /multihosts/v1/{multihostId}/sources/testConnection`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<TestConnectionMultiHostSourcesV1Error>>,
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
            crate::SdkError<TestConnectionMultiHostSourcesV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testConnectionMultiHostSourcesV1",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/v1/",
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

/// The error statuses of [`MultiHostIntegrationApi::test_source_connection_multihost_v1`](MultiHostIntegrationApi::test_source_connection_multihost_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type TestSourceConnectionMultihostV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::test_source_connection_multihost_v1`](MultiHostIntegrationApi::test_source_connection_multihost_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct TestSourceConnectionMultihostV1 {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
    source_id: String,
}

impl TestSourceConnectionMultihostV1 {
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

    /// Sends the request: `GET /multihosts/v1/{multihostId}/sources/{sourceId}/testConnection`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::TestSourceConnectionMultihostV1200Response,
            crate::SdkError<TestSourceConnectionMultihostV1Error>,
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
            crate::Response<models::TestSourceConnectionMultihostV1200Response>,
            crate::SdkError<TestSourceConnectionMultihostV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "testSourceConnectionMultihostV1",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/v1/",
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

/// The error statuses of [`MultiHostIntegrationApi::get_sources_within_multi_host_v1`](MultiHostIntegrationApi::get_sources_within_multi_host_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetSourcesWithinMultiHostV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_sources_within_multi_host_v1`](MultiHostIntegrationApi::get_sources_within_multi_host_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetSourcesWithinMultiHostV1 {
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

impl GetSourcesWithinMultiHostV1 {
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

    /// Sends the request: `GET /multihosts/v1/{multihostId}/sources`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Multihostsources>,
            crate::SdkError<GetSourcesWithinMultiHostV1Error>,
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
            crate::Page<models::Multihostsources>,
            crate::SdkError<GetSourcesWithinMultiHostV1Error>,
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
            models::Multihostsources,
            crate::SdkError<GetSourcesWithinMultiHostV1Error>,
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
            crate::Response<Vec<models::Multihostsources>>,
            crate::SdkError<GetSourcesWithinMultiHostV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getSourcesWithinMultiHostV1",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/v1/",
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

/// The error statuses of [`MultiHostIntegrationApi::get_multi_host_source_creation_errors_v1`](MultiHostIntegrationApi::get_multi_host_source_creation_errors_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMultiHostSourceCreationErrorsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_multi_host_source_creation_errors_v1`](MultiHostIntegrationApi::get_multi_host_source_creation_errors_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMultiHostSourceCreationErrorsV1 {
    client: crate::Client,
    options: crate::request::Options,
    multi_host_id: String,
}

impl GetMultiHostSourceCreationErrorsV1 {
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

    /// Sends the request: `GET /multihosts/v1/{multiHostId}/sources/errors`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Sourcecreationerrors>,
            crate::SdkError<GetMultiHostSourceCreationErrorsV1Error>,
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
            crate::Response<Vec<models::Sourcecreationerrors>>,
            crate::SdkError<GetMultiHostSourceCreationErrorsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMultiHostSourceCreationErrorsV1",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/v1/",
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

/// The error statuses of [`MultiHostIntegrationApi::delete_multi_host_sources_v1`](MultiHostIntegrationApi::delete_multi_host_sources_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteMultiHostSourcesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::delete_multi_host_sources_v1`](MultiHostIntegrationApi::delete_multi_host_sources_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteMultiHostSourcesV1 {
    client: crate::Client,
    options: crate::request::Options,
    multi_host_id: String,
    multihostintegrationbulksourcesdelete: models::Multihostintegrationbulksourcesdelete,
}

impl DeleteMultiHostSourcesV1 {
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

    /// Sends the request: `POST /multihosts/v1/{multiHostId}/sources/bulk-delete`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<(), crate::SdkError<DeleteMultiHostSourcesV1Error>>,
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
            crate::SdkError<DeleteMultiHostSourcesV1Error>,
        >,
    > {
        crate::request::empty(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteMultiHostSourcesV1",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/v1/",
                    &crate::request::path_segment(&self.multi_host_id),
                    "/sources/bulk-delete",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                {
                    let value = &self.multihostintegrationbulksourcesdelete;
                    request = crate::request::with_json(
                        "deleteMultiHostSourcesV1",
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

/// The error statuses of [`MultiHostIntegrationApi::get_acct_aggregation_groups_v1`](MultiHostIntegrationApi::get_acct_aggregation_groups_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAcctAggregationGroupsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_acct_aggregation_groups_v1`](MultiHostIntegrationApi::get_acct_aggregation_groups_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAcctAggregationGroupsV1 {
    client: crate::Client,
    options: crate::request::Options,
    multihost_id: String,
    offset: Option<i32>,
    limit: Option<i32>,
    listing: crate::pagination::Listing,
}

impl GetAcctAggregationGroupsV1 {
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

    /// Sends the request: `GET /multihosts/v1/{multihostId}/acctAggregationGroups`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Multihostintegrationsaggscheduleupdate>,
            crate::SdkError<GetAcctAggregationGroupsV1Error>,
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
            crate::Page<models::Multihostintegrationsaggscheduleupdate>,
            crate::SdkError<GetAcctAggregationGroupsV1Error>,
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
            models::Multihostintegrationsaggscheduleupdate,
            crate::SdkError<GetAcctAggregationGroupsV1Error>,
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
            crate::Response<Vec<models::Multihostintegrationsaggscheduleupdate>>,
            crate::SdkError<GetAcctAggregationGroupsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAcctAggregationGroupsV1",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/v1/",
                    &crate::request::path_segment(&self.multihost_id),
                    "/acctAggregationGroups",
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
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MultiHostIntegrationApi::get_entitlement_aggregation_groups_v1`](MultiHostIntegrationApi::get_entitlement_aggregation_groups_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetEntitlementAggregationGroupsV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MultiHostIntegrationApi::get_entitlement_aggregation_groups_v1`](MultiHostIntegrationApi::get_entitlement_aggregation_groups_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementAggregationGroupsV1 {
    client: crate::Client,
    options: crate::request::Options,
    multi_host_id: String,
    offset: Option<i32>,
    limit: Option<i32>,
    listing: crate::pagination::Listing,
}

impl GetEntitlementAggregationGroupsV1 {
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

    /// Sends the request: `GET /multihosts/v1/{multiHostId}/entitlementAggregationGroups`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Multihostintegrationsaggscheduleupdate>,
            crate::SdkError<GetEntitlementAggregationGroupsV1Error>,
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
            crate::Page<models::Multihostintegrationsaggscheduleupdate>,
            crate::SdkError<GetEntitlementAggregationGroupsV1Error>,
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
            models::Multihostintegrationsaggscheduleupdate,
            crate::SdkError<GetEntitlementAggregationGroupsV1Error>,
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
            crate::Response<Vec<models::Multihostintegrationsaggscheduleupdate>>,
            crate::SdkError<GetEntitlementAggregationGroupsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEntitlementAggregationGroupsV1",
            self.options,
            move |client| {
                let path = [
                    "/multihosts/v1/",
                    &crate::request::path_segment(&self.multi_host_id),
                    "/entitlementAggregationGroups",
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
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
