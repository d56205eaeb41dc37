//! Experimental APIs for machine identity lifecycle requests (`ACTIVATE`, `DEACTIVATE`), including
//! approval and provisioning status. Pass the `X-SailPoint-Experimental` header on every request.
//!
//! Read and cancel by `requestId` return **403** for authorization denials
//! (`FORBIDDEN.lifecycle-request-access-denied`) and non-`AI_AGENT` rows
//! (`FORBIDDEN.unsupported-type`). Unknown ids and target-type mismatches return **404**
//! (`NOT_FOUND.detailed`).

use crate::models;

/// The Machine Identity Lifecycle Actions operations: get them from [`Client::machine_identity_lifecycle_actions`](crate::Client::machine_identity_lifecycle_actions).
#[derive(Debug, Clone, Copy)]
pub struct MachineIdentityLifecycleActionsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Machine Identity Lifecycle Actions operations.
    #[inline]
    pub fn machine_identity_lifecycle_actions(
        &self,
    ) -> MachineIdentityLifecycleActionsApi<'_> {
        MachineIdentityLifecycleActionsApi {
            client: self,
        }
    }
}

impl<'a> MachineIdentityLifecycleActionsApi<'a> {
    /// Submit machine identity lifecycle action
    ///
    /// Creates a lifecycle request for the target machine identity and returns the created lifecycle
    /// snapshot.
    ///
    /// The response includes the generated `requestId`, which is used by
    /// <https://developer.sailpoint.com/docs/api/list-machine-identity-lifecycle-actions-v-1>,
    /// <https://developer.sailpoint.com/docs/api/get-machine-identity-lifecycle-action-v-1>, and
    /// <https://developer.sailpoint.com/docs/api/cancel-machine-identity-lifecycle-action-v-1>
    ///
    /// Authorization is enforced in the service layer. Callers must have the
    /// `idn:machine-identity-lifecycle-action:manage` scope or role-context access to the target machine
    /// identity (organization admin, source admin, scoped source sub-admin, or effective owner).
    ///
    /// Supported actions are `DEACTIVATE`, `ACTIVATE`.
    ///
    /// `POST /machine-identities/v1/{id}/lifecycle-actions` (`submitMachineIdentityLifecycleActionV1`)
    #[inline]
    pub fn submit_machine_identity_lifecycle_action_v1(
        &self,
        id: impl Into<String>,
        lifecycleactionsubmitrequest: models::Lifecycleactionsubmitrequest,
    ) -> SubmitMachineIdentityLifecycleActionV1 {
        SubmitMachineIdentityLifecycleActionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            lifecycleactionsubmitrequest,
        }
    }

    /// List lifecycle actions
    ///
    /// Lists lifecycle requests visible to the requester identity in the current request context.
    ///
    /// Results are automatically scoped to the calling identity. If requester identity context is
    /// missing, an empty list is returned.
    ///
    /// When `limit` is omitted, this endpoint applies a default limit of 50.
    ///
    /// `GET /machine-identities/v1/lifecycle-actions` (`listMachineIdentityLifecycleActionsV1`)
    #[inline]
    pub fn list_machine_identity_lifecycle_actions_v1(
        &self,
    ) -> ListMachineIdentityLifecycleActionsV1 {
        ListMachineIdentityLifecycleActionsV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            filters: None,
            sorters: None,
            limit: None,
            offset: None,
            count: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Get lifecycle action by requestId
    ///
    /// Returns one lifecycle request snapshot by `requestId`. Used for request-level inspection,
    /// including cancel acceptance and subsequent status changes.
    ///
    /// The original requester is always allowed to read their request. Otherwise, callers must have
    /// the `idn:machine-identity-lifecycle-action:manage` scope **and** role-context access to the target
    /// machine identity (organization admin, source admin, scoped source sub-admin, or effective owner).
    ///
    /// **403 Forbidden**
    ///
    /// - `FORBIDDEN.lifecycle-request-access-denied` - caller is not the submitter and lacks both the
    ///   `idn:machine-identity-lifecycle-action:manage` scope and target role-context (response includes `requestId` as a parameter).
    /// - `FORBIDDEN.unsupported-type` - the persisted lifecycle row is not scoped to `AI_AGENT`
    ///   (`targetType` on read-by-request-id paths).
    ///
    /// **404 Not Found**
    ///
    /// - `NOT_FOUND.detailed` - unknown `requestId`, or persisted `targetType` does not match the
    ///   target machine identity's subtype-to-resource-type mapping.
    ///
    /// `GET /machine-identities/v1/lifecycle-actions/{requestId}` (`getMachineIdentityLifecycleActionV1`)
    #[inline]
    pub fn get_machine_identity_lifecycle_action_v1(
        &self,
        request_id: impl Into<String>,
    ) -> GetMachineIdentityLifecycleActionV1 {
        GetMachineIdentityLifecycleActionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            request_id: request_id.into(),
        }
    }

    /// Cancel lifecycle action
    ///
    /// Attempts to cancel a lifecycle request before provisioning starts.
    ///
    /// The path `requestId` is authoritative for lookup and authorization. The request body is
    /// optional and may carry cancel metadata such as `comment`. Any `requestId` value in the body is
    /// ignored.
    ///
    /// Workflow cancel signaling is attempted before the request is persisted as `CANCELING`. If
    /// signaling fails, the service returns **503** (`DOWNSTREAM_SERVICE_UNAVAILABLE`, cause
    /// `workflow-signal-failed`) and the lifecycle request status is unchanged.
    ///
    /// Invalid cancel states are returned as **400** (`INVALID_REQUEST_IN_CURRENT_STATE` variants).
    ///
    /// Cancel authorization matches <https://developer.sailpoint.com/docs/api/get-machine-identity-lifecycle-action-v-1>:
    /// the original submitter is always allowed; otherwise callers must have the
    /// `idn:machine-identity-lifecycle-action:manage` scope **and** target role-context access.
    ///
    /// **403 Forbidden**
    ///
    /// - `FORBIDDEN.lifecycle-request-access-denied` - caller is not the submitter and lacks both the
    ///   `idn:machine-identity-lifecycle-action:manage` scope and target role-context.
    /// - `FORBIDDEN.unsupported-type` - the persisted lifecycle row is not scoped to `AI_AGENT`.
    ///
    /// **404 Not Found**
    ///
    /// - `NOT_FOUND.detailed` - unknown `requestId`, or persisted `targetType`/target-identity subtype
    ///   mismatch.
    ///
    /// `POST /machine-identities/v1/lifecycle-actions/{requestId}/cancel` (`cancelMachineIdentityLifecycleActionV1`)
    #[inline]
    pub fn cancel_machine_identity_lifecycle_action_v1(
        &self,
        request_id: impl Into<String>,
    ) -> CancelMachineIdentityLifecycleActionV1 {
        CancelMachineIdentityLifecycleActionV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            request_id: request_id.into(),
            cancellifecycleactionrequest: None,
        }
    }
}

