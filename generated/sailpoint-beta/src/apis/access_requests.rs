//! Use this API to implement and customize access request functionality.
//! With this functionality in place, users can request access to applications, entitlements, or roles, and managers can request that team members' access be revoked.
//! This allows users to get access to the tools they need quickly and securely, and it allows managers to take away access to those tools.
//!
//! Identity Security Cloud's Access Request service allows end users to request access that requires approval before it can be granted to users and enables qualified users to review those requests and approve or deny them.
//!
//! In the Request Center in Identity Security Cloud, users can view available applications, roles, and entitlements and request access to them.
//! If the requested tools requires approval, the requests appear as 'Pending' under the My Requests tab until the required approver approves, rejects, or cancels them.
//!
//! Users can use My Requests to track and/or cancel the requests.
//!
//! In My Team on the Identity Security Cloud Home, managers can submit requests to revoke their team members' access.
//! They can use the My Requests tab under Request Center to track and/or cancel the requests.
//!
//! Refer to [Requesting Access](https://documentation.sailpoint.com/saas/user-help/requests/request_center.html) for more information about access requests.

use crate::models;

/// The Access Requests operations: get them from [`Client::access_requests`](crate::Client::access_requests).
#[derive(Debug, Clone, Copy)]
pub struct AccessRequestsApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Access Requests operations.
    #[inline]
    pub fn access_requests(&self) -> AccessRequestsApi<'_> {
        AccessRequestsApi { client: self }
    }
}

