//! The Role Insights API.

use crate::models;

/// The Role Insights operations: get them from [`Client::role_insights`](crate::Client::role_insights).
#[derive(Debug, Clone, Copy)]
pub struct RoleInsightsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Role Insights operations.
    #[inline]
    pub fn role_insights(&self) -> RoleInsightsApi<'_> {
        RoleInsightsApi { client: self }
    }
}

impl<'a> RoleInsightsApi<'a> {
    /// Generate insights for roles
    ///
    /// Submits a create role insights request to the role insights application. At this time there are no parameters. All business roles will be processed for the customer.
    ///
    /// `POST /role-insights/v1/requests` (`createRoleInsightRequestsV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn create_role_insight_requests_v1(&self) -> CreateRoleInsightRequestsV1 {
        CreateRoleInsightRequestsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Returns metadata from prior request.
    ///
    /// This endpoint returns details of a prior role insights request.
    ///
    /// `GET /role-insights/v1/requests/{id}` (`getRoleInsightsRequestsV1`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_role_insights_requests_v1(
        &self,
        id: impl Into<String>,
    ) -> GetRoleInsightsRequestsV1 {
        GetRoleInsightsRequestsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Get role insights summary information
    ///
    /// This method returns high level summary information for role insights for a customer.
    ///
    /// `GET /role-insights/v1/summary` (`getRoleInsightsSummaryV1`)
    #[inline]
    pub fn get_role_insights_summary_v1(&self) -> GetRoleInsightsSummaryV1 {
        GetRoleInsightsSummaryV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Get role insights
    ///
    /// This method returns detailed role insights for each role.
    ///
    /// `GET /role-insights/v1` (`getRoleInsightsV1`)
    #[inline]
    pub fn get_role_insights_v1(&self) -> GetRoleInsightsV1 {
        GetRoleInsightsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            offset: None,
            limit: None,
            count: None,
            sorters: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Get a single role insight
    ///
    /// This endpoint gets role insights information for a role.
    ///
    /// `GET /role-insights/v1/{insightId}` (`getRoleInsightV1`)
    #[inline]
    pub fn get_role_insight_v1(
        &self,
        insight_id: impl Into<String>,
    ) -> GetRoleInsightV1 {
        GetRoleInsightV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            insight_id: insight_id.into(),
        }
    }

    /// Get entitlement insights for a role
    ///
    /// This endpoint returns entitlement insights for a role.
    ///
    /// `GET /role-insights/v1/{insightId}/entitlement-changes` (`getRoleInsightsEntitlementsChangesV1`)
    #[inline]
    pub fn get_role_insights_entitlements_changes_v1(
        &self,
        insight_id: impl Into<String>,
    ) -> GetRoleInsightsEntitlementsChangesV1 {
        GetRoleInsightsEntitlementsChangesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            insight_id: insight_id.into(),
            sorters: None,
            filters: None,
        }
    }

    /// Download entitlement insights for a role
    ///
    /// This endpoint returns the entitlement insights for a role.
    ///
    /// `GET /role-insights/v1/{insightId}/entitlement-changes/download` (`downloadRoleInsightsEntitlementsChangesV1`)
    #[inline]
    pub fn download_role_insights_entitlements_changes_v1(
        &self,
        insight_id: impl Into<String>,
    ) -> DownloadRoleInsightsEntitlementsChangesV1 {
        DownloadRoleInsightsEntitlementsChangesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            insight_id: insight_id.into(),
            sorters: None,
            filters: None,
        }
    }

    /// Get current entitlement for a role
    ///
    /// This endpoint gets the entitlements for a role. The term "current" is to distinguish from the entitlement(s) an insight might recommend adding.
    ///
    /// `GET /role-insights/v1/{insightId}/current-entitlements` (`getRoleInsightsCurrentEntitlementsV1`)
    #[inline]
    pub fn get_role_insights_current_entitlements_v1(
        &self,
        insight_id: impl Into<String>,
    ) -> GetRoleInsightsCurrentEntitlementsV1 {
        GetRoleInsightsCurrentEntitlementsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            insight_id: insight_id.into(),
            filters: None,
        }
    }

    /// Get identities for a suggested entitlement (for a role)
    ///
    /// Role insights suggests entitlements to be added for a role. This endpoint returns a list of identities in the role, with or without the entitlements, for a suggested entitlement so that the user can see which identities would be affected if the suggested entitlement were to be added to the role.
    ///
    /// `GET /role-insights/v1/{insightId}/entitlement-changes/{entitlementId}/identities` (`getEntitlementChangesIdentitiesV1`)
    #[inline]
    pub fn get_entitlement_changes_identities_v1(
        &self,
        insight_id: impl Into<String>,
        entitlement_id: impl Into<String>,
    ) -> GetEntitlementChangesIdentitiesV1 {
        GetEntitlementChangesIdentitiesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            insight_id: insight_id.into(),
            entitlement_id: entitlement_id.into(),
            has_entitlement: None,
            offset: None,
            limit: None,
            count: None,
            sorters: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }
}

