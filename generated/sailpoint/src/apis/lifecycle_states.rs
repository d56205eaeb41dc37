//! Use this API to implement and customize lifecycle state functionality.
//! With this functionality in place, administrators can create and configure custom lifecycle states for use across their organizations, which is key to controlling which users have access, when they have access, and the access they have.
//!
//! A lifecycle state describes a user's status in a company. For example, two lifecycle states come by default with Identity Security Cloud: 'Active' and 'Inactive.'
//! When an active employee takes an extended leave of absence from a company, his or her lifecycle state may change to 'Inactive,' for security purposes.
//! The inactive employee would lose access to all the applications, sources, and sensitive data during the leave of absence, but when the employee returns and becomes active again, all that access would be restored.
//! This saves administrators the time that would otherwise be spent provisioning the employee's access to each individual tool, reviewing the employee's certification history, etc.
//!
//! Administrators can create a variety of custom lifecycle states. Refer to [Planning New Lifecycle States](https://documentation.sailpoint.com/saas/help/provisioning/lifecycle.html#planning-new-lifecycle-states) for some custom lifecycle state ideas.
//!
//! Administrators must define the criteria for being in each lifecycle state, and they must define how Identity Security Cloud manages users' access to apps and sources for each lifecycle state.
//!
//! In Identity Security Cloud, administrators can manage lifecycle states by going to Admin > Identities > Identity Profile, selecting the identity profile whose lifecycle states they want to manage, selecting the 'Provisioning' tab, and using the left panel to either select the lifecycle state they want to modify or create a new lifecycle state.
//!
//! In the 'Provisioning' tab, administrators can make the following access changes to an identity profile's lifecycle state:
//!
//! - Enable/disable the lifecycle state for the identity profile.
//!
//! - Enable/disable source accounts for the identity profile's lifecycle state.
//!
//! - Add existing access profiles to grant to the identity profiles in that lifecycle state.
//!
//! - Create a new access profile to grant to the identity profile in that lifecycle state.
//!
//! Access profiles granted in a previous lifecycle state are automatically revoked when the identity moves to a new lifecycle state.
//! To maintain access across multiple lifecycle states, administrators must grant the access profiles in each lifecycle state.
//! For example, if an administrator wants users with the 'HR Employee' identity profile to maintain their building access in both the 'Active' and 'Leave of Absence' lifecycle states, the administrator must grant the access profile for that building access to both lifecycle states.
//!
//! During scheduled refreshes, Identity Security Cloud evaluates lifecycle states to determine whether their assigned identities have the access defined in the lifecycle states' access profiles.
//! If the identities are missing access, Identity Security Cloud provisions that access.
//!
//! Administrators can also use the 'Provisioning' tab to configure email notifications for Identity Security Cloud to send whenever an identity with that identity profile has a lifecycle state change.
//! Refer to [Configuring Lifecycle State Notifications](https://documentation.sailpoint.com/saas/help/provisioning/lifecycle.html#configuring-lifecycle-state-notifications) for more information on how to do so.
//!
//! An identity's lifecycle state can have four different statuses: the lifecycle state's status can be 'Active,' it can be 'Not Set,' it can be 'Not Valid,' or it 'Does Not Match Technical Name Case.'
//! Refer to [Moving Identities into Lifecycle States](https://documentation.sailpoint.com/saas/help/provisioning/lifecycle.html#moving-identities-into-lifecycle-states) for more information about these different lifecycle state statuses.
//!
//! Refer to [Setting Up Lifecycle States](https://documentation.sailpoint.com/saas/help/provisioning/lifecycle.html) for more information about lifecycle states.

use crate::models;

/// The Lifecycle States operations: get them from [`Client::lifecycle_states`](crate::Client::lifecycle_states).
#[derive(Debug, Clone, Copy)]
pub struct LifecycleStatesApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Lifecycle States operations.
    #[inline]
    pub fn lifecycle_states(&self) -> LifecycleStatesApi<'_> {
        LifecycleStatesApi { client: self }
    }
}