impl<'a> AccessRequestsApi<'a> {
    /// Submit access request
    ///
    /// Use this API to submit an access request in Identity Security Cloud (ISC), where it follows any ISC approval processes.
    ///
    /// :::info
    /// The ability to request access using this API is constrained by the Access Request Segments defined in the API token's user context.
    /// :::
    ///
    /// Access requests are processed asynchronously by ISC. A successful response from this endpoint means that the request
    /// has been submitted to ISC and is queued for processing. Because this endpoint is asynchronous, it does not return an error
    /// if you submit duplicate access requests in quick succession or submit an access request for access that is already in progress, approved, or rejected.
    ///
    /// It is best practice to check for any existing access requests that reference the same access items before submitting a new access request. This can
    /// be accomplished by using the [List Access Request Status](https://developer.sailpoint.com/idn/api/v3/list-access-request-status) or the [Pending Access Request Approvals](https://developer.sailpoint.com/idn/api/v3/list-pending-approvals) APIs. You can also
    /// use the [Search API](https://developer.sailpoint.com/idn/api/v3/search) to check the existing access items an identity has before submitting
    /// an access request to ensure that you aren't requesting access that is already granted. If you use this API to request access that an identity already has,
    /// without changing the account details or end date information from the existing assignment,
    /// the API will cancel the request as a duplicate.
    ///
    /// There are two types of access request:
    ///
    /// __GRANT_ACCESS__
    /// * Can be requested for multiple identities in a single request.
    /// * Supports self request and request on behalf of other users. Refer to the [Get Access Request Configuration](https://developer.sailpoint.com/idn/api/v3/get-access-request-config) endpoint for request configuration options.
    /// * Allows any authenticated token (except API) to call this endpoint to request to grant access to themselves. Depending on the configuration, a user can request access for others.
    /// * Roles, access profiles and entitlements can be requested.
    /// * You can specify a `startDate` to set or alter a sunrise date-time on an assignment. The startDate must be a future date-time, in the UTC timezone. Additionally, if the user already has the access assigned with a sunrise date and its yet to be provisioned, you can also submit a request without a `startDate` to request immediate provisioning after approval.
    /// * If a `startDate` is specified, then the requested role, access profile, or entitlement will be provisioned on that date and time.
    /// * You can specify a `removeDate` to set or alter a sunset date-time on an assignment. The removeDate must be a future date-time, in the UTC timezone. Additionally, if the user already has the access assigned with a sunset date, you can also submit a request without a `removeDate` to request removal of the sunset date and time.
    /// * If a `removeDate` is specified, then the requested role, access profile, or entitlement will be removed on that date and time.
    /// * Now supports an alternate field 'requestedForWithRequestedItems' for users to specify account selections while requesting items where they have more than one account on the source.
    ///
    /// :::caution
    ///
    /// If any entitlements are being requested, then the maximum number of entitlements that can be requested is 25, and the maximum number of identities that can be requested for is 10. If you exceed these limits, the request will fail with a 400 error. If you are not requesting any entitlements, then there are no limits.
    ///
    /// :::
    ///
    /// __REVOKE_ACCESS__
    /// * Can only be requested for a single identity at a time.
    /// * You cannot use an access request to revoke access from an identity if that access has been granted by role membership or by birthright provisioning.
    /// * Does not support self request. Only manager can request to revoke access for their directly managed employees.
    /// * If a `removeDate` is specified, then the requested role, access profile, or entitlement will be removed on that date and time.
    /// * Roles, access profiles, and entitlements can be requested for revocation.
    /// * Revoke requests for entitlements are limited to 1 entitlement per access request currently.
    /// * You cannot specify a 'startDate' in a REVOKE_ACCESS request, as startDate is only applicable for GRANT_ACCESS requests to indicate when the access should be provisioned, and it does not make sense in the context of revoking access.
    /// * You can specify a `removeDate` to add or alter a sunset date and time on an assignment. The `removeDate` must be a future date-time, in the UTC timezone. If the user already has the access assigned with a sunset date and time, the removeDate must be a date-time earlier than the existing sunset date and time.
    /// * Allows a manager to request to revoke access for direct employees. A user with ORG_ADMIN authority can also request to revoke access from anyone.
    /// * Now supports REVOKE_ACCESS requests for identities with multiple accounts on a single source, with the help of 'assignmentId' and 'nativeIdentity' fields. These fields should be used within the 'requestedItems' section for the revoke requests.
    /// * Usage of 'requestedForWithRequestedItems' field is not supported for revoke requests.
    ///
    /// `POST /access-requests` (`createAccessRequest`)
    #[inline]
    pub fn create_access_request(
        &self,
        access_request: models::AccessRequest,
    ) -> CreateAccessRequest {
        CreateAccessRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            access_request,
        }
    }

    /// Cancel access request
    ///
    /// This API endpoint cancels a pending access request. An access request can be cancelled only if it has not passed the approval step.
    /// In addition to users with ORG_ADMIN, any user who originally submitted the access request may cancel it.
    ///
    /// `POST /access-requests/cancel` (`cancelAccessRequest`)
    #[inline]
    pub fn cancel_access_request(
        &self,
        cancel_access_request: models::CancelAccessRequest,
    ) -> CancelAccessRequest {
        CancelAccessRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            cancel_access_request,
        }
    }

    /// Close access request
    ///
    /// This endpoint closes access requests that are stuck in a pending state. It can be used throughout a request's lifecycle even after the approval state, unlike the [Cancel Access Request endpoint](https://developer.sailpoint.com/idn/api/v3/cancel-access-request/).
    ///
    /// To find pending access requests with the UI, navigate to Search and use this query: status: Pending AND "Access Request". Use the Column Chooser to select 'Tracking Number', and use the 'Download' button to export a CSV containing the tracking numbers.
    ///
    /// To find pending access requests with the API, use the [List Account Activities endpoint](https://developer.sailpoint.com/idn/api/v3/list-account-activities/).
    ///
    /// Input the IDs from either source.
    ///
    /// To track the status of endpoint requests, navigate to Search and use this query: name:"Close Identity Requests". Search will include "Close Identity Requests Started" audits when requests are initiated and "Close Identity Requests Completed" audits when requests are completed. The completion audit will list the identity request IDs that finished in error.
    ///
    /// This API triggers the [Provisioning Completed event trigger](https://developer.sailpoint.com/docs/extensibility/event-triggers/triggers/provisioning-completed/) for each access request that is closed.
    ///
    /// `POST /access-requests/close` (`closeAccessRequest`)
    #[inline]
    pub fn close_access_request(
        &self,
        close_access_request: models::CloseAccessRequest,
    ) -> CloseAccessRequest {
        CloseAccessRequest {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            close_access_request,
        }
    }

    /// Get access request configuration
    ///
    /// This endpoint returns the current access-request configuration.
    ///
    /// `GET /access-request-config` (`getAccessRequestConfig`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn get_access_request_config(&self) -> GetAccessRequestConfig {
        GetAccessRequestConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update access request configuration
    ///
    /// This endpoint replaces the current access-request configuration.
    ///
    /// `PUT /access-request-config` (`setAccessRequestConfig`)
    #[deprecated(note = "deprecated in the spec")]
    #[inline]
    pub fn set_access_request_config(
        &self,
        access_request_config: models::AccessRequestConfig,
    ) -> SetAccessRequestConfig {
        SetAccessRequestConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            access_request_config,
        }
    }

    /// Access request status
    ///
    /// Use this API to return a list of access request statuses based on the specified query parameters.
    /// If an access request was made for access that an identity already has, the API ignores the access request.  These ignored requests do not display in the list of access request statuses.
    /// Any user with any user level can get the status of their own access requests. A user with ORG_ADMIN is required to call this API to get a list of statuses for other users.
    ///
    /// `GET /access-request-status` (`listAccessRequestStatus`)
    #[inline]
    pub fn list_access_request_status(&self) -> ListAccessRequestStatus {
        ListAccessRequestStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            requested_for: None,
            requested_by: None,
            regarding_identity: None,
            assigned_to: None,
            count: None,
            limit: None,
            offset: None,
            filters: None,
            sorters: None,
            request_state: None,
            listing: crate::pagination::Listing::default(),
        }
    }

    /// Access request status for administrators
    ///
    /// Use this API to get access request statuses of all the access requests in the org based on the specified query  parameters.
    /// Any user with user level ORG_ADMIN or scope idn:access-request-administration:read can access this endpoint to get  the  access request statuses
    ///
    /// `GET /access-request-administration` (`listAdministratorsAccessRequestStatus`)
    #[inline]
    pub fn list_administrators_access_request_status(
        &self,
    ) -> ListAdministratorsAccessRequestStatus {
        ListAdministratorsAccessRequestStatus {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            requested_for: None,
            requested_by: None,
            regarding_identity: None,
            assigned_to: None,
            count: None,
            limit: None,
            offset: None,
            filters: None,
            sorters: None,
            request_state: None,
            listing: crate::pagination::Listing::default(),
        }
    }
}