/// The error statuses of [`RoleInsightsApi::create_role_insight_requests_v1`](RoleInsightsApi::create_role_insight_requests_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateRoleInsightRequestsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`RoleInsightsApi::create_role_insight_requests_v1`](RoleInsightsApi::create_role_insight_requests_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateRoleInsightRequestsV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl CreateRoleInsightRequestsV1 {
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

    /// Sends the request: `POST /role-insights/v1/requests`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleinsightsresponse,
            crate::SdkError<CreateRoleInsightRequestsV1Error>,
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
            crate::Response<models::Roleinsightsresponse>,
            crate::SdkError<CreateRoleInsightRequestsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createRoleInsightRequestsV1",
            self.options,
            move |client| {
                let path = "/role-insights/v1/requests";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RoleInsightsApi::get_role_insights_requests_v1`](RoleInsightsApi::get_role_insights_requests_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetRoleInsightsRequestsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`RoleInsightsApi::get_role_insights_requests_v1`](RoleInsightsApi::get_role_insights_requests_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsightsRequestsV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetRoleInsightsRequestsV1 {
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

    /// Sends the request: `GET /role-insights/v1/requests/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleinsightsresponse,
            crate::SdkError<GetRoleInsightsRequestsV1Error>,
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
            crate::Response<models::Roleinsightsresponse>,
            crate::SdkError<GetRoleInsightsRequestsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleInsightsRequestsV1",
            self.options,
            move |client| {
                let path = [
                    "/role-insights/v1/requests/",
                    &crate::request::path_segment(&self.id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RoleInsightsApi::get_role_insights_summary_v1`](RoleInsightsApi::get_role_insights_summary_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetRoleInsightsSummaryV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`RoleInsightsApi::get_role_insights_summary_v1`](RoleInsightsApi::get_role_insights_summary_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsightsSummaryV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetRoleInsightsSummaryV1 {
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

    /// Sends the request: `GET /role-insights/v1/summary`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Roleinsightssummary,
            crate::SdkError<GetRoleInsightsSummaryV1Error>,
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
            crate::Response<models::Roleinsightssummary>,
            crate::SdkError<GetRoleInsightsSummaryV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleInsightsSummaryV1",
            self.options,
            move |client| {
                let path = "/role-insights/v1/summary";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RoleInsightsApi::get_role_insights_v1`](RoleInsightsApi::get_role_insights_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetRoleInsightsV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`RoleInsightsApi::get_role_insights_v1`](RoleInsightsApi::get_role_insights_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsightsV1 {
    client: crate::Client,
    options: crate::request::Options,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetRoleInsightsV1 {
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

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **numberOfUpdates, identitiesWithAccess, totalNumberOfIdentities**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw*
    ///
    /// **ownerName**: *sw*
    ///
    /// **description**: *sw*
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

    /// Sends the request: `GET /role-insights/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleinsight>,
            crate::SdkError<GetRoleInsightsV1Error>,
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
            crate::Page<models::Roleinsight>,
            crate::SdkError<GetRoleInsightsV1Error>,
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
        Item = Result<models::Roleinsight, crate::SdkError<GetRoleInsightsV1Error>>,
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
            crate::Response<Vec<models::Roleinsight>>,
            crate::SdkError<GetRoleInsightsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleInsightsV1",
            self.options,
            move |client| {
                let path = "/role-insights/v1";
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
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RoleInsightsApi::get_role_insight_v1`](RoleInsightsApi::get_role_insight_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetRoleInsightV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`RoleInsightsApi::get_role_insight_v1`](RoleInsightsApi::get_role_insight_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsightV1 {
    client: crate::Client,
    options: crate::request::Options,
    insight_id: String,
}

impl GetRoleInsightV1 {
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

    /// Sends the request: `GET /role-insights/v1/{insightId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Roleinsight, crate::SdkError<GetRoleInsightV1Error>>,
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
            crate::Response<models::Roleinsight>,
            crate::SdkError<GetRoleInsightV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleInsightV1",
            self.options,
            move |client| {
                let path = [
                    "/role-insights/v1/",
                    &crate::request::path_segment(&self.insight_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RoleInsightsApi::get_role_insights_entitlements_changes_v1`](RoleInsightsApi::get_role_insights_entitlements_changes_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetRoleInsightsEntitlementsChangesV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`RoleInsightsApi::get_role_insights_entitlements_changes_v1`](RoleInsightsApi::get_role_insights_entitlements_changes_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsightsEntitlementsChangesV1 {
    client: crate::Client,
    options: crate::request::Options,
    insight_id: String,
    sorters: Option<String>,
    filters: Option<String>,
}

impl GetRoleInsightsEntitlementsChangesV1 {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **identitiesWithAccess, name**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw*
    ///
    /// **description**: *sw*
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

    /// Sends the request: `GET /role-insights/v1/{insightId}/entitlement-changes`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleinsightsentitlementchanges>,
            crate::SdkError<GetRoleInsightsEntitlementsChangesV1Error>,
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
            crate::Response<Vec<models::Roleinsightsentitlementchanges>>,
            crate::SdkError<GetRoleInsightsEntitlementsChangesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleInsightsEntitlementsChangesV1",
            self.options,
            move |client| {
                let path = [
                    "/role-insights/v1/",
                    &crate::request::path_segment(&self.insight_id),
                    "/entitlement-changes",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RoleInsightsApi::download_role_insights_entitlements_changes_v1`](RoleInsightsApi::download_role_insights_entitlements_changes_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type DownloadRoleInsightsEntitlementsChangesV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`RoleInsightsApi::download_role_insights_entitlements_changes_v1`](RoleInsightsApi::download_role_insights_entitlements_changes_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DownloadRoleInsightsEntitlementsChangesV1 {
    client: crate::Client,
    options: crate::request::Options,
    insight_id: String,
    sorters: Option<String>,
    filters: Option<String>,
}

impl DownloadRoleInsightsEntitlementsChangesV1 {
    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **identitiesWithAccess**
    ///
    /// The default sort is **identitiesWithAccess** in descending order.
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw*
    ///
    /// **description**: *sw*
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

    /// Sends the request: `GET /role-insights/v1/{insightId}/entitlement-changes/download`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<u8>,
            crate::SdkError<DownloadRoleInsightsEntitlementsChangesV1Error>,
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
            crate::SdkError<DownloadRoleInsightsEntitlementsChangesV1Error>,
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
            crate::SdkError<DownloadRoleInsightsEntitlementsChangesV1Error>,
        >,
    > {
        crate::request::streaming(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "downloadRoleInsightsEntitlementsChangesV1",
            self.options,
            move |client| {
                let path = [
                    "/role-insights/v1/",
                    &crate::request::path_segment(&self.insight_id),
                    "/entitlement-changes/download",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "text/csv");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RoleInsightsApi::get_role_insights_current_entitlements_v1`](RoleInsightsApi::get_role_insights_current_entitlements_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetRoleInsightsCurrentEntitlementsV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`RoleInsightsApi::get_role_insights_current_entitlements_v1`](RoleInsightsApi::get_role_insights_current_entitlements_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetRoleInsightsCurrentEntitlementsV1 {
    client: crate::Client,
    options: crate::request::Options,
    insight_id: String,
    filters: Option<String>,
}

impl GetRoleInsightsCurrentEntitlementsV1 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **name**: *sw*
    ///
    /// **description**: *sw*
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

    /// Sends the request: `GET /role-insights/v1/{insightId}/current-entitlements`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleinsightsentitlement>,
            crate::SdkError<GetRoleInsightsCurrentEntitlementsV1Error>,
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
            crate::Response<Vec<models::Roleinsightsentitlement>>,
            crate::SdkError<GetRoleInsightsCurrentEntitlementsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getRoleInsightsCurrentEntitlementsV1",
            self.options,
            move |client| {
                let path = [
                    "/role-insights/v1/",
                    &crate::request::path_segment(&self.insight_id),
                    "/current-entitlements",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`RoleInsightsApi::get_entitlement_changes_identities_v1`](RoleInsightsApi::get_entitlement_changes_identities_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_500`](crate::apis::errors::Errors400_401_403_500).
pub type GetEntitlementChangesIdentitiesV1Error = crate::apis::errors::Errors400_401_403_500;

/// The request of [`RoleInsightsApi::get_entitlement_changes_identities_v1`](RoleInsightsApi::get_entitlement_changes_identities_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetEntitlementChangesIdentitiesV1 {
    client: crate::Client,
    options: crate::request::Options,
    insight_id: String,
    entitlement_id: String,
    has_entitlement: Option<bool>,
    offset: Option<i32>,
    limit: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetEntitlementChangesIdentitiesV1 {
    /// Identity has this entitlement or not
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn has_entitlement(mut self, has_entitlement: bool) -> Self {
        self.has_entitlement = Some(has_entitlement);
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
    /// **name**: *sw*
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

    /// Sends the request: `GET /role-insights/v1/{insightId}/entitlement-changes/{entitlementId}/identities`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Roleinsightsidentities>,
            crate::SdkError<GetEntitlementChangesIdentitiesV1Error>,
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
            crate::Page<models::Roleinsightsidentities>,
            crate::SdkError<GetEntitlementChangesIdentitiesV1Error>,
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
            models::Roleinsightsidentities,
            crate::SdkError<GetEntitlementChangesIdentitiesV1Error>,
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
            crate::Response<Vec<models::Roleinsightsidentities>>,
            crate::SdkError<GetEntitlementChangesIdentitiesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getEntitlementChangesIdentitiesV1",
            self.options,
            move |client| {
                let path = [
                    "/role-insights/v1/",
                    &crate::request::path_segment(&self.insight_id),
                    "/entitlement-changes/",
                    &crate::request::path_segment(&self.entitlement_id),
                    "/identities",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.has_entitlement {
                    query.push(("hasEntitlement", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
