//! Use this API to implement and customize lifecycle state functionality.
//! With this functionality in place, administrators can view and configure custom lifecycle states for use across their organizations, which is key to controlling which users have access, when they have access, and the access they have.
//!
//! A lifecycle state describes a user's status in a company. For example, two lifecycle states come by default with Identity Security Cloud: 'Active' and 'Inactive.'
//! When an active employee takes an extended leave of absence from a company, his or her lifecycle state may change to 'Inactive,' for security purposes.
//! The inactive employee would lose access to all the applications, sources, and sensitive data during the leave of absence, but when the employee returns and becomes active again, all that access would be restored.
//! This saves administrators the time that would otherwise be spent provisioning the employee's access to each individual tool, reviewing the employee's certification history, etc.
//!
//! Administrators must define the criteria for being in each lifecycle state, and they must define how Identity Security Cloud manages users' access to apps and sources for each lifecycle state.
//!
//! In Identity Security Cloud, administrators can manage lifecycle states by going to Admin > Identities > Identity Profile, selecting the identity profile whose lifecycle states they want to manage, selecting the 'Provisioning' tab, and using the left panel to select the lifecycle state they want to modify.
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
    /// Get lifecycle state
    ///
    /// Use this endpoint to get a lifecycle state by its ID and its associated identity profile ID.
    ///
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `GET /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}` (`getLifecycleStates`)
    #[inline]
    pub fn get_lifecycle_states(
        &self,
        identity_profile_id: impl Into<String>,
        lifecycle_state_id: impl Into<String>,
    ) -> GetLifecycleStates {
        GetLifecycleStates {
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
    /// A token with ORG_ADMIN or API authority is required to call this API.
    ///
    /// `PATCH /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}` (`updateLifecycleStates`)
    #[inline]
    pub fn update_lifecycle_states(
        &self,
        identity_profile_id: impl Into<String>,
        lifecycle_state_id: impl Into<String>,
        json_patch_operation: Vec<models::JsonPatchOperation>,
    ) -> UpdateLifecycleStates {
        UpdateLifecycleStates {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            identity_profile_id: identity_profile_id.into(),
            lifecycle_state_id: lifecycle_state_id.into(),
            json_patch_operation,
        }
    }
}

/// The error statuses of [`LifecycleStatesApi::get_lifecycle_states`](LifecycleStatesApi::get_lifecycle_states), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetLifecycleStatesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`LifecycleStatesApi::get_lifecycle_states`](LifecycleStatesApi::get_lifecycle_states): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetLifecycleStates {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
    lifecycle_state_id: String,
}

impl GetLifecycleStates {
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

    /// Sends the request: `GET /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::LifecycleState, crate::SdkError<GetLifecycleStatesError>>,
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
            crate::Response<models::LifecycleState>,
            crate::SdkError<GetLifecycleStatesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getLifecycleStates",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/",
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

/// The error statuses of [`LifecycleStatesApi::update_lifecycle_states`](LifecycleStatesApi::update_lifecycle_states), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UpdateLifecycleStatesError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`LifecycleStatesApi::update_lifecycle_states`](LifecycleStatesApi::update_lifecycle_states): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdateLifecycleStates {
    client: crate::Client,
    options: crate::request::Options,
    identity_profile_id: String,
    lifecycle_state_id: String,
    json_patch_operation: Vec<models::JsonPatchOperation>,
}

impl UpdateLifecycleStates {
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

    /// Sends the request: `PATCH /identity-profiles/{identity-profile-id}/lifecycle-states/{lifecycle-state-id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::LifecycleState,
            crate::SdkError<UpdateLifecycleStatesError>,
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
            crate::Response<models::LifecycleState>,
            crate::SdkError<UpdateLifecycleStatesError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updateLifecycleStates",
            self.options,
            move |client| {
                let path = [
                    "/identity-profiles/",
                    &crate::request::path_segment(&self.identity_profile_id),
                    "/lifecycle-states/",
                    &crate::request::path_segment(&self.lifecycle_state_id),
                ]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.json_patch_operation;
                    request = crate::request::with_json(
                        "updateLifecycleStates",
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
