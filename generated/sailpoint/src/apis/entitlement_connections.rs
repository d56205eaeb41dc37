//! Use this API to search and manage entitlement connections.
//! Entitlement connections represent the relationship between an identity account and an entitlement on a source, including its access type and JIT lifecycle state.

use crate::models;

/// The Entitlement Connections operations: get them from [`Client::entitlement_connections`](crate::Client::entitlement_connections).
#[derive(Debug, Clone, Copy)]
pub struct EntitlementConnectionsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Entitlement Connections operations.
    #[inline]
    pub fn entitlement_connections(&self) -> EntitlementConnectionsApi<'_> {
        EntitlementConnectionsApi {
            client: self,
        }
    }
}

impl<'a> EntitlementConnectionsApi<'a> {
    /// List entitlement connections
    ///
    /// Returns entitlement connections for the tenant.
    ///
    /// This endpoint proxies to Search and supports standard collection query parameters.
    /// The `filters` and `sorters` values support the Entitlement Connections search fields documented by ECS.
    ///
    /// `GET /entitlement-connections/v1` (`listEntitlementConnectionsV1`)
    #[inline]
    pub fn list_entitlement_connections_v1(&self) -> ListEntitlementConnectionsV1 {
        ListEntitlementConnectionsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            count: None,
            search_after: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Update connections in bulk
    ///
    /// Updates connection type for up to 100 connections in one request.
    /// The API returns per-item results in a 207 Multi-Status response.
    ///
    /// `POST /entitlement-connections/v1` (`updateEntitlementConnectionsBulkV1`)
    #[inline]
    pub fn update_entitlement_connections_bulk_v1(
        &self,
        entitlementconnectionbulkupdateitem: Vec<
            models::Entitlementconnectionbulkupdateitem,
        >,
    ) -> UpdateEntitlementConnectionsBulkV1 {
        UpdateEntitlementConnectionsBulkV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            entitlementconnectionbulkupdateitem,
        }
    }

    /// Update connection by query
    ///
    /// Applies JSON Patch operations to a single entitlement connection selected by
    /// `entitlementId`, `identityId`, and `accountId`.
    ///
    /// `PATCH /entitlement-connections/v1` (`patchEntitlementConnectionByQueryV1`)
    #[inline]
    pub fn patch_entitlement_connection_by_query_v1(
        &self,
        entitlement_id: impl Into<String>,
        identity_id: impl Into<String>,
        account_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchEntitlementConnectionByQueryV1 {
        PatchEntitlementConnectionByQueryV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            entitlement_id: entitlement_id.into(),
            identity_id: identity_id.into(),
            account_id: account_id.into(),
            jsonpatchoperation,
        }
    }

    /// List my entitlement connections
    ///
    /// Returns entitlement connections constrained to the authenticated identity.
    /// This endpoint proxies to Search and supports standard collection query parameters.
    ///
    /// `GET /entitlement-connections/v1/current-identity` (`listEntitlementConnectionsForCurrentIdentityV1`)
    #[inline]
    pub fn list_entitlement_connections_for_current_identity_v1(
        &self,
    ) -> ListEntitlementConnectionsForCurrentIdentityV1 {
        ListEntitlementConnectionsForCurrentIdentityV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            count: None,
            search_after: None,
            filters: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Update entitlement connection
    ///
    /// Applies JSON Patch operations to an entitlement connection selected by `connectionId`.
    ///
    /// `PATCH /entitlement-connections/v1/{connectionId}` (`patchEntitlementConnectionByIdV1`)
    #[inline]
    pub fn patch_entitlement_connection_by_id_v1(
        &self,
        connection_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchEntitlementConnectionByIdV1 {
        PatchEntitlementConnectionByIdV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            connection_id: connection_id.into(),
            jsonpatchoperation,
        }
    }
}

/// The error statuses of [`EntitlementConnectionsApi::list_entitlement_connections_v1`](EntitlementConnectionsApi::list_entitlement_connections_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `PreconditionFailed`: 412: Precondition Failed - Returned in response if API/Feature not enabled for an organization.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_412_429_500`](crate::apis::errors::Errors400_401_403_404_412_429_500).
pub type ListEntitlementConnectionsV1Error = crate::apis::errors::Errors400_401_403_404_412_429_500;

/// The request of [`EntitlementConnectionsApi::list_entitlement_connections_v1`](EntitlementConnectionsApi::list_entitlement_connections_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEntitlementConnectionsV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    search_after: Option<String>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListEntitlementConnectionsV1 {
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

