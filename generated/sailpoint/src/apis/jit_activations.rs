//! Use this API to start and manage Just-In-Time (JIT) Privileged activation workflows for entitlement connections,
//! and to search activation history.
//!
//! OAuth scopes: **idn:jit-activation-workflow:*** (activate, extend, deactivate, manage) for workflow APIs.
//! **idn:jit-activation-history:read** (admin history view) and **idn:jit-activation-history-self:read** (self history view).

use crate::models;

/// The JIT Activations operations: get them from [`Client::jit_activations`](crate::Client::jit_activations).
#[derive(Debug, Clone, Copy)]
pub struct JitActivationsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The JIT Activations operations.
    #[inline]
    pub fn jit_activations(&self) -> JitActivationsApi<'_> {
        JitActivationsApi { client: self }
    }
}

impl<'a> JitActivationsApi<'a> {
    /// Start JIT activation workflow
    ///
    /// Starts a JIT Privileged (JIT P) activation workflow for the given entitlement connection and duration.
    /// The service performs quick validation; the workflow performs additional validation.
    ///
    /// The response is returned with HTTP 202 Accepted while the workflow initializes.
    ///
    /// `POST /jit-activations/v1/activate` (`startActivateWorkflowV1`)
    #[inline]
    pub fn start_activate_workflow_v1(
        &self,
        jitactivationactivaterequest: models::Jitactivationactivaterequest,
    ) -> StartActivateWorkflowV1 {
        StartActivateWorkflowV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            jitactivationactivaterequest,
        }
    }

    /// Deactivate JIT activation workflow
    ///
    /// Sends a signal to a running JIT Privileged (JIT P) activation workflow to deactivate.
    ///
    /// This request cannot be applied to a workflow that does not exist or whose execution has already completed.
    /// The client receives an error response in those cases.
    ///
    /// The response is returned with HTTP 202 Accepted after the signal is sent.
    ///
    /// `POST /jit-activations/v1/deactivate` (`startDeactivateWorkflowV1`)
    #[inline]
    pub fn start_deactivate_workflow_v1(
        &self,
        jitactivationdeactivaterequest: models::Jitactivationdeactivaterequest,
    ) -> StartDeactivateWorkflowV1 {
        StartDeactivateWorkflowV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            jitactivationdeactivaterequest,
        }
    }

    /// Extend JIT activation workflow
    ///
    /// Sends a signal to a running JIT Privileged (JIT P) activation workflow to extend the activation period
    /// by the requested number of minutes.
    ///
    /// This request cannot be applied to a workflow that does not exist or whose execution has already completed.
    /// The client receives an error response in those cases.
    ///
    /// The response is returned with HTTP 202 Accepted after the signal is sent.
    ///
    /// `POST /jit-activations/v1/extend` (`startExtendWorkflowV1`)
    #[inline]
    pub fn start_extend_workflow_v1(
        &self,
        jitactivationextendrequest: models::Jitactivationextendrequest,
    ) -> StartExtendWorkflowV1 {
        StartExtendWorkflowV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            jitactivationextendrequest,
        }
    }

    /// List JIT activation history (admin)
    ///
    /// Returns JIT activation history records for the tenant.
    ///
    /// This is the admin/operator view - it returns activations across all identities in the tenant.
    /// Requires `idn:jit-activation-history:read`.
    ///
    /// Returns HTTP 403 when the `PSPM_858_JIT_ACCESS_ACTIVATION_HISTORY_SEARCH` feature flag is disabled.
    ///
    /// `GET /jit-activation-history/v1` (`listJitActivationHistoryV1`)
    #[inline]
    pub fn list_jit_activation_history_v1(&self) -> ListJitActivationHistoryV1 {
        ListJitActivationHistoryV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            search_after: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// List JIT activation history (self)
    ///
    /// Returns JIT activation history records for the authenticated identity only.
    ///
    /// This is the self-service view - results are automatically scoped to the calling identity.
    /// Requires `idn:jit-activation-history-self:read`.
    ///
    /// Returns HTTP 403 when the `PSPM_858_JIT_ACCESS_ACTIVATION_HISTORY_SEARCH` feature flag is disabled.
    ///
    /// `GET /jit-activation-history/v1/current-identity` (`listJitActivationHistoryForCurrentIdentityV1`)
    #[inline]
    pub fn list_jit_activation_history_for_current_identity_v1(
        &self,
    ) -> ListJitActivationHistoryForCurrentIdentityV1 {
        ListJitActivationHistoryForCurrentIdentityV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            search_after: None,
            filters: None,
            listing: crate::pagination::Listing::default(),
        }
    }
}