/// The error statuses of [`MachineIdentityLifecycleActionsApi::submit_machine_identity_lifecycle_action_v1`](MachineIdentityLifecycleActionsApi::submit_machine_identity_lifecycle_action_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SubmitMachineIdentityLifecycleActionV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineIdentityLifecycleActionsApi::submit_machine_identity_lifecycle_action_v1`](MachineIdentityLifecycleActionsApi::submit_machine_identity_lifecycle_action_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SubmitMachineIdentityLifecycleActionV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    lifecycleactionsubmitrequest: models::Lifecycleactionsubmitrequest,
}

impl SubmitMachineIdentityLifecycleActionV1 {
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

    /// Sends the request: `POST /machine-identities/v1/{id}/lifecycle-actions`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Lifecycleactionsubmitresponse,
            crate::SdkError<SubmitMachineIdentityLifecycleActionV1Error>,
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
            crate::Response<models::Lifecycleactionsubmitresponse>,
            crate::SdkError<SubmitMachineIdentityLifecycleActionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "submitMachineIdentityLifecycleActionV1",
            self.options,
            move |client| {
                let path = [
                    "/machine-identities/v1/",
                    &crate::request::path_segment(&self.id),
                    "/lifecycle-actions",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.lifecycleactionsubmitrequest;
                    request = crate::request::with_json(
                        "submitMachineIdentityLifecycleActionV1",
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

/// The error statuses of [`MachineIdentityLifecycleActionsApi::list_machine_identity_lifecycle_actions_v1`](MachineIdentityLifecycleActionsApi::list_machine_identity_lifecycle_actions_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListMachineIdentityLifecycleActionsV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`MachineIdentityLifecycleActionsApi::list_machine_identity_lifecycle_actions_v1`](MachineIdentityLifecycleActionsApi::list_machine_identity_lifecycle_actions_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListMachineIdentityLifecycleActionsV1 {
    client: crate::Client,
    options: crate::request::Options,
    filters: Option<String>,
    sorters: Option<String>,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    listing: crate::pagination::Listing,
}

impl ListMachineIdentityLifecycleActionsV1 {
    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **resourceType**: *eq, in*
    ///
    /// **operationType**: *eq, in*
    ///
    /// **status**: *eq, in*
    ///
    /// **completed**: *eq*
    ///
    /// **targetId**: *eq*
    ///
    /// **targetName**: *eq, sw*
    ///
    /// **sourceId**: *eq*
    ///
    /// **created**: *gt, ge, lt, le*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, modified, status**
    ///
    /// Default sort is **-created** (newest first).
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Max number of results to return. When omitted, the default limit is 50. The maximum allowed limit is 250.
    ///
    /// See [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters) for more information.
    ///
    /// The server's default: `50`.
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

    /// Sends the request: `GET /machine-identities/v1/lifecycle-actions`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Lifecycleactionrequest>,
            crate::SdkError<ListMachineIdentityLifecycleActionsV1Error>,
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
            crate::Page<models::Lifecycleactionrequest>,
            crate::SdkError<ListMachineIdentityLifecycleActionsV1Error>,
        >,
    > {
        crate::request::page(self.call())
    }

    /// Every item of every page from `offset`, fetched as the stream is read: pages of
    /// `limit` items (50 if not set), up to [`max_items`](Self::max_items),
    /// in order. As many pages are in flight as the client's rate limit and the reader's pace
    /// allow, planned from the total the first page counts; the
    /// end of the list is never an error, even where the tenant answers 400 for the offset past
    /// a full last page. Dropping the stream cancels the requests in flight.
    #[inline]
    pub fn items(
        self,
    ) -> impl futures_util::Stream<
        Item = Result<
            models::Lifecycleactionrequest,
            crate::SdkError<ListMachineIdentityLifecycleActionsV1Error>,
        >,
    > {
        let paging = crate::pagination::Paging {
            offset: self.offset.map_or(0, i64::from),
            page_size: self.limit.map_or(50, i64::from),
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
            crate::Response<Vec<models::Lifecycleactionrequest>>,
            crate::SdkError<ListMachineIdentityLifecycleActionsV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listMachineIdentityLifecycleActionsV1",
            self.options,
            move |client| {
                let path = "/machine-identities/v1/lifecycle-actions";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`MachineIdentityLifecycleActionsApi::get_machine_identity_lifecycle_action_v1`](MachineIdentityLifecycleActionsApi::get_machine_identity_lifecycle_action_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetMachineIdentityLifecycleActionV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineIdentityLifecycleActionsApi::get_machine_identity_lifecycle_action_v1`](MachineIdentityLifecycleActionsApi::get_machine_identity_lifecycle_action_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetMachineIdentityLifecycleActionV1 {
    client: crate::Client,
    options: crate::request::Options,
    request_id: String,
}

impl GetMachineIdentityLifecycleActionV1 {
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

    /// Sends the request: `GET /machine-identities/v1/lifecycle-actions/{requestId}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Lifecycleactionrequest,
            crate::SdkError<GetMachineIdentityLifecycleActionV1Error>,
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
            crate::Response<models::Lifecycleactionrequest>,
            crate::SdkError<GetMachineIdentityLifecycleActionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getMachineIdentityLifecycleActionV1",
            self.options,
            move |client| {
                let path = [
                    "/machine-identities/v1/lifecycle-actions/",
                    &crate::request::path_segment(&self.request_id),
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

/// The error statuses of [`MachineIdentityLifecycleActionsApi::cancel_machine_identity_lifecycle_action_v1`](MachineIdentityLifecycleActionsApi::cancel_machine_identity_lifecycle_action_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CancelMachineIdentityLifecycleActionV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`MachineIdentityLifecycleActionsApi::cancel_machine_identity_lifecycle_action_v1`](MachineIdentityLifecycleActionsApi::cancel_machine_identity_lifecycle_action_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelMachineIdentityLifecycleActionV1 {
    client: crate::Client,
    options: crate::request::Options,
    request_id: String,
    cancellifecycleactionrequest: Option<models::Cancellifecycleactionrequest>,
}

impl CancelMachineIdentityLifecycleActionV1 {
    /// The request body.
    #[inline]
    pub fn cancellifecycleactionrequest(
        mut self,
        cancellifecycleactionrequest: models::Cancellifecycleactionrequest,
    ) -> Self {
        self.cancellifecycleactionrequest = Some(cancellifecycleactionrequest);
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

    /// Sends the request: `POST /machine-identities/v1/lifecycle-actions/{requestId}/cancel`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Cancellifecycleactionresponse,
            crate::SdkError<CancelMachineIdentityLifecycleActionV1Error>,
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
            crate::Response<models::Cancellifecycleactionresponse>,
            crate::SdkError<CancelMachineIdentityLifecycleActionV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "cancelMachineIdentityLifecycleActionV1",
            self.options,
            move |client| {
                let path = [
                    "/machine-identities/v1/lifecycle-actions/",
                    &crate::request::path_segment(&self.request_id),
                    "/cancel",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                if let Some(value) = &self.cancellifecycleactionrequest {
                    request = crate::request::with_json(
                        "cancelMachineIdentityLifecycleActionV1",
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
