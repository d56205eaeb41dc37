//! Use this API to implement organization password configuration functionality.
//! With this functionality in place, organization administrators can create organization-specific password configurations.
//!
//! These configurations include details like custom password instructions, as well as digit token length and duration.
//!
//! Refer to [Configuring User Authentication for Password Resets](https://documentation.sailpoint.com/saas/help/pwd/pwd_reset.html) for more information about organization password configuration functionality.

use crate::models;

/// The Password Configuration operations: get them from [`Client::password_configuration`](crate::Client::password_configuration).
#[derive(Debug, Clone, Copy)]
pub struct PasswordConfigurationApi<'a> {
    client: &'a crate::Client,
}

impl crate::Client {
    /// The Password Configuration operations.
    #[inline]
    pub fn password_configuration(&self) -> PasswordConfigurationApi<'_> {
        PasswordConfigurationApi {
            client: self,
        }
    }
}

impl<'a> PasswordConfigurationApi<'a> {
    /// Get password org config
    ///
    /// This API returns the password org config . Requires ORG_ADMIN, API role or authorization scope of 'idn:password-org-config:read'
    ///
    /// `GET /password-org-config` (`getPasswordOrgConfig`)
    #[inline]
    pub fn get_password_org_config(&self) -> GetPasswordOrgConfig {
        GetPasswordOrgConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
        }
    }

    /// Update password org config
    ///
    /// This API updates the password org config for specified fields. Other fields will keep original value.
    /// You must set the `customInstructionsEnabled` field to "true" to be able to use custom password instructions.
    /// Requires ORG_ADMIN, API role or authorization scope of 'idn:password-org-config:write'
    ///
    /// `PUT /password-org-config` (`putPasswordOrgConfig`)
    #[inline]
    pub fn put_password_org_config(
        &self,
        password_org_config: models::PasswordOrgConfig,
    ) -> PutPasswordOrgConfig {
        PutPasswordOrgConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            password_org_config,
        }
    }

    /// Create password org config
    ///
    /// This API creates the password org config. Unspecified fields will use default value.
    /// To be able to use the custom password instructions, you must set the `customInstructionsEnabled` field to "true".
    /// Requires ORG_ADMIN, API role or authorization scope of 'idn:password-org-config:write'
    ///
    /// `POST /password-org-config` (`createPasswordOrgConfig`)
    #[inline]
    pub fn create_password_org_config(
        &self,
        password_org_config: models::PasswordOrgConfig,
    ) -> CreatePasswordOrgConfig {
        CreatePasswordOrgConfig {
            client: self.client.clone(),
            options: crate::request::Options::default(),
            password_org_config,
        }
    }
}

/// The error statuses of [`PasswordConfigurationApi::get_password_org_config`](PasswordConfigurationApi::get_password_org_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type GetPasswordOrgConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PasswordConfigurationApi::get_password_org_config`](PasswordConfigurationApi::get_password_org_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct GetPasswordOrgConfig {
    client: crate::Client,
    options: crate::request::Options,
}

impl GetPasswordOrgConfig {
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

    /// Sends the request: `GET /password-org-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::PasswordOrgConfig,
            crate::SdkError<GetPasswordOrgConfigError>,
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
            crate::Response<models::PasswordOrgConfig>,
            crate::SdkError<GetPasswordOrgConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "getPasswordOrgConfig",
            self.options,
            move |client| {
                let path = "/password-org-config";
                let mut request = client.request(reqwest::Method::GET, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                Ok(request)
            },
        )
    }
}

/// The error statuses of [`PasswordConfigurationApi::put_password_org_config`](PasswordConfigurationApi::put_password_org_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type PutPasswordOrgConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PasswordConfigurationApi::put_password_org_config`](PasswordConfigurationApi::put_password_org_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct PutPasswordOrgConfig {
    client: crate::Client,
    options: crate::request::Options,
    password_org_config: models::PasswordOrgConfig,
}

impl PutPasswordOrgConfig {
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

    /// Sends the request: `PUT /password-org-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::PasswordOrgConfig,
            crate::SdkError<PutPasswordOrgConfigError>,
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
            crate::Response<models::PasswordOrgConfig>,
            crate::SdkError<PutPasswordOrgConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "putPasswordOrgConfig",
            self.options,
            move |client| {
                let path = "/password-org-config";
                let mut request = client.request(reqwest::Method::PUT, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.password_org_config;
                    request = crate::request::with_json(
                        "putPasswordOrgConfig",
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

/// The error statuses of [`PasswordConfigurationApi::create_password_org_config`](PasswordConfigurationApi::create_password_org_config), each with the body the spec declares:
///
/// - `BadRequest`: 400: Client Error - Returned if the request body is invalid.
/// - `Unauthorized`: 401: Unauthorized - Returned if there is no authorization header, or if the JWT token is expired.
/// - `Forbidden`: 403: Forbidden - Returned if the user you are running as, doesn't have access to this end-point.
/// - `TooManyRequests`: 429: Too Many Requests - Returned in response to too many requests in a given period of time - rate limited. The Retry-After header in the response includes how long to wait before trying again.
/// - `InternalServerError`: 500: Internal Server Error - Returned if there is an unexpected error.
///
/// Operations that declare the same statuses with the same bodies share this type, [`Errors400_401_403_429_500`](crate::apis::errors::Errors400_401_403_429_500).
pub type CreatePasswordOrgConfigError = crate::apis::errors::Errors400_401_403_429_500;

/// The request of [`PasswordConfigurationApi::create_password_org_config`](PasswordConfigurationApi::create_password_org_config): set optional parameters, then [`send`](Self::send) it.
/// It owns what it needs (the client is cheap to clone), so it can be sent from a spawned task.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct CreatePasswordOrgConfig {
    client: crate::Client,
    options: crate::request::Options,
    password_org_config: models::PasswordOrgConfig,
}

impl CreatePasswordOrgConfig {
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

    /// Sends the request: `POST /password-org-config`.
    #[inline]
    pub fn send(
        self,
    ) -> impl Future<
        Output = Result<
            models::PasswordOrgConfig,
            crate::SdkError<CreatePasswordOrgConfigError>,
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
            crate::Response<models::PasswordOrgConfig>,
            crate::SdkError<CreatePasswordOrgConfigError>,
        >,
    > {
        crate::request::json(self.call())
    }

    /// The request, built anew for each attempt from what the builder holds.
    #[inline]
    fn call(self) -> crate::request::Call {
        crate::request::Call::new(
            self.client.api,
            "createPasswordOrgConfig",
            self.options,
            move |client| {
                let path = "/password-org-config";
                let mut request = client.request(reqwest::Method::POST, path);
                request = request.header(reqwest::header::ACCEPT, "application/json");
                {
                    let value = &self.password_org_config;
                    request = crate::request::with_json(
                        "createPasswordOrgConfig",
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