    /// Used to begin the search window at the values specified.
    ///
    /// This parameter consists of the last values of the sorted fields in the current record set.
    ///
    /// searchAfter length must match the number of sorters.
    ///
    /// This is used to expand the Elasticsearch limit of 10K records by shifting the 10K window to begin at this value.
    ///
    /// It is recommended that you always include the ID of the object in addition to any other fields on this parameter in order to ensure you don't get duplicate results while paging.
    ///
    /// For example, if you are sorting by name you will also want to include ID, for example searchAfter=Account Payable,2c91808375d8e80a0175e1f88a575221&sorters=name,id.
    ///
    /// If the last entitlement ID in the search result is 2c91808375d8e80a0175e1f88a575221 and the last name is "Account Payable", then using that name and ID will start a new search after this entitlement.
    #[inline]
    pub fn search_after(mut self, search_after: impl Into<String>) -> Self {
        self.search_after = Some(search_after.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **identity.id**: *eq, in*
    ///
    /// **identity.name**: *eq, in, co*
    ///
    /// **source.id**: *eq, in*
    ///
    /// **source.name**: *eq, in, co*
    ///
    /// **account.id**: *eq, in*
    ///
    /// **account.name**: *eq, in, co*
    ///
    /// **entitlement.id**: *eq, in*
    ///
    /// **entitlement.attribute**: *eq, in, co*
    ///
    /// **entitlement.value**: *eq, in, co*
    ///
    /// **entitlement.privilegeLevel.effective**: *eq, in, co*
    ///
    /// **type**: *eq, in*
    ///
    /// **state.value**: *eq, in, co*
    ///
    /// **standalone**: *eq, in*
    ///
    /// **jit.activation**: *gt, lt, ge, le*
    ///
    /// **jit.provision**: *gt, lt, ge, le*
    ///
    /// **jit.deactivation**: *gt, lt, ge, le*
    ///
    /// **jit.deprovision**: *gt, lt, ge, le*
    ///
    /// **jit.expiration**: *gt, lt, ge, le*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, identity.id, identity.name, source.id, source.name, account.id, account.name, entitlement.id, entitlement.displayName, entitlement.attribute, entitlement.privilegeLevel.effective, type, state.value, standalone, jit.activation, jit.provision, jit.deactivation, jit.deprovision, jit.expiration**
    ///
    /// Prefix a field with `-` for descending order.
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

    /// Sends the request: `GET /entitlement-connections/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Entitlementconnectionsearchhit>,
            crate::SdkError<ListEntitlementConnectionsV1Error>,
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
            crate::Page<models::Entitlementconnectionsearchhit>,
            crate::SdkError<ListEntitlementConnectionsV1Error>,
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
            models::Entitlementconnectionsearchhit,
            crate::SdkError<ListEntitlementConnectionsV1Error>,
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
            crate::Response<Vec<models::Entitlementconnectionsearchhit>>,
            crate::SdkError<ListEntitlementConnectionsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listEntitlementConnectionsV1",
            self.options,
            move |client| {
                let path = "/entitlement-connections/v1";
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
                if let Some(value) = &self.search_after {
                    query.push(("searchAfter", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
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

/// The error statuses of [`EntitlementConnectionsApi::update_entitlement_connections_bulk_v1`](EntitlementConnectionsApi::update_entitlement_connections_bulk_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UpdateEntitlementConnectionsBulkV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`EntitlementConnectionsApi::update_entitlement_connections_bulk_v1`](EntitlementConnectionsApi::update_entitlement_connections_bulk_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateEntitlementConnectionsBulkV1 {
    client: crate::Client,
    options: crate::request::Options,
    entitlementconnectionbulkupdateitem: Vec<
        models::Entitlementconnectionbulkupdateitem,
    >,
}

impl UpdateEntitlementConnectionsBulkV1 {
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

    /// Sends the request: `POST /entitlement-connections/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Entitlementconnectionbulkupdateresultitem>,
            crate::SdkError<UpdateEntitlementConnectionsBulkV1Error>,
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
            crate::Response<Vec<models::Entitlementconnectionbulkupdateresultitem>>,
            crate::SdkError<UpdateEntitlementConnectionsBulkV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateEntitlementConnectionsBulkV1",
            self.options,
            move |client| {
                let path = "/entitlement-connections/v1";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.entitlementconnectionbulkupdateitem;
                    request = crate::request::with_json(
                        "updateEntitlementConnectionsBulkV1",
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

/// The error statuses of [`EntitlementConnectionsApi::patch_entitlement_connection_by_query_v1`](EntitlementConnectionsApi::patch_entitlement_connection_by_query_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `PreconditionFailed`: 412: Precondition Failed - Returned in response if API/Feature not enabled for an organization.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_412_429_500`](crate::apis::errors::Errors400_401_403_404_412_429_500).
pub type PatchEntitlementConnectionByQueryV1Error = crate::apis::errors::Errors400_401_403_404_412_429_500;

/// The request of [`EntitlementConnectionsApi::patch_entitlement_connection_by_query_v1`](EntitlementConnectionsApi::patch_entitlement_connection_by_query_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchEntitlementConnectionByQueryV1 {
    client: crate::Client,
    options: crate::request::Options,
    entitlement_id: String,
    identity_id: String,
    account_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchEntitlementConnectionByQueryV1 {
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

    /// Sends the request: `PATCH /entitlement-connections/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Entitlementconnection,
            crate::SdkError<PatchEntitlementConnectionByQueryV1Error>,
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
            crate::Response<models::Entitlementconnection>,
            crate::SdkError<PatchEntitlementConnectionByQueryV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchEntitlementConnectionByQueryV1",
            self.options,
            move |client| {
                let path = "/entitlement-connections/v1";
                let mut request = client.request(reqwest::Method::PATCH, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                {
                    let value = &self.entitlement_id;
                    query.push(("entitlementId", value.clone()));
                }
                {
                    let value = &self.identity_id;
                    query.push(("identityId", value.clone()));
                }
                {
                    let value = &self.account_id;
                    query.push(("accountId", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchEntitlementConnectionByQueryV1",
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

/// The error statuses of [`EntitlementConnectionsApi::list_entitlement_connections_for_current_identity_v1`](EntitlementConnectionsApi::list_entitlement_connections_for_current_identity_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `PreconditionFailed`: 412: Precondition Failed - Returned in response if API/Feature not enabled for an organization.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_412_429_500`](crate::apis::errors::Errors400_401_403_404_412_429_500).
pub type ListEntitlementConnectionsForCurrentIdentityV1Error = crate::apis::errors::Errors400_401_403_404_412_429_500;

/// The request of [`EntitlementConnectionsApi::list_entitlement_connections_for_current_identity_v1`](EntitlementConnectionsApi::list_entitlement_connections_for_current_identity_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListEntitlementConnectionsForCurrentIdentityV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    search_after: Option<String>,
    filters: Option<String>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListEntitlementConnectionsForCurrentIdentityV1 {
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

    /// Used to begin the search window at the values specified.
    ///
    /// This parameter consists of the last values of the sorted fields in the current record set.
    ///
    /// searchAfter length must match the number of sorters.
    ///
    /// This is used to expand the Elasticsearch limit of 10K records by shifting the 10K window to begin at this value.
    ///
    /// It is recommended that you always include the ID of the object in addition to any other fields on this parameter in order to ensure you don't get duplicate results while paging.
    ///
    /// For example, if you are sorting by name you will also want to include ID, for example searchAfter=Account Payable,2c91808375d8e80a0175e1f88a575221&sorters=name,id.
    ///
    /// If the last entitlement ID in the search result is 2c91808375d8e80a0175e1f88a575221 and the last name is "Account Payable", then using that name and ID will start a new search after this entitlement.
    #[inline]
    pub fn search_after(mut self, search_after: impl Into<String>) -> Self {
        self.search_after = Some(search_after.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **identity.id**: *eq, in*
    ///
    /// **identity.name**: *eq, in, co*
    ///
    /// **source.id**: *eq, in*
    ///
    /// **source.name**: *eq, in, co*
    ///
    /// **account.id**: *eq, in*
    ///
    /// **account.name**: *eq, in, co*
    ///
    /// **entitlement.id**: *eq, in*
    ///
    /// **entitlement.attribute**: *eq, in, co*
    ///
    /// **entitlement.value**: *eq, in, co*
    ///
    /// **entitlement.privilegeLevel.effective**: *eq, in, co*
    ///
    /// **type**: *eq, in*
    ///
    /// **state.value**: *eq, in, co*
    ///
    /// **standalone**: *eq, in*
    ///
    /// **jit.activation**: *gt, lt, ge, le*
    ///
    /// **jit.provision**: *gt, lt, ge, le*
    ///
    /// **jit.deactivation**: *gt, lt, ge, le*
    ///
    /// **jit.deprovision**: *gt, lt, ge, le*
    ///
    /// **jit.expiration**: *gt, lt, ge, le*
    ///
    /// The authenticated identity scope is always applied by the service.
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **id, identity.id, identity.name, source.id, source.name, account.id, account.name, entitlement.id, entitlement.displayName, entitlement.attribute, entitlement.privilegeLevel.effective, type, state.value, standalone, jit.activation, jit.provision, jit.deactivation, jit.deprovision, jit.expiration**
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

    /// Sends the request: `GET /entitlement-connections/v1/current-identity`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Entitlementconnectionsearchhit>,
            crate::SdkError<ListEntitlementConnectionsForCurrentIdentityV1Error>,
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
            crate::Page<models::Entitlementconnectionsearchhit>,
            crate::SdkError<ListEntitlementConnectionsForCurrentIdentityV1Error>,
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
            models::Entitlementconnectionsearchhit,
            crate::SdkError<ListEntitlementConnectionsForCurrentIdentityV1Error>,
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
            crate::Response<Vec<models::Entitlementconnectionsearchhit>>,
            crate::SdkError<ListEntitlementConnectionsForCurrentIdentityV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listEntitlementConnectionsForCurrentIdentityV1",
            self.options,
            move |client| {
                let path = "/entitlement-connections/v1/current-identity";
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
                if let Some(value) = &self.search_after {
                    query.push(("searchAfter", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
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

/// The error statuses of [`EntitlementConnectionsApi::patch_entitlement_connection_by_id_v1`](EntitlementConnectionsApi::patch_entitlement_connection_by_id_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `PreconditionFailed`: 412: Precondition Failed - Returned in response if API/Feature not enabled for an organization.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_412_429_500`](crate::apis::errors::Errors400_401_403_404_412_429_500).
pub type PatchEntitlementConnectionByIdV1Error = crate::apis::errors::Errors400_401_403_404_412_429_500;

/// The request of [`EntitlementConnectionsApi::patch_entitlement_connection_by_id_v1`](EntitlementConnectionsApi::patch_entitlement_connection_by_id_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchEntitlementConnectionByIdV1 {
    client: crate::Client,
    options: crate::request::Options,
    connection_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchEntitlementConnectionByIdV1 {
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

    /// Sends the request: `PATCH /entitlement-connections/v1/{connectionId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Entitlementconnection,
            crate::SdkError<PatchEntitlementConnectionByIdV1Error>,
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
            crate::Response<models::Entitlementconnection>,
            crate::SdkError<PatchEntitlementConnectionByIdV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchEntitlementConnectionByIdV1",
            self.options,
            move |client| {
                let path = [
                    "/entitlement-connections/v1/",
                    &crate::request::path_segment(&self.connection_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchEntitlementConnectionByIdV1",
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