/// The error statuses of [`JitActivationsApi::start_activate_workflow_v1`](JitActivationsApi::start_activate_workflow_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type StartActivateWorkflowV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`JitActivationsApi::start_activate_workflow_v1`](JitActivationsApi::start_activate_workflow_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartActivateWorkflowV1 {
    client: crate::Client,
    options: crate::request::Options,
    jitactivationactivaterequest: models::Jitactivationactivaterequest,
}

impl StartActivateWorkflowV1 {
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

    /// Sends the request: `POST /jit-activations/v1/activate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Jitactivationactivateresponse,
            crate::SdkError<StartActivateWorkflowV1Error>,
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
            crate::Response<models::Jitactivationactivateresponse>,
            crate::SdkError<StartActivateWorkflowV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startActivateWorkflowV1",
            self.options,
            move |client| {
                let path = "/jit-activations/v1/activate";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jitactivationactivaterequest;
                    request = crate::request::with_json(
                        "startActivateWorkflowV1",
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

/// The error statuses of [`JitActivationsApi::start_deactivate_workflow_v1`](JitActivationsApi::start_deactivate_workflow_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartDeactivateWorkflowV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`JitActivationsApi::start_deactivate_workflow_v1`](JitActivationsApi::start_deactivate_workflow_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartDeactivateWorkflowV1 {
    client: crate::Client,
    options: crate::request::Options,
    jitactivationdeactivaterequest: models::Jitactivationdeactivaterequest,
}

impl StartDeactivateWorkflowV1 {
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

    /// Sends the request: `POST /jit-activations/v1/deactivate`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Jitactivationdeactivateresponse,
            crate::SdkError<StartDeactivateWorkflowV1Error>,
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
            crate::Response<models::Jitactivationdeactivateresponse>,
            crate::SdkError<StartDeactivateWorkflowV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startDeactivateWorkflowV1",
            self.options,
            move |client| {
                let path = "/jit-activations/v1/deactivate";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jitactivationdeactivaterequest;
                    request = crate::request::with_json(
                        "startDeactivateWorkflowV1",
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

/// The error statuses of [`JitActivationsApi::start_extend_workflow_v1`](JitActivationsApi::start_extend_workflow_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type StartExtendWorkflowV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`JitActivationsApi::start_extend_workflow_v1`](JitActivationsApi::start_extend_workflow_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct StartExtendWorkflowV1 {
    client: crate::Client,
    options: crate::request::Options,
    jitactivationextendrequest: models::Jitactivationextendrequest,
}

impl StartExtendWorkflowV1 {
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

    /// Sends the request: `POST /jit-activations/v1/extend`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Jitactivationextendresponse,
            crate::SdkError<StartExtendWorkflowV1Error>,
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
            crate::Response<models::Jitactivationextendresponse>,
            crate::SdkError<StartExtendWorkflowV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "startExtendWorkflowV1",
            self.options,
            move |client| {
                let path = "/jit-activations/v1/extend";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jitactivationextendrequest;
                    request = crate::request::with_json(
                        "startExtendWorkflowV1",
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

/// The error statuses of [`JitActivationsApi::list_jit_activation_history_v1`](JitActivationsApi::list_jit_activation_history_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListJitActivationHistoryV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`JitActivationsApi::list_jit_activation_history_v1`](JitActivationsApi::list_jit_activation_history_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListJitActivationHistoryV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    search_after: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListJitActivationHistoryV1 {
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
    /// Sorting is supported for the following fields: **activationInitiated, provisionCompleted, status**
    ///
    /// Default sort is **-activationInitiated** (newest first).
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Used to begin the search window at the values specified. This parameter consists of the last values of the sorted fields in the current record set.
    ///
    /// searchAfter length must match the number of sorters. Used to paginate beyond the offset limit of 10,000.
    ///
    /// It is recommended to always include the ID of the object in addition to any other sort fields to ensure no duplicate results while paging.
    ///
    /// For example, if sorting by activationInitiated you will also want to include ID: searchAfter=2026-07-08T14:33:52.029Z,367fb802-1026-1835-a619-11a56e4c5be3&sorters=activationInitiated,id
    #[inline]
    pub fn search_after(mut self, search_after: impl Into<String>) -> Self {
        self.search_after = Some(search_after.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **identityId**: *eq, in*
    ///
    /// **entitlementId**: *eq, in*
    ///
    /// **sourceId**: *eq*
    ///
    /// **connectionId**: *eq*
    ///
    /// **status**: *eq, in*
    ///
    /// **activationInitiated**: *gt, lt, ge, le*
    ///
    /// **policyFrictionOutcome**: *eq, in*
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

    /// Sends the request: `GET /jit-activation-history/v1`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Jitactivationhistorydocument>,
            crate::SdkError<ListJitActivationHistoryV1Error>,
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
            crate::Page<models::Jitactivationhistorydocument>,
            crate::SdkError<ListJitActivationHistoryV1Error>,
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
            models::Jitactivationhistorydocument,
            crate::SdkError<ListJitActivationHistoryV1Error>,
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
            crate::Response<Vec<models::Jitactivationhistorydocument>>,
            crate::SdkError<ListJitActivationHistoryV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listJitActivationHistoryV1",
            self.options,
            move |client| {
                let path = "/jit-activation-history/v1";
                let mut request = client.request(reqwest::Method::GET, path);
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
                if let Some(value) = &self.search_after {
                    query.push(("searchAfter", value.clone()));
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

/// The error statuses of [`JitActivationsApi::list_jit_activation_history_for_current_identity_v1`](JitActivationsApi::list_jit_activation_history_for_current_identity_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListJitActivationHistoryForCurrentIdentityV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`JitActivationsApi::list_jit_activation_history_for_current_identity_v1`](JitActivationsApi::list_jit_activation_history_for_current_identity_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListJitActivationHistoryForCurrentIdentityV1 {
    client: crate::Client,
    options: crate::request::Options,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    search_after: Option<String>,
    filters: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListJitActivationHistoryForCurrentIdentityV1 {
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
    /// Sorting is supported for the following fields: **activationInitiated, provisionCompleted, status**
    ///
    /// Default sort is **-activationInitiated** (newest first).
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Used to begin the search window at the values specified. This parameter consists of the last values of the sorted fields in the current record set.
    ///
    /// searchAfter length must match the number of sorters. Used to paginate beyond the offset limit of 10,000.
    ///
    /// It is recommended to always include the ID of the object in addition to any other sort fields to ensure no duplicate results while paging.
    ///
    /// For example, if sorting by activationInitiated you will also want to include ID: searchAfter=2026-07-08T14:33:52.029Z,367fb802-1026-1835-a619-11a56e4c5be3&sorters=activationInitiated,id
    #[inline]
    pub fn search_after(mut self, search_after: impl Into<String>) -> Self {
        self.search_after = Some(search_after.into());
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **entitlementId**: *eq, in*
    ///
    /// **sourceId**: *eq*
    ///
    /// **connectionId**: *eq*
    ///
    /// **status**: *eq, in*
    ///
    /// **activationInitiated**: *gt, lt, ge, le*
    ///
    /// **policyFrictionOutcome**: *eq, in*
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

    /// Sends the request: `GET /jit-activation-history/v1/current-identity`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Jitactivationhistorydocument>,
            crate::SdkError<ListJitActivationHistoryForCurrentIdentityV1Error>,
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
            crate::Page<models::Jitactivationhistorydocument>,
            crate::SdkError<ListJitActivationHistoryForCurrentIdentityV1Error>,
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
            models::Jitactivationhistorydocument,
            crate::SdkError<ListJitActivationHistoryForCurrentIdentityV1Error>,
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
            crate::Response<Vec<models::Jitactivationhistorydocument>>,
            crate::SdkError<ListJitActivationHistoryForCurrentIdentityV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listJitActivationHistoryForCurrentIdentityV1",
            self.options,
            move |client| {
                let path = "/jit-activation-history/v1/current-identity";
                let mut request = client.request(reqwest::Method::GET, path);
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
                if let Some(value) = &self.search_after {
                    query.push(("searchAfter", value.clone()));
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
