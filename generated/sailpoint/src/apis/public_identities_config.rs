//! Use this API to implement public identity configuration functionality.
//! With this functionality in place, administrators can make up to 5 identity attributes publicly visible so other non-administrator users can see the relevant information they need to make decisions.
//! This can be helpful for approvers making approvals, certification reviewers, managers viewing their direct reports' access, and source owners viewing their tasks.
//!
//! By default, non-administrators can select an identity and view the following attributes: email, lifecycle state, and manager.
//! However, it may be helpful for a non-administrator reviewer to see other identity attributes like department, region, title, etc.
//! Administrators can use this API to make those necessary identity attributes public to non-administrators.
//!
//! For example, a non-administrator deciding whether to approve another identity's request for access to the Workday application, whose access may be restricted to members of the HR department, would want to know whether the identity is a member of the HR department.
//! If an administrator has used [Update Public Identity Config](https://developer.sailpoint.com/docs/api/update-public-identity-config-v-1) to make the "department" attribute public, the approver can see the department and make a decision without requesting any more information.

use crate::models;

/// The Public Identities Config operations: get them from [`Client::public_identities_config`](crate::Client::public_identities_config).
#[derive(Debug, Clone, Copy)]
pub struct PublicIdentitiesConfigApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Public Identities Config operations.
    #[inline]
    pub fn public_identities_config(&self) -> PublicIdentitiesConfigApi<'_> {
        PublicIdentitiesConfigApi {
            client: self,
        }
    }
}

impl<'a> PublicIdentitiesConfigApi<'a> {
    /// Get the public identities configuration
    ///
    /// Returns the publicly visible attributes of an identity available to request approvers for Access Requests and Certification Campaigns.
    ///
    /// `GET /public-identities-config/v1` (`getPublicIdentityConfigV1`)
    #[inline]
    pub fn get_public_identity_config_v1(&self) -> GetPublicIdentityConfigV1 {
        GetPublicIdentityConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update the public identities configuration
    ///
    /// Updates the publicly visible attributes of an identity available to request approvers for Access Requests and Certification Campaigns.
    ///
    /// `PUT /public-identities-config/v1` (`updatePublicIdentityConfigV1`)
    #[inline]
    pub fn update_public_identity_config_v1(
        &self,
        publicidentityconfig: models::Publicidentityconfig,
    ) -> UpdatePublicIdentityConfigV1 {
        UpdatePublicIdentityConfigV1 {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            publicidentityconfig,
        }
    }
}

/// The error statuses of [`PublicIdentitiesConfigApi::get_public_identity_config_v1`](PublicIdentitiesConfigApi::get_public_identity_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPublicIdentityConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PublicIdentitiesConfigApi::get_public_identity_config_v1`](PublicIdentitiesConfigApi::get_public_identity_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPublicIdentityConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetPublicIdentityConfigV1 {
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

    /// Sends the request: `GET /public-identities-config/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Publicidentityconfig,
            crate::SdkError<GetPublicIdentityConfigV1Error>,
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
            crate::Response<models::Publicidentityconfig>,
            crate::SdkError<GetPublicIdentityConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPublicIdentityConfigV1",
            self.options,
            move |client| {
                let path = "/public-identities-config/v1";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`PublicIdentitiesConfigApi::update_public_identity_config_v1`](PublicIdentitiesConfigApi::update_public_identity_config_v1), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type UpdatePublicIdentityConfigV1Error = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PublicIdentitiesConfigApi::update_public_identity_config_v1`](PublicIdentitiesConfigApi::update_public_identity_config_v1): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct UpdatePublicIdentityConfigV1 {
    client: crate::Client,
    options: crate::request::Options,
    publicidentityconfig: models::Publicidentityconfig,
}

impl UpdatePublicIdentityConfigV1 {
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

    /// Sends the request: `PUT /public-identities-config/v1`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::Publicidentityconfig,
            crate::SdkError<UpdatePublicIdentityConfigV1Error>,
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
            crate::Response<models::Publicidentityconfig>,
            crate::SdkError<UpdatePublicIdentityConfigV1Error>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "updatePublicIdentityConfigV1",
            self.options,
            move |client| {
                let path = "/public-identities-config/v1";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.publicidentityconfig;
                    request = crate::request::with_json(
                        "updatePublicIdentityConfigV1",
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