impl<'a> LifecycleStatesApi<'a> {
    /// Set lifecycle state
    ///
    /// Use this API to set/update an identity's lifecycle state to the one provided and update the corresponding identity profile.
    ///
    /// `POST /identities/v1/{identity-id}/set-lifecycle-state` (`setLifecycleStateV1`)
    #[inline]
    pub fn set_lifecycle_state_v1(
        &self,
        identity_id: impl Into<String>,
        set_lifecycle_state_v1_request: models::SetLifecycleStateV1Request,
    ) -> SetLifecycleStateV1 {
        SetLifecycleStateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_id: identity_id.into(),
            set_lifecycle_state_v1_request,
        }
    }

    /// Lists lifecyclestates
    ///
    /// Use this endpoint to list all lifecycle states by their associated identity profiles.
    ///
    /// `GET /identity-profiles/v1/{identity-profile-id}/lifecycle-states` (`getLifecycleStatesV1`)
    #[inline]
    pub fn get_lifecycle_states_v1(
        &self,
        identity_profile_id: impl Into<String>,
    ) -> GetLifecycleStatesV1 {
        GetLifecycleStatesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
            limit: None,
            offset: None,
            count: None,
            sorters: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Create lifecycle state
    ///
    /// Use this endpoint to create a lifecycle state.
    ///
    /// `POST /identity-profiles/v1/{identity-profile-id}/lifecycle-states` (`createLifecycleStateV1`)
    #[inline]
    pub fn create_lifecycle_state_v1(
        &self,
        identity_profile_id: impl Into<String>,
        lifecyclestate: models::Lifecyclestate,
    ) -> CreateLifecycleStateV1 {
        CreateLifecycleStateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
            lifecyclestate,
        }
    }

    /// Get lifecycle state
    ///
    /// Use this endpoint to get a lifecycle state by its ID and its associated identity profile ID.
    ///
    /// `GET /identity-profiles/v1/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}` (`getLifecycleStateV1`)
    #[inline]
    pub fn get_lifecycle_state_v1(
        &self,
        identity_profile_id: impl Into<String>,
        lifecycle_state_id: impl Into<String>,
    ) -> GetLifecycleStateV1 {
        GetLifecycleStateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
            lifecycle_state_id: lifecycle_state_id.into(),
        }
    }

    /// Delete lifecycle state
    ///
    /// Use this endpoint to delete the lifecycle state by its ID.
    ///
    /// `DELETE /identity-profiles/v1/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}` (`deleteLifecycleStateV1`)
    #[inline]
    pub fn delete_lifecycle_state_v1(
        &self,
        identity_profile_id: impl Into<String>,
        lifecycle_state_id: impl Into<String>,
    ) -> DeleteLifecycleStateV1 {
        DeleteLifecycleStateV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
            lifecycle_state_id: lifecycle_state_id.into(),
        }
    }

    /// Update lifecycle state
    ///
    /// Use this endpoint to update individual lifecycle state fields, using the [JSON Patch](https://tools.ietf.org/html/rfc6902) standard.
    ///
    /// `PATCH /identity-profiles/v1/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}` (`updateLifecycleStatesV1`)
    #[inline]
    pub fn update_lifecycle_states_v1(
        &self,
        identity_profile_id: impl Into<String>,
        lifecycle_state_id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> UpdateLifecycleStatesV1 {
        UpdateLifecycleStatesV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
            lifecycle_state_id: lifecycle_state_id.into(),
            jsonpatchoperation,
        }
    }
}

/// The error statuses of [`LifecycleStatesApi::set_lifecycle_state_v1`](LifecycleStatesApi::set_lifecycle_state_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type SetLifecycleStateV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LifecycleStatesApi::set_lifecycle_state_v1`](LifecycleStatesApi::set_lifecycle_state_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetLifecycleStateV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_id: String,
    set_lifecycle_state_v1_request: models::SetLifecycleStateV1Request,
}

impl SetLifecycleStateV1 {
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