/// The error statuses of [`AccessRequestsApi::create_access_request`](AccessRequestsApi::create_access_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreateAccessRequestError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::create_access_request`](AccessRequestsApi::create_access_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreateAccessRequest {
    client: crate::Client,
    options: crate::request::Options,
    access_request: models::AccessRequest,
}

impl CreateAccessRequest {
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

    /// Sends the request: `POST /access-requests`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::AccessRequestsAccessRequestResponse,
            crate::SdkError<CreateAccessRequestError>,
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
            crate::Response<models::AccessRequestsAccessRequestResponse>,
            crate::SdkError<CreateAccessRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createAccessRequest",
            self.options,
            move |client| {
                let path = "/access-requests";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.access_request;
                    request = crate::request::with_json(
                        "createAccessRequest",
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

/// The error statuses of [`AccessRequestsApi::cancel_access_request`](AccessRequestsApi::cancel_access_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type CancelAccessRequestError = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AccessRequestsApi::cancel_access_request`](AccessRequestsApi::cancel_access_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CancelAccessRequest {
    client: crate::Client,
    options: crate::request::Options,
    cancel_access_request: models::CancelAccessRequest,
}

impl CancelAccessRequest {
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

    /// Sends the request: `POST /access-requests/cancel`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<CancelAccessRequestError>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<CancelAccessRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "cancelAccessRequest",
            self.options,
            move |client| {
                let path = "/access-requests/cancel";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.cancel_access_request;
                    request = crate::request::with_json(
                        "cancelAccessRequest",
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

/// The error statuses of [`AccessRequestsApi::close_access_request`](AccessRequestsApi::close_access_request), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CloseAccessRequestError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::close_access_request`](AccessRequestsApi::close_access_request): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CloseAccessRequest {
    client: crate::Client,
    options: crate::request::Options,
    close_access_request: models::CloseAccessRequest,
}

impl CloseAccessRequest {
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

    /// Sends the request: `POST /access-requests/close`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            serde_json::Map<String, serde_json::Value>,
            crate::SdkError<CloseAccessRequestError>,
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
            crate::Response<serde_json::Map<String, serde_json::Value>>,
            crate::SdkError<CloseAccessRequestError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "closeAccessRequest",
            self.options,
            move |client| {
                let path = "/access-requests/close";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.close_access_request;
                    request = crate::request::with_json(
                        "closeAccessRequest",
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

/// The error statuses of [`AccessRequestsApi::get_access_request_config`](AccessRequestsApi::get_access_request_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetAccessRequestConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::get_access_request_config`](AccessRequestsApi::get_access_request_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAccessRequestConfig {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetAccessRequestConfig {
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

    /// Sends the request: `GET /access-request-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::AccessRequestConfig,
            crate::SdkError<GetAccessRequestConfigError>,
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
            crate::Response<models::AccessRequestConfig>,
            crate::SdkError<GetAccessRequestConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAccessRequestConfig",
            self.options,
            move |client| {
                let path = "/access-request-config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::set_access_request_config`](AccessRequestsApi::set_access_request_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type SetAccessRequestConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::set_access_request_config`](AccessRequestsApi::set_access_request_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct SetAccessRequestConfig {
    client: crate::Client,
    options: crate::request::Options,
    access_request_config: models::AccessRequestConfig,
}

impl SetAccessRequestConfig {
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

    /// Sends the request: `PUT /access-request-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::AccessRequestConfig,
            crate::SdkError<SetAccessRequestConfigError>,
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
            crate::Response<models::AccessRequestConfig>,
            crate::SdkError<SetAccessRequestConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "setAccessRequestConfig",
            self.options,
            move |client| {
                let path = "/access-request-config";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.access_request_config;
                    request = crate::request::with_json(
                        "setAccessRequestConfig",
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

/// The error statuses of [`AccessRequestsApi::list_access_request_status`](AccessRequestsApi::list_access_request_status), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type ListAccessRequestStatusError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`AccessRequestsApi::list_access_request_status`](AccessRequestsApi::list_access_request_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAccessRequestStatus {
    client: crate::Client,
    options: crate::request::Options,
    requested_for: Option<String>,
    requested_by: Option<String>,
    regarding_identity: Option<String>,
    assigned_to: Option<String>,
    count: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    sorters: Option<String>,
    request_state: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListAccessRequestStatus {
    /// Filter the results by the identity the requests were made for. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    #[inline]
    pub fn requested_for(mut self, requested_for: impl Into<String>) -> Self {
        self.requested_for = Some(requested_for.into());
        self
    }

    /// Filter the results by the identity who made the requests. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    #[inline]
    pub fn requested_by(mut self, requested_by: impl Into<String>) -> Self {
        self.requested_by = Some(requested_by.into());
        self
    }

    /// Filter the results by the specified identity who is either the requester or target of the requests. *me* indicates the current user. Mutually exclusive with *requested-for* and *requested-by*.
    #[inline]
    pub fn regarding_identity(mut self, regarding_identity: impl Into<String>) -> Self {
        self.regarding_identity = Some(regarding_identity.into());
        self
    }

    /// Filter the results by the specified identity who is the owner of the Identity Request Work Item. *me* indicates the current user.
    #[inline]
    pub fn assigned_to(mut self, assigned_to: impl Into<String>) -> Self {
        self.assigned_to = Some(assigned_to.into());
        self
    }

    /// If this is true, the *X-Total-Count* response header populates with the number of results that would be returned if limit and offset were ignored.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Max number of results to return.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results. Defaults to 0 if not specified.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **accessRequestId**: *eq, ge, gt, le, lt, ne, in, sw*
    ///
    /// **accountActivityItemId**: *eq, in, ge, gt, le, ne, sw*
    ///
    /// **created**: *eq, ge, gt, le, lt, ne*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, modified, accountActivityItemId, name**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter the results by the state of the request. The only valid value is *EXECUTING*.
    #[inline]
    pub fn request_state(mut self, request_state: impl Into<String>) -> Self {
        self.request_state = Some(request_state.into());
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

    /// Sends the request: `GET /access-request-status`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::RequestedItemStatus>,
            crate::SdkError<ListAccessRequestStatusError>,
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
            crate::Page<models::RequestedItemStatus>,
            crate::SdkError<ListAccessRequestStatusError>,
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
            models::RequestedItemStatus,
            crate::SdkError<ListAccessRequestStatusError>,
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
            crate::Response<Vec<models::RequestedItemStatus>>,
            crate::SdkError<ListAccessRequestStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAccessRequestStatus",
            self.options,
            move |client| {
                let path = "/access-request-status";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.requested_for {
                    query.push(("requested-for", value.clone()));
                }
                if let Some(value) = &self.requested_by {
                    query.push(("requested-by", value.clone()));
                }
                if let Some(value) = &self.regarding_identity {
                    query.push(("regarding-identity", value.clone()));
                }
                if let Some(value) = &self.assigned_to {
                    query.push(("assigned-to", value.clone()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.request_state {
                    query.push(("request-state", value.clone()));
                }
                request = request.query(&query);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AccessRequestsApi::list_administrators_access_request_status`](AccessRequestsApi::list_administrators_access_request_status), each with the body the spec declares.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub enum ListAdministratorsAccessRequestStatusError {
    /// 400: Client Error - Returned if the request body is invalid.
    BadRequest(models::ErrorResponseDto),
    /// 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
    Unauthorized(models::V2024Error401Response),
    /// 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
    Forbidden(models::ErrorResponseDto),
    /// 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
    TooManyRequests(models::V2024Error429Response),
    /// 500: Internal Server Error - Returned if there is an unexpected error.
    InternalServerError(models::ErrorResponseDto),
    /// A status the spec does not declare here, an empty body or one that is not JSON: see the raw response in [`crate::ServiceError`].
    Other,
}

impl crate::OperationError for ListAdministratorsAccessRequestStatusError {
    fn decode(status: u16, body: &[u8]) -> Result<Self, crate::DecodeFailure> {
        let empty = body.trim_ascii().is_empty();
        Ok(
            match status {
                400 if !empty => {
                    ListAdministratorsAccessRequestStatusError::BadRequest(
                        crate::request::decode_body(body)?,
                    )
                }
                401 if !empty => {
                    ListAdministratorsAccessRequestStatusError::Unauthorized(
                        crate::request::decode_body(body)?,
                    )
                }
                403 if !empty => {
                    ListAdministratorsAccessRequestStatusError::Forbidden(
                        crate::request::decode_body(body)?,
                    )
                }
                429 if !empty => {
                    ListAdministratorsAccessRequestStatusError::TooManyRequests(
                        crate::request::decode_body(body)?,
                    )
                }
                500 if !empty => {
                    ListAdministratorsAccessRequestStatusError::InternalServerError(
                        crate::request::decode_body(body)?,
                    )
                }
                _ => ListAdministratorsAccessRequestStatusError::Other,
            },
        )
    }

    fn undeclared() -> Self {
        ListAdministratorsAccessRequestStatusError::Other
    }
}

/// The request of [`AccessRequestsApi::list_administrators_access_request_status`](AccessRequestsApi::list_administrators_access_request_status): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListAdministratorsAccessRequestStatus {
    client: crate::Client,
    options: crate::request::Options,
    requested_for: Option<String>,
    requested_by: Option<String>,
    regarding_identity: Option<String>,
    assigned_to: Option<String>,
    count: Option<bool>,
    limit: Option<i32>,
    offset: Option<i32>,
    filters: Option<String>,
    sorters: Option<String>,
    request_state: Option<String>,
    listing: crate::pagination::Listing,
}

impl ListAdministratorsAccessRequestStatus {
    /// Filter the results by the identity the requests were made for. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    #[inline]
    pub fn requested_for(mut self, requested_for: impl Into<String>) -> Self {
        self.requested_for = Some(requested_for.into());
        self
    }

    /// Filter the results by the identity who made the requests. *me* indicates the current user. Mutually exclusive with *regarding-identity*.
    #[inline]
    pub fn requested_by(mut self, requested_by: impl Into<String>) -> Self {
        self.requested_by = Some(requested_by.into());
        self
    }

    /// Filter the results by the specified identity who is either the requester or target of the requests. *me* indicates the current user. Mutually exclusive with *requested-for* and *requested-by*.
    #[inline]
    pub fn regarding_identity(mut self, regarding_identity: impl Into<String>) -> Self {
        self.regarding_identity = Some(regarding_identity.into());
        self
    }

    /// Filter the results by the specified identity who is the owner of the Identity Request Work Item. *me* indicates the current user.
    #[inline]
    pub fn assigned_to(mut self, assigned_to: impl Into<String>) -> Self {
        self.assigned_to = Some(assigned_to.into());
        self
    }

    /// If this is true, the *X-Total-Count* response header populates with the number of results that would be returned if limit and offset were ignored.
    ///
    /// The server's default: `false`.
    #[inline]
    pub fn count(mut self, count: bool) -> Self {
        self.count = Some(count);
        self
    }

    /// Max number of results to return.
    ///
    /// The server's default: `250`.
    #[inline]
    pub fn limit(mut self, limit: i32) -> Self {
        self.limit = Some(limit);
        self
    }

    /// Offset into the full result set. Usually specified with *limit* to paginate through the results. Defaults to 0 if not specified.
    #[inline]
    pub fn offset(mut self, offset: i32) -> Self {
        self.offset = Some(offset);
        self
    }

    /// Filter results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#filtering-results)
    ///
    /// Filtering is supported for the following fields and operators:
    ///
    /// **accountActivityItemId**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    ///
    /// **accessRequestId**: *in, eq, ne, ge, gt, le, lt, sw*
    ///
    /// **status**: *in, eq, ne*
    ///
    /// **created**: *eq, in, ge, gt, le, lt, ne, isnull, sw*
    #[inline]
    pub fn filters(mut self, filters: impl Into<String>) -> Self {
        self.filters = Some(filters.into());
        self
    }

    /// Sort results using the standard syntax described in [V3 API Standard Collection Parameters](https://developer.sailpoint.com/idn/api/standard-collection-parameters#sorting-results)
    ///
    /// Sorting is supported for the following fields: **created, modified, accountActivityItemId, name, accessRequestId**
    #[inline]
    pub fn sorters(mut self, sorters: impl Into<String>) -> Self {
        self.sorters = Some(sorters.into());
        self
    }

    /// Filter the results by the state of the request. The only valid value is *EXECUTING*.
    #[inline]
    pub fn request_state(mut self, request_state: impl Into<String>) -> Self {
        self.request_state = Some(request_state.into());
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

    /// Sends the request: `GET /access-request-administration`; returns one page.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            Vec<models::AccessRequestAdminItemStatus>,
            crate::SdkError<ListAdministratorsAccessRequestStatusError>,
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
            crate::Page<models::AccessRequestAdminItemStatus>,
            crate::SdkError<ListAdministratorsAccessRequestStatusError>,
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
            models::AccessRequestAdminItemStatus,
            crate::SdkError<ListAdministratorsAccessRequestStatusError>,
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
            crate::Response<Vec<models::AccessRequestAdminItemStatus>>,
            crate::SdkError<ListAdministratorsAccessRequestStatusError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "listAdministratorsAccessRequestStatus",
            self.options,
            move |client| {
                let path = "/access-request-administration";
                let mut request = client.request(reqwest::Method::GET, path);
                let mut query: Vec<(&str, String)> = Vec::new();
                if let Some(value) = &self.requested_for {
                    query.push(("requested-for", value.clone()));
                }
                if let Some(value) = &self.requested_by {
                    query.push(("requested-by", value.clone()));
                }
                if let Some(value) = &self.regarding_identity {
                    query.push(("regarding-identity", value.clone()));
                }
                if let Some(value) = &self.assigned_to {
                    query.push(("assigned-to", value.clone()));
                }
                if let Some(value) = &self.count {
                    query.push(("count", value.to_string()));
                }
                if let Some(value) = &self.limit {
                    query.push(("limit", value.to_string()));
                }
                if let Some(value) = &self.offset {
                    query.push(("offset", value.to_string()));
                }
                if let Some(value) = &self.filters {
                    query.push(("filters", value.clone()));
                }
                if let Some(value) = &self.sorters {
                    query.push(("sorters", value.clone()));
                }
                if let Some(value) = &self.request_state {
                    query.push(("request-state", value.clone()));
                }
                request = request.query(&query);
                request = request.header("X-SailPoint-Experimental", "true");
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}
