//! Use this API to implement user authentication system functionality.
//! With this functionality in place, users can get a user's authentication system details, including their capabilities, and modify those capabilities.
//! The user's capabilities refer to their access to different systems, or authorization, within the tenant, like access to certifications (CERT_ADMIN) or reports (REPORT_ADMIN).
//! These capabilities also determine a user's access to the different APIs.
//! This API provides users with a way to determine a user's access and make quick and easy changes to that access.

use crate::models;

/// The Auth Users operations: get them from [`Client::auth_users`](crate::Client::auth_users).
#[derive(Debug, Clone, Copy)]
pub struct AuthUsersApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Auth Users operations.
    #[inline]
    pub fn auth_users(&self) -> AuthUsersApi<'_> {
        AuthUsersApi { client: self }
    }
}

impl<'a> AuthUsersApi<'a> {
    /// Auth user details
    ///
    /// Return the specified user's authentication system details.
    ///
    /// `GET /auth-users/v1/{id}` (`getAuthUserV1`)
    #[inline]
    pub fn get_auth_user_v1(&self, id: impl Into<String>) -> GetAuthUserV1 {
        GetAuthUserV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
        }
    }

    /// Auth user update
    ///
    /// Use a PATCH request to update an existing user in the authentication system.
    /// Use this endpoint to modify these fields:
    ///   * `capabilities`
    ///
    /// A '400.1.1 Illegal update attempt' detail code indicates that you attempted to PATCH a field that is not allowed.
    ///
    /// `PATCH /auth-users/v1/{id}` (`patchAuthUserV1`)
    #[inline]
    pub fn patch_auth_user_v1(
        &self,
        id: impl Into<String>,
        jsonpatchoperation: Vec<models::Jsonpatchoperation>,
    ) -> PatchAuthUserV1 {
        PatchAuthUserV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            id: id.into(),
            jsonpatchoperation,
        }
    }
}

/// The error statuses of [`AuthUsersApi::get_auth_user_v1`](AuthUsersApi::get_auth_user_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type GetAuthUserV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AuthUsersApi::get_auth_user_v1`](AuthUsersApi::get_auth_user_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetAuthUserV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
}

impl GetAuthUserV1 {
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

    /// Sends the request: `GET /auth-users/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Authuser, crate::SdkError<GetAuthUserV1Error>>,
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
            crate::Response<models::Authuser>,
            crate::SdkError<GetAuthUserV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getAuthUserV1",
            self.options,
            move |client| {
                let path = ["/auth-users/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::GET, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`AuthUsersApi::patch_auth_user_v1`](AuthUsersApi::patch_auth_user_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `NotFound`: 404: Not Found - returned if the request URL refers to a resource or object that does not exist
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_404_429_500`](crate::apis::errors::Errors400_401_403_404_429_500).
pub type PatchAuthUserV1Error = crate::apis::errors::Errors400_401_403_404_429_500;

/// The request of [`AuthUsersApi::patch_auth_user_v1`](AuthUsersApi::patch_auth_user_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PatchAuthUserV1 {
    client: crate::Client,
    options: crate::request::Options,
    id: String,
    jsonpatchoperation: Vec<models::Jsonpatchoperation>,
}

impl PatchAuthUserV1 {
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

    /// Sends the request: `PATCH /auth-users/v1/{id}`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<models::Authuser, crate::SdkError<PatchAuthUserV1Error>>,
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
            crate::Response<models::Authuser>,
            crate::SdkError<PatchAuthUserV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "patchAuthUserV1",
            self.options,
            move |client| {
                let path = ["/auth-users/v1/", &crate::request::path_segment(&self.id)]
                    .concat();
                let mut request = client.request(reqwest::Method::PATCH, &path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.jsonpatchoperation;
                    request = crate::request::with_json(
                        "patchAuthUserV1",
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