    /// Sends the request: `POST /identities/v1/{identity-id}/set-lifecycle-state`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::SetLifecycleStateV1200Response,
            crate::SdkError<SetLifecycleStateV1Error>,
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
            crate::Response<models::SetLifecycleStateV1200Response>,
            crate::SdkError<SetLifecycleStateV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setLifecycleStateV1",
            self.options,
            move |client| {
                let path = [
                    "/identities/v1/",
                    &crate::request::path_segment(&self.identity_id),
                    "/set-lifecycle-state",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.set_lifecycle_state_v1_request;
                    request = crate::request::with_json(
                        "setLifecycleStateV1",
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

/// The error statuses of [`LifecycleStatesApi::get_lifecycle_states_v1`](LifecycleStatesApi::get_lifecycle_states_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetLifecycleStatesV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`LifecycleStatesApi::get_lifecycle_states_v1`](LifecycleStatesApi::get_lifecycle_states_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLifecycleStatesV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
    limit: Option<i32>,
    offset: Option<i32>,
    count: Option<bool>,
    sorters: Option<String>,
    listing: crate::pagination::Listing,
}

impl GetLifecycleStatesV1 {
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
    /// Sorting is supported for the following fields: **name, priority, created, modified**
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

    /// Sends the request: `GET /identity-profiles/v1/{identity-profile-id}/lifecycle-states`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::Lifecyclestate>,
            crate::SdkError<GetLifecycleStatesV1Error>,
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
            crate::Page<models::Lifecyclestate>,
            crate::SdkError<GetLifecycleStatesV1Error>,
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
        Item = Result<models::Lifecyclestate, crate::SdkError<GetLifecycleStatesV1Error>>,
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
            crate::Response<Vec<models::Lifecyclestate>>,
            crate::SdkError<GetLifecycleStatesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getLifecycleStatesV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/v1/",
                    &crate::request::path_segment(&self.identity_profile_id),
                    "/lifecycle-states",
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

/// The error statuses of [`LifecycleStatesApi::create_lifecycle_state_v1`](LifecycleStatesApi::create_lifecycle_state_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateLifecycleStateV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`LifecycleStatesApi::create_lifecycle_state_v1`](LifecycleStatesApi::create_lifecycle_state_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateLifecycleStateV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
    lifecyclestate: models::Lifecyclestate,
}

impl CreateLifecycleStateV1 {
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

    /// Sends the request: `POST /identity-profiles/v1/{identity-profile-id}/lifecycle-states`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Lifecyclestate,
            crate::SdkError<CreateLifecycleStateV1Error>,
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
            crate::Response<models::Lifecyclestate>,
            crate::SdkError<CreateLifecycleStateV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createLifecycleStateV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/v1/",
                    &crate::request::path_segment(&self.identity_profile_id),
                    "/lifecycle-states",
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::POST, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.lifecyclestate;
                    request = crate::request::with_json(
                        "createLifecycleStateV1",
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

/// The error statuses of [`LifecycleStatesApi::get_lifecycle_state_v1`](LifecycleStatesApi::get_lifecycle_state_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetLifecycleStateV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LifecycleStatesApi::get_lifecycle_state_v1`](LifecycleStatesApi::get_lifecycle_state_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLifecycleStateV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
    lifecycle_state_id: String,
}

impl GetLifecycleStateV1 {
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

    /// Sends the request: `GET /identity-profiles/v1/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Lifecyclestate,
            crate::SdkError<GetLifecycleStateV1Error>,
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
            crate::Response<models::Lifecyclestate>,
            crate::SdkError<GetLifecycleStateV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getLifecycleStateV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/v1/",
                    &crate::request::path_segment(&self.identity_profile_id),
                    "/lifecycle-states/",
                    &crate::request::path_segment(&self.lifecycle_state_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`LifecycleStatesApi::delete_lifecycle_state_v1`](LifecycleStatesApi::delete_lifecycle_state_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type DeleteLifecycleStateV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LifecycleStatesApi::delete_lifecycle_state_v1`](LifecycleStatesApi::delete_lifecycle_state_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteLifecycleStateV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
    lifecycle_state_id: String,
}

impl DeleteLifecycleStateV1 {
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

    /// Sends the request: `DELETE /identity-profiles/v1/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Lifecyclestatedeleted,
            crate::SdkError<DeleteLifecycleStateV1Error>,
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
            crate::Response<models::Lifecyclestatedeleted>,
            crate::SdkError<DeleteLifecycleStateV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "deleteLifecycleStateV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/v1/",
                    &crate::request::path_segment(&self.identity_profile_id),
                    "/lifecycle-states/",
                    &crate::request::path_segment(&self.lifecycle_state_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::DELETE, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`LifecycleStatesApi::update_lifecycle_states_v1`](LifecycleStatesApi::update_lifecycle_states_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type UpdateLifecycleStatesV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`LifecycleStatesApi::update_lifecycle_states_v1`](LifecycleStatesApi::update_lifecycle_states_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateLifecycleStatesV1 {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
    lifecycle_state_id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl UpdateLifecycleStatesV1 {
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

    /// Sends the request: `PATCH /identity-profiles/v1/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Lifecyclestate,
            crate::SdkError<UpdateLifecycleStatesV1Error>,
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
            crate::Response<models::Lifecyclestate>,
            crate::SdkError<UpdateLifecycleStatesV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateLifecycleStatesV1",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/v1/",
                    &crate::request::path_segment(&self.identity_profile_id),
                    "/lifecycle-states/",
                    &crate::request::path_segment(&self.lifecycle_state_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "updateLifecycleStatesV1",
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
